import Testing
@testable import CielServer

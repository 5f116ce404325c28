import Testing
@testable import CielStore

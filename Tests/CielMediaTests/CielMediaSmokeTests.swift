import Testing
@testable import CielMedia

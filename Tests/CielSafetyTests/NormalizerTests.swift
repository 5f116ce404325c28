import Testing
@testable import CielSafety

import Testing
@testable import CielProvenance

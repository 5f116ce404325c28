import Testing
@testable import CielWeights

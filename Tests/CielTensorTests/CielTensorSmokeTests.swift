import Testing
@testable import CielTensor

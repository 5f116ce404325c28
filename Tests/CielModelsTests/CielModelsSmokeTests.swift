import Testing
@testable import CielModels

import Testing
@testable import CielPipeline

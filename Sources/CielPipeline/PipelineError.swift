/// An error from the generation pipeline: bad request parameters, an unusable model folder, or cancellation.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure this is, for callers that map errors to responses.
    public enum Code: String, Sendable {
        case invalidRequest, invalidModel, cancelled, internalFailure
    }

    public var code: Code
    /// A sentence that says what went wrong and, where possible, how to fix it.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

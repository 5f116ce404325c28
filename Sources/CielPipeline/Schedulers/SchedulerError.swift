/// A problem with a scheduler configuration or with how a scheduler is driven.
public struct SchedulerError: Error, CustomStringConvertible, Sendable {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let description: String
        /// The configuration JSON could not be read or decoded.
        public static let invalidConfiguration = Code(description: "invalid scheduler configuration")
        /// The configuration asks for a feature Ciel does not implement.
        public static let unsupported = Code(description: "unsupported scheduler feature")
        /// `step` was called with bad input or after the last step.
        public static let invalidStep = Code(description: "invalid scheduler step")
    }

    /// The kind of problem.
    public let code: Code
    /// What went wrong and how to fix it.
    public let message: String
    /// The underlying error, if any.
    public let cause: (any Error & Sendable)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        if let cause {
            return "\(code): \(message) (\(cause))"
        }
        return "\(code): \(message)"
    }
}

/// A problem loading or configuring a tokenizer.
public struct TokenizerError: Error, CustomStringConvertible, Sendable {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let description: String
        /// No `tokenizer.json` or `spiece.model` where one was expected, or it cannot be read.
        public static let missingFile = Code(description: "tokenizer file missing")
        /// The file is not valid JSON / protobuf, or a field has the wrong type.
        public static let malformed = Code(description: "malformed tokenizer file")
        /// The file asks for a component or option Ciel does not implement.
        public static let unsupported = Code(description: "unsupported tokenizer feature")
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

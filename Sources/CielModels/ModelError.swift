/// An error raised by CielModels: a configuration or checkpoint that does not fit a model, or bad model input.
public struct ModelError: Error, CustomStringConvertible, Sendable {
    /// What kind of problem this is; extensible.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A `config.json` that cannot be read or describes an unsupported model.
        public static let invalidConfiguration = Code(rawValue: "invalid_configuration")
        /// Checkpoint tensors missing, unused or of the wrong shape.
        public static let invalidWeights = Code(rawValue: "invalid_weights")
        /// An input tensor of the wrong shape or size.
        public static let invalidInput = Code(rawValue: "invalid_input")
    }

    /// The kind of problem.
    public var code: Code
    /// A sentence that says what went wrong and, where possible, how to fix it.
    public var message: String
    /// The underlying error, when there is one.
    public var cause: (any Error & Sendable)?

    /// Creates an error of kind `code` with `message`.
    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        if let cause { return "\(message) (\(cause))" }
        return message
    }
}

extension ModelError {
    /// An error of kind `.invalidInput` (wrong input shape or value) with `message`.
    public init(_ message: String) { self.init(.invalidInput, message) }
}

/// An error about a model folder, its configuration, or inputs that do not fit the model.
public struct ModelError: Error, CustomStringConvertible, Sendable {
    /// A sentence that says what went wrong and, where possible, how to fix it.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

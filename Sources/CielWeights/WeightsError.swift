/// An error about checkpoint files: unreadable, malformed, or not matching the model.
public struct WeightsError: Error, CustomStringConvertible, Sendable {
    /// A sentence that says what went wrong and, where possible, how to fix it.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// An error raised by tensor operations on inputs we do not control (shapes, dtypes, files).
public struct TensorError: Error, CustomStringConvertible, Sendable {
    /// A sentence that says what went wrong and, where possible, how to fix it.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

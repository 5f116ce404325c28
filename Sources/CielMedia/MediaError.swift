/// The one error type of `CielMedia`: what went wrong, in a sentence a user can act on.
public struct MediaError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The kind of failure, for callers that branch on it.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        public var description: String { name }

        /// The frames handed in are inconsistent (sizes, pixel count, fps).
        public static let invalidFrames = Code(name: "invalidFrames")
        /// A requested output size or option is not usable.
        public static let invalidOptions = Code(name: "invalidOptions")
        /// The ffmpeg executable could not be found.
        public static let ffmpegMissing = Code(name: "ffmpegMissing")
        /// ffmpeg ran but failed; the message carries a summary of its stderr.
        public static let ffmpegFailed = Code(name: "ffmpegFailed")
        /// A file could not be read or written.
        public static let io = Code(name: "io")
        /// An ISO-BMFF (MP4) file is malformed or unsupported.
        public static let malformedBMFF = Code(name: "malformedBMFF")
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong and, where possible, how to fix it.
    public var message: String

    /// Creates an error of kind `code` with a human-readable `message`.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

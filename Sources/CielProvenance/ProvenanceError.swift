/// The one error type of `CielProvenance`: what went wrong, in a sentence a user can act on.
public struct ProvenanceError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        public var description: String { name }

        /// CBOR bytes could not be decoded.
        public static let malformedCBOR = Code(name: "malformedCBOR")
        /// JUMBF boxes could not be decoded.
        public static let malformedJUMBF = Code(name: "malformedJUMBF")
        /// A C2PA manifest, claim, assertion or COSE structure is malformed.
        public static let malformedManifest = Code(name: "malformedManifest")
        /// A key or certificate could not be read, created or used.
        public static let credentials = Code(name: "credentials")
        /// The media file could not be processed.
        public static let media = Code(name: "media")
        /// A file could not be read or written.
        public static let io = Code(name: "io")
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

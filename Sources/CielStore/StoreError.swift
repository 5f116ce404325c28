/// The error type of the `CielStore` module.
///
/// Every failure of a repository or of the data directory is reported as a `StoreError` whose `message` says what
/// went wrong in a sentence an operator can act on.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The raw name of the code.
        public let rawValue: String
        /// Creates a code from its name.
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The database URL could not be understood.
        public static let invalidDatabaseURL = Code("invalid_database_url")
        /// The database could not be opened or reached.
        public static let connectionFailed = Code("connection_failed")
        /// A query failed.
        public static let queryFailed = Code("query_failed")
        /// A row could not be decoded into a record.
        public static let corruptRow = Code("corrupt_row")
        /// A migration failed.
        public static let migrationFailed = Code("migration_failed")
        /// A file operation in the data directory failed.
        public static let fileSystem = Code("file_system")
        /// The requested record does not exist.
        public static let notFound = Code("not_found")
    }

    /// What kind of failure this is.
    public var code: Code
    /// A sentence that says what went wrong.
    public var message: String
    /// The underlying error, if any.
    public var cause: (any Error)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        if let cause { return "\(message) (\(cause))" }
        return message
    }
}

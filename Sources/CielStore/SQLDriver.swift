/// A value bound to, or read from, an SQL statement. Only the types the schema uses.
public enum SQLValue: Sendable, Equatable {
    /// A 64-bit integer.
    case integer(Int64)
    /// A text value.
    case text(String)
    /// SQL `NULL`.
    case null

    /// An optional string as text or `NULL`.
    static func optional(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    /// An optional integer as integer or `NULL`.
    static func optional(_ value: Int64?) -> SQLValue { value.map { .integer($0) } ?? .null }
}

/// One result row, by column name.
public struct SQLRow: Sendable {
    /// The values by column name.
    public var values: [String: SQLValue]

    /// Creates a row.
    public init(values: [String: SQLValue]) { self.values = values }

    func string(_ column: String) throws -> String {
        guard case .text(let value)? = values[column] else {
            throw StoreError(.corruptRow, "column \(column) is \(String(describing: values[column])), expected text")
        }
        return value
    }

    func optionalString(_ column: String) throws -> String? {
        switch values[column] {
        case .text(let value)?: return value
        case .null?, nil: return nil
        case .integer(let value)?: return String(value)
        }
    }

    func int(_ column: String) throws -> Int64 {
        switch values[column] {
        case .integer(let value)?: return value
        case .text(let text)?:
            if let value = Int64(text) { return value }
        default: break
        }
        throw StoreError(.corruptRow, "column \(column) is \(String(describing: values[column])), expected an integer")
    }

    func optionalInt(_ column: String) throws -> Int64? {
        if case .null? = values[column] { return nil }
        if values[column] == nil { return nil }
        return try int(column)
    }
}

/// The SQL dialect differences the repository cares about.
public enum SQLDialect: Sendable {
    /// SQLite 3.35 or newer.
    case sqlite
    /// PostgreSQL 12 or newer.
    case postgres
}

/// A minimal connection to a database: run one statement with positional `?` binds, get rows back.
public protocol SQLDriver: Sendable {
    /// The dialect spoken.
    var dialect: SQLDialect { get }
    /// Runs one statement. Placeholders are written `?` whatever the dialect.
    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]
    /// Runs several statements in one transaction, holding a lock that serialises concurrent migrations.
    func migrationTransaction(_ statements: [String]) async throws
    /// Closes the connection(s).
    func close() async throws
}

extension SQLDriver {
    /// Runs a statement and ignores its rows.
    func execute(_ sql: String, _ binds: [SQLValue] = []) async throws {
        _ = try await query(sql, binds)
    }
}

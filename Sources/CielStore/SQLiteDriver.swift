import Foundation
import Logging
import SQLiteNIO

/// `SQLDriver` over SQLiteNIO: one connection for writes and a few for reads, in WAL mode so readers never block
/// the writer. Several processes may open the same file; SQLite serialises their writes.
public final class SQLiteDriver: SQLDriver, @unchecked Sendable {
    public var dialect: SQLDialect { .sqlite }

    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let lock = NSLock()
    private var nextReader = 0

    /// Opens (creating if needed) the database file at `path`.
    /// - Parameters:
    ///   - path: The database file.
    ///   - readerCount: How many extra read-only connections to keep.
    /// - Throws: `StoreError.connectionFailed` when the file cannot be opened.
    public static func open(path: String, readerCount: Int = 2, logger: Logger) async throws -> SQLiteDriver {
        do {
            let writer = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
            _ = try await writer.query("PRAGMA journal_mode=WAL", [])
            try await configure(writer)
            var readers: [SQLiteConnection] = []
            for _ in 0..<max(0, readerCount) {
                let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                try await configure(reader)
                readers.append(reader)
            }
            return SQLiteDriver(writer: writer, readers: readers)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.connectionFailed, "cannot open the SQLite database at \(path)", cause: error)
        }
    }

    private static func configure(_ connection: SQLiteConnection) async throws {
        _ = try await connection.query("PRAGMA synchronous=NORMAL", [])
        _ = try await connection.query("PRAGMA busy_timeout=10000", [])
    }

    private init(writer: SQLiteConnection, readers: [SQLiteConnection]) {
        self.writer = writer
        self.readers = readers
    }

    private func connection(for sql: String) -> SQLiteConnection {
        guard !readers.isEmpty, sql.hasPrefix("SELECT") else { return writer }
        lock.lock()
        defer { lock.unlock() }
        nextReader = (nextReader + 1) % readers.count
        return readers[nextReader]
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        let sqliteBinds = binds.map { value -> SQLiteData in
            switch value {
            case .integer(let number): return .integer(SQLiteInt64(number))
            case .text(let text): return .text(text)
            case .null: return .null
            }
        }
        let rows: [SQLiteRow]
        do {
            rows = try await connection(for: sql).query(sql, sqliteBinds)
        } catch {
            throw StoreError(.queryFailed, "SQLite query failed: \(sql.prefix(80))", cause: error)
        }
        return rows.map { row in
            var values: [String: SQLValue] = [:]
            for column in row.columns {
                switch column.data {
                case .integer(let number): values[column.name] = .integer(Int64(number))
                case .float(let number): values[column.name] = .integer(Int64(number))
                case .text(let text): values[column.name] = .text(text)
                case .blob(let buffer): values[column.name] = .text(String(buffer: buffer))
                case .null: values[column.name] = .null
                }
            }
            return SQLRow(values: values)
        }
    }

    public func migrationTransaction(_ statements: [String]) async throws {
        do {
            _ = try await writer.query("BEGIN IMMEDIATE", [])
            do {
                for statement in statements { _ = try await writer.query(statement, []) }
                _ = try await writer.query("COMMIT", [])
            } catch {
                _ = try? await writer.query("ROLLBACK", [])
                throw error
            }
        } catch {
            throw StoreError(.migrationFailed, "SQLite migration failed", cause: error)
        }
    }

    public func close() async throws {
        for reader in readers where !reader.isClosed { try await reader.close() }
        if !writer.isClosed { try await writer.close() }
    }

    deinit {
        // Safety net for an owner that never called close(): each close keeps its connection alive until done.
        for connection in readers + [writer] where !connection.isClosed {
            _ = connection.close()
        }
    }
}

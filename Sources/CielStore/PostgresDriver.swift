import Foundation
import Logging
import PostgresNIO

/// `SQLDriver` over a PostgresNIO connection pool. Placeholders `?` are rewritten to `$1…$n`.
public final class PostgresDriver: SQLDriver, @unchecked Sendable {
    public var dialect: SQLDialect { .postgres }

    private let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let logger: Logger

    /// Connects to the server named by a `postgres://user:password@host:port/database` URL.
    /// - Throws: `StoreError.invalidDatabaseURL` when the URL cannot be understood.
    public init(url: String, logger: Logger) throws {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty,
            components.scheme == "postgres" || components.scheme == "postgresql"
        else {
            throw StoreError(.invalidDatabaseURL, "'\(url)' is not a postgres://user@host:port/database URL")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let tlsMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresClient.Configuration.TLS =
            tlsMode == "disable" ? .disable : .prefer(.makeClientConfiguration())
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database.isEmpty ? nil : database, tls: tls)
        configuration.options.maximumConnections = 8
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.runTask = Task { await client.run() }
    }

    static func numberedPlaceholders(_ sql: String) -> String {
        var result = ""
        result.reserveCapacity(sql.count + 16)
        var index = 0
        for character in sql {
            if character == "?" {
                index += 1
                result += "$\(index)"
            } else {
                result.append(character)
            }
        }
        return result
    }

    private func makeQuery(_ sql: String, _ binds: [SQLValue]) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds {
            switch value {
            case .integer(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            case .null: bindings.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: Self.numberedPlaceholders(sql), binds: bindings)
    }

    static func decode(_ row: PostgresRow) throws -> SQLRow {
        var values: [String: SQLValue] = [:]
        for cell in row {
            guard cell.bytes != nil else {
                values[cell.columnName] = .null
                continue
            }
            switch cell.dataType {
            case .int8: values[cell.columnName] = .integer(try cell.decode(Int64.self))
            case .int4: values[cell.columnName] = .integer(Int64(try cell.decode(Int32.self)))
            case .int2: values[cell.columnName] = .integer(Int64(try cell.decode(Int16.self)))
            case .bool: values[cell.columnName] = .integer(try cell.decode(Bool.self) ? 1 : 0)
            default: values[cell.columnName] = .text(try cell.decode(String.self))
            }
        }
        return SQLRow(values: values)
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        do {
            let rows = try await client.query(makeQuery(sql, binds), logger: logger)
            var result: [SQLRow] = []
            for try await row in rows { result.append(try Self.decode(row)) }
            return result
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.queryFailed, "PostgreSQL query failed: \(sql.prefix(80))", cause: error)
        }
    }

    public func migrationTransaction(_ statements: [String]) async throws {
        do {
            try await client.withConnection { connection in
                // A transaction-scoped advisory lock serialises workers that start at the same moment.
                _ = try await connection.query("BEGIN", logger: logger)
                do {
                    _ = try await connection.query("SELECT pg_advisory_xact_lock(7210431)", logger: logger)
                    for statement in statements {
                        _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    _ = try await connection.query("COMMIT", logger: logger)
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch {
            throw StoreError(.migrationFailed, "PostgreSQL migration failed", cause: error)
        }
    }

    public func close() async throws {
        runTask.cancel()
        _ = await runTask.value
    }
}

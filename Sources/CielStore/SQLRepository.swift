import Logging

/// `CielRepository` over any `SQLDriver` (SQLite or PostgreSQL). Each operation is one statement, so it is atomic
/// on both backends; the claim uses `FOR UPDATE SKIP LOCKED` on PostgreSQL.
public final class SQLRepository: CielRepository {
    let driver: any SQLDriver

    /// Wraps a driver. Call `migrate()` before use.
    public init(driver: any SQLDriver) {
        self.driver = driver
    }

    public func migrate() async throws {
        try await Migrations.run(on: driver)
    }

    public func close() async throws {
        try await driver.close()
    }

    // MARK: Keys

    static let keyColumns =
        "id, name, prefix, secret_hash, created_at, revoked_at, webhook_url, webhook_secret, account_id"

    static func decodeKey(_ row: SQLRow) throws -> APIKeyRecord {
        APIKeyRecord(
            id: try row.string("id"), name: try row.string("name"), prefix: try row.string("prefix"),
            secretHash: try row.string("secret_hash"), createdAt: try row.int("created_at"),
            revokedAt: try row.optionalInt("revoked_at"), webhookURL: try row.optionalString("webhook_url"),
            webhookSecret: try row.optionalString("webhook_secret"), accountID: try row.optionalString("account_id"))
    }

    public func insertKey(_ key: APIKeyRecord) async throws {
        try await driver.execute(
            "INSERT INTO api_keys (\(Self.keyColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                .text(key.id), .text(key.name), .text(key.prefix), .text(key.secretHash), .integer(key.createdAt),
                .optional(key.revokedAt), .optional(key.webhookURL), .optional(key.webhookSecret),
                .text(key.accountID),
            ])
    }

    public func key(secretHash: String) async throws -> APIKeyRecord? {
        try await driver.query(
            "SELECT \(Self.keyColumns) FROM api_keys WHERE secret_hash = ?", [.text(secretHash)]
        ).first.map(Self.decodeKey)
    }

    public func key(id: String) async throws -> APIKeyRecord? {
        try await driver.query("SELECT \(Self.keyColumns) FROM api_keys WHERE id = ?", [.text(id)]).first.map(
            Self.decodeKey)
    }

    public func keys() async throws -> [APIKeyRecord] {
        try await driver.query("SELECT \(Self.keyColumns) FROM api_keys ORDER BY created_at, id", []).map(
            Self.decodeKey)
    }

    public func keys(accountID: String) async throws -> [APIKeyRecord] {
        try await driver.query(
            "SELECT \(Self.keyColumns) FROM api_keys WHERE account_id = ? ORDER BY created_at, id", [.text(accountID)]
        ).map(Self.decodeKey)
    }

    public func revokeKey(id: String, accountID: String, at time: Int64) async throws -> Bool {
        let rows = try await driver.query(
            "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL RETURNING id",
            [.integer(time), .text(id), .text(accountID)])
        return !rows.isEmpty
    }

    public func revokeKey(idOrName: String, at time: Int64) async throws -> Bool {
        let rows = try await driver.query(
            "UPDATE api_keys SET revoked_at = ? WHERE (id = ? OR name = ?) AND revoked_at IS NULL RETURNING id",
            [.integer(time), .text(idOrName), .text(idOrName)])
        return !rows.isEmpty
    }
}

/// The schema, as an ordered list of idempotent migrations per dialect.
enum Migrations {
    /// One migration: a version number and the statements that bring the schema to it.
    struct Migration {
        let version: Int
        let statements: [String]
    }

    static func all(for dialect: SQLDialect) -> [Migration] {
        let sequenceColumn: String
        switch dialect {
        case .sqlite: sequenceColumn = "seq INTEGER PRIMARY KEY AUTOINCREMENT"
        case .postgres: sequenceColumn = "seq BIGSERIAL PRIMARY KEY"
        }
        return [
            Migration(
                version: 1,
                statements: [
                    """
                    CREATE TABLE IF NOT EXISTS api_keys (
                        id TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        prefix TEXT NOT NULL,
                        secret_hash TEXT NOT NULL UNIQUE,
                        created_at BIGINT NOT NULL,
                        revoked_at BIGINT,
                        webhook_url TEXT,
                        webhook_secret TEXT
                    )
                    """,
                    """
                    CREATE TABLE IF NOT EXISTS videos (
                        \(sequenceColumn),
                        id TEXT NOT NULL UNIQUE,
                        owner_key_id TEXT NOT NULL,
                        requested_model TEXT NOT NULL,
                        engine_model TEXT NOT NULL,
                        status TEXT NOT NULL,
                        progress BIGINT NOT NULL DEFAULT 0,
                        prompt TEXT NOT NULL,
                        size TEXT NOT NULL,
                        seconds TEXT NOT NULL,
                        seed BIGINT,
                        input_reference_path TEXT,
                        remixed_from_video_id TEXT,
                        created_at BIGINT NOT NULL,
                        started_at BIGINT,
                        completed_at BIGINT,
                        expires_at BIGINT,
                        error_code TEXT,
                        error_message TEXT,
                        attempts BIGINT NOT NULL DEFAULT 0,
                        worker_id TEXT,
                        lease_expires_at_ms BIGINT,
                        deleted_at BIGINT,
                        assets_removed BIGINT NOT NULL DEFAULT 0
                    )
                    """,
                    "CREATE INDEX IF NOT EXISTS videos_owner_seq ON videos (owner_key_id, seq)",
                    "CREATE INDEX IF NOT EXISTS videos_status_seq ON videos (status, seq)",
                ]
            ),
            // 10: the moderation audit log (who, when, verdict, category, rule; the prompt only as a SHA-256).
            Migration(
                version: 10,
                statements: [
                    """
                    CREATE TABLE IF NOT EXISTS moderation_audit (
                        \(sequenceColumn),
                        created_at BIGINT NOT NULL,
                        key_id TEXT NOT NULL,
                        action TEXT NOT NULL,
                        verdict TEXT NOT NULL,
                        category TEXT,
                        rule TEXT,
                        prompt_sha256 TEXT NOT NULL,
                        source_video_id TEXT
                    )
                    """,
                    "CREATE INDEX IF NOT EXISTS moderation_audit_key_seq ON moderation_audit (key_id, seq)",
                ]
            ),
        ]
    }

    /// Applies every migration not yet recorded. Each one runs in a transaction with its version record, and every
    /// statement is idempotent, so two processes starting together both succeed.
    static func run(on driver: any SQLDriver) async throws {
        // Two processes starting at once may race on creating the bookkeeping table; the loser retries and then
        // finds everything in place.
        for attempt in 1...3 {
            do {
                try await runOnce(on: driver)
                return
            } catch _ where attempt < 3 {
                try await Task.sleep(for: .milliseconds(200 * attempt))
            }
        }
    }

    private static func runOnce(on driver: any SQLDriver) async throws {
        try await driver.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)")
        let applied = Set(
            try await driver.query("SELECT version FROM schema_migrations", []).map { try $0.int("version") })
        for migration in all(for: driver.dialect) where !applied.contains(Int64(migration.version)) {
            let now = Int64(Clock.nowSeconds())
            try await driver.migrationTransaction(
                migration.statements + [
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (\(migration.version), \(now)) "
                        + "ON CONFLICT (version) DO NOTHING"
                ])
        }
    }
}

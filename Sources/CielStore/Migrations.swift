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
        // SQLite has no `ADD COLUMN IF NOT EXISTS`; a migration runs once under the migration lock, and a process
        // that loses a start-up race retries and then finds the version recorded.
        let addColumn = dialect == .postgres ? "ADD COLUMN IF NOT EXISTS" : "ADD COLUMN"
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
            // 20: accounts. Keys and videos belong to an account; existing keys become operator keys acting for
            // their implicit account `acct_<key id>` (no row, no quota), and their videos follow them.
            Migration(
                version: 20,
                statements: [
                    """
                    CREATE TABLE IF NOT EXISTS accounts (
                        id TEXT PRIMARY KEY,
                        username TEXT NOT NULL UNIQUE,
                        display_name TEXT NOT NULL,
                        password_hash TEXT NOT NULL,
                        tier TEXT NOT NULL,
                        is_admin BIGINT NOT NULL DEFAULT 0,
                        created_at BIGINT NOT NULL,
                        disabled_at BIGINT
                    )
                    """,
                    "ALTER TABLE api_keys \(addColumn) account_id TEXT",
                    "UPDATE api_keys SET account_id = 'acct_' || id WHERE account_id IS NULL",
                    "CREATE INDEX IF NOT EXISTS api_keys_account ON api_keys (account_id)",
                    "ALTER TABLE videos \(addColumn) account_id TEXT",
                    "UPDATE videos SET account_id = 'acct_' || owner_key_id WHERE account_id IS NULL",
                    "CREATE INDEX IF NOT EXISTS videos_account_seq ON videos (account_id, seq)",
                    "CREATE INDEX IF NOT EXISTS videos_account_created ON videos (account_id, created_at)",
                ]
            ),
            // 21: browser sessions (hashed tokens, per-session CSRF token) and invitation codes.
            Migration(
                version: 21,
                statements: [
                    """
                    CREATE TABLE IF NOT EXISTS sessions (
                        token_hash TEXT PRIMARY KEY,
                        account_id TEXT NOT NULL,
                        csrf_token TEXT NOT NULL,
                        created_at BIGINT NOT NULL,
                        expires_at BIGINT NOT NULL
                    )
                    """,
                    "CREATE INDEX IF NOT EXISTS sessions_account ON sessions (account_id)",
                    """
                    CREATE TABLE IF NOT EXISTS invite_codes (
                        code TEXT PRIMARY KEY,
                        created_by TEXT NOT NULL,
                        created_at BIGINT NOT NULL,
                        used_by TEXT,
                        used_at BIGINT
                    )
                    """,
                    "CREATE INDEX IF NOT EXISTS invite_codes_creator ON invite_codes (created_by)",
                ]
            ),
            // 22: what the web app adds to a video: the public-feed opt-in and the advanced generation settings.
            Migration(
                version: 22,
                statements: [
                    "ALTER TABLE videos \(addColumn) shared_at BIGINT",
                    "ALTER TABLE videos \(addColumn) negative_prompt TEXT",
                    "ALTER TABLE videos \(addColumn) steps BIGINT",
                    "ALTER TABLE videos \(addColumn) guidance TEXT",
                    "CREATE INDEX IF NOT EXISTS videos_shared ON videos (shared_at)",
                ]
            ),
            // 30: cameos (consented likenesses) and which videos used them.
            Migration(
                version: 30,
                statements: [
                    """
                    CREATE TABLE IF NOT EXISTS cameos (
                        id TEXT PRIMARY KEY,
                        owner_account_id TEXT NOT NULL,
                        name TEXT NOT NULL,
                        handle TEXT NOT NULL,
                        permission TEXT NOT NULL,
                        approved_accounts TEXT NOT NULL,
                        image_paths TEXT NOT NULL,
                        attested_at BIGINT NOT NULL,
                        created_at BIGINT NOT NULL,
                        deleted_at BIGINT
                    )
                    """,
                    "CREATE UNIQUE INDEX IF NOT EXISTS cameos_live_handle ON cameos (handle) WHERE deleted_at IS NULL",
                    "CREATE INDEX IF NOT EXISTS cameos_owner ON cameos (owner_account_id)",
                    """
                    CREATE TABLE IF NOT EXISTS video_cameos (
                        video_id TEXT NOT NULL,
                        cameo_id TEXT NOT NULL,
                        PRIMARY KEY (video_id, cameo_id)
                    )
                    """,
                    "CREATE INDEX IF NOT EXISTS video_cameos_cameo ON video_cameos (cameo_id)",
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

extension SQLRepository {
    // MARK: Accounts

    static let accountColumns = "id, username, display_name, password_hash, tier, is_admin, created_at, disabled_at"

    static func decodeAccount(_ row: SQLRow) throws -> AccountRecord {
        AccountRecord(
            id: try row.string("id"), username: try row.string("username"),
            displayName: try row.string("display_name"), passwordHash: try row.string("password_hash"),
            tier: try row.string("tier"), isAdmin: try row.int("is_admin") != 0, createdAt: try row.int("created_at"),
            disabledAt: try row.optionalInt("disabled_at"))
    }

    public func insertAccount(_ account: AccountRecord) async throws -> Bool {
        let rows = try await driver.query(
            """
            INSERT INTO accounts (\(Self.accountColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
            ON CONFLICT DO NOTHING RETURNING id
            """,
            [
                .text(account.id), .text(account.username), .text(account.displayName), .text(account.passwordHash),
                .text(account.tier), .integer(account.isAdmin ? 1 : 0), .integer(account.createdAt),
                .optional(account.disabledAt),
            ])
        return !rows.isEmpty
    }

    public func account(id: String) async throws -> AccountRecord? {
        try await driver.query("SELECT \(Self.accountColumns) FROM accounts WHERE id = ?", [.text(id)]).first.map(
            Self.decodeAccount)
    }

    public func account(username: String) async throws -> AccountRecord? {
        try await driver.query(
            "SELECT \(Self.accountColumns) FROM accounts WHERE username = ?", [.text(username.lowercased())]
        ).first.map(Self.decodeAccount)
    }

    public func accounts() async throws -> [AccountRecord] {
        try await driver.query("SELECT \(Self.accountColumns) FROM accounts ORDER BY created_at, id", []).map(
            Self.decodeAccount)
    }

    public func accountCount() async throws -> Int {
        Int(try await driver.query("SELECT COUNT(*) AS n FROM accounts", []).first?.int("n") ?? 0)
    }

    public func updateAccount(id: String, tier: String?, isAdmin: Bool?, disabledAt: Int64??) async throws -> Bool {
        var sets: [String] = []
        var binds: [SQLValue] = []
        if let tier {
            sets.append("tier = ?")
            binds.append(.text(tier))
        }
        if let isAdmin {
            sets.append("is_admin = ?")
            binds.append(.integer(isAdmin ? 1 : 0))
        }
        if let disabledAt {
            sets.append("disabled_at = ?")
            binds.append(.optional(disabledAt))
        }
        guard !sets.isEmpty else { return try await account(id: id) != nil }
        let rows = try await driver.query(
            "UPDATE accounts SET \(sets.joined(separator: ", ")) WHERE id = ? RETURNING id", binds + [.text(id)])
        return !rows.isEmpty
    }

    // MARK: Sessions

    public func insertSession(_ session: SessionRecord) async throws {
        try await driver.execute(
            "INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            [
                .text(session.tokenHash), .text(session.accountID), .text(session.csrfToken),
                .integer(session.createdAt), .integer(session.expiresAt),
            ])
    }

    public func session(tokenHash: String, now: Int64) async throws -> SessionRecord? {
        try await driver.query(
            """
            SELECT token_hash, account_id, csrf_token, created_at, expires_at FROM sessions \
            WHERE token_hash = ? AND expires_at > ?
            """,
            [.text(tokenHash), .integer(now)]
        ).first.map { row in
            SessionRecord(
                tokenHash: try row.string("token_hash"), accountID: try row.string("account_id"),
                csrfToken: try row.string("csrf_token"), createdAt: try row.int("created_at"),
                expiresAt: try row.int("expires_at"))
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await driver.execute("DELETE FROM sessions WHERE token_hash = ?", [.text(tokenHash)])
    }

    public func deleteExpiredSessions(now: Int64) async throws {
        try await driver.execute("DELETE FROM sessions WHERE expires_at <= ?", [.integer(now)])
    }

    // MARK: Invitations

    static func decodeInvite(_ row: SQLRow) throws -> InviteRecord {
        InviteRecord(
            code: try row.string("code"), createdBy: try row.string("created_by"),
            createdAt: try row.int("created_at"), usedBy: try row.optionalString("used_by"),
            usedAt: try row.optionalInt("used_at"))
    }

    public func insertInvite(_ invite: InviteRecord) async throws {
        try await driver.execute(
            "INSERT INTO invite_codes (code, created_by, created_at, used_by, used_at) VALUES (?, ?, ?, ?, ?)",
            [
                .text(invite.code), .text(invite.createdBy), .integer(invite.createdAt), .optional(invite.usedBy),
                .optional(invite.usedAt),
            ])
    }

    public func invites(createdBy: String?) async throws -> [InviteRecord] {
        let columns = "code, created_by, created_at, used_by, used_at"
        if let createdBy {
            return try await driver.query(
                "SELECT \(columns) FROM invite_codes WHERE created_by = ? ORDER BY created_at, code",
                [.text(createdBy)]
            ).map(Self.decodeInvite)
        }
        return try await driver.query("SELECT \(columns) FROM invite_codes ORDER BY created_at, code", []).map(
            Self.decodeInvite)
    }

    public func useInvite(code: String, by accountID: String, at time: Int64) async throws -> Bool {
        let rows = try await driver.query(
            "UPDATE invite_codes SET used_by = ?, used_at = ? WHERE code = ? AND used_by IS NULL RETURNING code",
            [.text(accountID), .integer(time), .text(code)])
        return !rows.isEmpty
    }

    public func releaseInvite(code: String) async throws {
        try await driver.execute("UPDATE invite_codes SET used_by = NULL, used_at = NULL WHERE code = ?", [.text(code)])
    }

    // MARK: Moderation log (read-only)

    /// Table names the guardrails module may use for its audit log, most likely first.
    static let moderationLogTables = ["moderation_log", "moderation_audit_log", "moderation_audit", "moderation_events"]

    public func moderationLog(limit: Int) async throws -> [[String]]? {
        for table in Self.moderationLogTables {
            let exists: Bool
            switch driver.dialect {
            case .sqlite:
                exists = !(try await driver.query(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(table)])).isEmpty
            case .postgres:
                exists = !(try await driver.query(
                    "SELECT table_name FROM information_schema.tables WHERE table_name = ?", [.text(table)])).isEmpty
            }
            guard exists else { continue }
            let rows = try await driver.query("SELECT * FROM \(table) ORDER BY 1 DESC LIMIT ?", [.integer(Int64(limit))])
            return rows.map { row in
                row.values.keys.sorted().map { column in
                    switch row.values[column] {
                    case .text(let text)?: return "\(column)=\(text)"
                    case .integer(let number)?: return "\(column)=\(number)"
                    default: return "\(column)=–"
                    }
                }
            }
        }
        return nil
    }
}

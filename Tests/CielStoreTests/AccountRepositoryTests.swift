import CielStore
import Foundation
import Logging
import Testing

@Suite("Accounts, sessions, invitations", .serialized)
struct AccountRepositoryTests {
    static func account(_ username: String, id: String? = nil) -> AccountRecord {
        AccountRecord(
            id: id ?? "acct_\(username)", username: username, displayName: username.capitalized,
            passwordHash: "$pbkdf2-sha256$1$AA==$AA==", tier: "free", createdAt: 100)
    }

    @Test("accounts are unique by id and username; tiers, admin and disabled flags update", arguments: TestBackend.available)
    func accounts(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        #expect(try await repository.insertAccount(Self.account("alice")))
        #expect(try await repository.insertAccount(Self.account("alice", id: "acct_other")) == false)
        #expect(try await repository.insertAccount(Self.account("bob")))
        #expect(try await repository.account(username: "ALICE")?.id == "acct_alice")
        #expect(try await repository.account(id: "acct_bob") == Self.account("bob"))
        #expect(try await repository.accountCount() == 2)
        #expect(try await repository.updateAccount(id: "acct_bob", tier: "pro", isAdmin: true, disabledAt: .some(5)))
        let bob = try #require(try await repository.account(id: "acct_bob"))
        #expect(bob.tier == "pro" && bob.isAdmin && bob.disabledAt == 5)
        #expect(try await repository.updateAccount(id: "acct_bob", tier: nil, isAdmin: nil, disabledAt: .some(nil)))
        #expect(try await repository.account(id: "acct_bob")?.disabledAt == nil)
        #expect(try await repository.updateAccount(id: "acct_nobody", tier: "pro", isAdmin: nil, disabledAt: nil) == false)
        #expect(try await repository.accounts().map(\.username) == ["alice", "bob"])
        try await repository.close()
    }

    @Test("sessions expire and end; invitations are used once", arguments: TestBackend.available)
    func sessionsAndInvites(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        let session = SessionRecord(tokenHash: "h1", accountID: "acct_a", csrfToken: "c", createdAt: 10, expiresAt: 20)
        try await repository.insertSession(session)
        #expect(try await repository.session(tokenHash: "h1", now: 15) == session)
        #expect(try await repository.session(tokenHash: "h1", now: 20) == nil)
        try await repository.deleteExpiredSessions(now: 25)
        #expect(try await repository.session(tokenHash: "h1", now: 0) == nil)
        try await repository.insertSession(session)
        try await repository.deleteSession(tokenHash: "h1")
        #expect(try await repository.session(tokenHash: "h1", now: 15) == nil)

        try await repository.insertInvite(InviteRecord(code: "c1", createdBy: "acct_a", createdAt: 1))
        #expect(try await repository.useInvite(code: "c1", by: "acct_b", at: 2))
        #expect(try await repository.useInvite(code: "c1", by: "acct_c", at: 3) == false)
        #expect(try await repository.useInvite(code: "nope", by: "acct_c", at: 3) == false)
        #expect(try await repository.invites(createdBy: "acct_a").first?.usedBy == "acct_b")
        try await repository.releaseInvite(code: "c1")
        #expect(try await repository.useInvite(code: "c1", by: "acct_c", at: 4))
        #expect(try await repository.invites(createdBy: nil).count == 1)
        try await repository.close()
    }

    @Test("keys act for an account or their implicit one; videos are scoped, counted and shared by account",
          arguments: TestBackend.available)
    func accountScopedVideos(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        var (key1, _) = APIKeys.make(name: "one")
        key1.accountID = "acct_alice"
        var (key2, _) = APIKeys.make(name: "two")
        key2.accountID = "acct_alice"
        let (operatorKey, _) = APIKeys.make(name: "ops")
        #expect(operatorKey.accountID == "acct_" + operatorKey.id)
        for key in [key1, key2, operatorKey] { try await repository.insertKey(key) }
        #expect(try await repository.keys(accountID: "acct_alice").map(\.id).sorted() == [key1.id, key2.id].sorted())
        #expect(try await repository.key(id: operatorKey.id) == operatorKey)

        func video(_ id: String, key: APIKeyRecord, at time: Int64) -> VideoRecord {
            var record = makeVideo(id: id, owner: key.id, createdAt: time)
            record.accountID = key.accountID
            return record
        }
        try await repository.insertVideo(video("v1", key: key1, at: 1000))
        try await repository.insertVideo(video("v2", key: key2, at: 2000))
        try await repository.insertVideo(video("v3", key: operatorKey, at: 3000))
        // Both keys of the account see both videos; the key-scoped queries keep working.
        #expect(try await repository.video(id: "v1", accountID: "acct_alice") != nil)
        #expect(try await repository.video(id: "v3", accountID: "acct_alice") == nil)
        let page = try await repository.listVideos(accountID: "acct_alice", after: nil, limit: 10, order: .ascending)
        #expect(page.videos.map(\.id) == ["v1", "v2"])
        #expect(try await repository.listVideos(ownerKeyID: key1.id, after: nil, limit: 10, order: .ascending).videos.map(\.id) == ["v1"])
        #expect(try await repository.activeJobCount(accountID: "acct_alice") == 2)
        #expect(try await repository.videosCreated(accountID: "acct_alice", since: 1500) == 1)
        #expect(try await repository.markDeleted(id: "v2", accountID: "acct_alice", at: 2500) != nil)
        #expect(try await repository.videosCreated(accountID: "acct_alice", since: 0) == 2, "deleted videos still count")
        #expect(try await repository.markDeleted(id: "v3", accountID: "acct_alice", at: 2500) == nil)

        // Only completed, shared, live videos are in the feed.
        #expect(try await repository.setShared(id: "v1", accountID: "acct_alice", sharedAt: 5000)?.sharedAt == 5000)
        #expect(try await repository.sharedVideos(limit: 10).isEmpty, "v1 is not completed")
        let claimed = try #require(try await repository.claimNextJob(workerID: "w", leaseUntilMillis: .max, now: 1))
        #expect(claimed.id == "v1")
        #expect(try await repository.completeJob(id: "v1", workerID: "w", completedAt: 6, expiresAt: nil))
        #expect(try await repository.sharedVideos(limit: 10).map(\.id) == ["v1"])
        #expect(try await repository.setShared(id: "v1", accountID: "acct_other", sharedAt: nil) == nil)
        #expect(try await repository.setShared(id: "v1", accountID: "acct_alice", sharedAt: nil) != nil)
        #expect(try await repository.sharedVideos(limit: 10).isEmpty)
        #expect(try await repository.queuedVideos(limit: 10).map(\.id) == ["v3"])
        // The admin page's moderation log reads the audit table (migration 10): decisions, never the prompt.
        #expect(try await repository.moderationLog(limit: 5) == [])
        let audit = try #require(repository as? any ModerationAuditStore)
        try await audit.recordModeration(ModerationAuditRecord(
            createdAt: 7, keyID: "key_a", action: "create", verdict: "block", category: "sexual",
            rule: "sexual.explicit_term", prompt: "secret prompt text"))
        let log = try #require(try await repository.moderationLog(limit: 5))
        #expect(log.count == 1)
        #expect(log.first?.contains("verdict=block") == true && log.first?.contains("category=sexual") == true)
        #expect(log.first?.contains { $0.contains("secret prompt text") } == false)
        try await repository.close()
    }

    @Test("advanced settings round-trip")
    func advancedSettings() async throws {
        let (repository, _) = try await TestBackend.sqlite.makeRepository()
        var record = makeVideo(id: "v_adv")
        record.negativePrompt = "blurry"
        record.steps = 30
        record.guidance = 4.5
        try await repository.insertVideo(record)
        #expect(try await repository.video(id: "v_adv", ownerKeyID: nil) == record)
        try await repository.close()
    }

    @Test("a version-1 database upgrades: existing keys and videos move to implicit accounts")
    func upgradeFromVersion1() async throws {
        let directory = DataDirectory(root: FileManager.default.temporaryDirectory
            .appendingPathComponent("ciel-upgrade-\(UUID().uuidString)"))
        try directory.prepare()
        defer { try? FileManager.default.removeItem(at: directory.root) }
        let logger = Logger(label: "test")
        let driver = try await SQLiteDriver.open(path: directory.databaseFile.path, logger: logger)
        for statement in [
            "CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)",
            "INSERT INTO schema_migrations VALUES (1, 0)",
            """
            CREATE TABLE api_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL, prefix TEXT NOT NULL, \
            secret_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, revoked_at BIGINT, webhook_url TEXT, \
            webhook_secret TEXT)
            """,
            """
            CREATE TABLE videos (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, \
            owner_key_id TEXT NOT NULL, requested_model TEXT NOT NULL, engine_model TEXT NOT NULL, \
            status TEXT NOT NULL, progress BIGINT NOT NULL DEFAULT 0, prompt TEXT NOT NULL, size TEXT NOT NULL, \
            seconds TEXT NOT NULL, seed BIGINT, input_reference_path TEXT, remixed_from_video_id TEXT, \
            created_at BIGINT NOT NULL, started_at BIGINT, completed_at BIGINT, expires_at BIGINT, error_code TEXT, \
            error_message TEXT, attempts BIGINT NOT NULL DEFAULT 0, worker_id TEXT, lease_expires_at_ms BIGINT, \
            deleted_at BIGINT, assets_removed BIGINT NOT NULL DEFAULT 0)
            """,
            "INSERT INTO api_keys VALUES ('key_old', 'old', 'ciel-sk-abcd', 'hash', 1, NULL, NULL, NULL)",
            """
            INSERT INTO videos (id, owner_key_id, requested_model, engine_model, status, prompt, size, seconds, \
            created_at) VALUES ('video_old', 'key_old', 'sora-2', 'ciel-tiny', 'queued', 'p', '720x1280', '4', 1)
            """,
        ] {
            _ = try await driver.query(statement, [])
        }
        try await driver.close()
        let repository = try await RepositoryFactory.open(databaseURL: nil, dataDirectory: directory, logger: logger)
        #expect(try await repository.key(id: "key_old")?.accountID == "acct_key_old")
        let video = try #require(try await repository.video(id: "video_old", accountID: "acct_key_old"))
        #expect(video.ownerKeyID == "key_old" && video.sharedAt == nil && video.steps == nil)
        try await repository.close()
        // Opening again is a no-op.
        let again = try await RepositoryFactory.open(databaseURL: nil, dataDirectory: directory, logger: logger)
        #expect(try await again.listVideos(accountID: "acct_key_old", after: nil, limit: 5, order: .ascending).videos.count == 1)
        try await again.close()
    }
}

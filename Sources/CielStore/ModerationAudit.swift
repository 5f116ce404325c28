import Crypto
import Foundation

/// One moderation decision in the audit log. The prompt is never stored in clear, only its SHA-256, so the log can
/// prove which prompt was judged without showing a refused prompt to whoever reads the log.
public struct ModerationAuditRecord: Sendable, Equatable {
    /// Unix seconds of the decision.
    public var createdAt: Int64
    /// The API key that sent the prompt.
    public var keyID: String
    /// What was being done: `create` or `remix`.
    public var action: String
    /// `allow` or `block`.
    public var verdict: String
    /// The policy category of a block (`sexual`, `public_figure`, …); nil when allowed.
    public var category: String?
    /// The rule of a block (`sexual.nudity`, …); nil when allowed.
    public var rule: String?
    /// Lower-case hex SHA-256 of the prompt's UTF-8 bytes.
    public var promptSHA256: String
    /// The video a remix started from, if any.
    public var sourceVideoID: String?

    /// Creates a record, hashing the prompt.
    public init(
        createdAt: Int64, keyID: String, action: String, verdict: String, category: String? = nil,
        rule: String? = nil, prompt: String, sourceVideoID: String? = nil
    ) {
        self.init(
            createdAt: createdAt, keyID: keyID, action: action, verdict: verdict, category: category, rule: rule,
            promptSHA256: Self.hash(prompt), sourceVideoID: sourceVideoID)
    }

    /// Creates a record from an already computed hash.
    public init(
        createdAt: Int64, keyID: String, action: String, verdict: String, category: String?, rule: String?,
        promptSHA256: String, sourceVideoID: String?
    ) {
        self.createdAt = createdAt
        self.keyID = keyID
        self.action = action
        self.verdict = verdict
        self.category = category
        self.rule = rule
        self.promptSHA256 = promptSHA256
        self.sourceVideoID = sourceVideoID
    }

    /// Lower-case hex SHA-256 of a prompt.
    public static func hash(_ prompt: String) -> String {
        SHA256.hash(data: Data(prompt.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// Durable storage for the moderation audit log (implemented by `SQLRepository` for SQLite and PostgreSQL).
public protocol ModerationAuditStore: Sendable {
    /// Appends one decision.
    func recordModeration(_ record: ModerationAuditRecord) async throws
    /// The most recent decisions, newest first, for one key or for all when `keyID` is nil.
    func moderationAudit(keyID: String?, limit: Int) async throws -> [ModerationAuditRecord]
}

extension SQLRepository: ModerationAuditStore {
    static let auditColumns = "created_at, key_id, action, verdict, category, rule, prompt_sha256, source_video_id"

    public func recordModeration(_ record: ModerationAuditRecord) async throws {
        try await driver.execute(
            "INSERT INTO moderation_audit (\(Self.auditColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                .integer(record.createdAt), .text(record.keyID), .text(record.action), .text(record.verdict),
                .optional(record.category), .optional(record.rule), .text(record.promptSHA256),
                .optional(record.sourceVideoID),
            ])
    }

    public func moderationAudit(keyID: String?, limit: Int) async throws -> [ModerationAuditRecord] {
        let rows: [SQLRow]
        if let keyID {
            rows = try await driver.query(
                "SELECT \(Self.auditColumns) FROM moderation_audit WHERE key_id = ? ORDER BY seq DESC LIMIT ?",
                [.text(keyID), .integer(Int64(limit))])
        } else {
            rows = try await driver.query(
                "SELECT \(Self.auditColumns) FROM moderation_audit ORDER BY seq DESC LIMIT ?", [.integer(Int64(limit))])
        }
        return try rows.map { row in
            ModerationAuditRecord(
                createdAt: try row.int("created_at"), keyID: try row.string("key_id"), action: try row.string("action"),
                verdict: try row.string("verdict"), category: try row.optionalString("category"),
                rule: try row.optionalString("rule"), promptSHA256: try row.string("prompt_sha256"),
                sourceVideoID: try row.optionalString("source_video_id"))
        }
    }
}

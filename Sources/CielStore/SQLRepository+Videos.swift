extension SQLRepository {
    static let videoColumns = """
        id, owner_key_id, requested_model, engine_model, status, progress, prompt, size, seconds, seed, \
        input_reference_path, remixed_from_video_id, created_at, started_at, completed_at, expires_at, error_code, \
        error_message, attempts, worker_id, lease_expires_at_ms, deleted_at, assets_removed, account_id, shared_at, \
        negative_prompt, steps, guidance
        """

    static func decodeVideo(_ row: SQLRow) throws -> VideoRecord {
        let statusText = try row.string("status")
        guard let status = VideoStatus(rawValue: statusText) else {
            throw StoreError(.corruptRow, "unknown video status '\(statusText)'")
        }
        return VideoRecord(
            id: try row.string("id"), ownerKeyID: try row.string("owner_key_id"),
            accountID: try row.optionalString("account_id"),
            requestedModel: try row.string("requested_model"), engineModel: try row.string("engine_model"),
            status: status, progress: Int(try row.int("progress")), prompt: try row.string("prompt"),
            size: try row.string("size"), seconds: try row.string("seconds"), seed: try row.optionalInt("seed"),
            inputReferencePath: try row.optionalString("input_reference_path"),
            remixedFromVideoID: try row.optionalString("remixed_from_video_id"),
            createdAt: try row.int("created_at"), startedAt: try row.optionalInt("started_at"),
            completedAt: try row.optionalInt("completed_at"), expiresAt: try row.optionalInt("expires_at"),
            errorCode: try row.optionalString("error_code"), errorMessage: try row.optionalString("error_message"),
            attempts: Int(try row.int("attempts")), workerID: try row.optionalString("worker_id"),
            leaseExpiresAtMillis: try row.optionalInt("lease_expires_at_ms"),
            deletedAt: try row.optionalInt("deleted_at"), assetsRemoved: try row.int("assets_removed") != 0,
            sharedAt: try row.optionalInt("shared_at"), negativePrompt: try row.optionalString("negative_prompt"),
            steps: try row.optionalInt("steps").map { Int($0) },
            guidance: try row.optionalString("guidance").flatMap { Double($0) })
    }

    public func insertVideo(_ video: VideoRecord) async throws {
        let placeholders = Array(repeating: "?", count: 28).joined(separator: ", ")
        try await driver.execute(
            "INSERT INTO videos (\(Self.videoColumns)) VALUES (\(placeholders))",
            [
                .text(video.id), .text(video.ownerKeyID), .text(video.requestedModel), .text(video.engineModel),
                .text(video.status.rawValue), .integer(Int64(video.progress)), .text(video.prompt),
                .text(video.size), .text(video.seconds), .optional(video.seed), .optional(video.inputReferencePath),
                .optional(video.remixedFromVideoID), .integer(video.createdAt), .optional(video.startedAt),
                .optional(video.completedAt), .optional(video.expiresAt), .optional(video.errorCode),
                .optional(video.errorMessage), .integer(Int64(video.attempts)), .optional(video.workerID),
                .optional(video.leaseExpiresAtMillis), .optional(video.deletedAt),
                .integer(video.assetsRemoved ? 1 : 0), .text(video.accountID), .optional(video.sharedAt),
                .optional(video.negativePrompt), .optional(video.steps.map { Int64($0) }),
                .optional(video.guidance.map { String($0) }),
            ])
    }

    public func video(id: String, ownerKeyID: String?) async throws -> VideoRecord? {
        try await video(id: id, owner: ownerKeyID.map { .key($0) })
    }

    public func video(id: String, accountID: String) async throws -> VideoRecord? {
        try await video(id: id, owner: .account(accountID))
    }

    func video(id: String, owner: Owner?) async throws -> VideoRecord? {
        let rows: [SQLRow]
        if let owner {
            rows = try await driver.query(
                "SELECT \(Self.videoColumns) FROM videos WHERE id = ? AND \(owner.column) = ? AND deleted_at IS NULL",
                [.text(id), .text(owner.value)])
        } else {
            rows = try await driver.query(
                "SELECT \(Self.videoColumns) FROM videos WHERE id = ? AND deleted_at IS NULL", [.text(id)])
        }
        return try rows.first.map(Self.decodeVideo)
    }

    public func listVideos(ownerKeyID: String, after: String?, limit: Int, order: ListOrder) async throws
        -> VideoPage
    {
        try await listVideos(owner: .key(ownerKeyID), after: after, limit: limit, order: order)
    }

    public func listVideos(accountID: String, after: String?, limit: Int, order: ListOrder) async throws
        -> VideoPage
    {
        try await listVideos(owner: .account(accountID), after: after, limit: limit, order: order)
    }

    func listVideos(owner: Owner, after: String?, limit: Int, order: ListOrder) async throws -> VideoPage {
        let direction = order == .ascending ? "ASC" : "DESC"
        var sql = "SELECT \(Self.videoColumns) FROM videos WHERE \(owner.column) = ? AND deleted_at IS NULL"
        var binds: [SQLValue] = [.text(owner.value)]
        if let after {
            let cursor = try await driver.query(
                "SELECT seq FROM videos WHERE id = ? AND \(owner.column) = ?", [.text(after), .text(owner.value)])
            guard let seq = try cursor.first?.int("seq") else {
                throw StoreError(.notFound, "no video with id '\(after)' to continue the listing after")
            }
            sql += order == .ascending ? " AND seq > ?" : " AND seq < ?"
            binds.append(.integer(seq))
        }
        sql += " ORDER BY seq \(direction) LIMIT ?"
        binds.append(.integer(Int64(limit + 1)))
        let videos = try await driver.query(sql, binds).map(Self.decodeVideo)
        return VideoPage(videos: Array(videos.prefix(limit)), hasMore: videos.count > limit)
    }

    public func markDeleted(id: String, ownerKeyID: String, at time: Int64) async throws -> VideoRecord? {
        try await markDeleted(id: id, owner: .key(ownerKeyID), at: time)
    }

    public func markDeleted(id: String, accountID: String, at time: Int64) async throws -> VideoRecord? {
        try await markDeleted(id: id, owner: .account(accountID), at: time)
    }

    func markDeleted(id: String, owner: Owner, at time: Int64) async throws -> VideoRecord? {
        let rows = try await driver.query(
            """
            UPDATE videos SET deleted_at = ? WHERE id = ? AND \(owner.column) = ? AND deleted_at IS NULL \
            RETURNING \(Self.videoColumns)
            """,
            [.integer(time), .text(id), .text(owner.value)])
        return try rows.first.map(Self.decodeVideo)
    }

    public func activeJobCount(ownerKeyID: String) async throws -> Int {
        try await activeJobCount(owner: .key(ownerKeyID))
    }

    public func activeJobCount(accountID: String) async throws -> Int {
        try await activeJobCount(owner: .account(accountID))
    }

    func activeJobCount(owner: Owner) async throws -> Int {
        let rows = try await driver.query(
            """
            SELECT COUNT(*) AS n FROM videos WHERE \(owner.column) = ? AND deleted_at IS NULL \
            AND status IN ('queued', 'in_progress')
            """,
            [.text(owner.value)])
        return Int(try rows.first?.int("n") ?? 0)
    }

    public func videosCreated(accountID: String, since time: Int64) async throws -> Int {
        // Deleted videos count: deleting does not give back the day's quota.
        let rows = try await driver.query(
            "SELECT COUNT(*) AS n FROM videos WHERE account_id = ? AND created_at >= ?",
            [.text(accountID), .integer(time)])
        return Int(try rows.first?.int("n") ?? 0)
    }

    public func setShared(id: String, accountID: String, sharedAt: Int64?) async throws -> VideoRecord? {
        let rows = try await driver.query(
            """
            UPDATE videos SET shared_at = ? WHERE id = ? AND account_id = ? AND deleted_at IS NULL \
            RETURNING \(Self.videoColumns)
            """,
            [.optional(sharedAt), .text(id), .text(accountID)])
        return try rows.first.map(Self.decodeVideo)
    }

    public func sharedVideos(limit: Int) async throws -> [VideoRecord] {
        try await driver.query(
            """
            SELECT \(Self.videoColumns) FROM videos WHERE shared_at IS NOT NULL AND deleted_at IS NULL \
            AND status = 'completed' AND assets_removed = 0 ORDER BY shared_at DESC, seq DESC LIMIT ?
            """,
            [.integer(Int64(limit))]
        ).map(Self.decodeVideo)
    }

    public func queuedVideos(limit: Int) async throws -> [VideoRecord] {
        try await driver.query(
            """
            SELECT \(Self.videoColumns) FROM videos WHERE status IN ('queued', 'in_progress') \
            AND deleted_at IS NULL ORDER BY seq LIMIT ?
            """,
            [.integer(Int64(limit))]
        ).map(Self.decodeVideo)
    }

    /// Which column scopes a query: the key that created a video, or the account that owns it.
    enum Owner {
        case key(String)
        case account(String)

        var column: String {
            switch self {
            case .key: return "owner_key_id"
            case .account: return "account_id"
            }
        }

        var value: String {
            switch self {
            case .key(let id), .account(let id): return id
            }
        }
    }

    public func statusCounts() async throws -> [VideoStatus: Int] {
        let rows = try await driver.query(
            "SELECT status, COUNT(*) AS n FROM videos WHERE deleted_at IS NULL GROUP BY status", [])
        var counts: [VideoStatus: Int] = [:]
        for status in VideoStatus.allCases { counts[status] = 0 }
        for row in rows {
            if let status = VideoStatus(rawValue: try row.string("status")) { counts[status] = Int(try row.int("n")) }
        }
        return counts
    }
}

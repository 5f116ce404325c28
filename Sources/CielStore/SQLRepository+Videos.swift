extension SQLRepository {
    static let videoColumns = """
        id, owner_key_id, requested_model, engine_model, status, progress, prompt, size, seconds, seed, \
        input_reference_path, remixed_from_video_id, created_at, started_at, completed_at, expires_at, error_code, \
        error_message, attempts, worker_id, lease_expires_at_ms, deleted_at, assets_removed
        """

    static func decodeVideo(_ row: SQLRow) throws -> VideoRecord {
        let statusText = try row.string("status")
        guard let status = VideoStatus(rawValue: statusText) else {
            throw StoreError(.corruptRow, "unknown video status '\(statusText)'")
        }
        return VideoRecord(
            id: try row.string("id"), ownerKeyID: try row.string("owner_key_id"),
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
            deletedAt: try row.optionalInt("deleted_at"), assetsRemoved: try row.int("assets_removed") != 0)
    }

    public func insertVideo(_ video: VideoRecord) async throws {
        let placeholders = Array(repeating: "?", count: 23).joined(separator: ", ")
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
                .integer(video.assetsRemoved ? 1 : 0),
            ])
    }

    public func video(id: String, ownerKeyID: String?) async throws -> VideoRecord? {
        let rows: [SQLRow]
        if let ownerKeyID {
            rows = try await driver.query(
                "SELECT \(Self.videoColumns) FROM videos WHERE id = ? AND owner_key_id = ? AND deleted_at IS NULL",
                [.text(id), .text(ownerKeyID)])
        } else {
            rows = try await driver.query(
                "SELECT \(Self.videoColumns) FROM videos WHERE id = ? AND deleted_at IS NULL", [.text(id)])
        }
        return try rows.first.map(Self.decodeVideo)
    }

    public func listVideos(ownerKeyID: String, after: String?, limit: Int, order: ListOrder) async throws
        -> VideoPage
    {
        let direction = order == .ascending ? "ASC" : "DESC"
        var sql = "SELECT \(Self.videoColumns) FROM videos WHERE owner_key_id = ? AND deleted_at IS NULL"
        var binds: [SQLValue] = [.text(ownerKeyID)]
        if let after {
            let cursor = try await driver.query(
                "SELECT seq FROM videos WHERE id = ? AND owner_key_id = ?", [.text(after), .text(ownerKeyID)])
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
        let rows = try await driver.query(
            """
            UPDATE videos SET deleted_at = ? WHERE id = ? AND owner_key_id = ? AND deleted_at IS NULL \
            RETURNING \(Self.videoColumns)
            """,
            [.integer(time), .text(id), .text(ownerKeyID)])
        return try rows.first.map(Self.decodeVideo)
    }

    public func activeJobCount(ownerKeyID: String) async throws -> Int {
        let rows = try await driver.query(
            """
            SELECT COUNT(*) AS n FROM videos WHERE owner_key_id = ? AND deleted_at IS NULL \
            AND status IN ('queued', 'in_progress')
            """,
            [.text(ownerKeyID)])
        return Int(try rows.first?.int("n") ?? 0)
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

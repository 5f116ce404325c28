extension SQLRepository {
    public func claimNextJob(workerID: String, leaseUntilMillis: Int64, now: Int64) async throws -> VideoRecord? {
        let lock = driver.dialect == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        let rows = try await driver.query(
            """
            UPDATE videos SET status = 'in_progress', worker_id = ?, lease_expires_at_ms = ?, \
            attempts = attempts + 1, started_at = ?, progress = 0 \
            WHERE status = 'queued' AND seq = (SELECT seq FROM videos WHERE status = 'queued' \
            AND deleted_at IS NULL ORDER BY seq LIMIT 1\(lock)) \
            RETURNING \(Self.videoColumns)
            """,
            [.text(workerID), .integer(leaseUntilMillis), .integer(now)])
        return try rows.first.map(Self.decodeVideo)
    }

    public func renewLease(id: String, workerID: String, progress: Int, leaseUntilMillis: Int64) async throws -> Bool {
        let rows = try await driver.query(
            """
            UPDATE videos SET progress = ?, lease_expires_at_ms = ? \
            WHERE id = ? AND worker_id = ? AND status = 'in_progress' AND deleted_at IS NULL RETURNING id
            """,
            [.integer(Int64(max(0, min(100, progress)))), .integer(leaseUntilMillis), .text(id), .text(workerID)])
        return !rows.isEmpty
    }

    public func completeJob(id: String, workerID: String, completedAt: Int64, expiresAt: Int64?) async throws -> Bool {
        let rows = try await driver.query(
            """
            UPDATE videos SET status = 'completed', progress = 100, completed_at = ?, expires_at = ?, \
            lease_expires_at_ms = NULL \
            WHERE id = ? AND worker_id = ? AND status = 'in_progress' AND deleted_at IS NULL RETURNING id
            """,
            [.integer(completedAt), .optional(expiresAt), .text(id), .text(workerID)])
        return !rows.isEmpty
    }

    public func failJob(id: String, workerID: String, code: String, message: String, at time: Int64) async throws
        -> Bool
    {
        let rows = try await driver.query(
            """
            UPDATE videos SET status = 'failed', completed_at = ?, error_code = ?, error_message = ?, \
            lease_expires_at_ms = NULL \
            WHERE id = ? AND worker_id = ? AND status = 'in_progress' RETURNING id
            """,
            [.integer(time), .text(code), .text(message), .text(id), .text(workerID)])
        return !rows.isEmpty
    }

    public func releaseJob(id: String, workerID: String) async throws -> Bool {
        let rows = try await driver.query(
            """
            UPDATE videos SET status = 'queued', progress = 0, started_at = NULL, lease_expires_at_ms = NULL, \
            attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END \
            WHERE id = ? AND worker_id = ? AND status = 'in_progress' AND deleted_at IS NULL RETURNING id
            """,
            [.text(id), .text(workerID)])
        return !rows.isEmpty
    }

    public func recoverExpiredLeases(nowMillis: Int64, maxAttempts: Int, at time: Int64) async throws
        -> RecoveryReport
    {
        let failed = try await driver.query(
            """
            UPDATE videos SET status = 'failed', completed_at = ?, lease_expires_at_ms = NULL, \
            error_code = 'job_interrupted', \
            error_message = 'generation was interrupted ' || attempts || ' times (its worker stopped); giving up' \
            WHERE status = 'in_progress' AND lease_expires_at_ms < ? \
            AND (attempts >= ? OR deleted_at IS NOT NULL) RETURNING id
            """,
            [.integer(time), .integer(nowMillis), .integer(Int64(maxAttempts))])
        let requeued = try await driver.query(
            """
            UPDATE videos SET status = 'queued', progress = 0, started_at = NULL, lease_expires_at_ms = NULL \
            WHERE status = 'in_progress' AND lease_expires_at_ms < ? AND deleted_at IS NULL RETURNING id
            """,
            [.integer(nowMillis)])
        return RecoveryReport(
            requeued: try requeued.map { try $0.string("id") }, failed: try failed.map { try $0.string("id") })
    }

    public func videosWithRemovableAssets(now: Int64, limit: Int) async throws -> [VideoRecord] {
        try await driver.query(
            """
            SELECT \(Self.videoColumns) FROM videos WHERE assets_removed = 0 AND ( \
            (deleted_at IS NOT NULL AND status <> 'in_progress') \
            OR (status = 'completed' AND expires_at IS NOT NULL AND expires_at <= ?)) \
            ORDER BY seq LIMIT ?
            """,
            [.integer(now), .integer(Int64(limit))]
        ).map(Self.decodeVideo)
    }

    public func markAssetsRemoved(id: String) async throws {
        try await driver.execute("UPDATE videos SET assets_removed = 1 WHERE id = ?", [.text(id)])
    }
}

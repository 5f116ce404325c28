import Foundation

extension SQLRepository {
    static let cameoColumns = """
        id, owner_account_id, name, handle, permission, approved_accounts, image_paths, attested_at, created_at, \
        deleted_at
        """

    static func decodeCameo(_ row: SQLRow) throws -> CameoRecord {
        let permissionText = try row.string("permission")
        guard let permission = CameoPermission(rawValue: permissionText) else {
            throw StoreError(.corruptRow, "unknown cameo permission '\(permissionText)'")
        }
        return CameoRecord(
            id: try row.string("id"), ownerAccountID: try row.string("owner_account_id"), name: try row.string("name"),
            handle: try row.string("handle"), permission: permission,
            approvedAccountIDs: try decodeList(row.string("approved_accounts")),
            imagePaths: try decodeList(row.string("image_paths")), attestedAt: try row.int("attested_at"),
            createdAt: try row.int("created_at"), deletedAt: try row.optionalInt("deleted_at"))
    }

    static func encodeList(_ list: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(list)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decodeList(_ text: String) throws -> [String] {
        do {
            return try JSONDecoder().decode([String].self, from: Data(text.utf8))
        } catch {
            throw StoreError(.corruptRow, "a cameo list column does not hold a JSON array of strings")
        }
    }

    public func insertCameo(_ cameo: CameoRecord) async throws -> Bool {
        let rows = try await driver.query(
            """
            INSERT INTO cameos (\(Self.cameoColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
            ON CONFLICT DO NOTHING RETURNING id
            """,
            [
                .text(cameo.id), .text(cameo.ownerAccountID), .text(cameo.name), .text(cameo.handle.lowercased()),
                .text(cameo.permission.rawValue), .text(Self.encodeList(cameo.approvedAccountIDs)),
                .text(Self.encodeList(cameo.imagePaths)), .integer(cameo.attestedAt), .integer(cameo.createdAt),
                .optional(cameo.deletedAt),
            ])
        return !rows.isEmpty
    }

    public func cameo(id: String) async throws -> CameoRecord? {
        try await driver.query(
            "SELECT \(Self.cameoColumns) FROM cameos WHERE id = ? AND deleted_at IS NULL", [.text(id)]
        ).first.map(Self.decodeCameo)
    }

    public func cameo(handle: String) async throws -> CameoRecord? {
        try await driver.query(
            "SELECT \(Self.cameoColumns) FROM cameos WHERE handle = ? AND deleted_at IS NULL",
            [.text(handle.lowercased())]
        ).first.map(Self.decodeCameo)
    }

    public func cameos(ownerAccountID: String) async throws -> [CameoRecord] {
        try await driver.query(
            """
            SELECT \(Self.cameoColumns) FROM cameos WHERE owner_account_id = ? AND deleted_at IS NULL \
            ORDER BY created_at, id
            """,
            [.text(ownerAccountID)]
        ).map(Self.decodeCameo)
    }

    public func updateCameoPermission(
        id: String, ownerAccountID: String, permission: CameoPermission, approvedAccountIDs: [String]
    ) async throws -> CameoRecord? {
        try await driver.query(
            """
            UPDATE cameos SET permission = ?, approved_accounts = ? \
            WHERE id = ? AND owner_account_id = ? AND deleted_at IS NULL RETURNING \(Self.cameoColumns)
            """,
            [
                .text(permission.rawValue), .text(Self.encodeList(approvedAccountIDs)), .text(id),
                .text(ownerAccountID),
            ]
        ).first.map(Self.decodeCameo)
    }

    public func markCameoDeleted(id: String, ownerAccountID: String, at time: Int64) async throws -> CameoRecord? {
        try await driver.query(
            """
            UPDATE cameos SET deleted_at = ? WHERE id = ? AND owner_account_id = ? AND deleted_at IS NULL \
            RETURNING \(Self.cameoColumns)
            """,
            [.integer(time), .text(id), .text(ownerAccountID)]
        ).first.map(Self.decodeCameo)
    }

    public func linkVideo(_ videoID: String, toCameos cameoIDs: [String]) async throws {
        for cameoID in cameoIDs {
            try await driver.execute(
                "INSERT INTO video_cameos (video_id, cameo_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [.text(videoID), .text(cameoID)])
        }
    }

    public func cameoIDs(ofVideo videoID: String) async throws -> [String] {
        try await driver.query(
            "SELECT cameo_id FROM video_cameos WHERE video_id = ? ORDER BY cameo_id", [.text(videoID)]
        ).map { try $0.string("cameo_id") }
    }

    public func videos(usingCameo cameoID: String) async throws -> [VideoRecord] {
        let columns = Self.videoColumns.split(separator: ",").map { "v." + $0.trimmingCharacters(in: .whitespaces) }
        return try await driver.query(
            """
            SELECT \(columns.joined(separator: ", ")) FROM videos v JOIN video_cameos l ON l.video_id = v.id \
            WHERE l.cameo_id = ? AND v.deleted_at IS NULL ORDER BY v.seq DESC
            """,
            [.text(cameoID)]
        ).map(Self.decodeVideo)
    }

    public func markDeleted(id: String, usingCameo cameoID: String, at time: Int64) async throws -> VideoRecord? {
        let rows = try await driver.query(
            """
            UPDATE videos SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL \
            AND id IN (SELECT video_id FROM video_cameos WHERE cameo_id = ?) RETURNING \(Self.videoColumns)
            """,
            [.integer(time), .text(id), .text(cameoID)])
        return try rows.first.map(Self.decodeVideo)
    }

    public func failQueuedVideo(id: String, code: String, message: String, at time: Int64) async throws -> Bool {
        let rows = try await driver.query(
            """
            UPDATE videos SET status = 'failed', completed_at = ?, error_code = ?, error_message = ? \
            WHERE id = ? AND status = 'queued' RETURNING id
            """,
            [.integer(time), .text(code), .text(message), .text(id)])
        return !rows.isEmpty
    }
}

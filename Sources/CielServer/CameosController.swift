import CielStore
import Foundation
import Hummingbird
import Logging

/// `/v1/cameos`: a person registers their own likeness, decides who may use it, sees every video made with it and
/// deletes any of them, and revokes it (deleting a cameo stops the queued videos that use it at once).
struct CameosController {
    let repository: any CielRepository
    let dataDirectory: DataDirectory
    let configuration: ServerConfiguration
    let onDeleted: @Sendable (String) -> Void

    static let maxImages = 5

    func addRoutes(to group: RouterGroup<CielRequestContext>) {
        group.post("cameos", use: create)
        group.get("cameos", use: list)
        group.get("cameos/:id", use: retrieve)
        group.post("cameos/:id", use: update)
        group.delete("cameos/:id", use: delete)
        group.get("cameos/:id/videos", use: videos)
        group.delete("cameos/:id/videos/:video_id", use: deleteVideo)
    }

    var gate: CameoGate { CameoGate(repository: repository, dataDirectory: dataDirectory) }

    // MARK: Create

    @Sendable func create(_ request: Request, context: CielRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let fields = try await VideosController.fields(of: request, limit: configuration.maxBodyBytes)
        return try JSONResponse.make(try await object(try await register(fields, account: account)))
    }

    /// Validates a registration (API JSON or multipart, or the web form) and stores the cameo and its photos.
    func register(_ fields: RequestFields, account: AccountIdentity) async throws -> CameoRecord {
        let name = try Self.text(fields["name"], param: "name", maxLength: 100)
        var handle = try Self.text(fields["handle"], param: "handle", maxLength: 31).lowercased()
        if handle.hasPrefix("@") { handle.removeFirst() }
        guard CameoMentions.isValidHandle(handle) else {
            throw ServerError.invalidValue(
                "handle", "A handle is 3–30 lowercase letters, digits, '_' or '.', starting with a letter or digit.")
        }
        let attested: Bool
        switch fields["attestation"] {
        case .bool(let value)?: attested = value
        case .text(let text)?: attested = text == "true" || text == "on"
        default: attested = false
        }
        guard attested else {
            throw ServerError.invalidValue(
                "attestation",
                "Set attestation to true to confirm that you are the adult shown in these photos and consent to "
                    + "this cameo.")
        }
        let (permission, approved) = try await permissionFields(fields, ownerID: account.id, required: false)
        let images = try Self.images(fields)
        let id = "cameo_" + APIKeys.randomHex(byteCount: 12)
        var paths: [String] = []
        for (index, image) in images.enumerated() {
            let path = CameoGate.photoPath(cameo: id, index: index, format: image.format)
            try dataDirectory.writeAtomically(Data(image.bytes), toRelativePath: path)
            paths.append(path)
        }
        let now = Clock.nowSeconds()
        let record = CameoRecord(
            id: id, ownerAccountID: account.id, name: name, handle: handle, permission: permission ?? .onlyMe,
            approvedAccountIDs: approved ?? [], imagePaths: paths, attestedAt: now, createdAt: now)
        guard try await repository.insertCameo(record) else {
            gate.removePhotos(ofCameo: record.id)
            throw ServerError(
                status: .conflict, message: "The handle @\(handle) is already taken.", param: "handle",
                code: "handle_taken")
        }
        return record
    }

    // MARK: Read

    @Sendable func list(_ request: Request, context: CielRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        var objects: [CameoObject] = []
        for cameo in try await repository.cameos(ownerAccountID: account.id) { objects.append(try await object(cameo)) }
        return try JSONResponse.make(CameoListObject(data: objects))
    }

    @Sendable func retrieve(_ request: Request, context: CielRequestContext) async throws -> Response {
        try JSONResponse.make(try await object(try await ownedCameo(context)))
    }

    @Sendable func videos(_ request: Request, context: CielRequestContext) async throws -> Response {
        let cameo = try await ownedCameo(context)
        let videos = try await repository.videos(usingCameo: cameo.id)
        return try JSONResponse.make(VideoListObject(videos: videos, hasMore: false))
    }

    // MARK: Change

    @Sendable func update(_ request: Request, context: CielRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let cameo = try await ownedCameo(context)
        let fields = try await VideosController.fields(of: request, limit: configuration.maxBodyBytes)
        let updated = try await changePermission(of: cameo, fields, account: account, logger: context.logger)
        return try JSONResponse.make(try await object(updated))
    }

    /// Applies `permission` / `approved` from `fields` to the owner's cameo and stops the queued videos it no longer
    /// permits.
    func changePermission(of cameo: CameoRecord, _ fields: RequestFields, account: AccountIdentity, logger: Logger)
        async throws -> CameoRecord
    {
        let (permission, approved) = try await permissionFields(fields, ownerID: account.id, required: true)
        guard
            let updated = try await repository.updateCameoPermission(
                id: cameo.id, ownerAccountID: account.id, permission: permission ?? cameo.permission,
                approvedAccountIDs: approved ?? cameo.approvedAccountIDs)
        else { throw Self.notFound(cameo.id) }
        try await gate.enforce(updated, logger: logger)
        return updated
    }

    @Sendable func delete(_ request: Request, context: CielRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let id = try Self.cameoID(context)
        guard try await gate.revoke(id: id, ownerAccountID: account.id, logger: context.logger) != nil else {
            throw Self.notFound(id)
        }
        context.logger.info("cameo deleted", metadata: ["cameo_id": .string(id)])
        return try JSONResponse.make(DeletedCameoObject(id: id))
    }

    @Sendable func deleteVideo(_ request: Request, context: CielRequestContext) async throws -> Response {
        let cameo = try await ownedCameo(context)
        guard let videoID = context.parameters.get("video_id"), !videoID.isEmpty else {
            throw ServerError.missing("video_id")
        }
        try await deleteVideo(videoID, madeWith: cameo, logger: context.logger)
        return try JSONResponse.make(VideosController.DeletedObject(id: videoID))
    }

    /// Deletes a video made with the cameo, whoever made it (the cameo's owner asked).
    func deleteVideo(_ videoID: String, madeWith cameo: CameoRecord, logger: Logger) async throws {
        guard let record = try await repository.markDeleted(id: videoID, usingCameo: cameo.id, at: Clock.nowSeconds())
        else { throw ServerError.videoNotFound(videoID) }
        if record.status == .inProgress {
            onDeleted(videoID)
        } else {
            dataDirectory.removeFiles(of: record)
            try await repository.markAssetsRemoved(id: videoID)
        }
        logger.info(
            "video deleted by the owner of its cameo", metadata: ["video_id": .string(videoID), "cameo_id": .string(cameo.id)])
    }

    // MARK: Helpers

    static func cameoID(_ context: CielRequestContext) throws -> String {
        guard let id = context.parameters.get("id"), !id.isEmpty else { throw ServerError.missing("cameo_id") }
        return id
    }

    static func notFound(_ id: String) -> ServerError {
        ServerError(status: .notFound, message: "No cameo found with id '\(id)'.", code: "cameo_not_found")
    }

    /// The caller's own live cameo named by the path, else 404 (another account's cameo is not revealed).
    func ownedCameo(_ context: CielRequestContext) async throws -> CameoRecord {
        let account = try context.requireAccount()
        return try await ownedCameo(id: try Self.cameoID(context), accountID: account.id)
    }

    /// The account's own live cameo with this id, else 404 (another account's cameo is not revealed).
    func ownedCameo(id: String, accountID: String) async throws -> CameoRecord {
        guard let cameo = try await repository.cameo(id: id), cameo.ownerAccountID == accountID else {
            throw Self.notFound(id)
        }
        return cameo
    }

    func object(_ cameo: CameoRecord) async throws -> CameoObject {
        CameoObject(cameo: cameo, approvedUsernames: try await approvedUsernames(cameo))
    }

    /// The usernames of the accounts a cameo approves (the id when an account no longer exists).
    func approvedUsernames(_ cameo: CameoRecord) async throws -> [String] {
        var usernames: [String] = []
        for id in cameo.approvedAccountIDs {
            usernames.append(try await repository.account(id: id)?.username ?? id)
        }
        return usernames
    }

    /// `permission` and `approved` (usernames or account ids; an array, or a comma-separated string).
    func permissionFields(_ fields: RequestFields, ownerID: String, required: Bool) async throws
        -> (CameoPermission?, [String]?)
    {
        var permission: CameoPermission?
        if let value = fields["permission"] {
            guard case .text(let text) = value, let parsed = CameoPermission(rawValue: text) else {
                throw ServerError.invalidValue(
                    "permission", "Invalid 'permission': expected 'only_me', 'approved' or 'everyone'.")
            }
            permission = parsed
        }
        var approved: [String]?
        if let value = fields["approved"] {
            var names: [String] = []
            switch value {
            case .text(let text): names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            case .array(let items):
                for item in items {
                    guard case .text(let text) = item else {
                        throw ServerError.invalidType("approved", "'approved' must list usernames as strings.")
                    }
                    names.append(text)
                }
            default: throw ServerError.invalidType("approved", "'approved' must be an array of usernames.")
            }
            var ids: [String] = []
            for name in names where !name.isEmpty {
                let account = try await repository.account(username: name.lowercased())
                let byID = account == nil ? try await repository.account(id: name) : nil
                guard let found = account ?? byID else {
                    throw ServerError.invalidValue("approved", "No account is named '\(name)'.")
                }
                if found.id != ownerID && !ids.contains(found.id) { ids.append(found.id) }
            }
            approved = ids
        }
        if required && permission == nil && approved == nil {
            throw ServerError.missing("permission")
        }
        return (permission, approved)
    }

    static func text(_ value: RequestFields.Value?, param: String, maxLength: Int) throws -> String {
        guard let value else { throw ServerError.missing(param) }
        guard case .text(let text) = value else {
            throw ServerError.invalidType(param, "Invalid type for '\(param)': expected a string, got \(value.typeName).")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= maxLength else {
            throw ServerError.invalidValue(param, "'\(param)' must be 1 to \(maxLength) characters.")
        }
        return trimmed
    }

    /// 1–5 reference photos: multipart files `images[]` (or one `images`), or JSON data URLs.
    static func images(_ fields: RequestFields) throws -> [(bytes: [UInt8], format: ReferenceImage.Format)] {
        let values: [RequestFields.Value]
        switch fields["images"] {
        case .array(let items)?: values = items
        case let single?: values = [single]
        case nil: throw ServerError.missing("images")
        }
        guard (1...maxImages).contains(values.count) else {
            throw ServerError.invalidValue("images", "Send 1 to \(maxImages) photos of yourself.")
        }
        return try values.map { value in
            let bytes: [UInt8]
            switch value {
            case .file(let file): bytes = file.bytes
            case .text(let url): bytes = try ReferenceImage.decodeDataURL(url)
            default: throw ServerError.invalidType("images", "Each image must be a file or a data: URL.")
            }
            guard let format = ReferenceImage.sniff(bytes) else {
                throw ServerError.invalidValue("images", "Each image must be a PNG, JPEG or WebP file.")
            }
            return (bytes, format)
        }
    }
}

/// A cameo as the API shows it to its owner.
struct CameoObject: Encodable {
    let id: String
    let object = "cameo"
    let name: String
    let handle: String
    let permission: String
    let approved: [String]
    let image_count: Int
    let created_at: Int64

    init(cameo: CameoRecord, approvedUsernames: [String]) {
        id = cameo.id
        name = cameo.name
        handle = cameo.handle
        permission = cameo.permission.rawValue
        approved = approvedUsernames
        image_count = cameo.imagePaths.count
        created_at = cameo.createdAt
    }
}

struct CameoListObject: Encodable {
    let object = "list"
    let data: [CameoObject]
}

struct DeletedCameoObject: Encodable {
    let id: String
    let object = "cameo.deleted"
    let deleted = true
}

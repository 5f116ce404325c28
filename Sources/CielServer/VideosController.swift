import CielStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The `/v1/videos` endpoints of the OpenAI Videos API.
struct VideosController {
    let repository: any CielRepository
    let dataDirectory: DataDirectory
    let catalog: ModelCatalog
    let configuration: ServerConfiguration
    let onDeleted: @Sendable (String) -> Void
    let promptPolicy: (any PromptPolicy)?
    let moderationAudit: (any ModerationAuditStore)?

    func addRoutes(to group: RouterGroup<CielRequestContext>) {
        group.post("videos", use: create)
        group.get("videos", use: list)
        group.get("videos/:id", use: retrieve)
        group.delete("videos/:id", use: delete)
        group.get("videos/:id/content", use: content)
        group.post("videos/:id/remix", use: remix)
    }

    // MARK: Create

    var submission: VideoSubmission {
        VideoSubmission(
            repository: repository, dataDirectory: dataDirectory, catalog: catalog, configuration: configuration,
            promptPolicy: promptPolicy, moderationAudit: moderationAudit)
    }

    @Sendable func create(_ request: Request, context: CielRequestContext) async throws -> Response {
        let key = try context.requireKey()
        let account = try context.requireAccount()
        let fields = try await Self.fields(of: request, limit: configuration.maxBodyBytes)
        let parameters = try CreateVideoParameters(fields: fields, configuration: configuration, catalog: catalog)
        let record = try await submission.create(
            parameters, account: account, ownerKeyID: key.id, logger: context.logger)
        return try JSONResponse.make(VideoObject(record: record), headers: pollHeaders(record))
    }

    // MARK: Read

    @Sendable func retrieve(_ request: Request, context: CielRequestContext) async throws -> Response {
        let record = try await ownedVideo(context)
        return try JSONResponse.make(VideoObject(record: record), headers: pollHeaders(record))
    }

    @Sendable func list(_ request: Request, context: CielRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let query = request.uri.queryParameters
        var limit = 20
        if let text = query["limit"].map(String.init) {
            guard let value = Int(text), (0...100).contains(value) else {
                throw ServerError.invalidValue("limit", "Invalid 'limit': expected an integer between 0 and 100, got '\(text)'.")
            }
            limit = value
        }
        var order = ListOrder.descending
        if let text = query["order"].map(String.init) {
            guard let value = ListOrder(rawValue: text) else {
                throw ServerError.invalidValue("order", "Invalid value: '\(text)'. Supported values are: 'asc' and 'desc'.")
            }
            order = value
        }
        let after = query["after"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let page: VideoPage
        do {
            page = try await repository.listVideos(accountID: account.id, after: after, limit: limit, order: order)
        } catch let error as StoreError where error.code == .notFound {
            throw ServerError.invalidValue("after", "Invalid 'after': no video with id '\(after ?? "")'.")
        }
        return try JSONResponse.make(VideoListObject(videos: page.videos, hasMore: page.hasMore))
    }

    @Sendable func content(_ request: Request, context: CielRequestContext) async throws -> Response {
        let record = try await ownedVideo(context)
        let variantText = request.uri.queryParameters["variant"].map(String.init) ?? "video"
        guard let asset = DataDirectory.Asset(rawValue: variantText) else {
            throw ServerError.invalidValue(
                "variant", "Invalid value: '\(variantText)'. Supported values are: 'video', 'thumbnail', and 'spritesheet'.")
        }
        guard record.status == .completed else {
            throw ServerError(
                status: .badRequest,
                message: "Video '\(record.id)' is \(record.status.rawValue); its content is available once it is completed.",
                code: "video_not_ready")
        }
        let file = dataDirectory.file(asset, ofVideo: record.id)
        guard !record.assetsRemoved, let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
            let size = attributes[.size] as? Int
        else {
            throw ServerError(
                status: .notFound, message: "The content of video '\(record.id)' has expired or was removed.",
                code: "content_expired")
        }
        let body = try await FileIO().loadFile(path: file.path, context: context)
        return Response(
            status: .ok,
            headers: [
                .contentType: asset.contentType, .contentLength: String(size),
                .contentDisposition: "attachment; filename=\"\(record.id)-\(asset.fileName)\"",
            ],
            body: body)
    }

    // MARK: Delete

    @Sendable func delete(_ request: Request, context: CielRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let id = try Self.videoID(context)
        try await Self.delete(
            id: id, accountID: account.id, repository: repository, dataDirectory: dataDirectory, onDeleted: onDeleted,
            logger: context.logger)
        return try JSONResponse.make(DeletedObject(id: id))
    }

    /// Deletes the account's video (API and web app): 404 when the account has no such video.
    static func delete(
        id: String, accountID: String, repository: any CielRepository, dataDirectory: DataDirectory,
        onDeleted: @Sendable (String) -> Void, logger: Logger
    ) async throws {
        guard let record = try await repository.markDeleted(id: id, accountID: accountID, at: Clock.nowSeconds())
        else {
            throw ServerError.videoNotFound(id)
        }
        if record.status == .inProgress {
            // The worker running it stops (at once in this process, at its next heartbeat elsewhere) and removes
            // its files itself.
            onDeleted(id)
        } else {
            dataDirectory.removeFiles(of: record)
            try await repository.markAssetsRemoved(id: id)
        }
        logger.info("video deleted", metadata: ["video_id": .string(id)])
    }

    struct DeletedObject: Encodable {
        let id: String
        let object = "video.deleted"
        let deleted = true
    }

    // MARK: Remix

    @Sendable func remix(_ request: Request, context: CielRequestContext) async throws -> Response {
        let key = try context.requireKey()
        let account = try context.requireAccount()
        let source = try await ownedVideo(context)
        let fields = try await Self.fields(of: request, limit: configuration.maxBodyBytes)
        let prompt = try CreateVideoParameters.prompt(fields, configuration: configuration)
        let record = try await submission.remix(
            source, prompt: prompt, account: account, ownerKeyID: key.id, logger: context.logger)
        return try JSONResponse.make(VideoObject(record: record), headers: pollHeaders(record))
    }

    // MARK: Helpers

    static func videoID(_ context: CielRequestContext) throws -> String {
        guard let id = context.parameters.get("id"), !id.isEmpty else { throw ServerError.missing("video_id") }
        return id
    }

    func ownedVideo(_ context: CielRequestContext) async throws -> VideoRecord {
        let account = try context.requireAccount()
        let id = try Self.videoID(context)
        guard let record = try await repository.video(id: id, accountID: account.id) else {
            throw ServerError.videoNotFound(id)
        }
        return record
    }

    static func fields(of request: Request, limit: Int) async throws -> RequestFields {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw ServerError(
                status: .contentTooLarge, message: "The request body is larger than \(limit) bytes.",
                code: "request_too_large")
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw ServerError(
                status: .contentTooLarge, message: "The request body is larger than \(limit) bytes.",
                code: "request_too_large")
        }
        return try RequestFields.parse(body: body, contentType: request.headers[.contentType])
    }

    func pollHeaders(_ record: VideoRecord) -> HTTPFields {
        guard record.status == .queued || record.status == .inProgress else { return [:] }
        return [.openAIPollAfterMs: String(configuration.pollAfterMilliseconds)]
    }
}

extension HTTPField.Name {
    /// `openai-poll-after-ms`: how long the SDK's `poll()` waits before asking again.
    static let openAIPollAfterMs = HTTPField.Name("openai-poll-after-ms") ?? .retryAfter
}

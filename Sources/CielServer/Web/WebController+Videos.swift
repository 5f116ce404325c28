import CielStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Create, watch (live progress), list, share, remix and delete videos; the public feed.
extension WebController {
    // MARK: Create

    func quotaText(_ account: AccountIdentity, _ language: Language) async throws -> String {
        let usage = try await submission.quota.usage(of: account)
        guard let limit = usage.limit else { return Localization.format("quota_unlimited", language) }
        return Localization.format(
            "quota_left", language, String(usage.remaining ?? 0), String(limit), account.tier.name)
    }

    func createPage(
        _ request: Request, _ context: CielRequestContext, account: AccountIdentity, fields: RequestFields?,
        error: String?, status: HTTPResponse.Status
    ) async throws -> Response {
        let language = context.language
        var values = base(request, context, title: Localization.format("create_title", language))
        values["nav_create"] = true
        values["quota_text"] = try await quotaText(account, language)
        let chosenSeconds = fields.flatMap { Self.text($0, "seconds") } ?? configuration.defaultSeconds
        values["durations"] = ["4", "8", "12"].filter { configuration.allowedSeconds.contains($0) }.map { value in
            [
                "value": value, "checked": value == chosenSeconds,
                "disabled": !account.tier.allows(seconds: Int(value) ?? 0),
            ] as [String: Any]
        }
        values["landscape"] = fields.flatMap { Self.text($0, "size") } == "1280x720"
        values["image_input"] = catalog.resolve(catalog.defaultModelName)?.supportsImageInput ?? false
        if let fields {
            values["form_prompt"] = Self.text(fields, "prompt") ?? ""
            values["form_seed"] = Self.text(fields, "seed") ?? ""
            values["form_steps"] = Self.text(fields, "steps") ?? ""
            values["form_guidance"] = Self.text(fields, "guidance") ?? ""
            values["form_negative"] = Self.text(fields, "negative_prompt") ?? ""
        }
        if let error { values["error_message"] = error }
        return try render("create", values, status: status)
    }

    @Sendable func createVideo(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            var fields = try await form(request)
            try checkCSRF(fields, context)
            // A form sends every field; empty ones mean "not given".
            for name in ["seed", "steps", "guidance", "negative_prompt"] where Self.text(fields, name)?.isEmpty == true {
                fields.values[name] = nil
            }
            if case .file(let file)? = fields["input_reference"], file.bytes.isEmpty { fields.values["input_reference"] = nil }
            fields.values["csrf"] = nil
            do {
                let parameters = try CreateVideoParameters(
                    fields: fields, configuration: configuration, catalog: catalog)
                let record = try await submission.create(
                    parameters, account: account, ownerKeyID: account.id, logger: context.logger)
                return Self.redirect("/videos/\(record.id)")
            } catch let error as ServerError {
                return try await createPage(
                    request, context, account: account, fields: fields, error: localized(error, context),
                    status: error.status)
            }
        }
    }

    // MARK: One video

    /// A video the request may see: the account's own, or one its author shares.
    func visibleVideo(_ context: CielRequestContext) async throws -> (video: VideoRecord, mine: Bool) {
        guard let id = context.parameters.get("id") else { throw WebFailure.notFound }
        if let account = context.account, context.session != nil,
            let video = try await repository.video(id: id, accountID: account.id)
        {
            return (video, true)
        }
        guard let video = try await repository.video(id: id, ownerKeyID: nil), video.sharedAt != nil,
            video.status == .completed
        else { throw WebFailure.notFound }
        return (video, false)
    }

    func statusText(_ status: VideoStatus, _ language: Language) -> String {
        Localization.format("status_" + status.rawValue, language)
    }

    func videoValues(_ video: VideoRecord, mine: Bool, _ context: CielRequestContext) -> [String: Any] {
        let language = context.language
        let sides = video.size.split(separator: "x").compactMap { Int($0) }
        let portrait = sides.count == 2 && sides[1] > sides[0]
        var values: [String: Any] = [
            "id": video.id, "prompt": video.prompt, "status": video.status.rawValue,
            "progress": String(video.progress), "status_text": statusText(video.status, language),
            "in_flight": video.status == .queued || video.status == .inProgress,
            "completed": video.status == .completed, "failed": video.status == .failed,
            "seconds": video.seconds, "orientation": portrait ? "portrait" : "landscape",
            "orientation_text": Localization.format(portrait ? "portrait" : "landscape", language),
            "shared": video.sharedAt != nil, "mine": mine,
        ]
        if let source = video.remixedFromVideoID { values["remixed_from"] = source }
        if let seed = video.seed { values["seed"] = String(seed) }
        if video.status == .failed {
            values["failure"] = video.errorCode == "moderation_blocked"
                ? Localization.format("err_moderation", language, Localization.moderationCategory(video.errorMessage, language))
                : (video.errorMessage ?? "")
        }
        return values
    }

    func videoPageResponse(
        _ request: Request, _ context: CielRequestContext, video: VideoRecord, mine: Bool, error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        var values = base(request, context, title: String(video.prompt.prefix(60)))
        var videoValues = videoValues(video, mine: mine, context)
        videoValues["can_remix"] = context.session != nil && video.status == .completed
        values["video"] = videoValues
        if let error { values["error_message"] = error }
        return try render("video", values, status: status)
    }

    @Sendable func videoPage(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let (video, mine) = try await visibleVideo(context)
            return try videoPageResponse(request, context, video: video, mine: mine)
        }
    }

    struct StatusObject: Encodable {
        let id: String
        let status: String
        let progress: Int
        let status_text: String
    }

    func statusObject(_ video: VideoRecord, _ language: Language) -> StatusObject {
        StatusObject(
            id: video.id, status: video.status.rawValue, progress: video.progress,
            status_text: statusText(video.status, language))
    }

    /// Polling fallback of the live progress: `{"id","status","progress","status_text"}`.
    @Sendable func videoStatus(_ request: Request, context: CielRequestContext) async throws -> Response {
        let (video, _) = try await visibleVideoOrNotFound(context)
        return try JSONResponse.make(statusObject(video, context.language), headers: [.cacheControl: "no-store"])
    }

    func visibleVideoOrNotFound(_ context: CielRequestContext) async throws -> (video: VideoRecord, mine: Bool) {
        do {
            return try await visibleVideo(context)
        } catch is WebFailure {
            throw ServerError.videoNotFound(context.parameters.get("id") ?? "")
        }
    }

    /// Live progress as Server-Sent Events: one `data:` JSON event whenever status or progress changes, a comment
    /// every 15 s to keep proxies from closing the stream, and the stream ends once the video is finished.
    @Sendable func videoEvents(_ request: Request, context: CielRequestContext) async throws -> Response {
        let (video, _) = try await visibleVideoOrNotFound(context)
        let repository = self.repository
        let language = context.language
        let encoder = JSONEncoder()
        let stream = AsyncStream<ByteBuffer> { continuation in
            let task = Task {
                var last: (VideoStatus, Int)?
                var current: VideoRecord? = video
                var quietTicks = 0
                let started = ContinuousClock.now
                while let record = current, !Task.isCancelled, ContinuousClock.now - started < .seconds(3600) {
                    if last.map({ $0 != (record.status, record.progress) }) ?? true {
                        let data = (try? encoder.encode(self.statusObject(record, language))) ?? Data()
                        continuation.yield(ByteBuffer(string: "data: \(String(decoding: data, as: UTF8.self))\n\n"))
                        last = (record.status, record.progress)
                        quietTicks = 0
                    } else {
                        quietTicks += 1
                        if quietTicks % 50 == 0 { continuation.yield(ByteBuffer(string: ": keep-alive\n\n")) }
                    }
                    if record.status == .completed || record.status == .failed { break }
                    try? await Task.sleep(for: .milliseconds(300))
                    current = try? await repository.video(id: record.id, ownerKeyID: nil)
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store", HTTPField.Name("X-Accel-Buffering")!: "no"],
            body: ResponseBody(asyncSequence: stream))
    }

    /// The video, thumbnail or spritesheet, with byte ranges (players seek with them).
    @Sendable func videoFile(_ request: Request, context: CielRequestContext) async throws -> Response {
        let (video, _) = try await visibleVideoOrNotFound(context)
        let variant = request.uri.queryParameters["variant"].map(String.init) ?? "video"
        guard let asset = DataDirectory.Asset(rawValue: variant) else {
            throw ServerError.invalidValue("variant", "Supported values are: 'video', 'thumbnail', and 'spritesheet'.")
        }
        guard video.status == .completed, !video.assetsRemoved else { throw ServerError.videoNotFound(video.id) }
        let file = dataDirectory.file(asset, ofVideo: video.id)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
            let size = attributes[.size] as? Int, size > 0
        else { throw ServerError.videoNotFound(video.id) }
        var headers: HTTPFields = [
            .contentType: asset.contentType, .acceptRanges: "bytes", .cacheControl: "private, max-age=3600",
        ]
        if request.uri.queryParameters["download"] != nil {
            headers[.contentDisposition] = "attachment; filename=\"\(video.id)-\(asset.fileName)\""
        }
        if let range = request.headers[.range].flatMap({ Self.byteRange($0, size: size) }) {
            headers[.contentRange] = "bytes \(range.lowerBound)-\(range.upperBound)/\(size)"
            headers[.contentLength] = String(range.count)
            let body = try await FileIO().loadFile(path: file.path, range: range, context: context)
            return Response(status: .partialContent, headers: headers, body: body)
        }
        headers[.contentLength] = String(size)
        let body = try await FileIO().loadFile(path: file.path, context: context)
        return Response(status: .ok, headers: headers, body: body)
    }

    /// One `bytes=a-b`, `bytes=a-` or `bytes=-n` range within a file of `size` bytes; nil for anything else.
    static func byteRange(_ header: String, size: Int) -> ClosedRange<Int>? {
        guard header.hasPrefix("bytes="), !header.contains(",") else { return nil }
        let spec = header.dropFirst("bytes=".count).split(separator: "-", omittingEmptySubsequences: false)
        guard spec.count == 2 else { return nil }
        let start: Int
        let end: Int
        if spec[0].isEmpty {
            guard let suffix = Int(spec[1]), suffix > 0 else { return nil }
            start = max(0, size - suffix)
            end = size - 1
        } else {
            guard let first = Int(spec[0]) else { return nil }
            start = first
            end = spec[1].isEmpty ? size - 1 : min(Int(spec[1]) ?? -1, size - 1)
        }
        guard start >= 0, start <= end, end < size else { return nil }
        return start...end
    }

    // MARK: Actions

    @Sendable func deleteVideo(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let id = context.parameters.get("id") ?? ""
            try await VideosController.delete(
                id: id, accountID: account.id, repository: repository, dataDirectory: dataDirectory,
                onDeleted: onDeleted, logger: context.logger)
            return Self.redirect("/videos")
        }
    }

    @Sendable func shareVideo(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let id = context.parameters.get("id") ?? ""
            let share = Self.text(fields, "shared") != "0"
            guard let video = try await repository.video(id: id, accountID: account.id), video.status == .completed,
                try await repository.setShared(id: id, accountID: account.id, sharedAt: share ? Clock.nowSeconds() : nil)
                    != nil
            else { throw WebFailure.notFound }
            return Self.redirect(Self.safeReturnPath(Self.text(fields, "return_to"), default: "/videos/\(id)"))
        }
    }

    @Sendable func remixVideo(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let (source, mine) = try await visibleVideo(context)
            do {
                let prompt = try CreateVideoParameters.prompt(fields, configuration: configuration)
                let record = try await submission.remix(
                    source, prompt: prompt, account: account, ownerKeyID: account.id, logger: context.logger)
                return Self.redirect("/videos/\(record.id)")
            } catch let error as ServerError {
                return try videoPageResponse(
                    request, context, video: source, mine: mine, error: localized(error, context), status: error.status)
            }
        }
    }

    // MARK: Lists

    @Sendable func myVideos(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let page = try await repository.listVideos(accountID: account.id, after: nil, limit: 100, order: .descending)
            var values = base(request, context, title: Localization.format("videos_title", context.language))
            values["nav_videos"] = true
            values["items"] = page.videos.map { videoValues($0, mine: true, context) }
            return try render("videos", values)
        }
    }

    @Sendable func feed(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let videos = try await repository.sharedVideos(limit: 60)
            var authors: [String: String] = [:]
            for id in Set(videos.map(\.accountID)) {
                authors[id] = try await repository.account(id: id)?.displayName ?? "Ciel"
            }
            var values = base(request, context, title: Localization.format("feed_title", context.language))
            values["nav_feed"] = true
            values["logged_in"] = context.session != nil
            values["items"] = videos.map { video -> [String: Any] in
                var item = videoValues(video, mine: false, context)
                item["author"] = authors[video.accountID] ?? "Ciel"
                return item
            }
            return try render("feed", values)
        }
    }
}

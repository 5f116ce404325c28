import CielStore
import Foundation
import HTTPTypes
import Hummingbird

/// The cameos page: register my likeness from photos, choose who may use it, see and delete the videos made with
/// it, revoke it. Validation and revocation are the API's (`CameosController`).
extension WebController {
    var cameoService: CameosController {
        CameosController(
            repository: repository, dataDirectory: dataDirectory, configuration: configuration, onDeleted: onDeleted)
    }

    func cameosResponse(
        _ request: Request, _ context: CielRequestContext, account: AccountIdentity, error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        var values = base(request, context, title: Localization.format("cameos_title", language))
        values["nav_cameos"] = true
        var items: [[String: Any]] = []
        for cameo in try await repository.cameos(ownerAccountID: account.id) {
            let approved = try await cameoService.approvedUsernames(cameo)
            let videos = try await repository.videos(usingCameo: cameo.id).map { video -> [String: Any] in
                [
                    "video_id": video.id, "prompt": video.prompt,
                    "status": Localization.format("status_\(video.status.rawValue)", language),
                ]
            }
            items.append([
                "id": cameo.id, "handle": cameo.handle, "name": cameo.name,
                "permission": Localization.format("perm_\(cameo.permission.rawValue)", language),
                "is_only_me": cameo.permission == .onlyMe, "is_approved": cameo.permission == .approved,
                "is_everyone": cameo.permission == .everyone, "approved": approved.joined(separator: ", "), "has_approved": !approved.isEmpty,
                "videos": videos, "has_videos": !videos.isEmpty,
            ])
        }
        values["cameos"] = items
        values["has_cameos"] = !items.isEmpty
        if let error { values["error_message"] = error }
        return try render("cameos", values, status: status)
    }

    @Sendable func cameosPage(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            try await cameosResponse(request, context, account: try requireLogin(request, context))
        }
    }

    @Sendable func createCameo(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            var fields = try await form(request)
            try checkCSRF(fields, context)
            // The form sends one text field with comma-separated usernames and `images[]` files; an empty file
            // input sends one empty part, which is no photo.
            if case .array(let parts)? = fields["images"] {
                fields.values["images"] = .array(parts.filter {
                    if case .file(let file) = $0 { return !file.bytes.isEmpty }
                    return true
                })
            }
            do {
                let cameo = try await cameoService.register(fields, account: account)
                context.logger.info("cameo created", metadata: ["cameo_id": .string(cameo.id)])
                return Self.redirect("/cameos")
            } catch let error as ServerError {
                return try await cameosResponse(
                    request, context, account: account, error: cameoMessage(error, context), status: error.status)
            }
        }
    }

    @Sendable func updateCameo(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let cameo = try await ownCameo(context, account)
            do {
                _ = try await cameoService.changePermission(of: cameo, fields, account: account, logger: context.logger)
                return Self.redirect("/cameos")
            } catch let error as ServerError {
                return try await cameosResponse(
                    request, context, account: account, error: cameoMessage(error, context), status: error.status)
            }
        }
    }

    @Sendable func revokeCameo(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let cameo = try await ownCameo(context, account)
            _ = try await cameoService.gate.revoke(id: cameo.id, ownerAccountID: account.id, logger: context.logger)
            return Self.redirect("/cameos")
        }
    }

    @Sendable func deleteCameoVideo(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let cameo = try await ownCameo(context, account)
            try await cameoService.deleteVideo(
                context.parameters.get("video_id") ?? "", madeWith: cameo, logger: context.logger)
            return Self.redirect("/cameos")
        }
    }

    /// The logged-in account's live cameo named by the path, else the not-found page.
    func ownCameo(_ context: CielRequestContext, _ account: AccountIdentity) async throws -> CameoRecord {
        do {
            return try await cameoService.ownedCameo(id: context.parameters.get("id") ?? "", accountID: account.id)
        } catch let error as ServerError where error.status == .notFound {
            throw WebFailure.notFound
        }
    }

    /// The sentence for a refused cameo form, in the request's language.
    func cameoMessage(_ error: ServerError, _ context: CielRequestContext) -> String {
        let language = context.language
        switch (error.code, error.param) {
        case ("handle_taken", _): return Localization.format("err_cameo_taken", language)
        case (_, "handle"?): return Localization.format("err_cameo_handle", language)
        case (_, "attestation"?): return Localization.format("err_cameo_attest", language)
        case (_, "images"?): return Localization.format("err_cameo_images", language)
        case (_, "approved"?): return Localization.format("err_cameo_approved", language)
        default: return localized(error, context)
        }
    }
}

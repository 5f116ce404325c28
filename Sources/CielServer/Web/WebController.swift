import CielStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Mustache

/// The web app: server-rendered pages (Mustache), forms with CSRF tokens, browser sessions. Split by aspect into
/// `WebController+Auth`, `+Videos`, `+Cameos`, `+Account` and `+Admin`.
struct WebController: Sendable {
    let repository: any CielRepository
    let dataDirectory: DataDirectory
    let catalog: ModelCatalog
    let configuration: ServerConfiguration
    let policy: AccessPolicy
    let onDeleted: @Sendable (String) -> Void
    let promptPolicy: (any PromptPolicy)?
    let moderationAudit: (any ModerationAuditStore)?
    let library: MustacheLibrary
    let throttle: LoginThrottle

    var submission: VideoSubmission {
        VideoSubmission(
            repository: repository, dataDirectory: dataDirectory, catalog: catalog, configuration: configuration,
            promptPolicy: promptPolicy, moderationAudit: moderationAudit)
    }

    func addRoutes(to router: Router<CielRequestContext>) {
        let web = router.group().add(middleware: WebSessionMiddleware(repository: repository, policy: policy))
        web.get("/", use: home)
        web.get("static/:file", use: staticFile)
        web.get("lang/:code", use: switchLanguage)
        web.get("signup", use: signUpPage)
        web.post("signup", use: signUp)
        web.get("login", use: logInPage)
        web.post("login", use: logIn)
        web.post("logout", use: logOut)
        web.post("videos", use: createVideo)
        web.get("videos", use: myVideos)
        web.get("videos/:id", use: videoPage)
        web.get("videos/:id/status", use: videoStatus)
        web.get("videos/:id/events", use: videoEvents)
        web.get("videos/:id/file", use: videoFile)
        web.post("videos/:id/delete", use: deleteVideo)
        web.post("videos/:id/share", use: shareVideo)
        web.post("videos/:id/remix", use: remixVideo)
        web.get("feed", use: feed)
        web.get("cameos", use: cameosPage)
        web.post("cameos", use: createCameo)
        web.post("cameos/:id/permission", use: updateCameo)
        web.post("cameos/:id/delete", use: revokeCameo)
        web.post("cameos/:id/videos/:video_id/delete", use: deleteCameoVideo)
        web.get("account", use: accountPage)
        web.post("account/keys", use: createKey)
        web.post("account/keys/:id/revoke", use: revokeKey)
        web.post("account/invites", use: createInvite)
        web.get("admin", use: adminPage)
        web.post("admin/accounts/:id", use: updateAccount)
        web.post("admin/invites", use: createAdminInvite)
    }

    // MARK: Failures

    /// A failure the web app shows as a page (or a redirect to the log-in page).
    struct WebFailure: Error {
        var status: HTTPResponse.Status
        var messageKey: String
        var redirect: String? = nil

        static let notFound = WebFailure(status: .notFound, messageKey: "not_found")
        static let csrf = WebFailure(status: .forbidden, messageKey: "forbidden")
        static let adminOnly = WebFailure(status: .forbidden, messageKey: "admin_only")
        static func logIn(_ request: Request) -> WebFailure {
            WebFailure(status: .seeOther, messageKey: "", redirect: "/login")
        }
    }

    /// Runs a handler, turning web failures and API errors into pages.
    func guarded(
        _ request: Request, _ context: CielRequestContext, _ body: () async throws -> Response
    ) async throws -> Response {
        do {
            return try await body()
        } catch let failure as WebFailure {
            if let target = failure.redirect { return Self.redirect(target) }
            return try errorPage(Localization.format(failure.messageKey, context.language), failure.status, request, context)
        } catch let error as ServerError {
            let message = error.status == .notFound
                ? Localization.format("not_found", context.language) : localized(error, context)
            return try errorPage(message, error.status, request, context)
        }
    }

    func errorPage(_ message: String, _ status: HTTPResponse.Status, _ request: Request, _ context: CielRequestContext)
        throws -> Response
    {
        var values = base(request, context, title: Localization.format("error_title", context.language))
        values["message"] = message
        return try render("error", values, status: status)
    }

    /// The user-facing sentence for an API error, in the request's language.
    func localized(_ error: ServerError, _ context: CielRequestContext) -> String {
        let language = context.language
        switch error.code {
        case "quota_exceeded":
            return Localization.format("err_quota", language, String(context.account?.tier.videosPerDay ?? 0))
        case "tier_limit_exceeded":
            return Localization.format("err_tier", language, context.account?.tier.name ?? "")
        case "moderation_blocked":
            return Localization.format(
                "err_moderation", language, Localization.moderationCategory(error.moderationRule, language))
        case "concurrency_limit_exceeded": return Localization.format("err_busy", language)
        case "video_not_ready": return Localization.format("err_not_ready", language)
        case "cameo_not_permitted": return Localization.format("err_cameo_forbidden", language)
        case "cameo_not_found": return Localization.format("err_cameo_unknown", language)
        case "cameo_unsupported": return Localization.format("err_cameo_model", language)
        default: return Localization.format("err_form", language, error.message)
        }
    }

    // MARK: Rendering

    /// Values every page needs: strings, language switch, the logged-in user, the CSRF token.
    func base(_ request: Request, _ context: CielRequestContext, title: String) -> [String: Any] {
        let language = context.language
        var target = request.uri.path
        if let query = request.uri.query, !query.isEmpty { target += "?" + query }
        var values: [String: Any] = [
            "t": Localization.strings(language), "lang": language.rawValue, "other_lang": language.other.rawValue,
            "other_lang_name": language.other.nativeName, "title": title, "csrf": context.csrfToken ?? "",
            "back": target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/",
            "can_sign_up": policy.signUp != .closed,
        ]
        if let record = context.account?.record {
            values["user"] = ["username": record.username, "display_name": record.displayName]
            values["is_admin"] = record.isAdmin
        }
        return values
    }

    func render(_ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) throws -> Response {
        guard let html = library.render(values, withTemplate: template) else {
            throw ServerError.internalError()
        }
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(_ target: String, cookies: [HTTPField] = []) -> Response {
        var headers: HTTPFields = [.location: target, .cacheControl: "no-store"]
        for cookie in cookies { headers.append(cookie) }
        return Response(status: .seeOther, headers: headers)
    }

    /// A local path to go back to (never another site).
    static func safeReturnPath(_ value: String?, default fallback: String) -> String {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//"), !value.contains("\\") else { return fallback }
        return value
    }

    // MARK: Forms

    /// The submitted form (urlencoded or multipart), size-limited.
    func form(_ request: Request) async throws -> RequestFields {
        try await VideosController.fields(of: request, limit: configuration.maxBodyBytes)
    }

    /// Refuses a form whose `csrf` field does not match the session's (or the visitor cookie's) token: 403.
    func checkCSRF(_ fields: RequestFields, _ context: CielRequestContext) throws {
        guard !context.setsCSRFCookie, let expected = context.csrfToken,
            case .text(let sent)? = fields["csrf"],
            PasswordHasher.constantTimeEqual(Array(sent.utf8), Array(expected.utf8))
        else { throw WebFailure.csrf }
    }

    /// The logged-in account, or a redirect to the log-in page.
    func requireLogin(_ request: Request, _ context: CielRequestContext) throws -> AccountIdentity {
        guard context.session != nil, let account = context.account else { throw WebFailure.logIn(request) }
        return account
    }

    static func text(_ fields: RequestFields, _ name: String) -> String? {
        guard case .text(let value)? = fields[name] else { return nil }
        return value
    }

    // MARK: Small routes

    @Sendable func home(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            if context.session != nil, let account = context.account {
                return try await createPage(request, context, account: account, fields: nil, error: nil, status: .ok)
            }
            var values = base(request, context, title: Localization.format("landing_title", context.language))
            values["landing"] = true
            return try render("landing", values)
        }
    }

    @Sendable func staticFile(_ request: Request, context: CielRequestContext) async throws -> Response {
        guard let name = context.parameters.get("file"), let file = WebAssets.files[name] else {
            throw HTTPError(.notFound)
        }
        return Response(
            status: .ok, headers: [.contentType: file.contentType, .cacheControl: "public, max-age=300"],
            body: .init(byteBuffer: ByteBuffer(string: file.body)))
    }

    @Sendable func switchLanguage(_ request: Request, context: CielRequestContext) async throws -> Response {
        let code = context.parameters.get("code") ?? ""
        let language = Language(rawValue: code) ?? .english
        let back = Self.safeReturnPath(request.uri.queryParameters["back"].map(String.init), default: "/")
        return Self.redirect(
            back,
            cookies: [
                WebSessionMiddleware.cookie(
                    WebSessionMiddleware.languageCookie, language.rawValue, maxAge: 365 * 24 * 3600, request: request,
                    policy: policy)
            ])
    }
}

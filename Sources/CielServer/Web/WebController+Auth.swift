import CielStore
import Foundation
import HTTPTypes
import Hummingbird

/// Sign up, log in, log out.
extension WebController {
    /// A hash verified when the username is unknown, so a wrong username costs as much time as a wrong password.
    static let dummyHash =
        "$pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

    static func validUsername(_ name: String) -> Bool {
        (3...32).contains(name.count)
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }

    func signUpValues(_ request: Request, _ context: CielRequestContext, fields: RequestFields?) -> [String: Any] {
        var values = base(request, context, title: Localization.format("signup_title", context.language))
        values["closed"] = policy.signUp == .closed
        values["invite_only"] = policy.signUp == .invite
        if let fields {
            values["form_username"] = Self.text(fields, "username") ?? ""
            values["form_display_name"] = Self.text(fields, "display_name") ?? ""
            values["form_invite"] = Self.text(fields, "invite") ?? ""
        }
        return values
    }

    @Sendable func signUpPage(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            if context.session != nil { return Self.redirect("/") }
            var values = signUpValues(request, context, fields: nil)
            if let code = request.uri.queryParameters["invite"] { values["form_invite"] = String(code) }
            return try render("signup", values)
        }
    }

    @Sendable func signUp(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let language = context.language
            func failure(_ key: String, _ status: HTTPResponse.Status = .badRequest) throws -> Response {
                var values = signUpValues(request, context, fields: fields)
                values["error_message"] = Localization.format(key, language)
                return try render("signup", values, status: status)
            }
            guard policy.signUp != .closed else { return try failure("signup_closed", .forbidden) }
            let username = (Self.text(fields, "username") ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard Self.validUsername(username) else { return try failure("err_username_invalid") }
            let password = Self.text(fields, "password") ?? ""
            guard password.count >= PasswordHasher.minimumLength, password.utf8.count <= 1024 else {
                return try failure("err_password_short")
            }
            var displayName = (Self.text(fields, "display_name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard displayName.count <= 64 else { return try failure("err_display_name") }
            if displayName.isEmpty { displayName = username }
            if try await repository.account(username: username) != nil {
                return try failure("err_username_taken", .conflict)
            }
            let id = "acct_" + APIKeys.randomHex(byteCount: 12)
            let now = Clock.nowSeconds()
            var invite: String?
            if policy.signUp == .invite {
                let code = (Self.text(fields, "invite") ?? "").trimmingCharacters(in: .whitespaces)
                guard !code.isEmpty, try await repository.useInvite(code: code, by: id, at: now) else {
                    return try failure("err_invite_invalid", .forbidden)
                }
                invite = code
            }
            // The first account of a server administers it.
            let isFirst = try await repository.accountCount() == 0
            let hash = try await PasswordHasher.hash(password, iterations: policy.passwordIterations)
            let account = AccountRecord(
                id: id, username: username, displayName: displayName, passwordHash: hash, tier: policy.defaultTier,
                isAdmin: isFirst, createdAt: now)
            guard try await repository.insertAccount(account) else {
                if let invite { try await repository.releaseInvite(code: invite) }
                return try failure("err_username_taken", .conflict)
            }
            context.logger.info("account created", metadata: ["account_id": .string(id)])
            return try await startSession(for: account, request: request)
        }
    }

    func logInValues(_ request: Request, _ context: CielRequestContext, username: String?) -> [String: Any] {
        var values = base(request, context, title: Localization.format("login_title", context.language))
        values["form_username"] = username ?? ""
        return values
    }

    @Sendable func logInPage(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            if context.session != nil { return Self.redirect("/") }
            return try render("login", logInValues(request, context, username: nil))
        }
    }

    @Sendable func logIn(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let username = (Self.text(fields, "username") ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            let password = Self.text(fields, "password") ?? ""
            func failure(_ key: String, _ status: HTTPResponse.Status) throws -> Response {
                var values = logInValues(request, context, username: username)
                values["error_message"] = Localization.format(key, context.language)
                var response = try render("login", values, status: status)
                if status == .tooManyRequests { response.headers[.retryAfter] = "900" }
                return response
            }
            if throttle.isBlocked(username: username, address: context.remoteIP) {
                context.logger.notice("log-in rate limited")
                return try failure("err_rate_limited", .tooManyRequests)
            }
            let account = try await repository.account(username: username)
            let matches = await PasswordHasher.verify(password, against: account?.passwordHash ?? Self.dummyHash)
            guard let account, matches, account.disabledAt == nil else {
                throttle.recordFailure(username: username, address: context.remoteIP)
                return try failure("err_credentials", .unauthorized)
            }
            throttle.recordSuccess(username: username)
            return try await startSession(for: account, request: request)
        }
    }

    /// Stores a new session and answers with its cookie and a redirect to the create page.
    func startSession(for account: AccountRecord, request: Request) async throws -> Response {
        let token = APIKeys.randomHex(byteCount: 32)
        let now = Clock.nowSeconds()
        try await repository.insertSession(
            SessionRecord(
                tokenHash: APIKeys.hash(secret: token), accountID: account.id,
                csrfToken: APIKeys.randomHex(byteCount: 32), createdAt: now,
                expiresAt: now + policy.sessionLifetimeSeconds))
        try? await repository.deleteExpiredSessions(now: now)
        return Self.redirect(
            "/",
            cookies: [
                WebSessionMiddleware.cookie(
                    WebSessionMiddleware.sessionCookie, token, maxAge: policy.sessionLifetimeSeconds, request: request,
                    policy: policy)
            ])
    }

    @Sendable func logOut(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let fields = try await form(request)
            try checkCSRF(fields, context)
            if let session = context.session { try await repository.deleteSession(tokenHash: session.tokenHash) }
            return Self.redirect(
                "/",
                cookies: [
                    WebSessionMiddleware.cookie(
                        WebSessionMiddleware.sessionCookie, "", maxAge: 0, request: request, policy: policy)
                ])
        }
    }
}

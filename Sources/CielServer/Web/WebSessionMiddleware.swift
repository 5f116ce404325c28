import CielStore
import Foundation
import HTTPTypes
import Hummingbird

/// Resolves the web app's per-request state: the language (cookie, then `Accept-Language`), the logged-in session
/// and its account, and the CSRF token; adds the security headers every page carries.
struct WebSessionMiddleware: RouterMiddleware {
    typealias Context = CielRequestContext
    let repository: any CielRepository
    let policy: AccessPolicy

    static let sessionCookie = "ciel_session"
    static let csrfCookie = "ciel_csrf"
    static let languageCookie = "ciel_lang"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        let cookies = request.cookies
        context.language = Language.negotiate(
            cookie: cookies[Self.languageCookie]?.value, acceptLanguage: request.headers[.acceptLanguage])
        if let token = cookies[Self.sessionCookie]?.value, !token.isEmpty,
            let session = try await repository.session(tokenHash: APIKeys.hash(secret: token), now: Clock.nowSeconds()),
            let account = try await repository.account(id: session.accountID), account.disabledAt == nil
        {
            context.session = session
            context.account = AccountIdentity(id: account.id, record: account, tier: policy.tier(of: account))
            context.csrfToken = session.csrfToken
            context.logger[metadataKey: "account_id"] = .string(account.id)
        } else if let token = cookies[Self.csrfCookie]?.value, token.count == 64 {
            context.csrfToken = token
        } else {
            context.csrfToken = APIKeys.randomHex(byteCount: 32)
            context.setsCSRFCookie = true
        }
        var response = try await next(request, context)
        if context.setsCSRFCookie, let token = context.csrfToken {
            response.headers.append(
                Self.cookie(Self.csrfCookie, token, maxAge: 24 * 3600, request: request, policy: policy))
        }
        for (name, value) in Self.securityHeaders where response.headers[name] == nil {
            response.headers[name] = value
        }
        return response
    }

    /// No inline script or style, no framing, no third-party anything.
    static let securityHeaders: [(HTTPField.Name, String)] = [
        (
            HTTPField.Name("Content-Security-Policy")!,
            "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; script-src 'self'; "
                + "style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        ),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("Referrer-Policy")!, "same-origin"),
        (HTTPField.Name("X-Frame-Options")!, "DENY"),
    ]

    /// Whether the request reached us over TLS (directly, or through a proxy that says so).
    static func isSecure(_ request: Request) -> Bool {
        if request.uri.scheme == .https { return true }
        return request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased().hasPrefix("https") ?? false
    }

    /// A `Set-Cookie` field: `HttpOnly`, `SameSite=Lax`, `Path=/`, and `Secure` behind TLS (or as configured).
    static func cookie(
        _ name: String, _ value: String, maxAge: Int64, request: Request, policy: AccessPolicy, httpOnly: Bool = true
    ) -> HTTPField {
        var text = "\(name)=\(value); Path=/; Max-Age=\(maxAge); SameSite=Lax"
        if httpOnly { text += "; HttpOnly" }
        if policy.secureCookies ?? isSecure(request) { text += "; Secure" }
        return HTTPField(name: .setCookie, value: text)
    }
}

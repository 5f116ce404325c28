import CielStore
import Hummingbird
import NIOCore

/// The request context of every Ciel route: Hummingbird's core storage, the authenticated API key or browser
/// session, and the account the request acts for.
public struct CielRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The key that authenticated this request (set by the auth middleware on `/v1` routes).
    public var apiKey: APIKeyRecord?
    /// The account the request acts for: the key's account on `/v1`, the logged-in account in the web app.
    /// Ownership, quotas and (later) cameo permissions are decided on it.
    public var account: AccountIdentity?
    /// The browser session (web app routes), if logged in.
    public var session: SessionRecord?
    /// The web app's language for this request.
    public var language: Language = .english
    /// The token forms must carry: the session's, or for a visitor the `ciel_csrf` cookie's (double submit).
    public var csrfToken: String?
    /// Whether `csrfToken` was made for this request and must be set as a cookie on the response.
    var setsCSRFCookie = false
    /// The peer's IP address (login rate limiting), when the transport knows it.
    public var remoteIP: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.apiKey = nil
        self.remoteIP = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies are collected by the handlers with their own limit.
    public var maxUploadSize: Int { 64 * 1024 * 1024 }

    /// The id of the account the request acts for, if any.
    public var accountID: String? { account?.id }

    /// The authenticated key, or a 401 when the route was reached without one.
    func requireKey() throws -> APIKeyRecord {
        guard let apiKey else { throw ServerError.unauthorized("You didn't provide an API key.") }
        return apiKey
    }

    /// The account the request acts for, or a 401.
    func requireAccount() throws -> AccountIdentity {
        guard let account else { throw ServerError.unauthorized("You didn't provide an API key.") }
        return account
    }
}

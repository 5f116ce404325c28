import CielStore
import Hummingbird

/// The request context of every Ciel route: Hummingbird's core storage plus the authenticated API key.
public struct CielRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The key that authenticated this request (set by the auth middleware on `/v1` routes).
    public var apiKey: APIKeyRecord?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.apiKey = nil
    }

    /// Bodies are collected by the handlers with their own limit.
    public var maxUploadSize: Int { 64 * 1024 * 1024 }

    /// The authenticated key, or a 401 when the route was reached without one.
    func requireKey() throws -> APIKeyRecord {
        guard let apiKey else { throw ServerError.unauthorized("You didn't provide an API key.") }
        return apiKey
    }
}

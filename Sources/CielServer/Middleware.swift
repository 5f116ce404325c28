import CielStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into the OpenAI error envelope, and counts requests for `/metrics`.
struct ErrorEnvelopeMiddleware: RouterMiddleware {
    typealias Context = CielRequestContext
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        // The SDK reports `x-request-id` as `request_id`; it matches `hb.request.id` in the logs.
        let requestID = context.logger[metadataKey: "hb.request.id"]?.description ?? ""
        do {
            var response = try await next(request, context)
            metrics.countRequest(status: response.status.code)
            response.headers[.xRequestID] = requestID
            return response
        } catch var error as ServerError {
            metrics.countRequest(status: error.status.code)
            error.headers[.xRequestID] = requestID
            throw error
        } catch let error as HTTPError {
            metrics.countRequest(status: error.status.code)
            let message: String
            switch error.status {
            case .notFound: message = "Unknown request URL: \(request.method) \(request.uri.path)."
            case .contentTooLarge: message = "The request body is too large."
            case .methodNotAllowed: message = "Method \(request.method) is not allowed on \(request.uri.path)."
            default: message = error.body ?? error.status.reasonPhrase
            }
            throw ServerError(
                status: error.status, message: message, code: error.status == .notFound ? "unknown_url" : nil,
                headers: [.xRequestID: requestID])
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            metrics.countRequest(status: 500)
            context.logger.error("request failed: \(error)", metadata: ["path": .string(request.uri.path)])
            var failure = ServerError.internalError()
            failure.headers[.xRequestID] = requestID
            throw failure
        }
    }
}

extension HTTPField.Name {
    /// `x-request-id`: the request's id, as in the logs.
    static let xRequestID = HTTPField.Name("x-request-id") ?? .via
}

/// Authenticates `Authorization: Bearer <key>` against the hashed keys in the repository, and resolves the account
/// the key acts for (a disabled account's keys are refused).
struct AuthMiddleware: RouterMiddleware {
    typealias Context = CielRequestContext
    let repository: any CielRepository
    let cache: KeyCache
    let policy: AccessPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let header = request.headers[.authorization], !header.isEmpty else {
            throw ServerError.unauthorized(
                "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_KEY'.")
        }
        guard header.lowercased().hasPrefix("bearer ") else {
            throw ServerError.unauthorized("The Authorization header must be 'Bearer YOUR_KEY'.")
        }
        let secret = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        let hash = APIKeys.hash(secret: secret)
        let key: APIKeyRecord?
        let account: AccountRecord?
        if let cached = cache.lookup(hash) {
            (key, account) = (cached.key, cached.account)
        } else {
            key = try await repository.key(secretHash: hash)
            account = try await key.asyncMap { try await repository.account(id: $0.accountID) } ?? nil
            if let key { cache.store(key, account: account, for: hash) }
        }
        guard let key, key.revokedAt == nil, account?.disabledAt == nil else {
            let shown = secret.count > 8 ? "\(secret.prefix(8))…\(secret.suffix(4))" : "***"
            throw ServerError.unauthorized("Incorrect API key provided: \(shown).")
        }
        var context = context
        context.apiKey = key
        context.account = AccountIdentity(id: key.accountID, record: account, tier: policy.tier(of: account))
        context.logger[metadataKey: "key_id"] = .string(key.id)
        context.logger[metadataKey: "account_id"] = .string(key.accountID)
        return try await next(request, context)
    }
}

/// A short-lived cache of successful key lookups, so polling clients do not hit the database for every request.
final class KeyCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (key: APIKeyRecord, account: AccountRecord?, until: Date)] = [:]
    private let lifetime: TimeInterval

    init(lifetime: TimeInterval) { self.lifetime = lifetime }

    func lookup(_ hash: String) -> (key: APIKeyRecord, account: AccountRecord?)? {
        guard lifetime > 0 else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[hash], entry.until > Date() else { return nil }
        return (entry.key, entry.account)
    }

    func store(_ key: APIKeyRecord, account: AccountRecord?, for hash: String) {
        guard lifetime > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        if entries.count > 10_000 { entries.removeAll() }
        entries[hash] = (key, account, Date().addingTimeInterval(lifetime))
    }
}

extension Optional {
    /// `map` with an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): return try await transform(value)
        case .none: return nil
        }
    }
}

import CielStore
import Foundation
import HTTPTypes

/// Enforces an account's tier before a video is accepted: duration and size limits (403 `tier_limit_exceeded`) and
/// videos per UTC day (429 `quota_exceeded` with `x-should-retry: false`, so the SDK does not retry).
struct QuotaGuard: Sendable {
    let repository: any CielRepository

    /// What is left of an account's day.
    struct Usage: Sendable, Equatable {
        /// Videos created since midnight UTC (deleted ones included).
        var used: Int
        /// The tier's daily limit, nil when unlimited.
        var limit: Int?
        /// Videos still allowed today, nil when unlimited.
        var remaining: Int? { limit.map { max(0, $0 - used) } }
    }

    /// Unix seconds of the last midnight UTC.
    static func startOfDay(_ now: Int64 = Clock.nowSeconds()) -> Int64 { now - now % 86_400 }

    func usage(of account: AccountIdentity) async throws -> Usage {
        guard let limit = account.tier.videosPerDay else { return Usage(used: 0, limit: nil) }
        let used = try await repository.videosCreated(accountID: account.id, since: Self.startOfDay())
        return Usage(used: used, limit: limit)
    }

    /// Throws when the account may not create one more video of this size and duration now.
    func check(_ account: AccountIdentity, seconds: String, size: String) async throws {
        let tier = account.tier
        if let value = Int(seconds), !tier.allows(seconds: value) {
            throw ServerError(
                status: .forbidden,
                message: "The '\(tier.name)' plan allows videos up to \(tier.maxSeconds ?? 0) seconds; "
                    + "'\(seconds)' is longer.",
                type: "invalid_request_error", param: "seconds", code: "tier_limit_exceeded")
        }
        if !tier.allows(size: size) {
            throw ServerError(
                status: .forbidden,
                message: "The '\(tier.name)' plan allows sizes up to \(tier.maxShortSide ?? 0)p; '\(size)' is larger.",
                type: "invalid_request_error", param: "size", code: "tier_limit_exceeded")
        }
        let usage = try await usage(of: account)
        if let limit = usage.limit, usage.used >= limit {
            throw Self.quotaExceeded(tier: tier, limit: limit)
        }
    }

    static func quotaExceeded(tier: Tier, limit: Int) -> ServerError {
        ServerError(
            status: .tooManyRequests,
            message: "You have used today's quota of \(limit) videos on the '\(tier.name)' plan. "
                + "It renews at midnight UTC.",
            type: "insufficient_quota", code: "quota_exceeded", headers: [.xShouldRetry: "false"])
    }
}

extension HTTPField.Name {
    /// `x-should-retry`: the OpenAI SDKs obey it over their own retry rules.
    static let xShouldRetry = HTTPField.Name("x-should-retry") ?? .retryAfter
}

import CielStore
import Foundation
import HTTPTypes
import Hummingbird

/// The account page: API keys, today's quota, invitations.
extension WebController {
    func accountResponse(
        _ request: Request, _ context: CielRequestContext, account: AccountIdentity, newKey: String? = nil,
        error: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        var values = base(request, context, title: Localization.format("account_title", language))
        values["nav_account"] = true
        values["username"] = account.record?.username ?? ""
        values["display_name"] = account.record?.displayName ?? ""
        values["tier"] = account.tier.name
        values["quota_text"] = try await quotaText(account, language)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let keys = try await repository.keys(accountID: account.id)
        values["keys"] = keys.reversed().map { key -> [String: Any] in
            [
                "id": key.id, "name": key.name, "prefix": key.prefix, "revoked": key.revokedAt != nil,
                "created": formatter.string(from: Date(timeIntervalSince1970: TimeInterval(key.createdAt))),
            ]
        }
        values["has_keys"] = !keys.isEmpty
        if let newKey { values["new_key"] = newKey }
        if let error { values["error_message"] = error }
        let isAdmin = account.record?.isAdmin ?? false
        if policy.signUp == .invite || isAdmin {
            let invites = try await repository.invites(createdBy: account.id)
            values["show_invites"] = true
            values["invites"] = invites.map { ["code": $0.code, "used": $0.usedBy != nil] as [String: Any] }
            values["can_invite"] = isAdmin || invites.count < policy.invitesPerUser
        }
        return try render("account", values, status: status)
    }

    @Sendable func accountPage(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            try await accountResponse(request, context, account: try requireLogin(request, context))
        }
    }

    @Sendable func createKey(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let name = (Self.text(fields, "name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty, name.count <= 64 else {
                return try await accountResponse(
                    request, context, account: account,
                    error: Localization.format("err_form", context.language, "1–64"), status: .badRequest)
            }
            var (record, secret) = APIKeys.make(name: name)
            record.accountID = account.id
            try await repository.insertKey(record)
            context.logger.info("api key created", metadata: ["key_id": .string(record.id)])
            // The secret is shown once, in this response; it is never stored or redirected with.
            return try await accountResponse(request, context, account: account, newKey: secret)
        }
    }

    @Sendable func revokeKey(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let id = context.parameters.get("id") ?? ""
            guard try await repository.revokeKey(id: id, accountID: account.id, at: Clock.nowSeconds()) else {
                throw WebFailure.notFound
            }
            return Self.redirect("/account")
        }
    }

    @Sendable func createInvite(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let account = try requireLogin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let isAdmin = account.record?.isAdmin ?? false
            guard policy.signUp == .invite || isAdmin else { throw WebFailure.notFound }
            let made = try await repository.invites(createdBy: account.id).count
            guard isAdmin || made < policy.invitesPerUser else { throw WebFailure.adminOnly }
            try await repository.insertInvite(
                InviteRecord(code: Self.newInviteCode(), createdBy: account.id, createdAt: Clock.nowSeconds()))
            return Self.redirect("/account")
        }
    }

    /// A code that is easy to read out: `ciel-` and 10 hex digits.
    static func newInviteCode() -> String { "ciel-" + APIKeys.randomHex(byteCount: 5) }
}

import CielStore
import Foundation
import HTTPTypes
import Hummingbird

/// The admin page: queue status, users and their tiers, invitation codes, the moderation log.
extension WebController {
    func requireAdmin(_ request: Request, _ context: CielRequestContext) throws -> AccountIdentity {
        let account = try requireLogin(request, context)
        guard account.record?.isAdmin == true else { throw WebFailure.adminOnly }
        return account
    }

    @Sendable func adminPage(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            _ = try requireAdmin(request, context)
            let language = context.language
            var values = base(request, context, title: Localization.format("admin_title", language))
            values["nav_admin"] = true
            values["signup_mode"] = policy.signUp.rawValue
            let counts = try await repository.statusCounts()
            values["status_counts"] = VideoStatus.allCases.map {
                ["label": statusText($0, language), "count": String(counts[$0] ?? 0)]
            }
            let queue = try await repository.queuedVideos(limit: 50)
            values["queue"] = queue.map {
                ["id": $0.id, "account": $0.accountID, "status": statusText($0.status, language),
                 "progress": String($0.progress)]
            }
            values["has_queue"] = !queue.isEmpty
            let tierNames = policy.tierNames
            values["users"] = try await repository.accounts().map { account -> [String: Any] in
                [
                    "id": account.id, "username": account.username, "display_name": account.displayName,
                    "is_admin": account.isAdmin, "disabled": account.disabledAt != nil,
                    "tiers": tierNames.map { ["name": $0, "selected": $0 == account.tier] as [String: Any] },
                ]
            }
            values["invites"] = try await repository.invites(createdBy: nil).reversed().prefix(100).map {
                ["code": $0.code, "used": $0.usedBy != nil] as [String: Any]
            }
            let log = (try? await repository.moderationLog(limit: 50)) ?? nil
            if let log, !log.isEmpty {
                values["moderation"] = log.map { ["cells": $0] }
                values["has_moderation"] = true
            }
            return try render("admin", values)
        }
    }

    @Sendable func updateAccount(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let admin = try requireAdmin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            let id = context.parameters.get("id") ?? ""
            let tier = Self.text(fields, "tier")
            guard tier.map({ policy.tiers[$0] != nil }) ?? true else { throw WebFailure.notFound }
            // An admin cannot lock themselves out.
            let isSelf = id == admin.id
            let makeAdmin = isSelf ? true : Self.text(fields, "admin") == "1"
            let disable = isSelf ? false : Self.text(fields, "disabled") == "1"
            let current = try await repository.account(id: id)
            guard let current else { throw WebFailure.notFound }
            let disabledAt: Int64?? = disable ? .some(current.disabledAt ?? Clock.nowSeconds()) : .some(nil)
            _ = try await repository.updateAccount(id: id, tier: tier, isAdmin: makeAdmin, disabledAt: disabledAt)
            context.logger.info("account updated by admin", metadata: ["target": .string(id)])
            return Self.redirect("/admin")
        }
    }

    @Sendable func createAdminInvite(_ request: Request, context: CielRequestContext) async throws -> Response {
        try await guarded(request, context) {
            let admin = try requireAdmin(request, context)
            let fields = try await form(request)
            try checkCSRF(fields, context)
            try await repository.insertInvite(
                InviteRecord(code: Self.newInviteCode(), createdBy: admin.id, createdAt: Clock.nowSeconds()))
            return Self.redirect("/admin")
        }
    }
}

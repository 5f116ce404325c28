import CielStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

/// The real CielSafety policy behind `/v1/videos`: refusals at create and remix, and the audit log.
@Suite("Moderation in the API")
struct ModerationTests {
    static let policy = SafetyPromptPolicy()

    @Test("a sexual prompt answers 400 moderation_blocked naming the category, never the term, and is audited")
    func createBlocked() async throws {
        var server = try await TestServer.make()
        server.environment.promptPolicy = Self.policy
        let key = server.secretA
        let keyID = server.keyA.id
        let repository = server.repository
        let prompt = "a n.u.d.e woman on the beach"
        try await server.test { client in
            let refused = try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"\#(prompt)"}"#)
            #expect(refused.status == .badRequest)
            let error = try errorObject(refused)
            #expect(error["code"] as? String == "moderation_blocked" && error["param"] as? String == "prompt")
            let message = try #require(error["message"] as? String)
            #expect(message.contains("sexual content or nudity"))
            #expect(!message.lowercased().contains("nude") && !message.contains("n.u.d.e"))
            #expect((try await repository.statusCounts()[.queued] ?? 0) == 0)

            let audit = try await #require(repository as? any ModerationAuditStore).moderationAudit(keyID: keyID, limit: 10)
            #expect(audit.count == 1)
            let entry = try #require(audit.first)
            #expect(entry.verdict == "block" && entry.category == "sexual" && entry.rule == "sexual.nudity")
            #expect(entry.action == "create" && entry.keyID == keyID)
            #expect(entry.promptSHA256 == ModerationAuditRecord.hash(prompt) && entry.promptSHA256.count == 64)
        }
    }

    @Test("a public figure is refused in plain words; an ordinary prompt passes and is audited as allowed")
    func publicFigureAndAllowed() async throws {
        var server = try await TestServer.make()
        server.environment.promptPolicy = Self.policy
        let key = server.secretA
        let repository = server.repository
        try await server.test { client in
            let refused = try await client.json(
                .post, "/v1/videos", key: key, body: #"{"prompt":"Emmanuel Macron riding a horse"}"#)
            #expect(refused.status == .badRequest)
            let message = try #require(try errorObject(refused)["message"] as? String)
            #expect(message.contains("a real public figure") && !message.contains("Macron"))
            let accepted = try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"a cat on a roof"}"#)
            #expect(accepted.status == .ok)
            let audit = try await #require(repository as? any ModerationAuditStore).moderationAudit(keyID: nil, limit: 10)
            #expect(audit.map(\.verdict) == ["allow", "block"])
            #expect(audit[0].category == nil && audit[0].rule == nil)
        }
    }

    @Test("multipart create is checked like JSON")
    func multipartBlocked() async throws {
        var server = try await TestServer.make()
        server.environment.promptPolicy = Self.policy
        let key = server.secretA
        try await server.test { client in
            let refused = try await client.multipart(
                "/v1/videos", key: key, parts: [.field("prompt", "una mujer desnuda en la playa")])
            #expect(refused.status == .badRequest)
            #expect(try errorObject(refused)["code"] as? String == "moderation_blocked")
        }
    }

    @Test("a remix prompt is checked: refused with 400 and audited as a remix of its source")
    func remixBlocked() async throws {
        var server = try await TestServer.make()
        server.environment.promptPolicy = Self.policy
        let key = server.secretA
        let keyID = server.keyA.id
        let repository = server.repository
        var source = makeTestVideo(owner: keyID)
        source.id = "video_source"
        source.status = .completed
        try await repository.insertVideo(source)
        try await server.test { client in
            let refused = try await client.json(
                .post, "/v1/videos/video_source/remix", key: key, body: #"{"prompt":"now make him commit suicide"}"#)
            #expect(refused.status == .badRequest)
            let error = try errorObject(refused)
            #expect(error["code"] as? String == "moderation_blocked" && error["param"] as? String == "prompt")
            #expect((error["message"] as? String)?.contains("self-harm or suicide") == true)
            let allowed = try await client.json(
                .post, "/v1/videos/video_source/remix", key: key, body: #"{"prompt":"the cat now wears a hat"}"#)
            #expect(allowed.status == .ok)
            let audit = try await #require(repository as? any ModerationAuditStore).moderationAudit(keyID: keyID, limit: 10)
            #expect(audit.count == 2)
            #expect(audit.allSatisfy { $0.action == "remix" && $0.sourceVideoID == "video_source" })
            #expect(audit.last?.category == "self_harm")
        }
    }
}

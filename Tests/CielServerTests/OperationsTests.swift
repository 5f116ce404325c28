import CielStore
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import CielServer

@Suite("Models, webhooks, cleanup")
struct OperationsTests {
    @Test("GET /v1/models lists installed models and the sora aliases")
    func models() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        try await server.test { client in
            let list = try jsonObject(try await client.json(.get, "/v1/models", key: key))
            let data = list["data"] as? [[String: Any]] ?? []
            #expect(Set(data.compactMap { $0["id"] as? String }) == ["ciel-fake", "ciel-text", "sora-2", "sora-2-pro"])
            let alias = data.first { $0["id"] as? String == "sora-2" }
            #expect(alias?["alias_of"] as? String == "ciel-fake")
            #expect(alias?["object"] as? String == "model")
            #expect(try await client.json(.get, "/v1/models/sora-2-pro", key: key).status == .ok)
            let missing = try await client.json(.get, "/v1/models/nope", key: key)
            #expect(missing.status == .notFound)
            #expect(try errorObject(missing)["code"] as? String == "model_not_found")
            let unknown = try await client.json(.get, "/v1/nothing", key: key)
            #expect(unknown.status == .notFound)
        }
    }

    @Test("model aliases are configurable")
    func aliases() {
        let catalog = ModelCatalog(
            models: [ModelInfo(name: "wan", supportsImageInput: true), ModelInfo(name: "tiny", supportsImageInput: false)],
            aliases: ["sora-2": "tiny", "sora-2-pro": "wan"])
        #expect(catalog.resolve("sora-2")?.name == "tiny")
        #expect(catalog.resolve("sora-2-pro")?.name == "wan")
        #expect(catalog.resolve("wan")?.supportsImageInput == true)
        #expect(catalog.resolve("sora-3") == nil)
        #expect(ModelCatalog(models: [ModelInfo(name: "best", supportsImageInput: false)]).resolve("sora-2-pro")?.name
            == "best")
    }

    @Test("webhook signatures follow Standard Webhooks (vector checked with the openai SDK)")
    func webhookSignature() {
        // python: base64(hmac(b64decode(secret[6:]), b"msg_1.1700000000." + body, sha256)); verified by
        // openai.OpenAI(webhook_secret=secret).webhooks.verify_signature.
        let secret = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="
        let body = Data(#"{"id":"evt_1","type":"video.completed"}"#.utf8)
        #expect(WebhookDispatcher.signature(id: "msg_1", timestamp: 1_700_000_000, body: body, secret: secret)
            == "v1,MpBRhY9eYn+hJd9BDwZuGeE2YjaLgq+nb9Clrc9M+O4=")
        var video = VideoRecord(
            id: "video_1", ownerKeyID: "k", requestedModel: "m", engineModel: "m", prompt: "p", size: "720x1280",
            seconds: "4", createdAt: 1)
        video.status = .failed
        let event = WebhookDispatcher.event(for: video, now: 5)
        let json = try? JSONSerialization.jsonObject(with: event.body) as? [String: Any]
        #expect(json?["type"] as? String == "video.failed")
        #expect((json?["data"] as? [String: Any])?["id"] as? String == "video_1")
        #expect(json?["object"] as? String == "event" && json?["created_at"] as? Int == 5)
    }

    @Test("the janitor removes expired and deleted assets", .enabled(if: ffmpegAvailable))
    func janitor() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        let worker = server.worker
        let repository = server.repository
        let dataDirectory = server.dataDirectory
        try await server.test { client in
            let created = try jsonObject(try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p"}"#))
            let id = try #require(created["id"] as? String)
            #expect(await worker.processNextJob())
            let janitor = AssetJanitor(repository: repository, dataDirectory: dataDirectory, logger: .init(label: "t"))
            #expect(await janitor.sweep() == 0)
            #expect(await janitor.sweep(now: Clock.nowSeconds() + 8 * 24 * 3600) == 1)
            #expect(!FileManager.default.fileExists(atPath: dataDirectory.folder(ofVideo: id).path))
            let expired = try await client.json(.get, "/v1/videos/\(id)/content", key: key)
            #expect(expired.status == .notFound)
            #expect(try errorObject(expired)["code"] as? String == "content_expired")
        }
    }
}

/// Refuses prompts that contain "forbidden".
struct WordPolicy: PromptPolicy {
    func check(prompt: String) async -> PolicyRefusal? {
        prompt.contains("forbidden") ? PolicyRefusal(rule: "test_rule", message: "Refused by rule test_rule.") : nil
    }
}

@Suite("Prompt policy and webhook delivery")
struct PolicyAndWebhookTests {
    @Test("a refused prompt answers 400 moderation_blocked with param prompt, and nothing is queued")
    func policy() async throws {
        var server = try await TestServer.make()
        server.environment.promptPolicy = WordPolicy()
        let key = server.secretA
        let repository = server.repository
        try await server.test { client in
            let refused = try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"a forbidden thing"}"#)
            #expect(refused.status == .badRequest)
            let error = try errorObject(refused)
            #expect(error["code"] as? String == "moderation_blocked" && error["param"] as? String == "prompt")
            #expect((error["message"] as? String)?.contains("forbidden") == false)
            #expect(try await repository.statusCounts()[.queued] == 0)
            #expect(try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"a cat"}"#).status == .ok)
        }
    }

    @Test("webhooks are delivered signed, and retried after a failure")
    func delivery() async throws {
        let received = WebhookInbox()
        let receiver = Router()
        receiver.post("hook") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 16)
            let attempt = received.record(headers: request.headers, body: Data(buffer: body))
            return Response(status: attempt == 1 ? .internalServerError : .ok)
        }
        try await Application(router: receiver).test(.live) { client in
            let port = try #require(client.port)
            let server = try await TestServer.make(webhookURL: "http://127.0.0.1:\(port)/hook")
            let dispatcher = WebhookDispatcher(
                repository: server.repository, maxAttempts: 3, firstDelay: .milliseconds(20), logger: .init(label: "t"))
            var video = makeTestVideo(owner: server.keyA.id)
            video.status = .completed
            let task = try #require(await dispatcher.videoFinished(video))
            #expect(await task.value)
            let deliveries = received.deliveries
            #expect(deliveries.count == 2)
            let last = try #require(deliveries.last)
            let secret = try #require(server.keyA.webhookSecret)
            let id = last.headers[HTTPField.Name("webhook-id")!] ?? ""
            let timestamp = Int64(last.headers[HTTPField.Name("webhook-timestamp")!] ?? "") ?? 0
            #expect(id.hasPrefix("evt_"))
            #expect(abs(timestamp - Clock.nowSeconds()) < 60)
            #expect(last.headers[HTTPField.Name("webhook-signature")!]
                == WebhookDispatcher.signature(id: id, timestamp: timestamp, body: last.body, secret: secret))
            let event = try JSONSerialization.jsonObject(with: last.body) as? [String: Any]
            #expect(event?["type"] as? String == "video.completed")
            // A key without a webhook gets nothing.
            var other = video
            other.ownerKeyID = "key_none"
            #expect(await dispatcher.videoFinished(other) == nil)
            try await server.repository.close()
        }
    }
}

/// What a webhook receiver got.
final class WebhookInbox: @unchecked Sendable {
    struct Delivery {
        let headers: HTTPFields
        let body: Data
    }

    private let lock = NSLock()
    private var items: [Delivery] = []

    func record(headers: HTTPFields, body: Data) -> Int {
        lock.lock()
        defer { lock.unlock() }
        items.append(Delivery(headers: headers, body: body))
        return items.count
    }

    var deliveries: [Delivery] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

func makeTestVideo(owner: String) -> VideoRecord {
    VideoRecord(
        id: "video_hook", ownerKeyID: owner, requestedModel: "sora-2", engineModel: "ciel-fake", prompt: "p",
        size: "720x1280", seconds: "4", createdAt: 1)
}

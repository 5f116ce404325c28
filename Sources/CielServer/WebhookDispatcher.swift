import AsyncHTTPClient
import CielStore
import Crypto
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Sends `video.completed` / `video.failed` events to the webhook URL of the video's key, signed per Standard
/// Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`), retrying with
/// exponential backoff. Deliveries live in memory: a restart drops the ones still being retried.
public final class WebhookDispatcher: Sendable {
    let repository: any CielRepository
    let httpClient: HTTPClient
    let logger: Logger
    let maxAttempts: Int
    let firstDelay: Duration

    /// Creates a dispatcher.
    public init(
        repository: any CielRepository, httpClient: HTTPClient = .shared, maxAttempts: Int = 6,
        firstDelay: Duration = .seconds(1), logger: Logger
    ) {
        self.repository = repository
        self.httpClient = httpClient
        self.maxAttempts = maxAttempts
        self.firstDelay = firstDelay
        self.logger = logger
    }

    /// Queues the event for a finished video if its key has a webhook. Returns at once; delivery runs in the
    /// background and the returned task finishes when it succeeded or gave up (tests await it).
    @discardableResult
    public func videoFinished(_ video: VideoRecord) async -> Task<Bool, Never>? {
        guard video.status == .completed || video.status == .failed else { return nil }
        guard let key = try? await repository.key(id: video.ownerKeyID), let url = key.webhookURL,
            let secret = key.webhookSecret
        else { return nil }
        let event = Self.event(for: video)
        return Task { await self.deliver(event: event, to: url, secret: secret, videoID: video.id) }
    }

    struct Event: Sendable {
        let id: String
        let timestamp: Int64
        let body: Data
    }

    static func event(for video: VideoRecord, now: Int64 = Clock.nowSeconds()) -> Event {
        let id = "evt_" + APIKeys.randomHex(byteCount: 12)
        let type = video.status == .completed ? "video.completed" : "video.failed"
        let json = #"{"id":"\#(id)","object":"event","created_at":\#(now),"type":"\#(type)","data":{"id":"\#(video.id)"}}"#
        return Event(id: id, timestamp: now, body: Data(json.utf8))
    }

    /// `v1,<base64 HMAC-SHA256(key, "{id}.{timestamp}.{body}")>`, with `key` the base64-decoded part of a `whsec_`
    /// secret (or the secret's raw bytes otherwise).
    public static func signature(id: String, timestamp: Int64, body: Data, secret: String) -> String {
        let keyData: Data
        if secret.hasPrefix("whsec_"), let decoded = Data(base64Encoded: String(secret.dropFirst(6))) {
            keyData = decoded
        } else {
            keyData = Data(secret.utf8)
        }
        var message = Data("\(id).\(timestamp).".utf8)
        message.append(body)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: keyData))
        return "v1," + Data(mac).base64EncodedString()
    }

    func deliver(event: Event, to url: String, secret: String, videoID: String) async -> Bool {
        var delay = firstDelay
        for attempt in 1...max(1, maxAttempts) {
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/json")
            request.headers.add(name: "user-agent", value: "Ciel-Webhooks/1")
            request.headers.add(name: "webhook-id", value: event.id)
            request.headers.add(name: "webhook-timestamp", value: String(event.timestamp))
            request.headers.add(
                name: "webhook-signature",
                value: Self.signature(id: event.id, timestamp: event.timestamp, body: event.body, secret: secret))
            request.body = .bytes(ByteBuffer(bytes: event.body))
            do {
                let response = try await httpClient.execute(request, timeout: .seconds(10))
                if (200..<300).contains(response.status.code) {
                    logger.info("webhook delivered", metadata: ["video_id": .string(videoID), "attempt": "\(attempt)"])
                    return true
                }
                logger.warning("webhook refused", metadata: ["video_id": .string(videoID), "status": "\(response.status.code)"])
            } catch {
                logger.warning("webhook delivery failed: \(error)", metadata: ["video_id": .string(videoID)])
            }
            guard attempt < maxAttempts else { break }
            do { try await Task.sleep(for: delay) } catch { return false }
            delay = delay * 2
        }
        logger.error("webhook given up", metadata: ["video_id": .string(videoID)])
        return false
    }
}

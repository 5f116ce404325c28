import CielStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

@Suite("POST /v1/videos")
struct CreateVideoTests {
    static let videoKeys: Set<String> = [
        "id", "object", "model", "status", "progress", "created_at", "completed_at", "expires_at", "prompt", "size",
        "seconds", "remixed_from_video_id", "error",
    ]

    @Test("JSON create returns a complete queued Video with defaults")
    func jsonCreate() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        let repository = server.repository
        try await server.test { client in
            let response = try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"A calico cat"}"#)
            #expect(response.status == .ok)
            #expect(response.headers[.openAIPollAfterMs] == "1000")
            #expect(response.headers[.xRequestID]?.isEmpty == false)
            let video = try jsonObject(response)
            #expect(Set(video.keys) == Self.videoKeys)
            #expect(video["object"] as? String == "video")
            #expect(video["status"] as? String == "queued")
            #expect(video["model"] as? String == "sora-2")
            #expect(video["seconds"] as? String == "4")
            #expect(video["size"] as? String == "720x1280")
            #expect(video["progress"] as? Int == 0)
            #expect(video["completed_at"] is NSNull && video["error"] is NSNull)
            #expect(video["remixed_from_video_id"] is NSNull && video["expires_at"] is NSNull)
            let id = try #require(video["id"] as? String)
            #expect(id.hasPrefix("video_"))
            // Persisted before the response, resolved to the installed model.
            let stored = try await repository.video(id: id, ownerKeyID: nil)
            #expect(stored?.engineModel == "ciel-fake" && stored?.requestedModel == "sora-2")
        }
    }

    @Test("multipart create with a[b] fields, a file part and an image_url data URL")
    func multipartCreate() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        let repository = server.repository
        let dataDirectory = server.dataDirectory
        try await server.test { client in
            let withFile = try await client.multipart("/v1/videos", key: key, parts: [
                .field("prompt", "A lighthouse"), .field("model", "sora-2-pro"), .field("seconds", "8"),
                .field("size", "1280x720"),
                MultipartPart(name: "input_reference", bytes: tinyPNG, filename: "ref.png", contentType: "image/png"),
            ])
            #expect(withFile.status == .ok)
            let video = try jsonObject(withFile)
            #expect(video["model"] as? String == "sora-2-pro")
            #expect(video["seconds"] as? String == "8" && video["size"] as? String == "1280x720")
            let stored = try #require(try await repository.video(id: video["id"] as? String ?? "", ownerKeyID: nil))
            let input = try #require(stored.inputReferencePath)
            #expect(try Data(contentsOf: dataDirectory.resolve(relativePath: input)) == Data(tinyPNG))

            let dataURL = "data:image/png;base64," + Data(tinyPNG).base64EncodedString()
            let nested = try await client.multipart("/v1/videos", key: key, parts: [
                .field("prompt", "A lighthouse"), .field("input_reference[image_url]", dataURL),
                .field("seed", "7"),
            ])
            #expect(nested.status == .ok)
            let nestedStored = try await repository.video(id: try jsonObject(nested)["id"] as? String ?? "", ownerKeyID: nil)
            #expect(nestedStored?.inputReferencePath != nil && nestedStored?.seed == 7)

            let json = try await client.json(
                .post, "/v1/videos", key: key,
                body: #"{"prompt":"p","input_reference":{"image_url":"\#(dataURL)"}}"#)
            #expect(json.status == .ok)
        }
    }

    struct BadRequest: CustomStringConvertible, Sendable {
        let body: String
        let param: String?
        let code: String?
        let status: Int
        var description: String { body }
    }

    static let badRequests: [BadRequest] = [
        .init(body: #"{}"#, param: "prompt", code: "missing_required_parameter", status: 400),
        .init(body: #"{"prompt":null}"#, param: "prompt", code: "missing_required_parameter", status: 400),
        .init(body: #"{"prompt":"  "}"#, param: "prompt", code: "invalid_value", status: 400),
        .init(body: #"{"prompt":12}"#, param: "prompt", code: "invalid_type", status: 400),
        .init(body: #"{"prompt":"\#(String(repeating: "a", count: 32001))"}"#, param: "prompt",
              code: "string_above_max_length", status: 400),
        .init(body: #"{"prompt":"p","seconds":"5"}"#, param: "seconds", code: "invalid_value", status: 400),
        .init(body: #"{"prompt":"p","seconds":4}"#, param: "seconds", code: "invalid_type", status: 400),
        .init(body: #"{"prompt":"p","size":"1920x1080"}"#, param: "size", code: "invalid_value", status: 400),
        .init(body: #"{"prompt":"p","model":"dall-e"}"#, param: "model", code: "invalid_value", status: 400),
        .init(body: #"{"prompt":"p","model":7}"#, param: "model", code: "invalid_type", status: 400),
        .init(body: #"{"prompt":"p","seed":-1}"#, param: "seed", code: "invalid_value", status: 400),
        .init(body: #"{"prompt":"p","input_reference":"cat.png"}"#, param: "input_reference", code: "invalid_type",
              status: 400),
        .init(body: #"{"prompt":"p","input_reference":{"file_id":"file-1"}}"#, param: "input_reference",
              code: "invalid_value", status: 400),
        .init(body: #"{"prompt":"p","input_reference":{"image_url":"https://x/y.png"}}"#, param: "input_reference",
              code: "invalid_value", status: 400),
        .init(body: #"{"prompt":"p","input_reference":{"image_url":"data:image/png;base64,aGVsbG8="}}"#,
              param: "input_reference", code: "invalid_image_format", status: 400),
        .init(body: #"{"prompt":"p","model":"ciel-text","input_reference":{"image_url":"data:image/png;base64,\#(Data(tinyPNG).base64EncodedString())"}}"#,
              param: "input_reference", code: "unsupported_parameter", status: 400),
        .init(body: #"{"prompt": "unterminated"#, param: nil, code: "invalid_json", status: 400),
        .init(body: #"["prompt"]"#, param: nil, code: "invalid_json", status: 400),
    ]

    @Test("invalid parameters answer 400 with the right param and code", arguments: badRequests)
    func validation(_ bad: BadRequest) async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        try await server.test { client in
            let response = try await client.json(.post, "/v1/videos", key: key, body: bad.body)
            #expect(response.status.code == bad.status)
            let error = try errorObject(response)
            #expect(error["param"] as? String == bad.param)
            #expect(error["code"] as? String == bad.code)
            #expect(error["type"] as? String == "invalid_request_error")
            #expect((error["message"] as? String)?.isEmpty == false)
            #expect(response.headers[.xRequestID]?.isEmpty == false)
        }
    }

    @Test("seconds as an integer gets the OpenAI wording")
    func integerSecondsMessage() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        try await server.test { client in
            let response = try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p","seconds":4}"#)
            let message = try errorObject(response)["message"] as? String
            #expect(message == "Invalid type for 'seconds': expected one of '4', '8', or '12', but got an integer instead.")
        }
    }

    @Test("multipart validation: non-image file, oversized image, oversized body")
    func multipartLimits() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        try await server.test { client in
            let text = try await client.multipart("/v1/videos", key: key, parts: [
                .field("prompt", "p"),
                MultipartPart(name: "input_reference", bytes: Array("hello".utf8), filename: "a.txt"),
            ])
            #expect(text.status == .badRequest)
            #expect(try errorObject(text)["param"] as? String == "input_reference")

            let bigImage = tinyPNG + Array(repeating: 0, count: 1024 * 1024 + 1)
            let big = try await client.multipart("/v1/videos", key: key, parts: [
                .field("prompt", "p"), MultipartPart(name: "input_reference", bytes: bigImage, filename: "a.png"),
            ])
            #expect(big.status == .badRequest)
            #expect(try errorObject(big)["code"] as? String == "image_too_large")

            let huge = try await client.multipart("/v1/videos", key: key, parts: [
                .field("prompt", String(repeating: "a", count: 2 * 1024 * 1024 + 10)),
            ])
            #expect(huge.status == .contentTooLarge)
            #expect(try errorObject(huge)["code"] as? String == "request_too_large")

            let noBoundary = try await client.execute(
                uri: "/v1/videos", method: .post,
                headers: [.contentType: "multipart/form-data", .authorization: "Bearer \(key)"],
                body: ByteBuffer(string: "x"))
            #expect(noBoundary.status == .badRequest)
            let xml = try await client.execute(
                uri: "/v1/videos", method: .post,
                headers: [.contentType: "application/xml", .authorization: "Bearer \(key)"],
                body: ByteBuffer(string: "<a/>"))
            #expect(try errorObject(xml)["code"] as? String == "unsupported_content_type")
        }
    }

    @Test("per-key concurrency limit answers 429 with retry-after")
    func concurrencyLimit() async throws {
        var configuration = TestServer.defaultConfiguration
        configuration.maxActiveJobsPerKey = 2
        let server = try await TestServer.make(configuration: configuration)
        let (a, b) = (server.secretA, server.secretB)
        try await server.test { client in
            for _ in 0..<2 {
                #expect(try await client.json(.post, "/v1/videos", key: a, body: #"{"prompt":"p"}"#).status == .ok)
            }
            let third = try await client.json(.post, "/v1/videos", key: a, body: #"{"prompt":"p"}"#)
            #expect(third.status == .tooManyRequests)
            #expect(third.headers[.retryAfter] == "5")
            #expect(try errorObject(third)["code"] as? String == "concurrency_limit_exceeded")
            #expect(try await client.json(.post, "/v1/videos", key: b, body: #"{"prompt":"p"}"#).status == .ok)
        }
    }
}

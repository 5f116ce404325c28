import CielStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

@Suite("Video lifecycle", .enabled(if: ffmpegAvailable, "needs ffmpeg for the fake engine"))
struct VideoLifecycleTests {
    @Test("a job completes and its three variants download with the right types")
    func contentVariants() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        let worker = server.worker
        try await server.test { client in
            let created = try jsonObject(try await client.json(
                .post, "/v1/videos", key: key, body: #"{"prompt":"p","size":"1280x720"}"#))
            let id = try #require(created["id"] as? String)
            let early = try await client.json(.get, "/v1/videos/\(id)/content", key: key)
            #expect(early.status == .badRequest)
            #expect(try errorObject(early)["code"] as? String == "video_not_ready")

            #expect(await worker.processNextJob())
            let done = try await client.json(.get, "/v1/videos/\(id)", key: key)
            #expect(done.headers[.openAIPollAfterMs] == nil)
            let video = try jsonObject(done)
            #expect(video["status"] as? String == "completed")
            #expect(video["progress"] as? Int == 100)
            let completedAt = try #require(video["completed_at"] as? Int)
            #expect(video["expires_at"] as? Int == completedAt + 7 * 24 * 3600)

            let variants: [(String?, String, [UInt8])] = [
                (nil, "video/mp4", Array("ftyp".utf8)), ("video", "video/mp4", Array("ftyp".utf8)),
                ("thumbnail", "image/webp", Array("WEBP".utf8)), ("spritesheet", "image/jpeg", [0xFF, 0xD8, 0xFF]),
            ]
            for (variant, type, magic) in variants {
                let uri = "/v1/videos/\(id)/content" + (variant.map { "?variant=\($0)" } ?? "")
                let response = try await client.execute(
                    uri: uri, method: .get, headers: [.authorization: "Bearer \(key)", .accept: "application/binary"])
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == type)
                let bytes = Array(response.body.readableBytesView)
                #expect(bytes.count > 100)
                let window = type == "image/jpeg" ? Array(bytes.prefix(3)) : Array(bytes[4..<12])
                #expect(window.starts(with: magic) || Array(bytes.prefix(12)).suffix(4) == ArraySlice(magic))
            }
            let bad = try await client.json(.get, "/v1/videos/\(id)/content?variant=gif", key: key)
            #expect(bad.status == .badRequest)
            #expect(try errorObject(bad)["param"] as? String == "variant")
        }
    }

    @Test("an image reference of another size is scaled and cropped, and the job completes")
    func referenceImage() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        let worker = server.worker
        try await server.test { client in
            let created = try jsonObject(try await client.multipart("/v1/videos", key: key, parts: [
                .field("prompt", "p"), .field("size", "720x1280"),
                MultipartPart(name: "input_reference", bytes: tinyPNG, filename: "r.png", contentType: "image/png"),
            ]))
            let id = try #require(created["id"] as? String)
            #expect(await worker.processNextJob())
            #expect(try jsonObject(try await client.json(.get, "/v1/videos/\(id)", key: key))["status"] as? String
                == "completed")
        }
    }

    @Test("remix inherits model, size and seconds from a completed source")
    func remix() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        let worker = server.worker
        try await server.test { client in
            let source = try jsonObject(try await client.json(
                .post, "/v1/videos", key: key, body: #"{"prompt":"p","model":"sora-2-pro","seconds":"8","size":"1024x1792"}"#))
            let sourceID = try #require(source["id"] as? String)
            let early = try await client.json(.post, "/v1/videos/\(sourceID)/remix", key: key, body: #"{"prompt":"q"}"#)
            #expect(early.status == .badRequest)
            #expect(await worker.processNextJob())
            let missing = try await client.json(.post, "/v1/videos/\(sourceID)/remix", key: key, body: #"{}"#)
            #expect(try errorObject(missing)["param"] as? String == "prompt")
            let remix = try jsonObject(try await client.json(
                .post, "/v1/videos/\(sourceID)/remix", key: key, body: #"{"prompt":"the cat bows"}"#))
            #expect(remix["remixed_from_video_id"] as? String == sourceID)
            #expect(remix["model"] as? String == "sora-2-pro")
            #expect(remix["seconds"] as? String == "8" && remix["size"] as? String == "1024x1792")
            #expect(remix["prompt"] as? String == "the cat bows" && remix["status"] as? String == "queued")
            #expect(remix["id"] as? String != sourceID)
            #expect(await worker.processNextJob())
            let done = try jsonObject(try await client.json(.get, "/v1/videos/\(remix["id"] as? String ?? "")", key: key))
            #expect(done["status"] as? String == "completed")
            #expect(done["remixed_from_video_id"] as? String == sourceID)
        }
    }

    @Test("a failing job ends failed with its error code, without raising")
    func failure() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        let worker = server.worker
        try await server.test { client in
            let created = try jsonObject(try await client.json(
                .post, "/v1/videos", key: key, body: #"{"prompt":"[[block]] something"}"#))
            #expect(await worker.processNextJob())
            let video = try jsonObject(try await client.json(.get, "/v1/videos/\(created["id"] as? String ?? "")", key: key))
            #expect(video["status"] as? String == "failed")
            let error = try #require(video["error"] as? [String: Any])
            #expect(error["code"] as? String == "moderation_blocked")
            #expect((error["message"] as? String)?.isEmpty == false)
        }
    }

    @Test("list paginates with after/limit/order and has_more")
    func listing() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        try await server.test { client in
            var ids: [String] = []
            for index in 0..<5 {
                let video = try jsonObject(try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p\#(index)"}"#))
                ids.append(video["id"] as? String ?? "")
            }
            var seen: [String] = []
            var after: String?
            var pages = 0
            repeat {
                let uri = "/v1/videos?limit=2" + (after.map { "&after=\($0)" } ?? "")
                let page = try jsonObject(try await client.json(.get, uri, key: key))
                #expect(page["object"] as? String == "list")
                let data = page["data"] as? [[String: Any]] ?? []
                seen += data.compactMap { $0["id"] as? String }
                #expect(page["first_id"] as? String == data.first?["id"] as? String)
                #expect(page["last_id"] as? String == data.last?["id"] as? String)
                after = (page["has_more"] as? Bool == true) ? page["last_id"] as? String : nil
                pages += 1
            } while after != nil && pages < 10
            #expect(seen == ids.reversed())
            #expect(pages == 3)
            let ascending = try jsonObject(try await client.json(.get, "/v1/videos?order=asc&limit=100", key: key))
            #expect((ascending["data"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ids)
            #expect(ascending["has_more"] as? Bool == false)
            let empty = try jsonObject(try await client.json(.get, "/v1/videos?limit=0", key: key))
            #expect(empty["first_id"] is NSNull && empty["has_more"] as? Bool == true)
            for (query, param) in [("limit=101", "limit"), ("limit=x", "limit"), ("order=up", "order"), ("after=video_nope", "after")] {
                let bad = try await client.json(.get, "/v1/videos?\(query)", key: key)
                #expect(bad.status == .badRequest)
                #expect(try errorObject(bad)["param"] as? String == param)
            }
        }
    }

    @Test("delete answers video.deleted, removes files, then 404")
    func deletion() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        let worker = server.worker
        let dataDirectory = server.dataDirectory
        try await server.test { client in
            let created = try jsonObject(try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p"}"#))
            let id = try #require(created["id"] as? String)
            #expect(await worker.processNextJob())
            #expect(FileManager.default.fileExists(atPath: dataDirectory.file(.video, ofVideo: id).path))
            // The SDK sends content-type: application/json with no body.
            let deleted = try await client.json(.delete, "/v1/videos/\(id)", key: key)
            #expect(deleted.status == .ok)
            let body = try jsonObject(deleted)
            #expect(body["id"] as? String == id && body["object"] as? String == "video.deleted")
            #expect(body["deleted"] as? Bool == true)
            #expect(!FileManager.default.fileExists(atPath: dataDirectory.folder(ofVideo: id).path))
            let gone = try await client.json(.get, "/v1/videos/\(id)", key: key)
            #expect(gone.status == .notFound)
            #expect(try errorObject(gone)["message"] as? String == "Video with id '\(id)' not found.")
            #expect(try await client.json(.delete, "/v1/videos/\(id)", key: key).status == .notFound)
            #expect(try await client.json(.get, "/v1/videos/\(id)/content", key: key).status == .notFound)
        }
    }

    @Test("deleting a running job cancels it")
    func deleteRunning() async throws {
        // A 60-second job: finishing well under that proves it was cancelled, with room for a loaded CI machine.
        let server = try await TestServer.make(runner: FakeVideoJobRunner(steps: 1200, stepDuration: .milliseconds(50)))
        let key = server.secretA
        let worker = server.worker
        let repository = server.repository
        try await server.test { client in
            let created = try jsonObject(try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p"}"#))
            let id = try #require(created["id"] as? String)
            let started = ContinuousClock.now
            let processing = Task { await worker.processNextJob() }
            var status = ""
            while status != "in_progress" && ContinuousClock.now - started < .seconds(20) {
                try await Task.sleep(for: .milliseconds(20))
                status = try jsonObject(try await client.json(.get, "/v1/videos/\(id)", key: key))["status"] as? String ?? ""
            }
            #expect(status == "in_progress")
            #expect(try await client.json(.delete, "/v1/videos/\(id)", key: key).status == .ok)
            #expect(await processing.value)
            // The 60-second job stopped long before its end.
            #expect(ContinuousClock.now - started < .seconds(30))
            #expect(try await repository.statusCounts()[.inProgress] == 0)
            #expect(try await repository.videosWithRemovableAssets(now: Clock.nowSeconds(), limit: 5).isEmpty)
        }
    }

    @Test("graceful shutdown puts the running job back in the queue")
    func shutdownRequeues() async throws {
        let server = try await TestServer.make(runner: FakeVideoJobRunner(steps: 1200, stepDuration: .milliseconds(50)))
        let key = server.secretA
        let worker = server.worker
        let repository = server.repository
        try await server.test { client in
            let created = try jsonObject(try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p"}"#))
            let id = try #require(created["id"] as? String)
            let processing = Task { await worker.processNextJob() }
            while try await repository.video(id: id, ownerKeyID: nil)?.status != .inProgress {
                try await Task.sleep(for: .milliseconds(20))
            }
            worker.state.beginShutdown()
            _ = await processing.value
            let video = try await repository.video(id: id, ownerKeyID: nil)
            #expect(video?.status == .queued && video?.attempts == 0 && video?.progress == 0)
        }
    }
}

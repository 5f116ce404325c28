import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@testable import CielServer

/// `ciel serve` with the real engine and the shipped `ciel-tiny` model: a Videos API request becomes a watermarked,
/// C2PA-signed MP4 at the requested size, with thumbnail and spritesheet, and `ciel verify` accepts it.
@Suite("Live server, real engine", .serialized,
       .enabled(if: LiveEnvironment.binary != nil, "set CIEL_BINARY to a built ciel"))
struct LiveRealEngineTests {
    @Test func ciel_tinyServesAVerifiableVideo() async throws {
        let binary = try #require(LiveEnvironment.binary)
        let dataDir = try LiveEnvironment.temporaryFolder("ciel-real")
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let key = try await LiveServerTests.createKey(binary, ["--data-dir", dataDir.path])
        let port = LiveEnvironment.freePort()
        let server = try ChildProcess(
            binary, ["serve", "--port", "\(port)", "--data-dir", dataDir.path],
            logFile: dataDir.appendingPathComponent("serve.log"))
        defer { server.signal(SIGKILL) }
        #expect(await LiveHTTP.waitHealthy(port: port, timeout: .seconds(60)), "server log: \(server.log)")
        let base = "http://127.0.0.1:\(port)/v1"

        let (modelsStatus, models) = try await LiveHTTP.request("GET", "\(base)/models", key: key)
        #expect(modelsStatus == 200)
        let names = (models["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(names.contains("ciel-tiny") && names.contains("sora-2"), "models: \(names)")

        let (createStatus, created) = try await LiveHTTP.request(
            "POST", "\(base)/videos", key: key,
            json: #"{"prompt": "a red circle moving to the right on a black background", "model": "sora-2", "seconds": "4", "size": "1280x720"}"#)
        #expect(createStatus == 200, "create: \(created)")
        let id = try #require(created["id"] as? String)
        #expect(created["model"] as? String == "sora-2")

        var status = ""
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .seconds(180) {
            let (_, video) = try await LiveHTTP.request("GET", "\(base)/videos/\(id)", key: key)
            status = video["status"] as? String ?? ""
            if status == "completed" || status == "failed" { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(status == "completed", "server log: \(server.log)")

        let mp4 = dataDir.appendingPathComponent("download.mp4")
        for (variant, magic) in [("video", "ftyp"), ("thumbnail", "WEBP"), ("spritesheet", "")] {
            var request = URLRequest(url: URL(string: "\(base)/videos/\(id)/content?variant=\(variant)")!)
            request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
            let (data, response) = try await URLSession.shared.data(for: request)
            #expect((response as? HTTPURLResponse)?.statusCode == 200, "\(variant)")
            if variant == "video" {
                #expect(String(decoding: data.dropFirst(4).prefix(4), as: UTF8.self) == magic)
                try data.write(to: mp4)
            } else if variant == "thumbnail" {
                #expect(String(decoding: data.dropFirst(8).prefix(4), as: UTF8.self) == magic)
            } else {
                #expect(data.prefix(3) == Data([0xFF, 0xD8, 0xFF]), "JPEG magic")
            }
        }
        let probe = try await ChildProcess.run(
            "/usr/bin/env", ["ffprobe", "-v", "error", "-show_entries", "stream=codec_name,width,height",
                             "-of", "csv=p=0", mp4.path])
        #expect(probe.output.contains("h264,1280,720"), "ffprobe: \(probe.output)")
        let verify = try await ChildProcess.run(binary, ["verify", mp4.path, "--data-dir", dataDir.path])
        #expect(verify.status == 0, "verify: \(verify.output)")
        await server.stop()
    }
}

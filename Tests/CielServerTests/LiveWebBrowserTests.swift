import Foundation
import Testing

@testable import CielServer

/// Whether Debian's chromium and chromium-driver are installed (`scripts/test` installs them).
let chromiumInstalled =
    FileManager.default.isExecutableFile(atPath: ProcessInfo.processInfo.environment["CIEL_CHROMIUM"] ?? "/usr/bin/chromium")
    && FileManager.default.isExecutableFile(
        atPath: ProcessInfo.processInfo.environment["CIEL_CHROMEDRIVER"] ?? "/usr/bin/chromedriver")

/// The web app in a real headless Chromium against `ciel serve` with the real engine and ciel-tiny: sign up, create,
/// live progress, playback (duration > 0), remix, share, feed from a second account, delete, the daily quota
/// (`--free-per-day 2`: the third video is refused on the page), French and English, at
/// 360×740 and 1280×800. Screenshots of every step go to `$CIEL_TEST_OUTPUT/web` (default
/// `.build/test-output/web`).
@Suite("Live web app in Chromium", .serialized,
       .enabled(if: LiveEnvironment.binary != nil, "set CIEL_BINARY to a built ciel"),
       .enabled(if: LiveEnvironment.python != nil, "set CIEL_TEST_PYTHON to a python with selenium installed"),
       .enabled(if: chromiumInstalled,
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"))
struct LiveWebBrowserTests {
    static var outputFolder: URL {
        if let folder = ProcessInfo.processInfo.environment["CIEL_TEST_OUTPUT"] {
            return URL(fileURLWithPath: folder).appendingPathComponent("web")
        }
        return LiveEnvironment.repositoryRoot.appendingPathComponent(".build/test-output/web")
    }

    @Test func signUpCreateWatchRemixShareFeedDelete() async throws {
        let binary = try #require(LiveEnvironment.binary)
        let python = try #require(LiveEnvironment.python)
        let dataDir = try LiveEnvironment.temporaryFolder("ciel-web")
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let output = Self.outputFolder
        try? FileManager.default.removeItem(at: output)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let port = LiveEnvironment.freePort()
        let server = try ChildProcess(
            binary, ["serve", "--port", "\(port)", "--data-dir", dataDir.path, "--free-per-day", "2"],
            logFile: dataDir.appendingPathComponent("serve.log"))
        defer { server.kill() }
        #expect(await LiveHTTP.waitHealthy(port: port, timeout: .seconds(60)), "server log: \(server.log)")
        let script = LiveEnvironment.repositoryRoot.appendingPathComponent("tools/e2e/web_browser_e2e.py").path
        let (status, out) = try await ChildProcess.run(
            python, [script, "--base", "http://127.0.0.1:\(port)", "--out", output.path],
            timeout: .seconds(1500))
        let report = out.lastLine
        #expect(status == 0, "browser flow failed: \(out)\nserver log tail: \(server.log.suffix(3000))")
        let object = (try? JSONSerialization.jsonObject(with: Data(report.utf8))) as? [String: Any]
        #expect(object?["ok"] as? Bool == true, "report: \(report)")
        let results = object?["results"] as? [[String: Any]] ?? []
        #expect(results.count == 2)
        for result in results {
            #expect((result["duration"] as? Double ?? 0) > 0, "\(result)")
            let screenshots = result["screenshots"] as? [String] ?? []
            #expect(screenshots.count >= 10)
            for path in screenshots { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
        }
        await server.stop()
    }
}

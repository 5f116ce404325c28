import CielStore
import Foundation
import Logging
import Testing

@testable import CielServer

/// Tests that run the real `ciel` binary (CIEL_BINARY) with the fake engine, and drive it with the official openai
/// SDK (CIEL_TEST_PYTHON). `scripts/test` sets both.
@Suite("Live server", .serialized, .enabled(if: LiveEnvironment.binary != nil, "set CIEL_BINARY to a built ciel"))
struct LiveServerTests {
    /// Creates a key in `dataDir` and returns its secret (the last line of stdout).
    static func createKey(_ binary: String, _ extra: [String]) async throws -> String {
        let (status, output) = try await ChildProcess.run(binary, ["keys", "create", "--name", "live"] + extra)
        #expect(status == 0, "keys create failed: \(output)")
        let secret = output.lastLine
        #expect(secret.hasPrefix(APIKeys.secretPrefix))
        return secret
    }

    @Test("the official openai SDK drives every Videos API call",
        .enabled(if: LiveEnvironment.python != nil, "set CIEL_TEST_PYTHON to a python with openai installed"))
    func openAISDK() async throws {
        let binary = try #require(LiveEnvironment.binary)
        let python = try #require(LiveEnvironment.python)
        let dataDir = try LiveEnvironment.temporaryFolder("ciel-live")
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let secret = try await Self.createKey(binary, ["--data-dir", dataDir.path])
        let port = LiveEnvironment.freePort()
        let server = try ChildProcess(
            binary,
            ["serve", "--port", "\(port)", "--data-dir", dataDir.path, "--fake-engine", "--fake-job-seconds", "0.5",
             "--poll-after-ms", "100"],
            logFile: dataDir.appendingPathComponent("serve.log"))
        defer { server.kill() }
        #expect(await LiveHTTP.waitHealthy(port: port), "server did not become healthy: \(server.log)")
        let script = LiveEnvironment.repositoryRoot.appendingPathComponent("tools/e2e/videos_sdk_e2e.py").path
        let (status, output) = try await ChildProcess.run(
            python, [script],
            environment: ["OPENAI_BASE_URL": "http://127.0.0.1:\(port)/v1", "OPENAI_API_KEY": secret],
            timeout: .seconds(300))
        #expect(status == 0, "SDK script failed:\n\(output)\n--- server log ---\n\(server.log.suffix(4000))")
        #expect(output.contains("E2E OK"))
        // Revoking the key from another process locks it out within the key cache lifetime (2 s).
        let revoke = try await ChildProcess.run(binary, ["keys", "revoke", "live", "--data-dir", dataDir.path])
        #expect(revoke.status == 0, "keys revoke failed: \(revoke.output)")
        let list = try await ChildProcess.run(binary, ["keys", "list", "--data-dir", dataDir.path])
        #expect(list.output.contains("revoked"))
        try await Task.sleep(for: .milliseconds(2500))
        let denied = try await LiveHTTP.request("GET", "http://127.0.0.1:\(port)/v1/videos", key: secret)
        #expect(denied.status == 401)
        let missing = try await ChildProcess.run(binary, ["keys", "revoke", "nobody", "--data-dir", dataDir.path])
        #expect(missing.status != 0 && missing.output.contains("no active key"))
        // SIGTERM shuts the server down gracefully.
        server.signal(SIGTERM)
        #expect(await server.wait(timeout: .seconds(20)) == 0, "graceful shutdown failed: \(server.log.suffix(2000))")
    }

    @Test("a server killed with SIGKILL mid-job finishes the job after a restart")
    func crashRecovery() async throws {
        let binary = try #require(LiveEnvironment.binary)
        let dataDir = try LiveEnvironment.temporaryFolder("ciel-crash")
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let secret = try await Self.createKey(binary, ["--data-dir", dataDir.path])
        let port = LiveEnvironment.freePort()
        let arguments = [
            "serve", "--port", "\(port)", "--data-dir", dataDir.path, "--fake-engine", "--lease-seconds", "2",
        ]
        let first = try ChildProcess(
            binary, arguments + ["--fake-job-seconds", "30"], logFile: dataDir.appendingPathComponent("serve1.log"))
        defer { first.kill() }
        #expect(await LiveHTTP.waitHealthy(port: port), "server did not start: \(first.log)")
        let base = "http://127.0.0.1:\(port)/v1/videos"
        let created = try await LiveHTTP.request("POST", base, key: secret, json: #"{"prompt":"survive a crash"}"#)
        let id = try #require(created.body["id"] as? String)
        var status = ""
        let start = ContinuousClock.now
        while status != "in_progress" && ContinuousClock.now - start < .seconds(20) {
            try await Task.sleep(for: .milliseconds(100))
            status = try await LiveHTTP.request("GET", "\(base)/\(id)", key: secret).body["status"] as? String ?? ""
        }
        #expect(status == "in_progress")
        first.signal(SIGKILL)
        _ = await first.wait(timeout: .seconds(10))

        let second = try ChildProcess(
            binary, arguments + ["--fake-job-seconds", "0.5"], logFile: dataDir.appendingPathComponent("serve2.log"))
        defer { second.kill() }
        #expect(await LiveHTTP.waitHealthy(port: port), "restart failed: \(second.log)")
        var video: [String: Any] = [:]
        let restart = ContinuousClock.now
        while video["status"] as? String != "completed" && ContinuousClock.now - restart < .seconds(60) {
            try await Task.sleep(for: .milliseconds(200))
            video = try await LiveHTTP.request("GET", "\(base)/\(id)", key: secret).body
        }
        #expect(video["status"] as? String == "completed", "job did not complete after restart: \(second.log)")
        await second.stop()
    }

    @Test("two workers on PostgreSQL process 20 jobs, each exactly once",
        .enabled(if: LiveEnvironment.postgresURL != nil, "set CIEL_TEST_POSTGRES_URL"))
    func twoWorkersOnPostgres() async throws {
        let binary = try #require(LiveEnvironment.binary)
        let baseURL = try #require(LiveEnvironment.postgresURL)
        let databaseURL = try await PostgresTestDatabase.create(from: baseURL)
        let dataDir = try LiveEnvironment.temporaryFolder("ciel-pg-workers")
        defer { try? FileManager.default.removeItem(at: dataDir) }
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let repository = SQLRepository(driver: try PostgresDriver(url: databaseURL, logger: logger))
        try await repository.migrate()
        for index in 0..<20 {
            try await repository.insertVideo(VideoRecord(
                id: "video_pg\(index)", ownerKeyID: "key_x", requestedModel: "sora-2", engineModel: "ciel-fake",
                prompt: "job \(index)", size: "720x1280", seconds: "4", createdAt: Int64(index)))
        }
        var workers: [ChildProcess] = []
        for index in 0..<2 {
            workers.append(try ChildProcess(
                binary,
                ["worker", "--database", databaseURL, "--data-dir", dataDir.path, "--fake-engine",
                 "--fake-job-seconds", "0.3", "--fake-journal", dataDir.appendingPathComponent("journal\(index)").path],
                logFile: dataDir.appendingPathComponent("worker\(index).log")))
        }
        defer { workers.forEach { $0.kill() } }
        let start = ContinuousClock.now
        var completed = 0
        while completed < 20 && ContinuousClock.now - start < .seconds(240) {
            try await Task.sleep(for: .milliseconds(300))
            completed = try await repository.statusCounts()[.completed] ?? 0
        }
        for worker in workers { await worker.stop() }
        #expect(completed == 20, "only \(completed) jobs completed: \(workers.map { $0.log.suffix(1500) })")
        let journals = (0..<2).map { index in
            ((try? String(contentsOf: dataDir.appendingPathComponent("journal\(index)"), encoding: .utf8)) ?? "")
                .split(separator: "\n").map(String.init)
        }
        let all = journals.flatMap { $0 }
        #expect(all.count == 20, "jobs run \(all.count) times in total")
        #expect(Set(all).count == 20)
        #expect(journals.allSatisfy { !$0.isEmpty }, "both workers should have taken jobs: \(journals.map(\.count))")
        for index in 0..<20 {
            let video = try await repository.video(id: "video_pg\(index)", ownerKeyID: nil)
            #expect(video?.attempts == 1 && video?.status == .completed)
        }
        try await repository.close()
    }
}

/// Creates a fresh database on the test server so live tests never share tables with other tests.
enum PostgresTestDatabase {
    static func create(from url: String) async throws -> String {
        guard var components = URLComponents(string: url) else { throw TestFailure("bad postgres URL") }
        let name = "ciel_t_" + APIKeys.randomHex(byteCount: 6)
        let driver = try PostgresDriver(url: url, logger: Logger(label: "test"))
        _ = try await driver.query("CREATE DATABASE \(name)", [])
        try await driver.close()
        components.path = "/" + name
        guard let result = components.string else { throw TestFailure("cannot build URL") }
        return result
    }
}

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Paths the live tests need, from the environment `scripts/test` sets up.
enum LiveEnvironment {
    static var binary: String? { ProcessInfo.processInfo.environment["CIEL_BINARY"] }
    static var python: String? { ProcessInfo.processInfo.environment["CIEL_TEST_PYTHON"] }
    static var postgresURL: String? { ProcessInfo.processInfo.environment["CIEL_TEST_POSTGRES_URL"] }
    static var hasBinaryAndPython: Bool { binary != nil && python != nil }

    /// The repository root (the folder holding Package.swift), found from this file's path.
    static var repositoryRoot: URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    static func temporaryFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A loopback port nobody listens on right now.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A child process with its output captured to a file.
final class ChildProcess: @unchecked Sendable {
    let process = Process()
    let logFile: URL

    init(_ executable: String, _ arguments: [String], environment: [String: String] = [:], logFile: URL) throws {
        self.logFile = logFile
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let handle = try FileHandle(forWritingTo: logFile)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    func signal(_ signal: Int32) { Glibc.kill(process.processIdentifier, signal) }

    /// Kills the process if it still runs (cleanup when a test ends early).
    func kill() {
        if process.isRunning { signal(SIGKILL) }
    }

    /// Waits for exit, up to `timeout`; returns the exit status or nil on timeout.
    func wait(timeout: Duration) async -> Int32? {
        let start = ContinuousClock.now
        while process.isRunning {
            if ContinuousClock.now - start > timeout { return nil }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return process.terminationStatus
    }

    func stop() async {
        guard process.isRunning else { return }
        signal(SIGTERM)
        if await wait(timeout: .seconds(10)) == nil {
            signal(SIGKILL)
            _ = await wait(timeout: .seconds(5))
        }
    }

    /// Runs a command to completion and returns its exit status and output.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
        timeout: Duration = .seconds(300)) async throws -> (status: Int32?, output: String)
    {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("ciel-run-\(UUID().uuidString).log")
        let child = try ChildProcess(executable, arguments, environment: environment, logFile: log)
        let status = await child.wait(timeout: timeout)
        if status == nil { child.signal(SIGKILL) }
        let output = child.log
        try? FileManager.default.removeItem(at: log)
        return (status, output)
    }
}

/// Minimal HTTP for the live tests.
enum LiveHTTP {
    static func request(_ method: String, _ url: String, key: String? = nil, json: String? = nil) async throws
        -> (status: Int, body: [String: Any])
    {
        guard let target = URL(string: url) else { throw TestFailure("bad URL \(url)") }
        var request = URLRequest(url: target)
        request.httpMethod = method
        request.timeoutInterval = 10
        if let key { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        if let json {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(json.utf8)
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let body = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return (status, body)
    }

    /// Waits until `GET /healthz` answers 200.
    static func waitHealthy(port: Int, timeout: Duration = .seconds(30)) async -> Bool {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < timeout {
            if let (status, _) = try? await request("GET", "http://127.0.0.1:\(port)/healthz"), status == 200 {
                return true
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}

extension String {
    /// The last non-empty line.
    var lastLine: String {
        split(separator: "\n").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    }
}

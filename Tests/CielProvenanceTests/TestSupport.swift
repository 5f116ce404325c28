import Foundation

/// Paths and helpers shared by the provenance tests.
enum TestSupport {
    /// The repository root: the nearest directory above this file that holds Package.swift.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }()

    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Fixtures/c2pa").appendingPathComponent(name)
    }

    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixture(name)))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ciel-provenance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The first executable named `name` on PATH.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static var hasFFmpeg: Bool { executable("ffmpeg") != nil }

    /// The Python with c2pa-python installed (`CIEL_TEST_PYTHON`), when set.
    static var testPython: String? {
        ProcessInfo.processInfo.environment["CIEL_TEST_PYTHON"].flatMap {
            FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil
        }
    }

    /// The built `ciel` binary (`CIEL_BINARY`), when set.
    static var cielBinary: String? {
        ProcessInfo.processInfo.environment["CIEL_BINARY"].flatMap {
            FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil
        }
    }

    /// Runs a program and returns its exit status and stdout (stderr is appended to stdout).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// ffmpeg's per-frame MD5 lines of the decoded video (timestamps and hashes), headers dropped.
    static func frameMD5(_ file: URL) throws -> [String] {
        guard let ffmpeg = executable("ffmpeg") else { return [] }
        let result = try run(ffmpeg, ["-v", "error", "-i", file.path, "-map", "0:v", "-f", "framemd5", "-"])
        return result.output.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }

    /// The test chain's identity (leaf + CA from Fixtures/c2pa/test-chain).
    static func testIdentity() throws -> SigningIdentityBox {
        SigningIdentityBox(
            chain: fixture("test-chain/chain.pem"), key: fixture("test-chain/leaf.key"),
            ca: fixture("test-chain/ca.pem"))
    }

    struct SigningIdentityBox {
        var chain: URL
        var key: URL
        var ca: URL
    }

    /// Flips every bit of the byte at `offset`.
    static func flipped(_ bytes: [UInt8], at offset: Int) -> [UInt8] {
        var copy = bytes
        copy[offset] ^= 0xff
        return copy
    }

    /// The offset of the first occurrence of `needle` in `haystack`.
    static func offset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

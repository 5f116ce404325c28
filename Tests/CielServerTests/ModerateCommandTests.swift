import Foundation
import Testing

/// `ciel moderate` as an operator runs it (the binary from `CIEL_BINARY`, which scripts/test builds).
@Suite(.enabled(if: LiveEnvironment.binary != nil, "CIEL_BINARY is not set; the CLI tests are skipped"))
struct ModerateCommandTests {
    /// Runs `ciel moderate` with `input` on standard input; returns the exit status and standard output.
    static func moderate(_ input: String, _ arguments: [String] = []) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(LiveEnvironment.binary))
        process.arguments = ["moderate"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test("one JSON verdict per input line, in order, with null category and rule when allowed")
    func verdicts() throws {
        let (status, output) = try Self.moderate("a cat on a roof\nune femme nue\nBarak Obamma\n\n")
        #expect(status == 0)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == 4)
        let objects = try lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects[0]["verdict"] as? String == "allow" && objects[0]["category"] is NSNull)
        #expect(objects[0]["rule"] is NSNull)
        #expect(objects[1]["verdict"] as? String == "block" && objects[1]["category"] as? String == "sexual")
        #expect(objects[2]["category"] as? String == "public_figure")
        #expect((objects[2]["rule"] as? String)?.hasPrefix("public_figure.") == true)
        #expect(objects[3]["verdict"] as? String == "allow")
    }

    @Test("--moderation-config adds operator terms; a bad file fails with a one-line error")
    func configuration() throws {
        let folder = try LiveEnvironment.temporaryFolder("ciel-moderate")
        let file = folder.appendingPathComponent("ops.json")
        try Data(#"{"extra_terms":{"hate":["purple people eaters"]}}"#.utf8).write(to: file)
        let (status, output) = try Self.moderate("purple people eaters marching\n", ["--moderation-config", file.path])
        #expect(status == 0 && output.contains(#""category":"hate""#) && output.contains("hate.operator_term"))
        try Data(#"{"extra_terms":{"spam":["x"]}}"#.utf8).write(to: file)
        let (badStatus, _) = try Self.moderate("x\n", ["--moderation-config", file.path])
        #expect(badStatus != 0)
    }

    @Test("--bench reports p50 and p99 per prompt")
    func bench() throws {
        let (status, output) = try Self.moderate("", ["--bench", "--repeats", "2"])
        #expect(status == 0 && output.contains("p50") && output.contains("p99"))
    }
}

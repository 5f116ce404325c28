import Foundation
import Testing

@testable import CielServer

/// `ciel accounts` and `ciel keys create --account`, run as the real binary against one data directory.
@Suite("Live accounts CLI", .enabled(if: LiveEnvironment.binary != nil, "set CIEL_BINARY to a built ciel"))
struct LiveAccountsCLITests {
    @Test("create an admin from stdin, change its tier, give it a key; bad input gets a one-line error")
    func accountsCommand() async throws {
        let binary = try #require(LiveEnvironment.binary)
        let dataDir = try LiveEnvironment.temporaryFolder("ciel-accounts")
        defer { try? FileManager.default.removeItem(at: dataDir) }
        let data = ["--data-dir", dataDir.path]
        let created = try await ChildProcess.run(
            "/bin/sh", ["-c", "echo 'a long password' | \"$0\" accounts create Alice --admin --data-dir \"$1\"",
                        binary, dataDir.path])
        #expect(created.status == 0, "\(created.output)")
        #expect(created.output.contains("'alice' (tier free, admin)"))
        let short = try await ChildProcess.run(
            "/bin/sh", ["-c", "echo 'short' | \"$0\" accounts create bob --data-dir \"$1\"", binary, dataDir.path])
        #expect(short.status != 0 && short.output.contains("at least 8 characters"))
        let taken = try await ChildProcess.run(
            "/bin/sh", ["-c", "echo 'a long password' | \"$0\" accounts create alice --data-dir \"$1\"",
                        binary, dataDir.path])
        #expect(taken.status != 0 && taken.output.contains("taken"))
        #expect(try await ChildProcess.run(binary, ["accounts", "set", "alice", "--tier", "pro"] + data).status == 0)
        let list = try await ChildProcess.run(binary, ["accounts", "list"] + data)
        #expect(list.output.contains("\talice\tpro\tadmin"), "\(list.output)")
        let key = try await ChildProcess.run(binary, ["keys", "create", "--name", "k", "--account", "alice"] + data)
        #expect(key.status == 0 && key.output.lastLine.hasPrefix("ciel-sk-"))
        let missing = try await ChildProcess.run(binary, ["keys", "create", "--name", "k", "--account", "nobody"] + data)
        #expect(missing.status != 0 && missing.output.contains("no account with username 'nobody'"))
        let badTier = try await ChildProcess.run(binary, ["accounts", "set", "alice", "--tier", "gold"] + data)
        #expect(badTier.status != 0)
    }
}

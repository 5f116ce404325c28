import Foundation
import Testing

@testable import CielProvenance

/// `ciel verify` as a user runs it (the binary from `CIEL_BINARY`, which scripts/test builds).
@Suite(.enabled(if: TestSupport.cielBinary != nil, "CIEL_BINARY is not set; the CLI tests are skipped"))
struct VerifyCommandTests {
    static func verify(_ bytes: [UInt8], _ extra: [String] = []) throws -> (Int32, String) {
        let folder = try TestSupport.temporaryDirectory()
        let file = folder.appendingPathComponent("file.mp4")
        try Data(bytes).write(to: file)
        let dataDir = folder.appendingPathComponent("data").path
        return try TestSupport.run(
            try #require(TestSupport.cielBinary), ["verify", file.path, "--data-dir", dataDir] + extra)
    }

    /// The fixture's certificate is valid until 2027-11-28; check it at a fixed time inside that window.
    static let insideValidity = ["--at", "2027-01-15T00:00:00Z"]

    @Test func officialFileIsValidUntrusted() throws {
        let (status, output) = try Self.verify(TestSupport.fixtureBytes("signed_v2.mp4"), Self.insideValidity)
        #expect(status == 0, "\(output)")
        #expect(output.contains("Valid, untrusted"))
        let (trustedStatus, trusted) = try Self.verify(
            TestSupport.fixtureBytes("signed_v2.mp4"),
            Self.insideValidity + ["--trust", TestSupport.fixture("test-chain/ca.pem").path])
        #expect(trustedStatus == 0)
        #expect(trusted.contains("Valid (trusted)"))
    }

    @Test func cielOutputIsValidAndTamperingIsNamed() throws {
        let (signed, _, _) = try SignerTests.signedSample()
        let (status, output) = try Self.verify(signed, ["--json"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("\"state\" : \"valid\""))
        let expected: [(SignerTests.Part, String)] = [
            (.mdat, "tamperedVideoData"), (.claim, "tamperedClaim"), (.signature, "badSignature"),
        ]
        for (part, reason) in expected {
            let (badStatus, bad) = try Self.verify(try SignerTests.tampered(signed, in: part), ["--json"])
            #expect(badStatus == 1, "\(part)")
            #expect(bad.contains("\"reason\" : \"\(reason)\""), "\(part): \(bad)")
            let (_, human) = try Self.verify(try SignerTests.tampered(signed, in: part))
            #expect(human.contains("Invalid: \(reason)"), "\(part): \(human)")
        }
    }

    @Test func unsignedFileExitsOne() throws {
        let (status, output) = try Self.verify(TestSupport.fixtureBytes("sample_unsigned.mp4"))
        #expect(status == 1)
        #expect(output.contains("no C2PA manifest"))
    }
}

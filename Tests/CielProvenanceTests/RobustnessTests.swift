import CielMedia
import Foundation
import Testing

@testable import CielProvenance

/// Corrupt input is reported, never a crash.
@Suite struct RobustnessTests {
    @Test func everySingleByteChangeInTheManifestIsHandled() async throws {
        let (signed, _, _) = try SignerTests.signedSample()
        let box = try #require(try BMFFHash.manifestBoxes(in: signed).first)
        var invalid = 0
        var valid = 0
        let verifier = C2PAVerifier()
        for offset in box.range {
            let report = await verifier.verify(mp4: TestSupport.flipped(signed, at: offset))
            if report.isValid { valid += 1 } else { invalid += 1 }
            #expect(report.state == .valid || report.state == .invalid || report.state == .unsigned)
        }
        // Only the uuid box's version/flags and its unused auxiliary-box offset (12 bytes that no hash or signature
        // covers, as in c2pa-rs) may change without notice; every other byte of the manifest is checked.
        #expect(valid <= 13, "valid after \(valid) of \(box.size) single-byte changes")
        #expect(invalid + valid == box.size)
    }

    @Test func truncatedFilesAreReportedNotCrashed() async throws {
        let (signed, _, _) = try SignerTests.signedSample()
        for length in stride(from: 0, to: signed.count, by: 97) {
            let report = await C2PAVerifier().verify(mp4: Array(signed.prefix(length)))
            #expect(!report.isValid, "prefix of \(length) bytes")
        }
    }
}

import Foundation
import Testing

@testable import CielProvenance

/// Files signed by the official C2PA SDK (c2pa-rs 0.91.3) must verify.
@Suite struct OfficialFixtureTests {
    /// A time inside the test chain's validity, so the fixture does not expire with the calendar.
    static let insideValidity = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15

    @Test(arguments: ["signed_v2.mp4", "signed_v1.mp4"])
    func officialFileIsValidButUntrusted(name: String) async throws {
        let report = try await C2PAVerifier().verify(mp4: TestSupport.fixtureBytes(name), at: Self.insideValidity)
        #expect(report.state == .valid, "\(report.failures)")
        #expect(report.informational.contains("signingCredential.untrusted"))
        #expect(report.successes.contains("assertion.bmffHash.match"))
        #expect(report.successes.contains("claimSignature.validated"))
        #expect(report.actions.first?.action == "c2pa.created")
        #expect(report.actions.first?.digitalSourceType == C2PA.trainedAlgorithmicMedia)
        #expect(report.signer?.contains("Example AI Video Signer") == true)
    }

    @Test func officialFileIsTrustedWithItsCA() async throws {
        let anchors = try PEMCertificates.load(TestSupport.fixture("test-chain/ca.pem"))
        let report = try await C2PAVerifier(trustAnchors: anchors)
            .verify(mp4: TestSupport.fixtureBytes("signed_v2.mp4"), at: Self.insideValidity)
        #expect(report.state == .trusted, "\(report.failures)")
    }

    @Test func officialFileIsExpiredAfterTheCertificateEnds() async throws {
        let later = Date(timeIntervalSince1970: 1_900_000_000)  // 2030
        let report = try await C2PAVerifier().verify(mp4: TestSupport.fixtureBytes("signed_v2.mp4"), at: later)
        #expect(report.state == .invalid)
        #expect(report.reason == .expiredCertificate)
    }

    @Test func unsignedFileHasNoManifest() async throws {
        let report = try await C2PAVerifier().verify(mp4: TestSupport.fixtureBytes("sample_unsigned.mp4"))
        #expect(report.state == .unsigned)
        #expect(report.reason == .noManifest)
        #expect(!report.isValid)
    }

    @Test func parsesTheOfficialJUMBFStore() throws {
        let file = try TestSupport.fixtureBytes("signed_v2.mp4")
        let boxes = try BMFFHash.manifestBoxes(in: file)
        #expect(boxes.count == 1)
        #expect(boxes.first?.offset == 32)
        #expect(boxes.first?.size == 3428)
        let manifest = try ParsedManifest(store: BMFFHash.store(of: boxes[0], in: file))
        #expect(manifest.label == "urn:c2pa:4d7e5d1e-f7eb-41da-9726-d84cbaa8bc77")
        #expect(manifest.claimVersion == 2)
        #expect(manifest.claimBytes.count == 499)
        #expect(Set(manifest.assertions.keys) == ["c2pa.actions.v2", "c2pa.hash.bmff.v3"])
        let cose = try COSESign1(parsing: manifest.signature)
        #expect(try cose.algorithm() == .es256)
        #expect(try cose.certificateChain().map(\.count) == [540, 508])
        #expect(cose.signature.count == 64)
    }
}

import CielMedia
import Foundation
import Testing

@testable import CielProvenance

@Suite struct SignerTests {
    static let info = GenerationInfo(
        softwareVersion: "0.1.0", model: "ciel-tiny", parameters: ["seed": "42", "steps": "4"], title: "test.mp4")

    /// A fresh local CA + leaf, and `sample_unsigned.mp4` signed with it.
    static func signedSample() throws -> (signed: [UInt8], unsigned: [UInt8], dataDirectory: URL) {
        let dataDirectory = try TestSupport.temporaryDirectory()
        let identity = try LocalCertificateAuthority.loadOrCreate(in: dataDirectory, organization: "Ciel Tests")
        let unsigned = try TestSupport.fixtureBytes("sample_unsigned.mp4")
        let signed = try C2PASigner(identity: identity).sign(mp4: unsigned, info: info)
        return (signed, unsigned, dataDirectory)
    }

    enum Part: CaseIterable {
        case mdat, claim, signature
    }

    /// `signed` with one byte flipped: in the middle of `mdat`, in the claim (inside the first hashed URI's hash),
    /// or in the COSE signature value.
    static func tampered(_ signed: [UInt8], in part: Part) throws -> [UInt8] {
        let manifest = try ParsedManifest(store: BMFFHash.store(of: BMFFHash.manifestBoxes(in: signed)[0], in: signed))
        switch part {
        case .mdat:
            let mdat = try #require(try BMFF.boxes(in: signed).first { $0.type == "mdat" })
            return TestSupport.flipped(signed, at: mdat.payloadRange.lowerBound + mdat.payloadRange.count / 2)
        case .claim:
            let hash = try #require(manifest.claim?["created_assertions"]?.arrayValue?.first?["hash"]?.bytesValue)
            let claimStart = try #require(TestSupport.offset(of: manifest.claimBytes, in: signed))
            let hashStart = try #require(TestSupport.offset(of: hash, in: manifest.claimBytes))
            return TestSupport.flipped(signed, at: claimStart + hashStart + 5)
        case .signature:
            let signature = try COSESign1(parsing: manifest.signature).signature
            let start = try #require(TestSupport.offset(of: signature, in: signed))
            return TestSupport.flipped(signed, at: start + 10)
        }
    }

    @Test func signedFileIsValidAndNamesTheModel() async throws {
        let (signed, unsigned, _) = try Self.signedSample()
        let boxes = try BMFF.boxes(in: signed)
        #expect(boxes.map(\.type).prefix(2) == ["ftyp", "uuid"])
        #expect(signed.count == unsigned.count + boxes[1].size)
        let report = await C2PAVerifier().verify(mp4: signed)
        #expect(report.state == .valid, "\(report.failures)")
        #expect(report.informational == ["signingCredential.untrusted"])
        #expect(report.claimVersion == 2)
        #expect(report.claimGenerator == "Ciel 0.1.0")
        #expect(report.title == "test.mp4")
        let action = try #require(report.actions.first)
        #expect(action.action == "c2pa.created")
        #expect(action.digitalSourceType == C2PA.trainedAlgorithmicMedia)
        #expect(action.softwareAgent == "Ciel 0.1.0")
        #expect(action.parameters == ["model": "ciel-tiny", "seed": "42", "steps": "4"])
    }

    @Test func signedFileIsTrustedWithTheLocalCA() async throws {
        let (signed, _, dataDirectory) = try Self.signedSample()
        let anchors = try PEMCertificates.load(LocalCertificateAuthority.caCertificateURL(in: dataDirectory))
        let report = await C2PAVerifier(trustAnchors: anchors).verify(mp4: signed)
        #expect(report.state == .trusted, "\(report.failures)")
        #expect(report.informational.isEmpty)
        // Someone else's CA does not make it trusted.
        let other = try PEMCertificates.load(TestSupport.fixture("test-chain/ca.pem"))
        #expect(await C2PAVerifier(trustAnchors: other).verify(mp4: signed).state == .valid)
    }

    @Test func resigningReplacesTheManifest() async throws {
        let (signed, _, dataDirectory) = try Self.signedSample()
        let identity = try LocalCertificateAuthority.loadOrCreate(in: dataDirectory)
        let again = try C2PASigner(identity: identity).sign(mp4: signed, info: Self.info)
        #expect(try BMFFHash.manifestBoxes(in: again).count == 1)
        #expect(await C2PAVerifier().verify(mp4: again).state == .valid)
    }

    @Test func oneByteInMdatIsTamperedVideoData() async throws {
        let (signed, _, _) = try Self.signedSample()
        let report = await C2PAVerifier().verify(mp4: try Self.tampered(signed, in: .mdat))
        #expect(report.state == .invalid)
        #expect(report.reason == .tamperedVideoData)
        #expect(report.failures.map(\.code) == ["assertion.bmffHash.mismatch"])
    }

    @Test func oneByteInTheClaimIsTamperedClaim() async throws {
        let (signed, _, _) = try Self.signedSample()
        let report = await C2PAVerifier().verify(mp4: try Self.tampered(signed, in: .claim))
        #expect(report.state == .invalid)
        #expect(report.reason == .tamperedClaim)
        #expect(report.failures.first?.code == "claimSignature.mismatch")
    }

    @Test func oneByteInTheSignatureIsBadSignature() async throws {
        let (signed, _, _) = try Self.signedSample()
        let report = await C2PAVerifier().verify(mp4: try Self.tampered(signed, in: .signature))
        #expect(report.state == .invalid)
        #expect(report.reason == .badSignature)
        #expect(report.failures.map(\.code) == ["claimSignature.mismatch"])
    }

    @Test func oneByteInAnAssertionIsTamperedAssertion() async throws {
        let (signed, _, _) = try Self.signedSample()
        let start = try #require(TestSupport.offset(of: Array("trainedAlgorithmicMedia".utf8), in: signed))
        let report = await C2PAVerifier().verify(mp4: TestSupport.flipped(signed, at: start))
        #expect(report.state == .invalid)
        #expect(report.reason == .tamperedAssertion)
        #expect(report.failures.map(\.code) == ["assertion.hashedURI.mismatch"])
    }

    @Test(.enabled(if: TestSupport.hasFFmpeg, "needs ffmpeg on PATH"))
    func signedFileDecodesToTheSameFrames() throws {
        let (signed, unsigned, _) = try Self.signedSample()
        let folder = try TestSupport.temporaryDirectory()
        let signedURL = folder.appendingPathComponent("signed.mp4")
        let unsignedURL = folder.appendingPathComponent("unsigned.mp4")
        try Data(signed).write(to: signedURL)
        try Data(unsigned).write(to: unsignedURL)
        let before = try TestSupport.frameMD5(unsignedURL)
        #expect(before.count == 10)  // the fixture is 1 s at 10 fps
        #expect(try TestSupport.frameMD5(signedURL) == before)
    }
}

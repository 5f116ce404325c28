import CielMedia
import Foundation
import Testing

@testable import CielProvenance

/// The acceptance test: the official C2PA reader (c2pa-python, i.e. c2pa-rs) accepts Ciel's manifests.
/// Runs `tools/c2pa_check.py` with the Python in `CIEL_TEST_PYTHON` (scripts/test provides one with c2pa-python).
@Suite(.enabled(if: TestSupport.testPython != nil, "CIEL_TEST_PYTHON is not set; the c2pa-python check is skipped"))
struct OfficialReaderTests {
    struct CheckResult: Decodable {
        struct Action: Decodable {
            var action: String
            var digitalSourceType: String?
        }
        var ok: Bool
        var validation_state: String?
        var failure_codes: [String]?
        var actions: [Action]?
    }

    static func check(_ bytes: [UInt8], trust: URL? = nil) throws -> (status: Int32, result: CheckResult?, raw: String)
    {
        let folder = try TestSupport.temporaryDirectory()
        let file = folder.appendingPathComponent("ciel.mp4")
        try Data(bytes).write(to: file)
        var arguments = [TestSupport.root.appendingPathComponent("tools/c2pa_check.py").path, file.path]
        if let trust { arguments += ["--trust", trust.path] }
        let (status, output) = try TestSupport.run(try #require(TestSupport.testPython), arguments)
        let json = output.firstIndex(of: "{").map { String(output[$0...]) } ?? ""
        return (status, try? JSONDecoder().decode(CheckResult.self, from: Data(json.utf8)), output)
    }

    @Test func cielSignedFileIsValidWithOnlyUntrusted() throws {
        let (signed, _, _) = try SignerTests.signedSample()
        let (status, result, raw) = try Self.check(signed)
        #expect(status == 0, "\(raw)")
        #expect(result?.validation_state == "Valid")
        #expect(result?.failure_codes == ["signingCredential.untrusted"])
        let created = result?.actions?.first
        #expect(created?.action == "c2pa.created")
        #expect(created?.digitalSourceType == C2PA.trainedAlgorithmicMedia)
    }

    @Test func cielSignedFileIsTrustedWithTheLocalCA() throws {
        let (signed, _, dataDirectory) = try SignerTests.signedSample()
        let (status, result, raw) = try Self.check(
            signed, trust: LocalCertificateAuthority.caCertificateURL(in: dataDirectory))
        #expect(status == 0, "\(raw)")
        #expect(result?.validation_state == "Trusted")
        #expect(result?.failure_codes == [])
    }

    @Test func tamperedFileIsRejectedByTheOfficialReader() throws {
        let (signed, _, _) = try SignerTests.signedSample()
        let expected: [(SignerTests.Part, String)] = [
            (.mdat, "assertion.bmffHash.mismatch"), (.claim, "claimSignature.mismatch"),
            (.signature, "claimSignature.mismatch"),
        ]
        for (part, code) in expected {
            let (status, result, raw) = try Self.check(try SignerTests.tampered(signed, in: part))
            #expect(status == 1, "\(part): \(raw)")
            #expect(result?.validation_state == "Invalid", "\(part)")
            #expect(result?.failure_codes?.contains(code) == true, "\(part): \(raw)")
        }
    }
}

enum CielMediaBoxes {
    /// An offset in the middle of the mdat payload.
    static func mdat(in file: [UInt8]) throws -> Int? {
        guard let box = try BMFF.boxes(in: file).first(where: { $0.type == "mdat" }) else { return nil }
        return box.payloadRange.lowerBound + box.payloadRange.count / 2
    }
}

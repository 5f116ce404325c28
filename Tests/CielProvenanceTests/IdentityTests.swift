import Foundation
import Testing
import X509

@testable import CielProvenance

@Suite struct IdentityTests {
    @Test func localAuthorityIsCreatedOnceWithPrivateFiles() throws {
        let dataDirectory = try TestSupport.temporaryDirectory()
        let first = try LocalCertificateAuthority.loadOrCreate(in: dataDirectory, organization: "Example Org")
        let folder = LocalCertificateAuthority.folder(in: dataDirectory)
        for name in ["ca.pem", "ca.key", "signer.pem", "signer.key"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(name)")
        }
        let second = try LocalCertificateAuthority.loadOrCreate(in: dataDirectory)
        #expect(second.chain == first.chain)
        #expect(second.privateKey.rawRepresentation == first.privateKey.rawRepresentation)
        let leaf = first.chain[0]
        #expect(CertificateProfile.problem(with: leaf, at: Date()) == nil)
        #expect(leaf.subject.description.contains("O=Example Org"))
        #expect(first.chain.count == 2)
    }

    @Test func expiringLeafIsRenewedFromTheSameCA() throws {
        let dataDirectory = try TestSupport.temporaryDirectory()
        let first = try LocalCertificateAuthority.loadOrCreate(in: dataDirectory)
        let later = Date().addingTimeInterval(5 * 365 * 86400)
        let renewed = try LocalCertificateAuthority.loadOrCreate(
            in: dataDirectory, now: later.addingTimeInterval(-86400 * 10))
        #expect(renewed.chain[1] == first.chain[1])
        #expect(renewed.chain[0] != first.chain[0])
    }

    @Test func operatorPEMFilesLoad() throws {
        let identity = try SigningIdentity.load(
            certificateChain: TestSupport.fixture("test-chain/chain.pem"),
            privateKey: TestSupport.fixture("test-chain/leaf.key"), checkedAt: OfficialFixtureTests.insideValidity)
        #expect(identity.chain.count == 2)
        #expect(identity.chainDER.count == 2)
    }

    @Test func caCertificateIsRefusedAsSigner() throws {
        #expect(throws: ProvenanceError.self) {
            // The CA certificate with the leaf key: wrong key and a CA profile.
            try SigningIdentity.load(
                certificateChain: TestSupport.fixture("test-chain/ca.pem"),
                privateKey: TestSupport.fixture("test-chain/leaf.key"))
        }
        #expect(throws: ProvenanceError.self) {
            try SigningIdentity.load(
                certificateChain: TestSupport.fixture("README.md"),
                privateKey: TestSupport.fixture("test-chain/leaf.key"))
        }
    }
}

import Crypto
import Foundation
import SwiftASN1
import X509

/// A signing identity created on first use in a data directory: a local CA and a leaf certificate with the profile
/// c2pa-rs requires (not a CA, digitalSignature, EKU emailProtection + documentSigning, AKI/SKI, O= in the subject).
///
/// Files, under `<data directory>/c2pa/` (directory 0700, files 0600): `ca.pem`, `ca.key`, `signer.pem` (leaf then
/// CA), `signer.key`. The leaf is renewed from the stored CA when it expires within 30 days.
public enum LocalCertificateAuthority {
    /// The folder holding the identity inside `dataDirectory`.
    public static func folder(in dataDirectory: URL) -> URL {
        dataDirectory.appendingPathComponent("c2pa", isDirectory: true)
    }

    /// The local CA certificate file, for use as a trust anchor (`ciel verify --trust`).
    public static func caCertificateURL(in dataDirectory: URL) -> URL {
        folder(in: dataDirectory).appendingPathComponent("ca.pem")
    }

    /// Loads the identity from `dataDirectory`, creating the CA and/or the leaf when missing or about to expire.
    /// - Parameter organization: the O= of both subjects (for example the server name).
    /// - Throws: `ProvenanceError.io` or `.credentials`.
    public static func loadOrCreate(
        in dataDirectory: URL, organization: String = "Ciel", now: Date = Date()
    ) throws -> SigningIdentity {
        let folder = folder(in: dataDirectory)
        let caCertURL = folder.appendingPathComponent("ca.pem")
        let caKeyURL = folder.appendingPathComponent("ca.key")
        let chainURL = folder.appendingPathComponent("signer.pem")
        let keyURL = folder.appendingPathComponent("signer.key")
        let files = FileManager.default
        do {
            try files.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ProvenanceError(.io, "cannot create \(folder.path): \(error.localizedDescription)")
        }
        // An existing leaf is reused unless it is unreadable, expired or expires within 30 days.
        if files.fileExists(atPath: chainURL.path), files.fileExists(atPath: keyURL.path),
            let identity = try? SigningIdentity.load(certificateChain: chainURL, privateKey: keyURL),
            identity.chain[0].notValidAfter > now.addingTimeInterval(30 * 86400)
        {
            return identity
        }
        let caKey: P256.Signing.PrivateKey
        let caCertificate: Certificate
        if files.fileExists(atPath: caCertURL.path), files.fileExists(atPath: caKeyURL.path) {
            caKey = try loadKey(caKeyURL)
            guard let certificate = try PEMCertificates.load(caCertURL).first else {
                throw ProvenanceError(.credentials, "\(caCertURL.path) holds no certificate")
            }
            caCertificate = certificate
        } else {
            caKey = P256.Signing.PrivateKey()
            caCertificate = try makeCA(key: caKey, organization: organization, now: now)
            try write(caKey.pemRepresentation, to: caKeyURL)
            try write(try caCertificate.serializeAsPEM().pemString + "\n", to: caCertURL)
        }
        let leafKey = P256.Signing.PrivateKey()
        let leaf = try makeLeaf(
            key: leafKey, issuer: caCertificate, issuerKey: caKey, organization: organization, now: now)
        try write(leafKey.pemRepresentation, to: keyURL)
        try write(
            try leaf.serializeAsPEM().pemString + "\n" + caCertificate.serializeAsPEM().pemString + "\n", to: chainURL)
        return try SigningIdentity(privateKey: leafKey, chain: [leaf, caCertificate], checkedAt: now)
    }

    static func makeCA(key: P256.Signing.PrivateKey, organization: String, now: Date) throws -> Certificate {
        let name = try DistinguishedName {
            CommonName("Ciel local C2PA CA")
            OrganizationName(organization)
        }
        let publicKey = Certificate.PublicKey(key.publicKey)
        let keyID = SubjectKeyIdentifier(hash: publicKey).keyIdentifier
        return try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey,
            notValidBefore: now.addingTimeInterval(-86400), notValidAfter: now.addingTimeInterval(20 * 365 * 86400),
            issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                SubjectKeyIdentifier(keyIdentifier: keyID)
                AuthorityKeyIdentifier(keyIdentifier: keyID)
            },
            issuerPrivateKey: Certificate.PrivateKey(key))
    }

    static func makeLeaf(
        key: P256.Signing.PrivateKey, issuer: Certificate, issuerKey: P256.Signing.PrivateKey, organization: String,
        now: Date
    ) throws -> Certificate {
        let subject = try DistinguishedName {
            CommonName("Ciel C2PA signer")
            OrganizationName(organization)
        }
        let publicKey = Certificate.PublicKey(key.publicKey)
        let issuerKeyID = SubjectKeyIdentifier(hash: issuer.publicKey).keyIdentifier
        return try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey,
            notValidBefore: now.addingTimeInterval(-86400), notValidAfter: now.addingTimeInterval(5 * 365 * 86400),
            issuer: issuer.subject, subject: subject, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.emailProtection, .init(oid: CertificateProfile.documentSigning)])
                SubjectKeyIdentifier(hash: publicKey)
                AuthorityKeyIdentifier(keyIdentifier: issuerKeyID)
            },
            issuerPrivateKey: Certificate.PrivateKey(issuerKey))
    }

    static func loadKey(_ url: URL) throws -> P256.Signing.PrivateKey {
        do {
            return try P256.Signing.PrivateKey(pemRepresentation: SigningIdentity.readText(url))
        } catch let error as ProvenanceError {
            throw error
        } catch {
            throw ProvenanceError(.credentials, "\(url.path) does not hold a P-256 private key: \(error)")
        }
    }

    /// Writes `text` to `url` with mode 0600 (created with that mode, then renamed into place).
    static func write(_ text: String, to url: URL) throws {
        let temporary = url.appendingPathExtension("tmp")
        let files = FileManager.default
        try? files.removeItem(at: temporary)
        guard
            files.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw ProvenanceError(.io, "cannot write \(temporary.path)")
        }
        do {
            try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
            if files.fileExists(atPath: url.path) { try files.removeItem(at: url) }
            try files.moveItem(at: temporary, to: url)
        } catch {
            throw ProvenanceError(.io, "cannot store \(url.path): \(error.localizedDescription)")
        }
    }
}

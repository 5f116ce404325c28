import Crypto
import Foundation
import SwiftASN1
import X509

/// A signing key with its certificate chain (leaf first), as used for C2PA manifests.
public struct SigningIdentity: Sendable {
    /// The leaf's private key.
    public let privateKey: P256.Signing.PrivateKey
    /// The certificate chain, leaf first, then its issuers.
    public let chain: [Certificate]

    /// The chain as DER, leaf first.
    public var chainDER: [[UInt8]] {
        chain.compactMap { certificate in
            var serializer = DER.Serializer()
            return (try? serializer.serialize(certificate)).map { serializer.serializedBytes }
        }
    }

    /// Creates an identity from a key and chain.
    /// - Throws: `ProvenanceError.credentials` when the chain is empty, the key does not match the leaf, or the
    ///   leaf does not meet the C2PA signing-certificate profile at `date`.
    public init(privateKey: P256.Signing.PrivateKey, chain: [Certificate], checkedAt date: Date = Date()) throws {
        guard let leaf = chain.first else {
            throw ProvenanceError(.credentials, "the signing certificate chain is empty")
        }
        guard Certificate.PublicKey(privateKey.publicKey) == leaf.publicKey else {
            throw ProvenanceError(.credentials, "the private key does not belong to the leaf certificate")
        }
        if let problem = CertificateProfile.problem(with: leaf, at: date) {
            throw ProvenanceError(.credentials, "the signing certificate cannot be used for C2PA: \(problem)")
        }
        self.privateKey = privateKey
        self.chain = chain
    }

    /// Loads an operator-provided identity: a PEM file with the certificate chain (leaf first) and a PEM file with
    /// the leaf's P-256 private key (PKCS#8 or SEC1).
    /// - Throws: `ProvenanceError.credentials` or `.io` with the path and the problem.
    public static func load(
        certificateChain chainURL: URL, privateKey keyURL: URL, checkedAt date: Date = Date()
    ) throws -> SigningIdentity {
        let chainText = try readText(chainURL)
        let keyText = try readText(keyURL)
        let chain: [Certificate]
        do {
            chain = try PEMDocument.parseMultiple(pemString: chainText).map { try Certificate(pemDocument: $0) }
        } catch {
            throw ProvenanceError(.credentials, "\(chainURL.path) does not hold PEM certificates: \(error)")
        }
        let key: P256.Signing.PrivateKey
        do {
            key = try P256.Signing.PrivateKey(pemRepresentation: keyText)
        } catch {
            throw ProvenanceError(.credentials, "\(keyURL.path) does not hold a P-256 private key in PEM: \(error)")
        }
        return try SigningIdentity(privateKey: key, chain: chain, checkedAt: date)
    }

    static func readText(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ProvenanceError(.io, "cannot read \(url.path): \(error.localizedDescription)")
        }
    }
}

/// Loads PEM certificates, e.g. trust anchors given with `--trust`.
public enum PEMCertificates {
    /// All certificates in the PEM file at `url`.
    /// - Throws: `ProvenanceError.credentials` or `.io`.
    public static func load(_ url: URL) throws -> [Certificate] {
        let text = try SigningIdentity.readText(url)
        do {
            let certificates = try PEMDocument.parseMultiple(pemString: text).map { try Certificate(pemDocument: $0) }
            guard !certificates.isEmpty else {
                throw ProvenanceError(.credentials, "\(url.path) holds no PEM certificate")
            }
            return certificates
        } catch let error as ProvenanceError {
            throw error
        } catch {
            throw ProvenanceError(.credentials, "\(url.path) does not hold PEM certificates: \(error)")
        }
    }
}

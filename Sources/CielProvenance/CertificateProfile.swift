import Crypto
import Foundation
import SwiftASN1
import X509

/// The C2PA signing-certificate profile that c2pa-rs enforces on the leaf (end-entity) certificate.
enum CertificateProfile {
    /// A reason the leaf cannot sign C2PA manifests.
    enum Problem: Equatable, CustomStringConvertible {
        /// Outside its validity period at the checked time.
        case expired(String)
        /// Violates the profile.
        case profile(String)

        var description: String {
            switch self {
            case .expired(let text), .profile(let text): return text
            }
        }
    }

    static let documentSigning: ASN1ObjectIdentifier = [1, 3, 6, 1, 5, 5, 7, 3, 36]
    static let c2paSigning: ASN1ObjectIdentifier = [1, 3, 6, 1, 4, 1, 62558, 2, 1]
    static let microsoftC2PASigning: ASN1ObjectIdentifier = [1, 3, 6, 1, 4, 1, 311, 76, 59, 1, 9]

    /// The first problem found with `leaf` as a C2PA signing certificate at `date`, or nil when it qualifies.
    static func problem(with leaf: Certificate, at date: Date) -> Problem? {
        guard leaf.version == .v3 else { return .profile("the signing certificate is not X.509 version 3") }
        guard date >= leaf.notValidBefore, date <= leaf.notValidAfter else {
            return .expired(
                "the signing certificate is valid from \(leaf.notValidBefore) to \(leaf.notValidAfter), not at \(date)")
        }
        guard
            P256.Signing.PublicKey(leaf.publicKey) != nil || P384.Signing.PublicKey(leaf.publicKey) != nil
                || P521.Signing.PublicKey(leaf.publicKey) != nil
        else {
            return .profile("the signing certificate's key is not an EC key on P-256, P-384 or P-521")
        }
        do {
            if case .isCertificateAuthority? = try leaf.extensions.basicConstraints {
                return .profile("the signing certificate is a CA certificate; an end-entity certificate is required")
            }
            guard let usage = try leaf.extensions.keyUsage, usage.digitalSignature || usage.nonRepudiation else {
                return .profile("the signing certificate's key usage lacks digitalSignature")
            }
            if usage.keyCertSign { return .profile("the signing certificate has keyCertSign but is not a CA") }
            guard let extended = try leaf.extensions.extendedKeyUsage else {
                return .profile("the signing certificate has no extended key usage")
            }
            let usages = Array(extended)
            if usages.contains(.any) { return .profile("the signing certificate allows anyExtendedKeyUsage") }
            let accepted: [ExtendedKeyUsage.Usage] = [
                .emailProtection, .init(oid: documentSigning), .init(oid: c2paSigning),
                .init(oid: microsoftC2PASigning), .timeStamping, .ocspSigning,
            ]
            guard usages.contains(where: accepted.contains) else {
                return .profile(
                    "the signing certificate's extended key usage has none of emailProtection, documentSigning, "
                        + "C2PA signing")
            }
            guard try leaf.extensions.authorityKeyIdentifier != nil else {
                return .profile("the signing certificate has no authority key identifier")
            }
        } catch {
            return .profile("the signing certificate has malformed extensions: \(error)")
        }
        return nil
    }
}

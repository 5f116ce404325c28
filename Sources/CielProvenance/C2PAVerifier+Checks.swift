import Crypto
import Foundation
import X509

extension C2PAVerifier {
    /// Findings collected while verifying.
    struct Check {
        var failures: [VerificationReport.Failure] = []
        var informational: [String] = []
        var successes: [String] = []
        var trusted = false
        var manifestLabel: String?
        var claimVersion: Int?
        var claimGenerator: String?
        var title: String?
        var signer: String?
        var issuer: String?
        var signerValidUntil: Date?
        var actions: [VerificationReport.Action] = []

        mutating func fail(_ reason: VerificationReport.Reason, _ code: String, _ message: String) {
            failures.append(.init(reason: reason, code: code, message: message))
        }

        func report() -> VerificationReport {
            // Most telling reason first.
            let order: [VerificationReport.Reason] = [
                .noManifest, .tamperedClaim, .badSignature, .malformedManifest, .invalidCertificate,
                .expiredCertificate, .tamperedAssertion, .tamperedVideoData,
            ]
            let sorted = failures.enumerated().sorted { lhs, rhs in
                let left = order.firstIndex(of: lhs.element.reason) ?? order.count
                let right = order.firstIndex(of: rhs.element.reason) ?? order.count
                return left == right ? lhs.offset < rhs.offset : left < right
            }.map(\.element)
            let state: VerificationReport.State = failures.isEmpty ? (trusted ? .trusted : .valid) : .invalid
            return VerificationReport(
                state: state, failures: sorted, informational: informational, successes: successes,
                manifestLabel: manifestLabel, claimVersion: claimVersion, claimGenerator: claimGenerator, title: title,
                signer: signer, issuer: issuer, signerValidUntil: signerValidUntil, actions: actions)
        }
    }

    enum SignatureCheck {
        case valid
        case invalid
        case malformed(String)
    }

    /// Checks an ECDSA signature in IEEE P1363 form (raw r || s), as COSE requires.
    static func verifyECDSA(
        _ algorithm: COSESign1.Algorithm, signature: [UInt8], data: [UInt8], key: Certificate.PublicKey
    ) -> SignatureCheck {
        let expectedLength: Int
        switch algorithm {
        case .es256: expectedLength = 64
        case .es384: expectedLength = 96
        case .es512: expectedLength = 132
        }
        guard signature.count == expectedLength else {
            return .malformed(
                "the \(algorithm) signature is \(signature.count) bytes, not \(expectedLength): it must be raw r||s "
                    + "(IEEE P1363), not DER")
        }
        do {
            switch algorithm {
            case .es256:
                guard let publicKey = P256.Signing.PublicKey(key) else { return .malformed("the key is not P-256") }
                let value = try P256.Signing.ECDSASignature(rawRepresentation: signature)
                return publicKey.isValidSignature(value, for: data) ? .valid : .invalid
            case .es384:
                guard let publicKey = P384.Signing.PublicKey(key) else { return .malformed("the key is not P-384") }
                let value = try P384.Signing.ECDSASignature(rawRepresentation: signature)
                return publicKey.isValidSignature(value, for: data) ? .valid : .invalid
            case .es512:
                guard let publicKey = P521.Signing.PublicKey(key) else { return .malformed("the key is not P-521") }
                let value = try P521.Signing.ECDSASignature(rawRepresentation: signature)
                return publicKey.isValidSignature(value, for: data) ? .valid : .invalid
            }
        } catch {
            return .invalid
        }
    }

    static func generatorDescription(_ claim: CBOR?, version: Int) -> String? {
        guard let claim else { return nil }
        let info = claim["claim_generator_info"]
        let first = info?.arrayValue?.first ?? info
        if let name = first?["name"]?.textValue {
            return [name, first?["version"]?.textValue].compactMap { $0 }.joined(separator: " ")
        }
        return claim["claim_generator"]?.textValue
    }

    static func actions(_ manifest: ParsedManifest) -> [VerificationReport.Action] {
        let labels = manifest.assertions.keys.filter { $0 == "c2pa.actions" || $0.hasPrefix("c2pa.actions.v") }.sorted()
        return labels.flatMap { label in
            (manifest.assertions[label]?.cbor?["actions"]?.arrayValue ?? []).map { item in
                let agent = item["softwareAgent"]
                let agentText =
                    agent?.textValue
                    ?? agent?["name"]?.textValue.map {
                        [$0, agent?["version"]?.textValue].compactMap { $0 }.joined(separator: " ")
                    }
                var parameters: [String: String] = [:]
                if case .map(let pairs)? = item["parameters"] {
                    for (key, value) in pairs {
                        if let key = key.textValue, let text = value.textValue { parameters[key] = text }
                    }
                }
                return VerificationReport.Action(
                    action: item["action"]?.textValue ?? "", digitalSourceType: item["digitalSourceType"]?.textValue,
                    softwareAgent: agentText, parameters: parameters)
            }
        }
    }

    /// The C2PA rule for v2 claims: the first action is `c2pa.created` (with a digital source type) or
    /// `c2pa.opened`.
    static func actionsProblem(_ manifest: ParsedManifest) -> String? {
        guard manifest.claimVersion == 2 else { return nil }
        let actions = Self.actions(manifest)
        guard let first = actions.first else { return nil }
        guard first.action == "c2pa.created" || first.action == "c2pa.opened" else {
            return "the first action is \(first.action), not c2pa.created or c2pa.opened"
        }
        if first.action == "c2pa.created", (first.digitalSourceType ?? "").isEmpty {
            return "the c2pa.created action has no digitalSourceType"
        }
        return nil
    }
}

import CielMedia
import Crypto
import Foundation
import SwiftASN1
import X509

/// Verifies the C2PA manifest embedded in an MP4: hard binding (BMFF hash), hashed URIs, the COSE claim signature,
/// the signing certificate's profile and chain, and trust against configured anchors.
public struct C2PAVerifier: Sendable {
    /// Certificates accepted as trust anchors (roots or the signer itself).
    public var trustAnchors: [Certificate]

    /// Creates a verifier that trusts `trustAnchors`.
    public init(trustAnchors: [Certificate] = []) {
        self.trustAnchors = trustAnchors
    }

    /// Verifies the file at `url`.
    /// - Throws: `ProvenanceError.io` when it cannot be read; everything else is reported, not thrown.
    public func verify(fileAt url: URL, at date: Date = Date()) async throws -> VerificationReport {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ProvenanceError(.io, "cannot read \(url.path): \(error.localizedDescription)")
        }
        return await verify(mp4: [UInt8](data), at: date)
    }

    /// Verifies the manifest in `mp4`, checking certificate validity at `date`.
    public func verify(mp4: [UInt8], at date: Date = Date()) async -> VerificationReport {
        var check = Check()
        let boxes: [BMFFBox]
        do {
            boxes = try BMFFHash.manifestBoxes(in: mp4)
        } catch {
            check.fail(.malformedManifest, "general.error", "\(error)")
            return check.report()
        }
        guard let box = boxes.first else { return .unsigned() }
        guard boxes.count == 1 else {
            check.fail(.malformedManifest, "manifest.multipleParents", "the file holds \(boxes.count) manifest stores")
            return check.report()
        }
        let manifest: ParsedManifest
        do {
            manifest = try ParsedManifest(store: BMFFHash.store(of: box, in: mp4))
        } catch {
            check.fail(.malformedManifest, "claim.malformed", "\(error)")
            return check.report()
        }
        check.manifestLabel = manifest.label
        let claim = manifest.claim
        check.claimVersion = manifest.claimVersion
        check.title = claim?["dc:title"]?.textValue
        check.claimGenerator = Self.generatorDescription(claim, version: manifest.claimVersion)

        // Hashed URIs and claim consistency.
        let claimConsistent = checkClaim(manifest, into: &check)
        // Signature and certificates.
        let signatureValid = await checkSignature(manifest, at: date, into: &check)
        if !signatureValid, !claimConsistent {
            check.failures.removeAll { [.tamperedAssertion, .malformedManifest].contains($0.reason) }
            check.failures.insert(
                .init(
                    reason: .tamperedClaim, code: "claimSignature.mismatch",
                    message: "the claim was altered after signing: its signature fails and its references no longer "
                        + "match the assertions"), at: 0)
        }
        // Hard binding over the video data.
        checkBinding(manifest, file: mp4, into: &check)
        check.actions = Self.actions(manifest)
        if let problem = Self.actionsProblem(manifest) {
            check.fail(.malformedManifest, "assertion.action.malformed", problem)
        }
        return check.report()
    }

    private func checkClaim(_ manifest: ParsedManifest, into check: inout Check) -> Bool {
        guard let claim = manifest.claim else {
            check.fail(.malformedManifest, "claim.malformed", "the claim is not valid CBOR")
            return false
        }
        var consistent = true
        let required =
            manifest.claimVersion == 1
            ? ["claim_generator", "signature", "assertions", "dc:format", "instanceID"]
            : ["instanceID", "claim_generator_info", "signature", "created_assertions"]
        let missing = required.filter { claim[$0] == nil }
        if !missing.isEmpty {
            check.fail(
                .malformedManifest, "claim.malformed",
                "the claim lacks required fields: \(missing.joined(separator: ", "))")
            consistent = false
        }
        let alg = claim["alg"]?.textValue ?? "sha256"
        let referenceKeys = manifest.claimVersion == 1 ? ["assertions"] : ["created_assertions", "gathered_assertions"]
        let references = referenceKeys.flatMap { claim[$0]?.arrayValue ?? [] }
        if references.isEmpty {
            check.fail(.malformedManifest, "claim.malformed", "the claim references no assertions")
            consistent = false
        }
        for reference in references {
            guard let url = reference["url"]?.textValue, let expected = reference["hash"]?.bytesValue else {
                check.fail(.malformedManifest, "claim.malformed", "a hashed URI in the claim lacks url or hash")
                consistent = false
                continue
            }
            guard let label = manifest.assertionLabel(forURL: url), let assertion = manifest.assertions[label] else {
                check.fail(.tamperedAssertion, "assertion.missing", "the claim references \(url), which is absent")
                consistent = false
                continue
            }
            let actual = try? Digest.hash(assertion.payload, alg: reference["alg"]?.textValue ?? alg)
            if actual == expected {
                check.successes.append("assertion.hashedURI.match")
            } else {
                check.fail(.tamperedAssertion, "assertion.hashedURI.mismatch", "the assertion \(label) was altered")
                consistent = false
            }
        }
        let signatureURL = claim["signature"]?.textValue ?? ""
        if !signatureURL.hasSuffix("c2pa.signature")
            || (signatureURL.contains("/c2pa/")
                && !signatureURL.contains("/\(manifest.label)/"))
        {
            check.fail(
                .malformedManifest, "claim.malformed", "the claim's signature reference \(signatureURL) is wrong")
            consistent = false
        }
        return consistent
    }

    private func checkSignature(_ manifest: ParsedManifest, at date: Date, into check: inout Check) async -> Bool {
        let cose: COSESign1
        let chain: [Certificate]
        let algorithm: COSESign1.Algorithm
        do {
            cose = try COSESign1(parsing: manifest.signature)
            algorithm = try cose.algorithm()
            chain = try cose.certificateChain().map { try Certificate(derEncoded: $0) }
        } catch {
            check.fail(.badSignature, "claimSignature.missing", "the claim signature cannot be read: \(error)")
            return false
        }
        let leaf = chain[0]
        check.signer = leaf.subject.description
        check.issuer = leaf.issuer.description
        check.signerValidUntil = leaf.notValidAfter

        let toBeSigned = COSESign1.toBeSigned(
            protectedBytes: cose.protectedBytes, payload: cose.payload ?? manifest.claimBytes)
        var signatureValid = false
        if cose.payload != nil, cose.payload != manifest.claimBytes {
            check.fail(.badSignature, "claimSignature.mismatch", "the COSE payload is not the claim")
        } else {
            switch Self.verifyECDSA(algorithm, signature: cose.signature, data: toBeSigned, key: leaf.publicKey) {
            case .valid:
                signatureValid = true
                check.successes.append("claimSignature.validated")
            case .invalid:
                check.fail(
                    .badSignature, "claimSignature.mismatch",
                    "the claim signature does not verify: the signature or the claim was altered after signing")
            case .malformed(let message):
                check.fail(.badSignature, "claimSignature.mismatch", message)
            }
        }

        switch CertificateProfile.problem(with: leaf, at: date) {
        case .expired(let message)?: check.fail(.expiredCertificate, "signingCredential.expired", message)
        case .profile(let message)?: check.fail(.invalidCertificate, "signingCredential.invalid", message)
        case nil: check.successes.append("claimSignature.insideValidity")
        }
        for (certificate, issuer) in zip(chain, chain.dropFirst()) {
            guard certificate.issuer == issuer.subject,
                issuer.publicKey.isValidSignature(certificate.signature, for: certificate)
            else {
                check.fail(
                    .invalidCertificate, "signingCredential.invalid",
                    "the x5chain is not in order or broken: \(certificate.subject) is not signed by \(issuer.subject)")
                break
            }
        }
        if await isTrusted(chain, at: date) {
            check.trusted = true
            check.successes.append("signingCredential.trusted")
        } else {
            check.informational.append("signingCredential.untrusted")
        }
        return signatureValid
    }

    private func isTrusted(_ chain: [Certificate], at date: Date) async -> Bool {
        guard !trustAnchors.isEmpty, let leaf = chain.first else { return false }
        if trustAnchors.contains(leaf) { return true }
        var verifier = Verifier(rootCertificates: CertificateStore(trustAnchors)) {
            RFC5280Policy(fixedValidationTime: date)
        }
        let result = await verifier.validate(leaf: leaf, intermediates: CertificateStore(Array(chain.dropFirst())))
        if case .validCertificate = result { return true }
        return false
    }

    private func checkBinding(_ manifest: ParsedManifest, file: [UInt8], into check: inout Check) {
        let bindings = manifest.assertions.keys.filter {
            $0.hasPrefix("c2pa.hash.bmff") || $0.hasPrefix("c2pa.hash.data")
        }
        guard bindings.count == 1, let label = bindings.first else {
            check.fail(
                .malformedManifest, bindings.isEmpty ? "claim.hardBindings.missing" : "assertion.multipleHardBindings",
                "the manifest needs exactly one hard binding assertion, found \(bindings.count)")
            return
        }
        guard label == "c2pa.hash.bmff.v2" || label == "c2pa.hash.bmff.v3" else {
            check.fail(.malformedManifest, "assertion.bmffHash.malformed", "hard binding \(label) is not supported")
            return
        }
        do {
            guard let assertion = manifest.assertions[label], let cbor = assertion.cbor,
                let expected = cbor["hash"]?.bytesValue
            else {
                throw ProvenanceError(.malformedManifest, "the BMFF hash assertion has no hash")
            }
            if cbor["merkle"] != nil {
                throw ProvenanceError(.malformedManifest, "BMFF hashes with Merkle trees are not supported")
            }
            let exclusions = try (cbor["exclusions"]?.arrayValue ?? []).map(BMFFHash.Exclusion.init)
            let alg = cbor["alg"]?.textValue ?? manifest.claim?["alg"]?.textValue ?? "sha256"
            let actual = try BMFFHash.compute(file, exclusions: exclusions, alg: alg)
            if actual == expected {
                check.successes.append("assertion.bmffHash.match")
            } else {
                check.fail(
                    .tamperedVideoData, "assertion.bmffHash.mismatch",
                    "the video data was altered after signing (the BMFF hash does not match)")
            }
        } catch {
            check.fail(.malformedManifest, "assertion.bmffHash.malformed", "\(error)")
        }
    }
}

import Foundation

/// The outcome of verifying a file's C2PA manifest.
public struct VerificationReport: Sendable, Codable, Equatable {
    /// Overall state, following c2pa-rs: `trusted` ⊂ `valid`; `invalid` when any check failed; `unsigned` without a
    /// manifest.
    public enum State: String, Sendable, Codable {
        /// Valid, and the signer chains to a configured trust anchor.
        case trusted
        /// Well-formed and intact, but the signer is not in the trust list ("valid, untrusted").
        case valid
        /// A check failed; see `failures`.
        case invalid
        /// The file carries no C2PA manifest.
        case unsigned
    }

    /// Why a file is not valid.
    public enum Reason: String, Sendable, Codable {
        /// No C2PA manifest in the file.
        case noManifest
        /// The manifest store, claim structure or an assertion cannot be read.
        case malformedManifest
        /// The video data differs from what was signed (`assertion.bmffHash.mismatch`).
        case tamperedVideoData
        /// An assertion differs from the hash the claim recorded (`assertion.hashedURI.mismatch`).
        case tamperedAssertion
        /// The claim was altered: its signature fails and its own references no longer match.
        case tamperedClaim
        /// The claim signature does not verify or is malformed (`claimSignature.mismatch`).
        case badSignature
        /// The signing certificate is outside its validity period (`signingCredential.expired`).
        case expiredCertificate
        /// The signing certificate or chain violates the C2PA profile (`signingCredential.invalid`).
        case invalidCertificate
    }

    /// One failed check.
    public struct Failure: Sendable, Codable, Equatable {
        /// The reason category.
        public var reason: Reason
        /// The C2PA validation status code, e.g. "assertion.bmffHash.mismatch".
        public var code: String
        /// What was found.
        public var message: String
    }

    /// One action from the manifest's actions assertion.
    public struct Action: Sendable, Codable, Equatable {
        /// e.g. "c2pa.created".
        public var action: String
        /// e.g. the IPTC trainedAlgorithmicMedia URL.
        public var digitalSourceType: String?
        /// The software agent's name and version.
        public var softwareAgent: String?
        /// Parameters recorded as text (e.g. "model").
        public var parameters: [String: String]
    }

    /// Overall state.
    public var state: State
    /// Failed checks; empty when valid.
    public var failures: [Failure]
    /// Informational status codes, e.g. "signingCredential.untrusted".
    public var informational: [String]
    /// Successful checks as C2PA status codes.
    public var successes: [String]
    /// The active manifest's label.
    public var manifestLabel: String?
    /// 1 or 2.
    public var claimVersion: Int?
    /// The claim generator (name and version).
    public var claimGenerator: String?
    /// `dc:title` of the claim.
    public var title: String?
    /// The signing certificate's subject.
    public var signer: String?
    /// The signing certificate's issuer.
    public var issuer: String?
    /// The end of the signing certificate's validity.
    public var signerValidUntil: Date?
    /// Actions recorded in the manifest.
    public var actions: [Action]

    /// True for `trusted` and `valid`.
    public var isValid: Bool { state == .trusted || state == .valid }
    /// The most important failure reason, or nil when valid.
    public var reason: Reason? { failures.first?.reason }

    /// A few human-readable lines: the verdict, the reason or signer, and the actions.
    public func summary() -> String {
        var lines: [String] = []
        switch state {
        case .trusted: lines.append("Valid (trusted): the C2PA manifest is intact and the signer is trusted.")
        case .valid:
            lines.append("Valid, untrusted: the C2PA manifest is intact, but the signer is not in the trust list.")
        case .invalid: lines.append("Invalid: \(failures.first.map { "\($0.reason.rawValue): \($0.message)" } ?? "")")
        case .unsigned: lines.append("Invalid: no C2PA manifest (the file is unsigned).")
        }
        for failure in failures.dropFirst() { lines.append("  also \(failure.code): \(failure.message)") }
        if let signer { lines.append("Signed by: \(signer)" + (issuer.map { " (issued by \($0))" } ?? "")) }
        if let claimGenerator { lines.append("Claim generator: \(claimGenerator)") }
        for action in actions {
            var line = "Action: \(action.action)"
            if let type = action.digitalSourceType { line += ", source type \(type)" }
            if let agent = action.softwareAgent { line += ", by \(agent)" }
            if let model = action.parameters["model"] { line += ", model \(model)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static func unsigned() -> VerificationReport {
        VerificationReport(
            state: .unsigned,
            failures: [Failure(reason: .noManifest, code: "claim.missing", message: "the file has no C2PA manifest")],
            informational: [], successes: [], actions: [])
    }

    init(
        state: State, failures: [Failure], informational: [String], successes: [String], manifestLabel: String? = nil,
        claimVersion: Int? = nil, claimGenerator: String? = nil, title: String? = nil, signer: String? = nil,
        issuer: String? = nil, signerValidUntil: Date? = nil, actions: [Action]
    ) {
        self.state = state
        self.failures = failures
        self.informational = informational
        self.successes = successes
        self.manifestLabel = manifestLabel
        self.claimVersion = claimVersion
        self.claimGenerator = claimGenerator
        self.title = title
        self.signer = signer
        self.issuer = issuer
        self.signerValidUntil = signerValidUntil
        self.actions = actions
    }
}

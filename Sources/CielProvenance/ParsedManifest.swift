/// The active manifest of a C2PA manifest store, split into its parts.
struct ParsedManifest {
    /// One assertion superbox.
    struct Assertion {
        /// The superbox payload (what hashed URIs hash).
        var payload: [UInt8]
        /// The decoded CBOR content, when the assertion is CBOR.
        var cbor: CBOR?
    }

    /// e.g. "urn:c2pa:…".
    var label: String
    /// 1 for `c2pa.claim`, 2 for `c2pa.claim.v2`.
    var claimVersion: Int
    /// The claim's CBOR bytes as stored (the signed payload).
    var claimBytes: [UInt8]
    /// The decoded claim; nil when the bytes are not valid CBOR.
    var claim: CBOR?
    /// The COSE_Sign1 bytes.
    var signature: [UInt8]
    /// Assertions by label.
    var assertions: [String: Assertion]

    /// Parses a JUMBF manifest store and picks its active (last) manifest.
    /// - Throws: `ProvenanceError.malformedJUMBF` / `.malformedManifest` when the structure is not a C2PA store.
    init(store bytes: [UInt8]) throws {
        let store = try JUMBF.parse(bytes)
        guard store.c2paType == "c2pa", store.label == "c2pa" else {
            throw ProvenanceError(.malformedManifest, "the JUMBF root is not a C2PA manifest store")
        }
        let manifests = store.superboxes.filter { ["c2ma", "c2um", "c2md"].contains($0.c2paType ?? "") }
        guard let active = manifests.last, let label = active.label else {
            throw ProvenanceError(.malformedManifest, "the manifest store holds no manifest")
        }
        self.label = label
        let claimBoxes = active.superboxes.filter { $0.label?.hasPrefix("c2pa.claim") == true }
        guard claimBoxes.count == 1, let claimBox = claimBoxes.first,
            claimBox.label == "c2pa.claim" || claimBox.label == "c2pa.claim.v2", claimBox.c2paType == "c2cl",
            let claimBytes = claimBox.contents.first(where: { $0.type == "cbor" })?.payload
        else {
            throw ProvenanceError(.malformedManifest, "the manifest \(label) needs exactly one CBOR claim")
        }
        claimVersion = claimBox.label == "c2pa.claim.v2" ? 2 : 1
        self.claimBytes = claimBytes
        claim = try? CBORDecoder.decode(claimBytes)
        guard let signatureBox = active.child("c2pa.signature"), signatureBox.c2paType == "c2cs",
            let signature = signatureBox.contents.first(where: { $0.type == "cbor" })?.payload
        else {
            throw ProvenanceError(.malformedManifest, "the manifest \(label) has no claim signature")
        }
        self.signature = signature
        var assertions: [String: Assertion] = [:]
        guard let assertionStore = active.child("c2pa.assertions"), assertionStore.c2paType == "c2as" else {
            throw ProvenanceError(.malformedManifest, "the manifest \(label) has no assertion store")
        }
        for box in assertionStore.superboxes {
            guard let label = box.label else { continue }
            let cbor = box.contents.first(where: { $0.type == "cbor" }).flatMap { try? CBORDecoder.decode($0.payload) }
            assertions[label] = Assertion(payload: box.payload, cbor: cbor)
        }
        self.assertions = assertions
    }

    /// The assertion label a claim URL points at, when it points into this manifest's assertion store.
    func assertionLabel(forURL url: String) -> String? {
        let prefix = "self#jumbf="
        guard url.hasPrefix(prefix) else { return nil }
        let parts = url.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if url.dropFirst(prefix.count).hasPrefix("/") {
            guard parts.count == 4, parts[0] == "c2pa", parts[1] == label, parts[2] == "c2pa.assertions" else {
                return nil
            }
            return parts[3]
        }
        guard parts.count == 2, parts[0] == "c2pa.assertions" else { return nil }
        return parts[1]
    }
}

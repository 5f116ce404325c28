import Crypto

/// A COSE_Sign1 structure (RFC 9052) as C2PA uses it: detached payload, `x5chain` in the protected header.
public struct COSESign1: Sendable, Equatable {
    /// COSE algorithm identifiers C2PA uses with EC keys.
    public enum Algorithm: Int, Sendable {
        /// ECDSA P-256 with SHA-256.
        case es256 = -7
        /// ECDSA P-384 with SHA-384.
        case es384 = -35
        /// ECDSA P-521 with SHA-512.
        case es512 = -36
    }

    /// The serialized protected header (the bytes that are signed).
    public var protectedBytes: [UInt8]
    /// The unprotected header map.
    public var unprotected: CBOR
    /// The embedded payload; `nil` when detached.
    public var payload: [UInt8]?
    /// The signature bytes (for ECDSA: raw r || s).
    public var signature: [UInt8]

    /// Signs `payload` (detached) with ES256 and puts `chain` (DER, leaf first) into the protected header as x5chain.
    public static func signES256(
        payload: [UInt8], key: P256.Signing.PrivateKey, chain: [[UInt8]]
    ) throws -> COSESign1 {
        let protectedBytes = es256ProtectedHeader(chain: chain)
        let signature = try key.signature(for: toBeSigned(protectedBytes: protectedBytes, payload: payload))
        return COSESign1(
            protectedBytes: protectedBytes, unprotected: .map([]), payload: nil,
            signature: Array(signature.rawRepresentation))
    }

    /// The protected header C2PA expects for ES256: `{1: -7, 33: x5chain}` (a single certificate as a bare bstr).
    static func es256ProtectedHeader(chain: [[UInt8]]) -> [UInt8] {
        let x5chain: CBOR = chain.count == 1 ? .bytes(chain[0]) : .array(chain.map { .bytes($0) })
        return CBOR.map([(.int(1), .int(Algorithm.es256.rawValue)), (.int(33), x5chain)]).encoded()
    }

    /// The Sig_structure: `["Signature1", protected, h'', payload]`.
    public static func toBeSigned(protectedBytes: [UInt8], payload: [UInt8]) -> [UInt8] {
        CBOR.array([.text("Signature1"), .bytes(protectedBytes), .bytes([]), .bytes(payload)]).encoded()
    }

    /// The tagged (18) CBOR encoding.
    public func encoded() -> [UInt8] {
        CBOR.tagged(
            18, .array([.bytes(protectedBytes), unprotected, payload.map { .bytes($0) } ?? .null, .bytes(signature)])
        ).encoded()
    }

    /// Parses a COSE_Sign1, tagged (18) or untagged.
    /// - Throws: `ProvenanceError.malformedManifest` when it is not a 4-element COSE_Sign1.
    public init(parsing bytes: [UInt8]) throws {
        var item = try CBORDecoder.decode(bytes)
        if case .tagged(let tag, let inner) = item {
            guard tag == 18 else {
                throw ProvenanceError(.malformedManifest, "COSE structure has tag \(tag), expected 18 (COSE_Sign1)")
            }
            item = inner
        }
        guard let parts = item.arrayValue, parts.count == 4, let protectedBytes = parts[0].bytesValue,
            case .map = parts[1], let signature = parts[3].bytesValue
        else {
            throw ProvenanceError(.malformedManifest, "the claim signature is not a COSE_Sign1 array of 4 items")
        }
        self.protectedBytes = protectedBytes
        self.unprotected = parts[1]
        self.payload = parts[2].bytesValue
        self.signature = signature
    }

    init(protectedBytes: [UInt8], unprotected: CBOR, payload: [UInt8]?, signature: [UInt8]) {
        self.protectedBytes = protectedBytes
        self.unprotected = unprotected
        self.payload = payload
        self.signature = signature
    }

    /// The decoded protected header map (an empty map when the protected header is empty).
    public func protectedHeader() throws -> CBOR {
        protectedBytes.isEmpty ? .map([]) : try CBORDecoder.decode(protectedBytes)
    }

    /// The signing algorithm from the protected header.
    public func algorithm() throws -> Algorithm {
        guard let value = try protectedHeader()[.int(1)]?.intValue else {
            throw ProvenanceError(.malformedManifest, "the COSE protected header has no algorithm (label 1)")
        }
        guard let algorithm = Algorithm(rawValue: value) else {
            throw ProvenanceError(
                .malformedManifest, "COSE algorithm \(value) is not supported (ES256, ES384 and ES512 are)")
        }
        return algorithm
    }

    /// The DER certificates of x5chain (leaf first): from the protected header (label 33 or "x5chain"), else from
    /// the unprotected header.
    public func certificateChain() throws -> [[UInt8]] {
        let header = try protectedHeader()
        for candidate in [header[.int(33)], header["x5chain"], unprotected[.int(33)], unprotected["x5chain"]] {
            guard let candidate else { continue }
            if let single = candidate.bytesValue { return [single] }
            if let list = candidate.arrayValue {
                let certificates = list.compactMap(\.bytesValue)
                guard certificates.count == list.count, !certificates.isEmpty else { break }
                return certificates
            }
            break
        }
        throw ProvenanceError(.malformedManifest, "the COSE signature carries no x5chain certificate chain")
    }
}

import CielMedia
import Crypto
import Foundation

/// Embeds a signed C2PA manifest into MP4 files.
///
/// The manifest store goes into a top-level `uuid` box right after `ftyp` (replacing an existing C2PA box), chunk
/// offsets are patched, and the `c2pa.hash.bmff.v3` hash covers everything but that box. All sizes are known before
/// hashing (ES256 signatures are always 64 bytes), so the box is written once with a zero hash to fix the layout,
/// then hashed, signed and overwritten in place.
public struct C2PASigner: Sendable {
    /// The key and certificate chain used to sign.
    public let identity: SigningIdentity

    /// Creates a signer using `identity`.
    public init(identity: SigningIdentity) {
        self.identity = identity
    }

    /// Returns `mp4` with a signed manifest stating that `info` generated it.
    /// - Throws: `ProvenanceError.media` when the file is not a non-fragmented MP4, or `.credentials` when signing
    ///   fails.
    public func sign(mp4: [UInt8], info: GenerationInfo) throws -> [UInt8] {
        let existing = try BMFFHash.manifestBoxes(in: mp4)
        guard existing.count <= 1 else {
            throw ProvenanceError(.media, "the file already holds \(existing.count) C2PA manifest boxes")
        }
        let manifestLabel = "urn:c2pa:\(UUID().uuidString.lowercased())"
        let instanceID = "xmp:iid:\(UUID().uuidString.lowercased())"
        let chain = identity.chainDER
        let key = identity.privateKey
        func makeBox(hash: [UInt8], signing: Bool) throws -> [UInt8] {
            let store = try C2PA.store(
                manifestLabel: manifestLabel, instanceID: instanceID, info: info, bmffHash: hash
            ) { claim in
                if signing {
                    return try COSESign1.signES256(payload: claim, key: key, chain: chain).encoded()
                }
                return COSESign1(
                    protectedBytes: COSESign1.es256ProtectedHeader(chain: chain),
                    unprotected: .map([]), payload: nil, signature: [UInt8](repeating: 0, count: 64)
                ).encoded()
            }
            return BMFFHash.manifestBox(store: store)
        }

        let placeholder = try makeBox(hash: [UInt8](repeating: 0, count: 32), signing: false)
        var file: [UInt8]
        let offset: Int
        do {
            (file, offset) = try BMFF.insert(placeholder, afterFtypIn: mp4, replacing: existing.first)
        } catch let error as MediaError {
            throw ProvenanceError(.media, "cannot embed a manifest: \(error.message)")
        }
        let hash = try BMFFHash.compute(file, exclusions: [.c2paBox])
        let box: [UInt8]
        do {
            box = try makeBox(hash: hash, signing: true)
        } catch let error as ProvenanceError {
            throw error
        } catch {
            throw ProvenanceError(.credentials, "signing the claim failed: \(error)")
        }
        guard box.count == placeholder.count else {
            throw ProvenanceError(
                .malformedManifest, "manifest size changed while signing (\(placeholder.count) → \(box.count) bytes)")
        }
        file.replaceSubrange(offset..<(offset + box.count), with: box)
        return file
    }

    /// Signs the MP4 at `input` and writes the result to `output` (atomically; they may be the same file).
    public func sign(fileAt input: URL, to output: URL, info: GenerationInfo) throws {
        let data: Data
        do {
            data = try Data(contentsOf: input)
        } catch {
            throw ProvenanceError(.io, "cannot read \(input.path): \(error.localizedDescription)")
        }
        let signed = try sign(mp4: [UInt8](data), info: info)
        do {
            try Data(signed).write(to: output, options: .atomic)
        } catch {
            throw ProvenanceError(.io, "cannot write \(output.path): \(error.localizedDescription)")
        }
    }
}

import CielMedia
import Crypto
import Foundation

/// The C2PA box constants and the `c2pa.hash.bmff` hard binding (v2/v3 without Merkle trees).
///
/// The hash covers, for every top-level box that no exclusion matches, the box's absolute file offset as a
/// big-endian u64 followed by the box's bytes (header included).
enum BMFFHash {
    /// The user type of the C2PA `uuid` box (ContentProvenanceBox).
    static let c2paUserType: [UInt8] = [
        0xd8, 0xfe, 0xc3, 0xd6, 0x1b, 0x0e, 0x48, 0x3c, 0x92, 0x97, 0x58, 0x28, 0x87, 0x7e, 0xc4, 0x81,
    ]

    /// One entry of the assertion's `exclusions` list.
    struct Exclusion {
        var xpath: String
        var length: Int?
        var version: Int?
        var flags: [UInt8]?
        var exact: Bool
        var data: [(offset: Int, value: [UInt8])]

        /// The exclusion Ciel writes: the C2PA `uuid` box.
        static let c2paBox = Exclusion(
            xpath: "/uuid", length: nil, version: nil, flags: nil, exact: true, data: [(8, c2paUserType)])

        var cbor: CBOR {
            var pairs: [(CBOR, CBOR)] = [(.text("xpath"), .text(xpath))]
            if !data.isEmpty {
                pairs.append(
                    (
                        .text("data"),
                        .array(
                            data.map { .map([(.text("offset"), .int($0.offset)), (.text("value"), .bytes($0.value))]) })
                    ))
            }
            return .map(pairs)
        }

        init(xpath: String, length: Int?, version: Int?, flags: [UInt8]?, exact: Bool, data: [(Int, [UInt8])]) {
            self.xpath = xpath
            self.length = length
            self.version = version
            self.flags = flags
            self.exact = exact
            self.data = data.map { (offset: $0.0, value: $0.1) }
        }

        init(_ item: CBOR) throws {
            guard let xpath = item["xpath"]?.textValue else {
                throw ProvenanceError(.malformedManifest, "a BMFF hash exclusion has no xpath")
            }
            guard item["subset"] == nil else {
                throw ProvenanceError(.malformedManifest, "BMFF hash exclusions with 'subset' are not supported")
            }
            self.xpath = xpath
            length = item["length"]?.intValue
            version = item["version"]?.intValue
            flags = item["flags"]?.bytesValue
            if case .bool(let value)? = item["exact"] { exact = value } else { exact = true }
            data = try (item["data"]?.arrayValue ?? []).map { entry in
                guard let offset = entry["offset"]?.intValue, let value = entry["value"]?.bytesValue else {
                    throw ProvenanceError(.malformedManifest, "a BMFF hash exclusion data entry is malformed")
                }
                return (offset, value)
            }
        }

        func matches(_ box: BMFFBox, in file: [UInt8]) -> Bool {
            guard xpath == "/" + box.type else { return false }
            if let length, length != box.size { return false }
            let fullBoxStart = box.offset + box.headerSize
            if let version {
                guard fullBoxStart < box.range.upperBound, Int(file[fullBoxStart]) == version else { return false }
            }
            if let flags {
                guard fullBoxStart + 4 <= box.range.upperBound else { return false }
                let actual = Array(file[(fullBoxStart + 1)..<(fullBoxStart + 4)])
                if exact {
                    guard actual == flags else { return false }
                } else {
                    guard zip(actual, flags).allSatisfy({ $0 & $1 == $1 }) else { return false }
                }
            }
            for entry in data {
                let start = box.offset + entry.offset
                guard start >= box.offset, start + entry.value.count <= box.range.upperBound,
                    Array(file[start..<(start + entry.value.count)]) == entry.value
                else { return false }
            }
            return true
        }
    }

    /// The hash of `file` with the given exclusions, using `alg` ("sha256", "sha384" or "sha512").
    static func compute(_ file: [UInt8], exclusions: [Exclusion], alg: String = "sha256") throws -> [UInt8] {
        if exclusions.contains(where: { $0.xpath.dropFirst().contains("/") }) {
            throw ProvenanceError(.malformedManifest, "BMFF hash exclusions below the top level are not supported")
        }
        var hasher = try Digest(alg)
        let boxes: [BMFFBox]
        do {
            boxes = try BMFF.boxes(in: file)
        } catch let error as MediaError {
            throw ProvenanceError(.media, "the MP4 structure is broken: \(error.message)")
        }
        for box in boxes where !exclusions.contains(where: { $0.matches(box, in: file) }) {
            var offset = UInt64(box.offset).bigEndian
            withUnsafeBytes(of: &offset) { hasher.update(Array($0)) }
            hasher.update(file[box.range])
        }
        return hasher.finalize()
    }

    /// The C2PA manifest `uuid` boxes at the top level of `file`.
    static func manifestBoxes(in file: [UInt8]) throws -> [BMFFBox] {
        let boxes: [BMFFBox]
        do {
            boxes = try BMFF.boxes(in: file)
        } catch let error as MediaError {
            throw ProvenanceError(.media, "the file is not a readable MP4: \(error.message)")
        }
        return boxes.filter { box in
            guard box.type == "uuid", box.userType == c2paUserType else { return false }
            let start = box.payloadRange.lowerBound + 4
            let purpose = Array("manifest".utf8) + [0]
            return start + purpose.count <= box.range.upperBound
                && Array(file[start..<(start + purpose.count)]) == purpose
        }
    }

    /// A complete C2PA `uuid` box (32-bit size) around a JUMBF manifest store.
    static func manifestBox(store: [UInt8]) -> [UInt8] {
        let payload =
            c2paUserType + [0, 0, 0, 0] + Array("manifest".utf8) + [0] + [UInt8](repeating: 0, count: 8) + store
        return JUMBF.box("uuid", payload)
    }

    /// The JUMBF store inside a C2PA `uuid` box found by `manifestBoxes`.
    static func store(of box: BMFFBox, in file: [UInt8]) -> [UInt8] {
        let start = box.payloadRange.lowerBound + 4 + 9 + 8
        return start <= box.range.upperBound ? Array(file[start..<box.range.upperBound]) : []
    }
}

/// A running hash by C2PA algorithm name.
struct Digest {
    private var sha256: SHA256?
    private var sha384: SHA384?
    private var sha512: SHA512?

    init(_ alg: String) throws {
        switch alg {
        case "sha256": sha256 = SHA256()
        case "sha384": sha384 = SHA384()
        case "sha512": sha512 = SHA512()
        default: throw ProvenanceError(.malformedManifest, "hash algorithm '\(alg)' is not supported")
        }
    }

    mutating func update<Bytes: DataProtocol>(_ bytes: Bytes) {
        sha256?.update(data: bytes)
        sha384?.update(data: bytes)
        sha512?.update(data: bytes)
    }

    func finalize() -> [UInt8] {
        if let sha256 { return Array(sha256.finalize()) }
        if let sha384 { return Array(sha384.finalize()) }
        if let sha512 { return Array(sha512.finalize()) }
        return []
    }

    static func hash(_ bytes: [UInt8], alg: String) throws -> [UInt8] {
        var digest = try Digest(alg)
        digest.update(bytes)
        return digest.finalize()
    }
}

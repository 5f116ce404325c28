/// A JUMBF superbox (ISO 19566-5): a `jumd` description followed by content boxes and nested superboxes.
public struct JUMBFSuperbox: Sendable, Equatable {
    /// The 16-byte content type from the description box.
    public var type: [UInt8]
    /// The description box toggles (0x03 = requestable + label).
    public var toggles: UInt8
    /// The label, when the label toggle is set.
    public var label: String?
    /// The raw private box inside the description (c2pa-rs puts a `c2sh` salt there), if any.
    public var privateBox: [UInt8]?
    /// Child superboxes, in order.
    public var superboxes: [JUMBFSuperbox]
    /// Child content boxes (type and payload), in order.
    public var contents: [(type: String, payload: [UInt8])]
    /// The superbox payload as stored (description and children, without the 8-byte header).
    public var payload: [UInt8]
    /// Where the whole superbox lies in the buffer it was parsed from.
    public var range: Range<Int>

    public static func == (lhs: JUMBFSuperbox, rhs: JUMBFSuperbox) -> Bool {
        lhs.payload == rhs.payload && lhs.range == rhs.range
    }

    /// The first child superbox labelled `label`.
    public func child(_ label: String) -> JUMBFSuperbox? {
        superboxes.first { $0.label == label }
    }

    /// The type as a four-character code when it is a C2PA type UUID (e.g. "c2ma"), else nil.
    public var c2paType: String? {
        guard type.count == 16, Array(type[4...]) == JUMBF.c2paTypeSuffix else { return nil }
        return String(decoding: type[0..<4], as: UTF8.self)
    }
}

/// Reads and writes JUMBF boxes the way c2pa-rs frames them.
public enum JUMBF {
    /// The tail shared by C2PA type UUIDs: `<4cc>-0011-0010-8000-00AA00389B71`.
    static let c2paTypeSuffix: [UInt8] = [0x00, 0x11, 0x00, 0x10, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71]

    /// The C2PA type UUID for a four-character code such as "c2pa", "c2ma", "c2as", "c2cl", "c2cs", "cbor".
    public static func typeUUID(_ fourCC: String) -> [UInt8] {
        Array(fourCC.utf8.prefix(4)) + c2paTypeSuffix
    }

    /// A plain box: big-endian size, four-character type, payload.
    public static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        bigEndian32(UInt32(payload.count + 8)) + Array(type.utf8.prefix(4)) + payload
    }

    /// A superbox with a description of `type` (toggles 0x03, the label NUL-terminated, no id, hash or salt) and
    /// the already-encoded `children` appended.
    public static func superbox(type: String, label: String, children: [[UInt8]]) -> [UInt8] {
        box("jumb", superboxPayload(type: type, label: label, children: children))
    }

    /// The payload of `superbox(type:label:children:)`: what a C2PA hashed URI hashes.
    public static func superboxPayload(type: String, label: String, children: [[UInt8]]) -> [UInt8] {
        let description = box("jumd", typeUUID(type) + [0x03] + Array(label.utf8) + [0])
        return children.reduce(description, +)
    }

    /// Parses the superbox that starts at `offset` of `bytes`.
    /// - Throws: `ProvenanceError.malformedJUMBF` when the structure is invalid.
    public static func parse(_ bytes: [UInt8], at offset: Int = 0, depth: Int = 0) throws -> JUMBFSuperbox {
        guard depth < 16 else { throw ProvenanceError(.malformedJUMBF, "JUMBF nested deeper than 16 levels") }
        let (type, start, end) = try header(bytes, offset, limit: bytes.count)
        guard type == "jumb" else {
            throw ProvenanceError(.malformedJUMBF, "expected a 'jumb' superbox at offset \(offset), found '\(type)'")
        }
        let (descriptionType, descriptionStart, descriptionEnd) = try header(bytes, start, limit: end)
        guard descriptionType == "jumd", descriptionEnd - descriptionStart >= 17 else {
            throw ProvenanceError(.malformedJUMBF, "superbox at offset \(offset) does not start with a 'jumd' box")
        }
        let uuid = Array(bytes[descriptionStart..<(descriptionStart + 16)])
        let toggles = bytes[descriptionStart + 16]
        var cursor = descriptionStart + 17
        var label: String?
        if toggles & 0x02 != 0 {
            guard let nul = bytes[cursor..<descriptionEnd].firstIndex(of: 0) else {
                throw ProvenanceError(.malformedJUMBF, "label in 'jumd' at offset \(start) is not NUL-terminated")
            }
            label = String(decoding: bytes[cursor..<nul], as: UTF8.self)
            cursor = nul + 1
        }
        if toggles & 0x04 != 0 { cursor += 4 }
        if toggles & 0x08 != 0 { cursor += 32 }
        var privateBox: [UInt8]?
        if toggles & 0x10 != 0, cursor < descriptionEnd {
            privateBox = Array(bytes[cursor..<descriptionEnd])
        }
        guard cursor <= descriptionEnd else {
            throw ProvenanceError(.malformedJUMBF, "'jumd' at offset \(start) is shorter than its toggles require")
        }
        var superboxes: [JUMBFSuperbox] = []
        var contents: [(type: String, payload: [UInt8])] = []
        var position = descriptionEnd
        while position < end {
            let (childType, childStart, childEnd) = try header(bytes, position, limit: end)
            if childType == "jumb" {
                superboxes.append(try parse(Array(bytes[..<childEnd]), at: position, depth: depth + 1))
            } else {
                contents.append((childType, Array(bytes[childStart..<childEnd])))
            }
            position = childEnd
        }
        return JUMBFSuperbox(
            type: uuid, toggles: toggles, label: label, privateBox: privateBox, superboxes: superboxes,
            contents: contents, payload: Array(bytes[start..<end]), range: offset..<end)
    }

    /// Type, payload start and end of the box at `offset`, which must end by `limit`.
    static func header(_ bytes: [UInt8], _ offset: Int, limit: Int) throws -> (String, Int, Int) {
        guard offset >= 0, limit - offset >= 8 else {
            throw ProvenanceError(.malformedJUMBF, "truncated JUMBF box header at offset \(offset)")
        }
        var size = Int(bytes[offset..<(offset + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
        var headerSize = 8
        if size == 1 {
            guard limit - offset >= 16 else {
                throw ProvenanceError(.malformedJUMBF, "truncated JUMBF extended size at offset \(offset)")
            }
            let large = bytes[(offset + 8)..<(offset + 16)].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            size = large > UInt64(limit - offset) ? -1 : Int(large)
            headerSize = 16
        } else if size == 0 {
            size = limit - offset
        }
        guard size >= headerSize, size <= limit - offset else {
            throw ProvenanceError(.malformedJUMBF, "JUMBF box '\(type)' at offset \(offset) overruns its parent")
        }
        return (type, offset + headerSize, offset + size)
    }

    static func bigEndian32(_ value: UInt32) -> [UInt8] {
        [
            UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8),
            UInt8(truncatingIfNeeded: value),
        ]
    }
}

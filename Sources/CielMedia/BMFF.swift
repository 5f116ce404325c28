/// One ISO-BMFF (MP4) box as found in a file.
public struct BMFFBox: Sendable, Equatable {
    /// Four-character type, e.g. "ftyp", "moov", "uuid".
    public let type: String
    /// Absolute offset of the box's first byte in the file.
    public let offset: Int
    /// Total size in bytes, header included.
    public let size: Int
    /// Header size: 8, 16 with a 64-bit size, plus 16 for a `uuid` box's user type.
    public let headerSize: Int
    /// The 16-byte user type of a `uuid` box.
    public let userType: [UInt8]?

    /// Byte range of the whole box.
    public var range: Range<Int> { offset..<(offset + size) }
    /// Byte range after the header.
    public var payloadRange: Range<Int> { (offset + headerSize)..<(offset + size) }
}

/// Reads and edits ISO-BMFF files held in memory.
public enum BMFF {
    /// Boxes whose payload is a sequence of boxes (`meta` is a full box: its children start 4 bytes later).
    static let containers: Set<String> = [
        "moov", "trak", "mdia", "minf", "stbl", "edts", "dinf", "udta", "mvex", "moof", "traf", "mfra", "meta",
    ]

    /// The boxes laid out one after another in `range` of `data` (the whole file when `nil`).
    /// - Throws: `MediaError.malformedBMFF` when a box header is truncated or a size overruns its parent.
    public static func boxes(in data: [UInt8], range: Range<Int>? = nil) throws -> [BMFFBox] {
        let range = range ?? 0..<data.count
        var result: [BMFFBox] = []
        var position = range.lowerBound
        while position < range.upperBound {
            guard range.upperBound - position >= 8 else {
                throw MediaError(.malformedBMFF, "truncated box header at offset \(position)")
            }
            var size = Int(readUInt32(data, position))
            let type = String(decoding: data[(position + 4)..<(position + 8)], as: UTF8.self)
            var header = 8
            if size == 1 {
                guard range.upperBound - position >= 16 else {
                    throw MediaError(.malformedBMFF, "truncated 64-bit box size at offset \(position)")
                }
                let large = readUInt64(data, position + 8)
                guard large <= UInt64(Int.max) else {
                    throw MediaError(.malformedBMFF, "box '\(type)' at offset \(position) is too large")
                }
                size = Int(large)
                header = 16
            } else if size == 0 {
                size = range.upperBound - position
            }
            var userType: [UInt8]?
            if type == "uuid" {
                guard position + header + 16 <= range.upperBound else {
                    throw MediaError(.malformedBMFF, "truncated uuid box at offset \(position)")
                }
                userType = Array(data[(position + header)..<(position + header + 16)])
                header += 16
            }
            guard size >= header, size <= range.upperBound - position else {
                throw MediaError(
                    .malformedBMFF, "box '\(type)' at offset \(position) has size \(size), which overruns its parent")
            }
            result.append(BMFFBox(type: type, offset: position, size: size, headerSize: header, userType: userType))
            position += size
        }
        return result
    }

    /// The child boxes of a container box.
    public static func children(of box: BMFFBox, in data: [UInt8]) throws -> [BMFFBox] {
        let skip = box.type == "meta" ? 4 : 0
        let start = box.payloadRange.lowerBound + skip
        guard start <= box.range.upperBound else { return [] }
        return try boxes(in: data, range: start..<box.range.upperBound)
    }

    /// All boxes reached by a slash-separated path of types from the top level, e.g. "moov/trak/mdia".
    public static func find(_ path: String, in data: [UInt8]) throws -> [BMFFBox] {
        let parts = path.split(separator: "/").map(String.init)
        var current = try boxes(in: data).filter { $0.type == parts.first }
        for part in parts.dropFirst() {
            current = try current.flatMap { try children(of: $0, in: data) }.filter { $0.type == part }
        }
        return current
    }

    /// Inserts `box` (complete bytes) right after the top-level `ftyp` box, or in place of `replacing`, and adds the
    /// size change to every absolute chunk offset (`stco`/`co64`) that points behind the insertion point.
    /// - Returns: the new file and the offset where `box` starts.
    /// - Throws: `MediaError.malformedBMFF` when there is no `ftyp`, the file is fragmented (`moof`), or an offset
    ///   would overflow a 32-bit `stco` entry.
    public static func insert(
        _ box: [UInt8], afterFtypIn data: [UInt8], replacing existing: BMFFBox? = nil
    ) throws -> (data: [UInt8], offset: Int) {
        let top = try boxes(in: data)
        guard let ftyp = top.first, ftyp.type == "ftyp" else {
            throw MediaError(.malformedBMFF, "the file does not start with an 'ftyp' box; it is not an MP4")
        }
        guard !top.contains(where: { $0.type == "moof" }) else {
            throw MediaError(.malformedBMFF, "fragmented MP4 (moof boxes) is not supported")
        }
        let removed = existing?.range ?? ftyp.range.upperBound..<ftyp.range.upperBound
        let delta = box.count - removed.count
        var output = Array(data[..<removed.lowerBound])
        output += box
        output += data[removed.upperBound...]
        try shiftChunkOffsets(in: &output, pointingAtOrAfter: removed.upperBound, by: delta)
        return (output, removed.lowerBound)
    }

    /// Adds `delta` to every `stco`/`co64` entry that is `>= position` (an offset in the file before the edit).
    static func shiftChunkOffsets(in data: inout [UInt8], pointingAtOrAfter position: Int, by delta: Int) throws {
        guard delta != 0 else { return }
        for table in try find("moov/trak/mdia/minf/stbl/stco", in: data) {
            try patch(table, in: &data, entryWidth: 4, position: position, delta: delta)
        }
        for table in try find("moov/trak/mdia/minf/stbl/co64", in: data) {
            try patch(table, in: &data, entryWidth: 8, position: position, delta: delta)
        }
    }

    private static func patch(_ table: BMFFBox, in data: inout [UInt8], entryWidth: Int, position: Int, delta: Int)
        throws
    {
        let start = table.payloadRange.lowerBound
        guard table.payloadRange.count >= 8 else {
            throw MediaError(.malformedBMFF, "'\(table.type)' box at offset \(table.offset) is truncated")
        }
        let count = Int(readUInt32(data, start + 4))
        guard count <= (table.payloadRange.count - 8) / entryWidth else {
            throw MediaError(.malformedBMFF, "'\(table.type)' box at offset \(table.offset) lists too many entries")
        }
        for entry in 0..<count {
            let at = start + 8 + entry * entryWidth
            let old = entryWidth == 4 ? Int(readUInt32(data, at)) : Int(clamping: readUInt64(data, at))
            guard old >= position else { continue }
            let new = old + delta
            if entryWidth == 4 {
                guard new >= 0, new <= Int(UInt32.max) else {
                    throw MediaError(.malformedBMFF, "chunk offset \(new) does not fit a 32-bit 'stco' entry")
                }
                writeUInt32(&data, at, UInt32(new))
            } else {
                writeUInt64(&data, at, UInt64(max(0, new)))
            }
        }
    }

    static func readUInt32(_ data: [UInt8], _ at: Int) -> UInt32 {
        data[at..<(at + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func readUInt64(_ data: [UInt8], _ at: Int) -> UInt64 {
        data[at..<(at + 8)].reduce(0) { $0 << 8 | UInt64($1) }
    }

    static func writeUInt32(_ data: inout [UInt8], _ at: Int, _ value: UInt32) {
        for index in 0..<4 { data[at + index] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(index))) }
    }

    static func writeUInt64(_ data: inout [UInt8], _ at: Int, _ value: UInt64) {
        for index in 0..<8 { data[at + index] = UInt8(truncatingIfNeeded: value >> (56 - 8 * UInt64(index))) }
    }
}

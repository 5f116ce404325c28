/// Decodes CBOR items, definite and indefinite length, nesting limited to 64 levels.
public struct CBORDecoder {
    private let bytes: [UInt8]
    private var position: Int

    /// Decodes exactly one item filling all of `bytes`.
    /// - Throws: `ProvenanceError.malformedCBOR` on truncated, invalid or trailing data.
    public static func decode(_ bytes: [UInt8]) throws -> CBOR {
        var decoder = CBORDecoder(bytes: bytes, position: 0)
        let item = try decoder.item(depth: 0)
        guard decoder.position == bytes.count else {
            throw ProvenanceError(.malformedCBOR, "\(bytes.count - decoder.position) trailing bytes after CBOR item")
        }
        return item
    }

    private mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw ProvenanceError(.malformedCBOR, "CBOR data ends unexpectedly") }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func take(_ count: UInt64) throws -> [UInt8] {
        guard count <= UInt64(bytes.count - position) else {
            throw ProvenanceError(.malformedCBOR, "CBOR string of \(count) bytes overruns the data")
        }
        defer { position += Int(count) }
        return Array(bytes[position..<(position + Int(count))])
    }

    private mutating func argument(_ info: UInt8) throws -> UInt64? {
        switch info {
        case 0..<24: return UInt64(info)
        case 24...27:
            let width = 1 << Int(info - 24)
            return try take(UInt64(width)).reduce(0) { $0 << 8 | UInt64($1) }
        case 31: return nil
        default: throw ProvenanceError(.malformedCBOR, "reserved CBOR additional info \(info)")
        }
    }

    private mutating func item(depth: Int) throws -> CBOR {
        guard depth < 64 else { throw ProvenanceError(.malformedCBOR, "CBOR nesting deeper than 64 levels") }
        let initial = try byte()
        let major = initial >> 5
        let info = initial & 0x1f
        if major == 7 { return try simple(info) }
        let length = try argument(info)
        switch major {
        case 0, 1:
            guard let length else { throw ProvenanceError(.malformedCBOR, "indefinite-length integer") }
            return major == 0 ? .unsigned(length) : .negative(length)
        case 2, 3:
            var data: [UInt8] = []
            if let length {
                data = try take(length)
            } else {
                while bytes.count > position, bytes[position] != 0xff {
                    let chunk = try item(depth: depth + 1)
                    guard let piece = major == 2 ? chunk.bytesValue : chunk.textValue.map({ Array($0.utf8) }) else {
                        throw ProvenanceError(.malformedCBOR, "bad chunk in indefinite-length string")
                    }
                    data += piece
                }
                _ = try byte()
            }
            if major == 2 { return .bytes(data) }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw ProvenanceError(.malformedCBOR, "CBOR text string is not valid UTF-8")
            }
            return .text(text)
        case 4:
            var items: [CBOR] = []
            try repeatItems(length) { decoder in items.append(try decoder.item(depth: depth + 1)) }
            return .array(items)
        case 5:
            var pairs: [(CBOR, CBOR)] = []
            try repeatItems(length) { decoder in
                let key = try decoder.item(depth: depth + 1)
                pairs.append((key, try decoder.item(depth: depth + 1)))
            }
            return .map(pairs)
        default:
            guard let length else { throw ProvenanceError(.malformedCBOR, "indefinite-length tag") }
            return .tagged(length, try item(depth: depth + 1))
        }
    }

    private mutating func repeatItems(_ length: UInt64?, _ body: (inout CBORDecoder) throws -> Void) throws {
        if let length {
            guard length <= UInt64(bytes.count - position) else {
                throw ProvenanceError(.malformedCBOR, "CBOR container of \(length) items overruns the data")
            }
            for _ in 0..<length { try body(&self) }
        } else {
            while true {
                guard position < bytes.count else { throw ProvenanceError(.malformedCBOR, "unterminated container") }
                if bytes[position] == 0xff {
                    position += 1
                    return
                }
                try body(&self)
            }
        }
    }

    private mutating func simple(_ info: UInt8) throws -> CBOR {
        switch info {
        case 20: return .bool(false)
        case 21: return .bool(true)
        case 22: return .null
        case 23: return .undefined
        case 25:
            let bits = try take(2).reduce(0) { $0 << 8 | UInt16($1) }
            return .double(Double(halfToFloat(bits)))
        case 26:
            let bits = try take(4).reduce(0) { $0 << 8 | UInt32($1) }
            return .double(Double(Float(bitPattern: bits)))
        case 27:
            let bits = try take(8).reduce(0) { $0 << 8 | UInt64($1) }
            return .double(Double(bitPattern: bits))
        default:
            if info < 24 { return .unsigned(UInt64(info)) }  // unassigned simple value; kept as a number
            throw ProvenanceError(.malformedCBOR, "unsupported CBOR simple value \(info)")
        }
    }

    private func halfToFloat(_ bits: UInt16) -> Float {
        let sign: Float = bits & 0x8000 != 0 ? -1 : 1
        let exponent = Int((bits >> 10) & 0x1f)
        let mantissa = Float(bits & 0x3ff)
        if exponent == 0 { return sign * mantissa * pow2(-24) }
        if exponent == 31 { return mantissa == 0 ? sign * .infinity : .nan }
        return sign * (1 + mantissa / 1024) * pow2(exponent - 15)
    }

    private func pow2(_ exponent: Int) -> Float {
        Float(sign: .plus, exponent: exponent, significand: 1)
    }
}

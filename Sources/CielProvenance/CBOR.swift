/// A CBOR data item (RFC 8949), as used by C2PA and COSE. Maps keep their order.
public indirect enum CBOR: Sendable, Equatable {
    /// Major type 0.
    case unsigned(UInt64)
    /// Major type 1: the value is `-1 - n`.
    case negative(UInt64)
    /// Major type 2.
    case bytes([UInt8])
    /// Major type 3.
    case text(String)
    /// Major type 4.
    case array([CBOR])
    /// Major type 5, in encoding order.
    case map([(CBOR, CBOR)])
    /// Major type 6.
    case tagged(UInt64, CBOR)
    /// Simple values.
    case bool(Bool)
    /// `null`.
    case null
    /// `undefined`.
    case undefined
    /// Floating-point numbers (decoded from half, single or double; encoded as double).
    case double(Double)

    /// An integer item.
    public static func int(_ value: Int) -> CBOR {
        value >= 0 ? .unsigned(UInt64(value)) : .negative(UInt64(-1 - value))
    }

    public static func == (lhs: CBOR, rhs: CBOR) -> Bool {
        switch (lhs, rhs) {
        case let (.unsigned(a), .unsigned(b)), let (.negative(a), .negative(b)): return a == b
        case let (.bytes(a), .bytes(b)): return a == b
        case let (.text(a), .text(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.map(a), .map(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.tagged(t1, a), .tagged(t2, b)): return t1 == t2 && a == b
        case let (.bool(a), .bool(b)): return a == b
        case (.null, .null), (.undefined, .undefined): return true
        case let (.double(a), .double(b)): return a == b
        default: return false
        }
    }

    /// The value for text key `key` of a map.
    public subscript(key: String) -> CBOR? {
        self[.text(key)]
    }

    /// The value for `key` of a map.
    public subscript(key: CBOR) -> CBOR? {
        guard case .map(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// The string, if this is a text item.
    public var textValue: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The bytes, if this is a byte string.
    public var bytesValue: [UInt8]? {
        if case .bytes(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [CBOR]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The integer, if this is an integer that fits `Int`.
    public var intValue: Int? {
        switch self {
        case .unsigned(let value): return value <= UInt64(Int.max) ? Int(value) : nil
        case .negative(let value): return value < UInt64(Int.max) ? -1 - Int(value) : nil
        default: return nil
        }
    }

    /// The definite-length encoding of this item.
    public func encoded() -> [UInt8] {
        var output: [UInt8] = []
        encode(into: &output)
        return output
    }

    func encode(into output: inout [UInt8]) {
        switch self {
        case .unsigned(let value): Self.head(0, value, &output)
        case .negative(let value): Self.head(1, value, &output)
        case .bytes(let value):
            Self.head(2, UInt64(value.count), &output)
            output += value
        case .text(let value):
            let utf8 = Array(value.utf8)
            Self.head(3, UInt64(utf8.count), &output)
            output += utf8
        case .array(let items):
            Self.head(4, UInt64(items.count), &output)
            for item in items { item.encode(into: &output) }
        case .map(let pairs):
            Self.head(5, UInt64(pairs.count), &output)
            for (key, value) in pairs {
                key.encode(into: &output)
                value.encode(into: &output)
            }
        case .tagged(let tag, let item):
            Self.head(6, tag, &output)
            item.encode(into: &output)
        case .bool(let value): output.append(value ? 0xf5 : 0xf4)
        case .null: output.append(0xf6)
        case .undefined: output.append(0xf7)
        case .double(let value):
            output.append(0xfb)
            let bits = value.bitPattern
            for shift in stride(from: 56, through: 0, by: -8) {
                output.append(UInt8(truncatingIfNeeded: bits >> shift))
            }
        }
    }

    private static func head(_ major: UInt8, _ value: UInt64, _ output: inout [UInt8]) {
        let prefix = major << 5
        switch value {
        case 0..<24: output.append(prefix | UInt8(value))
        case 24...0xff: output += [prefix | 24, UInt8(value)]
        case 0x100...0xffff: output += [prefix | 25, UInt8(value >> 8), UInt8(truncatingIfNeeded: value)]
        case 0x10000...0xffff_ffff:
            output.append(prefix | 26)
            for shift in stride(from: 24, through: 0, by: -8) {
                output.append(UInt8(truncatingIfNeeded: value >> shift))
            }
        default:
            output.append(prefix | 27)
            for shift in stride(from: 56, through: 0, by: -8) {
                output.append(UInt8(truncatingIfNeeded: value >> shift))
            }
        }
    }
}

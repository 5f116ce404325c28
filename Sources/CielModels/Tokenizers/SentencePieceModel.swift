import Foundation

/// The parts of a SentencePiece `ModelProto` (`spiece.model`) a unigram tokenizer needs, read with a small
/// protobuf wire-format reader (no generated code).
struct SentencePieceModel: Sendable {
    /// `SentencePiece.Type` values.
    enum PieceType: Int, Sendable {
        case normal = 1, unknown = 2, control = 3, userDefined = 4, unused = 5, byte = 6
    }

    struct Piece: Sendable {
        var text: String
        var score: Float
        var type: PieceType
    }

    var pieces: [Piece] = []
    /// `normalizer_spec.precompiled_charsmap` (empty when the model does not normalise).
    var precompiledCharsMap: [UInt8] = []

    /// Parses a serialized `ModelProto`.
    /// - Throws: `TokenizerError` (`.malformed`) for truncated or invalid data.
    init(_ data: [UInt8]) throws {
        var reader = ProtobufReader(data[...])
        while let (field, wire) = try reader.nextField() {
            switch (field, wire) {
            case (1, 2):
                pieces.append(try Self.parsePiece(try reader.lengthDelimited()))
            case (3, 2):
                var normalizer = ProtobufReader(try reader.lengthDelimited())
                while let (subfield, subwire) = try normalizer.nextField() {
                    if subfield == 2, subwire == 2 {
                        precompiledCharsMap = Array(try normalizer.lengthDelimited())
                    } else {
                        try normalizer.skip(wire: subwire)
                    }
                }
            default:
                try reader.skip(wire: wire)
            }
        }
        guard !pieces.isEmpty else {
            throw TokenizerError(.malformed, "spiece.model has no pieces")
        }
    }

    private static func parsePiece(_ bytes: ArraySlice<UInt8>) throws -> Piece {
        var reader = ProtobufReader(bytes)
        var piece = Piece(text: "", score: 0, type: .normal)
        while let (field, wire) = try reader.nextField() {
            switch (field, wire) {
            case (1, 2):
                piece.text = String(decoding: try reader.lengthDelimited(), as: UTF8.self)
            case (2, 5):
                piece.score = Float(bitPattern: try reader.fixed32())
            case (3, 0):
                let raw = try reader.varint()
                guard let type = PieceType(rawValue: Int(raw)) else {
                    throw TokenizerError(.malformed, "spiece.model piece \(piece.text) has unknown type \(raw)")
                }
                piece.type = type
            default:
                try reader.skip(wire: wire)
            }
        }
        return piece
    }
}

/// Reads protobuf wire format: varints, fixed 32/64-bit values and length-delimited fields.
struct ProtobufReader {
    private var bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    private static func truncated() -> TokenizerError {
        TokenizerError(.malformed, "spiece.model is truncated or is not a SentencePiece model")
    }

    /// The next field number and wire type, or nil at the end.
    mutating func nextField() throws -> (Int, Int)? {
        guard !bytes.isEmpty else {
            return nil
        }
        let key = try varint()
        return (Int(key >> 3), Int(key & 7))
    }

    mutating func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard let byte = bytes.popFirst(), shift < 64 else {
                throw Self.truncated()
            }
            value |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 {
                return value
            }
            shift += 7
        }
    }

    mutating func fixed32() throws -> UInt32 {
        guard bytes.count >= 4 else {
            throw Self.truncated()
        }
        var value: UInt32 = 0
        for i in 0..<4 {
            value |= UInt32(bytes[bytes.startIndex + i]) << (8 * i)
        }
        bytes = bytes.dropFirst(4)
        return value
    }

    mutating func lengthDelimited() throws -> ArraySlice<UInt8> {
        let length = try varint()
        guard length <= UInt64(bytes.count) else {
            throw Self.truncated()
        }
        let value = bytes.prefix(Int(length))
        bytes = bytes.dropFirst(Int(length))
        return value
    }

    mutating func skip(wire: Int) throws {
        switch wire {
        case 0: _ = try varint()
        case 1:
            guard bytes.count >= 8 else { throw Self.truncated() }
            bytes = bytes.dropFirst(8)
        case 2: _ = try lengthDelimited()
        case 5: _ = try fixed32()
        default:
            throw TokenizerError(.malformed, "spiece.model uses protobuf wire type \(wire), which is not valid here")
        }
    }
}

extension UnigramTokenizer {
    /// Creates a tokenizer from a bare `spiece.model`, converted as transformers 5's `T5Tokenizer` converts it:
    /// the model's pieces and scores, then `<extra_id_{n-1}>` … `<extra_id_0>` (score 0) as added tokens;
    /// the model's precompiled charsmap as normalizer; whitespace split + Metaspace (prefix always); `</s>`
    /// appended; byte fallback off (transformers 5 does not carry it over).
    /// - Parameter extraIDCount: the number of `<extra_id_N>` sentinels (`extra_ids` in tokenizer_config.json).
    /// - Throws: `TokenizerError` for a malformed model or one without `<unk>`, `</s>` or `<pad>`.
    public init(sentencePieceModel data: Data, extraIDCount: Int = 100) throws {
        let proto = try SentencePieceModel(Array(data))
        var vocabulary = proto.pieces.map { ($0.text, Double($0.score)) }
        guard let unknownID = proto.pieces.firstIndex(where: { $0.type == .unknown }) else {
            throw TokenizerError(.malformed, "spiece.model has no unknown piece")
        }
        var added: [(String, Int32)] = []
        for (id, piece) in proto.pieces.enumerated() where piece.type == .control || piece.type == .unknown {
            added.append((piece.text, Int32(id)))
        }
        for n in stride(from: extraIDCount - 1, through: 0, by: -1) {
            added.append(("<extra_id_\(n)>", Int32(vocabulary.count)))
            vocabulary.append(("<extra_id_\(n)>", 0))
        }
        let model = try UnigramModel(vocabulary: vocabulary, unknownID: unknownID, byteFallback: false)
        guard let eos = model.id(of: "</s>"), let pad = model.id(of: "<pad>") else {
            throw TokenizerError(.malformed, "spiece.model lacks </s> or <pad>")
        }
        let normalizer: TextNormalizer? =
            proto.precompiledCharsMap.isEmpty ? nil : .precompiled(try PrecompiledCharsMap(proto.precompiledCharsMap))
        let preTokenizer = PreTokenizer.sequence([
            .whitespaceSplit, .metaspace(replacement: "\u{2581}", scheme: .always, split: true),
        ])
        self.init(
            normalizer: normalizer, preTokenizer: preTokenizer, model: model, addedTokens: added,
            prefixIDs: [], suffixIDs: [Int32(eos)], padID: Int32(pad)
        )
    }
}

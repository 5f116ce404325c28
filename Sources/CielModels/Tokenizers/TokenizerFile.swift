import Foundation

/// The sections of a HF `tokenizer.json` that a unigram tokenizer reads, decoded with `JSONDecoder` (about three
/// times faster than `JSONSerialization` on the 16.8 MB umT5 file). Components whose shape depends on their
/// `"type"` are kept as generic JSON and interpreted by `UnigramTokenizer+JSON.swift`.
struct TokenizerFile: Decodable {
    struct Model: Decodable {
        let type: String?
        let unknownID: Int?
        let byteFallback: Bool?
        /// `(piece, score)` in id order; nil unless `type` is `Unigram`.
        let vocabulary: [VocabularyEntry]?

        enum CodingKeys: String, CodingKey {
            case type
            case unknownID = "unk_id"
            case byteFallback = "byte_fallback"
            case vocabulary = "vocab"
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decodeIfPresent(String.self, forKey: .type)
            unknownID = try c.decodeIfPresent(Int.self, forKey: .unknownID)
            byteFallback = try c.decodeIfPresent(Bool.self, forKey: .byteFallback)
            vocabulary = type == "Unigram" ? try c.decodeIfPresent([VocabularyEntry].self, forKey: .vocabulary) : nil
        }
    }

    /// One `[piece, score]` pair of a Unigram vocabulary.
    struct VocabularyEntry: Decodable {
        let piece: String
        let score: Double

        init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            piece = try c.decode(String.self)
            score = try c.decode(Double.self)
        }
    }

    let model: Model?
    let addedTokens: TokenizerJSONValue?
    let normalizer: TokenizerJSONValue?
    let preTokenizer: TokenizerJSONValue?
    let postProcessor: TokenizerJSONValue?

    enum CodingKeys: String, CodingKey {
        case model
        case addedTokens = "added_tokens"
        case normalizer
        case preTokenizer = "pre_tokenizer"
        case postProcessor = "post_processor"
    }
}

/// Any JSON value, decodable with `JSONDecoder`; `foundationValue` gives the `JSONSerialization`-style object.
indirect enum TokenizerJSONValue: Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([TokenizerJSONValue])
    case object([String: TokenizerJSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let value = try? c.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? c.decode(Int.self) {
            self = .int(value)
        } else if let value = try? c.decode(Double.self) {
            self = .double(value)
        } else if let value = try? c.decode(String.self) {
            self = .string(value)
        } else if let value = try? c.decode([TokenizerJSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try c.decode([String: TokenizerJSONValue].self))
        }
    }

    /// The value as `String`, `Bool`, `Int`, `Double`, `[Any]`, `[String: Any]` or `NSNull`.
    var foundationValue: Any {
        switch self {
        case .null: return NSNull()
        case .bool(let value): return value
        case .int(let value): return value
        case .double(let value): return value
        case .string(let value): return value
        case .array(let values): return values.map(\.foundationValue)
        case .object(let values): return values.mapValues(\.foundationValue)
        }
    }
}

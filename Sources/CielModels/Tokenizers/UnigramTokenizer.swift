import Foundation

/// Token ids for one text, padded to a fixed length, with the attention mask the text encoder takes.
public struct TokenizedText: Sendable, Hashable {
    /// Token ids including the end-of-sequence token, then pad ids up to the requested length.
    public var ids: [Int32]
    /// 1 for real tokens (including `</s>`), 0 for padding.
    public var attentionMask: [Int32]
    /// The number of real tokens (the sum of `attentionMask`).
    public var length: Int { attentionMask.reduce(0) { $0 + Int($1) } }
}

/// A SentencePiece unigram tokenizer (T5/umT5) that produces the same ids as transformers' `T5Tokenizer`.
///
/// Loaded from a HF `tokenizer.json` (normalizer, pre-tokenizer, `Unigram` model, added tokens, template
/// post-processor), or from a bare `spiece.model`, which is converted the way transformers 5 converts it. The
/// pipeline is HF tokenizers': added tokens are cut out of the raw text first, every other span is normalized,
/// pre-tokenized and segmented by Viterbi, then the template appends `</s>`.
public struct UnigramTokenizer: Sendable {
    let normalizer: TextNormalizer?
    let preTokenizer: PreTokenizer?
    let model: UnigramModel
    /// Added tokens (content, id), matched on the raw text, longest first at each position.
    let addedTokens: [(content: [Unicode.Scalar], id: Int32)]
    /// Ids the post-processor appends after the sequence (`</s>` for T5).
    let suffixIDs: [Int32]
    /// Ids the post-processor puts before the sequence (none for T5).
    let prefixIDs: [Int32]

    /// The id used for padding.
    public let padID: Int32

    /// The number of vocabulary entries of the segmentation model.
    public var vocabularySize: Int { model.pieces.count }

    /// Loads the tokenizer of a diffusers/transformers folder: `tokenizer.json` if present, else `spiece.model`.
    ///
    /// A `tokenizer.json` is read the way transformers 5 reads it: rebuilt as a `T5Tokenizer` when
    /// `tokenizer_config.json` names a T5 tokenizer class (or names none), else taken as written.
    /// - Parameter directory: the `tokenizer/` folder.
    /// - Throws: `TokenizerError` if neither file exists or the one found cannot be used.
    public static func load(directory: URL) throws -> UnigramTokenizer {
        let json = directory.appendingPathComponent("tokenizer.json")
        let spm = directory.appendingPathComponent("spiece.model")
        let config = Self.readConfig(directory.appendingPathComponent("tokenizer_config.json"))
        let padToken = config["pad_token"] as? String ?? "<pad>"
        if FileManager.default.fileExists(atPath: json.path) {
            let tokenizerClass = config["tokenizer_class"] as? String ?? "T5Tokenizer"
            let interpretation: JSONInterpretation = tokenizerClass.hasPrefix("T5Tokenizer") ? .t5 : .asWritten
            return try UnigramTokenizer(
                tokenizerJSON: try read(json), padToken: padToken, interpretation: interpretation
            )
        }
        if FileManager.default.fileExists(atPath: spm.path) {
            let extraIDs = config["extra_ids"] as? Int ?? 100
            return try UnigramTokenizer(sentencePieceModel: try read(spm), extraIDCount: extraIDs)
        }
        throw TokenizerError(.missingFile, "\(directory.path) has neither tokenizer.json nor spiece.model")
    }

    private static func read(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw TokenizerError(.missingFile, "cannot read \(url.path)", cause: error)
        }
    }

    private static func readConfig(_ url: URL) -> [String: Any] {
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            return [:]
        }
        return object
    }

    init(
        normalizer: TextNormalizer?, preTokenizer: PreTokenizer?, model: UnigramModel,
        addedTokens: [(String, Int32)], prefixIDs: [Int32], suffixIDs: [Int32], padID: Int32
    ) {
        self.normalizer = normalizer
        self.preTokenizer = preTokenizer
        self.model = model
        self.addedTokens = addedTokens.filter { !$0.0.isEmpty }.map { (Array($0.0.unicodeScalars), $0.1) }
        self.prefixIDs = prefixIDs
        self.suffixIDs = suffixIDs
        self.padID = padID
    }

    /// Token ids of `text` without special tokens, truncation or padding.
    public func tokenize(_ text: String) -> [Int32] {
        var ids: [Int32] = []
        var isFirst = true
        for segment in splitOnAddedTokens(text) {
            switch segment {
            case .added(let id):
                ids.append(id)
            case .text(let span):
                let normalized = normalizer?.apply(span) ?? span
                var pieces = [PreTokenizer.Piece(text: normalized, atInputStart: isFirst)]
                if let preTokenizer {
                    pieces = preTokenizer.apply(pieces)
                }
                for piece in pieces {
                    ids += model.encode(piece.text)
                }
            }
            isFirst = false
        }
        return ids
    }

    /// Encodes `text` like `tokenizer(text, padding="max_length", max_length=maxLength, truncation=True)`.
    /// - Parameters:
    ///   - maxLength: the padded length (512 for Wan).
    ///   - truncation: drop tokens past `maxLength` minus the special tokens (from the end).
    /// - Returns: ids and mask of exactly `maxLength` entries (more if `truncation` is false and the text is long).
    public func encode(_ text: String, maxLength: Int = 512, truncation: Bool = true) -> TokenizedText {
        var body = tokenize(text)
        let specials = prefixIDs.count + suffixIDs.count
        if truncation, body.count + specials > maxLength {
            body.removeLast(min(body.count, body.count + specials - maxLength))
        }
        var ids = prefixIDs + body + suffixIDs
        var mask = [Int32](repeating: 1, count: ids.count)
        if ids.count < maxLength {
            ids += [Int32](repeating: padID, count: maxLength - ids.count)
            mask += [Int32](repeating: 0, count: maxLength - mask.count)
        }
        return TokenizedText(ids: ids, attentionMask: mask)
    }

    private enum Segment {
        case text(String)
        case added(Int32)
    }

    /// Cuts added tokens out of the raw text: leftmost match first, the longest token at that position.
    private func splitOnAddedTokens(_ text: String) -> [Segment] {
        guard !addedTokens.isEmpty else {
            return [.text(text)]
        }
        let scalars = Array(text.unicodeScalars)
        var segments: [Segment] = []
        var pending = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            var best: (length: Int, id: Int32)?
            for token in addedTokens where token.content.count > (best?.length ?? 0) {
                let end = i + token.content.count
                if end <= scalars.count, scalars[i..<end].elementsEqual(token.content) {
                    best = (token.content.count, token.id)
                }
            }
            if let best {
                if !pending.isEmpty {
                    segments.append(.text(String(pending)))
                    pending = String.UnicodeScalarView()
                }
                segments.append(.added(best.id))
                i += best.length
            } else {
                pending.append(scalars[i])
                i += 1
            }
        }
        if !pending.isEmpty {
            segments.append(.text(String(pending)))
        }
        return segments
    }
}

import Foundation

/// BERT's tokenizer (transformers `BertTokenizer`): basic clean-up and splitting, then greedy longest-match WordPiece.
///
/// Basic tokenisation removes control characters and U+FFFD, turns every kind of white space into a space, puts
/// spaces around CJK ideographs, lowercases and strips accents (uncased models), and splits on punctuation. Each word
/// is then covered greedily by the longest vocabulary pieces, continuations prefixed with `##`; a word that cannot be
/// covered, or longer than 100 characters, becomes `[UNK]`. Sequences are `[CLS] … [SEP]`.
public struct WordPieceTokenizer: Sendable {
    /// Piece → id, from `vocab.txt` (one piece per line, id = line number).
    public let vocabulary: [String: Int]
    /// Whether text is lowercased and stripped of accents (uncased models).
    public let lowercases: Bool
    /// Ids of the special tokens.
    public let classifierID: Int, separatorID: Int, unknownID: Int

    /// Words longer than this many characters become `[UNK]`, as in transformers.
    static let maximumWordLength = 100

    /// Builds a tokenizer from the lines of `vocab.txt`.
    /// - Throws: `ModelError(.invalidConfiguration)` when `[CLS]`, `[SEP]` or `[UNK]` is missing.
    public init(vocabularyLines: [String], lowercases: Bool = true) throws {
        var vocabulary: [String: Int] = [:]
        for (index, line) in vocabularyLines.enumerated() where vocabulary[line] == nil { vocabulary[line] = index }
        guard let cls = vocabulary["[CLS]"], let sep = vocabulary["[SEP]"], let unk = vocabulary["[UNK]"] else {
            throw ModelError(.invalidConfiguration, "vocab.txt lacks one of [CLS], [SEP], [UNK]")
        }
        self.vocabulary = vocabulary
        self.lowercases = lowercases
        classifierID = cls
        separatorID = sep
        unknownID = unk
    }

    /// Reads `vocab.txt` in `directory`.
    public init(directory: URL, lowercases: Bool = true) throws {
        let url = directory.appendingPathComponent("vocab.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ModelError(.invalidConfiguration, "cannot read \(url.path)")
        }
        var lines = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        if lines.last == "" { lines.removeLast() }
        try self.init(vocabularyLines: lines, lowercases: lowercases)
    }

    /// Token ids of `text` wrapped in `[CLS]` … `[SEP]`, at most `maximumLength` ids in all (longer text is cut).
    public func encode(_ text: String, maximumLength: Int = 256) -> [Int] {
        var ids = [classifierID]
        for word in basicTokens(text) {
            ids += wordPieces(word)
            if ids.count >= maximumLength - 1 { break }
        }
        ids = Array(ids.prefix(max(1, maximumLength - 1)))
        return ids + [separatorID]
    }

    /// Words and punctuation marks after clean-up, lowercasing and accent stripping.
    public func basicTokens(_ text: String) -> [String] {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0 || scalar.value == 0xFFFD { continue }
            if Self.isWhitespace(scalar) {
                cleaned.append(" ")
            } else if Self.isControl(scalar) {
                continue
            } else if Self.isCJK(scalar) {
                cleaned.append(" ")
                cleaned.append(scalar)
                cleaned.append(" ")
            } else {
                cleaned.append(scalar)
            }
        }
        var tokens: [String] = []
        for word in String(cleaned).split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            if lowercases {
                word = word.lowercased()
                // NFD, then drop combining marks (Unicode category Mn).
                word = String(String.UnicodeScalarView(
                    word.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                        $0.properties.generalCategory != .nonspacingMark
                    }))
            }
            var current = String.UnicodeScalarView()
            for scalar in word.unicodeScalars {
                if Self.isPunctuation(scalar) {
                    if !current.isEmpty { tokens.append(String(current)) }
                    current = String.UnicodeScalarView()
                    tokens.append(String(scalar))
                } else {
                    current.append(scalar)
                }
            }
            if !current.isEmpty { tokens.append(String(current)) }
        }
        return tokens
    }

    /// Greedy longest-match-first pieces of one word, or `[UNK]`.
    func wordPieces(_ word: String) -> [Int] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= Self.maximumWordLength else { return [unknownID] }
        var pieces: [Int] = []
        var start = 0
        while start < scalars.count {
            var end = scalars.count
            var found: Int?
            while start < end {
                var piece = start > 0 ? "##" : ""
                piece.unicodeScalars.append(contentsOf: scalars[start..<end])
                if let id = vocabulary[piece] {
                    found = id
                    break
                }
                end -= 1
            }
            guard let id = found else { return [unknownID] }
            pieces.append(id)
            start = end
        }
        return pieces
    }

    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s.properties.generalCategory == .spaceSeparator
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        let category = s.properties.generalCategory
        return category == .control || category == .format
    }

    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v) {
            return true
        }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2A6DF).contains(v)
            || (0x2A700...0x2B73F).contains(v) || (0x2B740...0x2B81F).contains(v) || (0x2B820...0x2CEAF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
    }
}

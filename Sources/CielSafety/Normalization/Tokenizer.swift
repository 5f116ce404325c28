/// Splits folded text into tokens (see `TextNormalizer`, step 6 onwards).
enum Tokenizer {
    /// One whitespace-separated chunk split into its word parts.
    private struct Chunk {
        var parts: [String]
        /// Whether two or more blanks came before the chunk: in "s e x y   k i d" the wider gap separates words.
        var wideGapBefore = false
    }

    /// The whitespace-separated chunks of folded text, each marked when a wide gap precedes it.
    private static func chunks(of folded: String) -> [Chunk] {
        var chunks: [Chunk] = []
        var current = ""
        var blanks = 0
        for character in folded {
            if character.isWhitespace {
                if !current.isEmpty {
                    var next = chunk(current)
                    next.wideGapBefore = chunks.isEmpty ? false : blanks >= 2
                    if !next.parts.isEmpty { chunks.append(next) }
                    current = ""
                    blanks = 0
                }
                blanks += 1
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty {
            var next = chunk(current)
            next.wideGapBefore = chunks.isEmpty ? false : blanks >= 2
            if !next.parts.isEmpty { chunks.append(next) }
        }
        return chunks
    }

    /// The tokens of folded text.
    static func tokens(of folded: String) -> [Token] {
        let chunks = chunks(of: folded)
        var tokens: [Token] = []
        var index = 0
        while index < chunks.count {
            // A run of three or more one-letter chunks ("s e x", "s. e. x.") is one word; a wider gap ends it.
            var end = index
            while end < chunks.count, chunks[end].parts.count == 1, chunks[end].parts[0].count == 1,
                end == index || !chunks[end].wideGapBefore
            {
                end += 1
            }
            if end - index >= 3 {
                let joined = chunks[index..<end].map { $0.parts[0] }.joined()
                tokens.append(makeToken(joined))
                index = end
                continue
            }
            let parts = chunks[index].parts
            // A word spelled with punctuation between every letter ("n.u.d.e", "E.l.o.n") is that word.
            if parts.count >= 3, parts.allSatisfy({ $0.count == 1 }) {
                tokens.append(makeToken(parts.joined()))
                index += 1
                continue
            }
            var partTokens = parts.map(makeToken)
            if parts.count > 1 {
                partTokens[0].glued = partTokens.map(\.form).joined()
                partTokens[0].gluedSpan = parts.count
            }
            tokens.append(contentsOf: partTokens)
            index += 1
        }
        return tokens
    }

    /// Splits a chunk on punctuation, keeping leetspeak symbols inside words.
    private static func chunk(_ raw: String) -> Chunk {
        var trimmed = Substring(raw)
        // Trailing "!" and "|" are punctuation, not letters.
        while let last = trimmed.last, last == "!" || last == "|" || last == "¡" { trimmed = trimmed.dropLast() }
        while let first = trimmed.first, first == "|" || first == "¡" || first == "!" { trimmed = trimmed.dropFirst() }
        var parts: [String] = []
        var current = ""
        for character in trimmed {
            if character.isLetter || character.isNumber || Leetspeak.isLeet(character) {
                current.append(character)
            } else if !current.isEmpty {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        return Chunk(parts: parts)
    }

    private static func makeToken(_ raw: String) -> Token {
        let readings = Leetspeak.readings(of: raw)
        return Token(form: readings[0], alternatives: Array(readings.dropFirst()))
    }
}

import Foundation

/// Matches normalised phrases against a token stream on word boundaries.
///
/// A phrase is a sequence of words; its last word may end in `*` to match any word that starts with it
/// (`pornograph*` matches `pornographie`). A word matches a token when one of the token's readings equals it, or
/// when the token had a letter repeated three or more times and both squeeze to the same letters (`seeexxx` matches
/// `sex`, but `as` never matches `ass`). A one-word phrase also matches a punctuation-split word glued back together
/// (`n.u.d.e`).
struct PhraseMatcher<Tag: Sendable>: Sendable {
    /// A compiled phrase.
    struct Phrase: Sendable {
        var words: [String]
        var squeezedWords: [String]
        var prefix: Bool
        var tag: Tag
    }

    /// A phrase found in a prompt.
    struct Match: Sendable {
        var tag: Tag
        /// Token positions covered.
        var range: Range<Int>
    }

    private var exact: [String: [Phrase]] = [:]
    private var squeezedIndex: [String: [Phrase]] = [:]
    private var prefixes: [String: [Phrase]] = [:]
    private static var prefixKeyLength: Int { 3 }

    /// Creates an empty matcher.
    init() {}

    /// Adds a phrase written in plain text (it is normalised with the same steps as prompts).
    mutating func add(_ text: String, tag: Tag) {
        var raw = text.trimmingCharacters(in: .whitespaces)
        let prefix = raw.hasSuffix("*")
        if prefix { raw.removeLast() }
        let words = Tokenizer.tokens(of: TextNormalizer.fold(raw)).map(\.form)
        guard !words.isEmpty else { return }
        let phrase = Phrase(
            words: words, squeezedWords: words.map { Squeezer.squeeze($0).0 }, prefix: prefix, tag: tag)
        if words.count > 1 && !prefix {
            // The phrase written as one word ("heil hitler" spelled out letter by letter becomes "heilhitler").
            let joined = words.joined()
            let single = Phrase(
                words: [joined], squeezedWords: [Squeezer.squeeze(joined).0], prefix: false, tag: tag)
            exact[joined, default: []].append(single)
            squeezedIndex[single.squeezedWords[0], default: []].append(single)
        }
        if prefix && words.count == 1 {
            prefixes[String(words[0].prefix(Self.prefixKeyLength)), default: []].append(phrase)
        } else {
            exact[words[0], default: []].append(phrase)
            squeezedIndex[phrase.squeezedWords[0], default: []].append(phrase)
        }
    }

    /// Every phrase occurrence in the tokens.
    func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        for start in tokens.indices {
            let token = tokens[start]
            var candidates: [Phrase] = []
            for reading in token.readings {
                candidates += exact[reading] ?? []
                candidates += prefixes[String(reading.prefix(Self.prefixKeyLength))] ?? []
            }
            if token.hadLongRun { candidates += squeezedIndex[token.squeezed] ?? [] }
            if let glued = token.glued {
                candidates += exact[glued] ?? []
                candidates += prefixes[String(glued.prefix(Self.prefixKeyLength))] ?? []
                let squeezedGlued = Squeezer.squeeze(glued)
                if squeezedGlued.1 { candidates += squeezedIndex[squeezedGlued.0] ?? [] }
            }
            for phrase in candidates {
                if let end = match(phrase, at: start, in: tokens) {
                    found.append(Match(tag: phrase.tag, range: start..<end))
                }
            }
        }
        return found
    }

    /// The end of the phrase when it matches at `start`, else nil.
    private func match(_ phrase: Phrase, at start: Int, in tokens: [Token]) -> Int? {
        if phrase.words.count == 1, let glued = tokens[start].glued,
           wordMatches(glued, squeezed: Squeezer.squeeze(glued), phrase: phrase, index: 0)
        {
            return start + tokens[start].gluedSpan
        }
        var position = start
        for index in phrase.words.indices {
            guard position < tokens.count else { return nil }
            let token = tokens[position]
            let squeezed = token.hadLongRun ? (token.squeezed, true) : (token.form, false)
            guard token.readings.contains(where: { wordMatches($0, squeezed: squeezed, phrase: phrase, index: index) })
            else { return nil }
            position += 1
        }
        return position
    }

    private func wordMatches(
        _ reading: String, squeezed: (String, Bool), phrase: Phrase, index: Int
    ) -> Bool {
        let word = phrase.words[index]
        let isLast = index == phrase.words.count - 1
        if phrase.prefix && isLast {
            return reading.hasPrefix(word) || (squeezed.1 && squeezed.0.hasPrefix(phrase.squeezedWords[index]))
        }
        return reading == word || (squeezed.1 && squeezed.0 == phrase.squeezedWords[index])
    }
}

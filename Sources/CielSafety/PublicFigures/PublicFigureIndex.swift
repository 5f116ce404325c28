import Foundation

/// Finds living public figures named in a prompt: by full name or alias, by distinctive surname alone, and by
/// misspelled full name or surname (bounded edit distance).
///
/// The data is one person per line: `Full Name|alias|alias` (aliases include stage names and common
/// misspellings). An alias written `^Lula` counts only when the prompt writes it with a capital letter, for names
/// that are also ordinary words ("lula" is Portuguese for squid). A surname counts alone when it belongs to one person only, has at least four letters and is not
/// a common word, a first name or a very common family name (`commonWords`), and at most four listed people share it.
struct PublicFigureIndex: Sendable {
    /// How a name was found.
    enum MatchKind: String, Sendable {
        case fullName = "named_person"
        case surname = "named_surname"
        case fuzzy = "misspelled_name"
    }

    /// A person found in a prompt.
    struct Match: Sendable {
        var person: Int
        var kind: MatchKind
        var range: Range<Int>
    }

    private struct FuzzyName: Sendable {
        var person: Int
        var words: [[UInt8]]
    }

    private(set) var names: [String] = []
    private var phrases = PhraseMatcher<Int>()
    private var surnames = PhraseMatcher<Int>()
    private var fuzzyNames: [FuzzyName] = []
    /// Indices into `fuzzyNames` by the first letter of their first word and by the first letter of their second
    /// word (a misspelling rarely hits both first letters).
    private var fuzzyByFirstLetter: [UInt8: [Int]] = [:]
    private var fuzzyBySecondLetter: [UInt8: [Int]] = [:]
    private var fuzzySurnames: [Int: [(word: [UInt8], person: Int)]] = [:]
    private var capitalized: [String: Int] = [:]
    private let commonWords: Set<String>
    /// Frequent given names plus the first word of every listed full name ("karl", "serge", "johnny"): a surname
    /// right after one of them names someone else ("Karl Marx" is not Thierry Marx, "Serge Gainsbourg" not Charlotte).
    private let givenNames: Set<String>

    /// Builds the index from data lines, a set of common words that never count as a surname on their own, and
    /// given names that, before a surname, make it someone else's.
    init(lines: [String], commonWords: Set<String>, givenNames: Set<String> = []) {
        self.commonWords = commonWords
        var people: [[String]] = []
        var seen = Set<String>()
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard let first = fields.first, seen.insert(TextNormalizer.fold(first)).inserted else { continue }
            people.append(fields)
        }
        var givenNames = givenNames
        var surnameOwners: [String: Set<Int>] = [:]
        var primaryTokens: [[String]] = []
        for (person, fields) in people.enumerated() {
            names.append(fields[0])
            for (index, field) in fields.enumerated() {
                if field.hasPrefix("^") {
                    capitalized[TextNormalizer.stripAccents(String(field.dropFirst()))] = person
                    continue
                }
                phrases.add(field, tag: person)
                let words = Tokenizer.tokens(of: TextNormalizer.fold(field)).map(\.form)
                // Nicknames made of ordinary words ("the donald", "sleepy joe") are matched exactly, never fuzzily:
                // "the ronald" is not a misspelling of anyone.
                let ordinaryNickname = index > 0
                    && words.contains { commonWords.contains($0) || Self.titleWords.contains($0) || $0.count < 4 }
                if words.count >= 2 && !ordinaryNickname {
                    fuzzyNames.append(FuzzyName(person: person, words: words.map { Array($0.utf8) }))
                }
            }
            let words = Tokenizer.tokens(of: TextNormalizer.fold(fields[0])).map(\.form)
            primaryTokens.append(words)
            if words.count >= 2, let given = words.first, !Self.titleWords.contains(given) { givenNames.insert(given) }
            if words.count >= 2, words.count <= 4, let last = words.last,
               !words.contains(where: { Self.titleWords.contains($0) })
            {
                surnameOwners[last, default: []].insert(person)
            }
        }
        self.givenNames = givenNames
        for (index, name) in fuzzyNames.enumerated() {
            if let first = name.words[0].first { fuzzyByFirstLetter[first, default: []].append(index) }
            if let second = name.words[1].first { fuzzyBySecondLetter[second, default: []].append(index) }
        }
        for (surname, owners) in surnameOwners where owners.count <= 4 && surname.count >= 4
            && !commonWords.contains(surname)
        {
            guard let person = owners.first else { continue }
            surnames.add(surname, tag: person)
            if surname.count >= 7 {
                fuzzySurnames[surname.count, default: []].append((Array(surname.utf8), person))
            }
        }
    }

    /// Number of people in the index.
    var count: Int { names.count }

    /// People named by a capitalised-only alias in the raw prompt.
    func capitalizedMatches(in prompt: String) -> [Match] {
        guard !capitalized.isEmpty else { return [] }
        let words = TextNormalizer.stripAccents(prompt.precomposedStringWithCompatibilityMapping)
            .split(whereSeparator: { !$0.isLetter })
        return words.compactMap { word in
            guard word.first?.isUppercase == true, let person = capitalized[String(word)] else { return nil }
            return Match(person: person, kind: .fullName, range: 0..<0)
        }
    }

    /// Every person named in the tokens; positions in `shielded` (allow-listed phrases) are ignored.
    func matches(in tokens: [Token], shielded: Set<Int>) -> [Match] {
        func free(_ range: Range<Int>) -> Bool { !range.allSatisfy { shielded.contains($0) } }
        var found = phrases.matches(in: tokens).filter { free($0.range) }.map {
            Match(person: $0.tag, kind: .fullName, range: $0.range)
        }
        if !found.isEmpty { return found }
        found = surnames.matches(in: tokens).filter { free($0.range) && !afterAnotherGivenName($0.range, tokens) }.map {
            Match(person: $0.tag, kind: .surname, range: $0.range)
        }
        if !found.isEmpty { return found }
        return fuzzyMatches(in: tokens, shielded: shielded)
    }

    /// Whether the surname at `range` follows a listed given name (full names matched earlier, so that given name
    /// is not the surname owner's own): another person of the same family name.
    private func afterAnotherGivenName(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.lowerBound > 0 else { return false }
        return givenNames.contains(tokens[range.lowerBound - 1].form)
    }

    /// Words that make a name a title or a description, whose last word is then not a surname ("Queen Mathilde",
    /// "Albert II of Monaco").
    static let titleWords: Set<String> = [
        "king", "queen", "prince", "princess", "pope", "emperor", "empress", "crown", "grand", "duke", "duchess", "emir",
        "sheikh", "lady", "sir", "lord", "of", "the", "ii", "iii", "iv", "vi", "x", "xiv", "xvi", "jr", "roi", "reine",
        "rey", "reina", "president", "presidente", "patriarch", "ayatollah", "rabbi", "dr", "mr", "mrs",
    ]

    /// Edits tolerated in one word of a misspelled name: none below five letters, one up to seven, two beyond.
    private static func tolerance(_ length: Int) -> Int { length < 5 ? 0 : (length < 8 ? 1 : 2) }

    /// The first misspelled name found (one is enough to refuse).
    private func fuzzyMatches(in tokens: [Token], shielded: Set<Int>) -> [Match] {
        let words = tokens.map { Array($0.form.utf8) }
        for start in words.indices where !shielded.contains(start) {
            var candidates = Set(words[start].first.map { fuzzyByFirstLetter[$0] ?? [] } ?? [])
            if start + 1 < words.count, let second = words[start + 1].first {
                candidates.formUnion(fuzzyBySecondLetter[second] ?? [])
            }
            for candidate in candidates {
                let name = fuzzyNames[candidate]
                guard start + name.words.count <= words.count else { continue }
                var total = 0
                var ok = true
                for (offset, word) in name.words.enumerated() {
                    let limit = Self.tolerance(word.count)
                    let distance = EditDistance.distance(words[start + offset], word, limit: limit)
                    if distance > limit { ok = false; break }
                    total += distance
                }
                if ok && total > 0 {
                    return [Match(person: name.person, kind: .fuzzy, range: start..<(start + name.words.count))]
                }
            }
            let word = words[start]
            guard word.count >= 7, !commonWords.contains(tokens[start].form) else { continue }
            for length in (word.count - 1)...(word.count + 1) {
                for candidate in fuzzySurnames[length] ?? [] where candidate.word.first == word.first {
                    if EditDistance.distance(word, candidate.word, limit: 1) == 1 {
                        return [Match(person: candidate.person, kind: .fuzzy, range: start..<(start + 1))]
                    }
                }
            }
        }
        return []
    }
}

import Foundation

/// Parses the compact lexicon text format shared by the built-in data and operator additions.
///
/// ```
/// # a comment
/// @block sexual explicit_term      (following lines: comma-separated phrases that block in this category/rule)
/// porn*, hardcore sex, ...
/// @allow                            (innocent collocations that shield their words: "chicken breast")
/// @concept minor                    (words that mean one idea; used by rules and by the minors check)
/// @rule sexual described_nudity: clothing_verb & nothing_word & !fiction_marker
/// ```
struct LexiconSource: Sendable {
    /// A blocking phrase.
    struct BlockTerm: Sendable {
        var phrase: String
        var category: ModerationCategory
        var rule: String
    }

    /// A rule over concepts: all `required` concepts present and none of `excluded`.
    struct ConceptRule: Sendable {
        var category: ModerationCategory
        var rule: String
        var required: [String]
        var excluded: [String]
    }

    var blockTerms: [BlockTerm] = []
    var allowPhrases: [String] = []
    var concepts: [String: [String]] = [:]
    var rules: [ConceptRule] = []

    /// Parses one text; unknown sections and malformed lines are skipped (built-in data is checked by tests).
    mutating func parse(_ text: String) {
        enum Section {
            case none, block(ModerationCategory, String), allow, concept(String)
        }
        var section = Section.none
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                let words = line.dropFirst().split(separator: " ").map(String.init)
                switch words.first {
                case "block" where words.count >= 3:
                    section = ModerationCategory(rawValue: words[1]).map { .block($0, words[2]) } ?? .none
                case "allow":
                    section = .allow
                case "concept" where words.count >= 2:
                    section = .concept(words[1])
                case "rule":
                    section = .none
                    if let rule = Self.parseRule(String(line.dropFirst("@rule".count))) { rules.append(rule) }
                default:
                    section = .none
                }
                continue
            }
            let phrases = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            switch section {
            case .none: break
            case .block(let category, let rule):
                blockTerms += phrases.map { BlockTerm(phrase: $0, category: category, rule: rule) }
            case .allow: allowPhrases += phrases
            case .concept(let name): concepts[name, default: []] += phrases
            }
        }
    }

    /// Parses `CATEGORY RULE: a & b & !c`.
    static func parseRule(_ text: String) -> ConceptRule? {
        let halves = text.split(separator: ":", maxSplits: 1)
        guard halves.count == 2 else { return nil }
        let head = halves[0].split(separator: " ").map(String.init)
        guard head.count == 2, let category = ModerationCategory(rawValue: head[0]) else { return nil }
        var required: [String] = []
        var excluded: [String] = []
        for part in halves[1].split(separator: "&") {
            let name = part.trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("!") { excluded.append(String(name.dropFirst())) } else if !name.isEmpty {
                required.append(name)
            }
        }
        guard !required.isEmpty else { return nil }
        return ConceptRule(category: category, rule: head[1], required: required, excluded: excluded)
    }
}

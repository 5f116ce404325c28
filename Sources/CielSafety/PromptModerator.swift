import Foundation

/// Decides whether a prompt may be generated. Build one at start-up (it compiles the lexicons, the public-figure
/// index and the classifier, a few tens of milliseconds) and share it: it is immutable and `Sendable`.
///
/// Stages, in order; the first that refuses decides:
/// 1. normalisation (`TextNormalizer`), then allow-listed collocations shield their words;
/// 2. `minors` (hard rule): any word for a child or an age under 18 together with any sexual or suggestive signal
///    (a sexual term, a strong suggestive word, two weak ones, a sexual concept rule, or a sexual classifier score
///    at its threshold), and explicit abuse terms;
/// 3. category lexicons (six languages, inflections, euphemisms);
/// 4. concept rules (the semantic stage for paraphrases: "wearing nothing at all", "opening their wrists",
///    "the current French president");
/// 5. public figures (full name or alias, distinctive surname, misspellings);
/// 6. the semantic classifier (char n-gram + word features, calibrated thresholds), on unless the operator turns it
///    off (`"semantic_classifier": false`).
public struct PromptModerator: Sendable {
    enum Tag: Sendable {
        case block(ModerationCategory, String)
        case allow
        case concept(String)
    }

    private let normalizer = TextNormalizer()
    private let matcher: PhraseMatcher<Tag>
    private let rules: [LexiconSource.ConceptRule]
    private let figures: PublicFigureIndex
    private let classifier: SemanticClassifier?
    private let thresholds: [ModerationCategory: Double]

    /// The paraphrase stages, which can be switched off to measure what they add (`ciel moderate --without …`).
    public struct SemanticStages: OptionSet, Sendable {
        /// The bit mask.
        public let rawValue: Int
        /// Creates a set from its bit mask.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Concept rules ("wearing" + "nothing").
        public static let conceptRules = SemanticStages(rawValue: 1)
        /// The hashed n-gram classifier.
        public static let classifier = SemanticStages(rawValue: 2)
        /// Both (the default; the classifier still runs only when the configuration turns it on).
        public static let all: SemanticStages = [.conceptRules, .classifier]
    }

    /// Builds the built-in policy plus an operator's additions.
    /// - Parameters:
    ///   - configuration: Operator additions (terms, names, stricter thresholds).
    ///   - semanticStages: The paraphrase stages to run; all of them unless measuring.
    public init(
        configuration: ModerationConfiguration = ModerationConfiguration(), semanticStages: SemanticStages = .all
    ) {
        var source = LexiconSource()
        for text in BuiltinLexicon.texts { source.parse(text) }
        for (category, terms) in configuration.extraTerms {
            guard let category = ModerationCategory(rawValue: category) else { continue }
            source.blockTerms += terms.map { .init(phrase: $0, category: category, rule: "operator_term") }
        }
        var matcher = PhraseMatcher<Tag>()
        for term in source.blockTerms { matcher.add(term.phrase, tag: .block(term.category, term.rule)) }
        for phrase in source.allowPhrases { matcher.add(phrase, tag: .allow) }
        for (name, phrases) in source.concepts {
            for phrase in phrases { matcher.add(phrase, tag: .concept(name)) }
        }
        self.matcher = matcher
        rules = semanticStages.contains(.conceptRules) ? source.rules : []
        figures = PublicFigureIndex(
            lines: PublicFigureData.lines + configuration.extraPublicFigures, commonWords: PublicFigureData.commonWords,
            givenNames: PublicFigureData.givenNames)
        let useClassifier = semanticStages.contains(.classifier) && configuration.semanticClassifier
        let classifier = useClassifier ? SemanticClassifier.builtin : nil
        self.classifier = classifier
        var thresholds = classifier?.thresholds ?? [:]
        for (name, value) in configuration.thresholds {
            guard let category = ModerationCategory(rawValue: name), let current = thresholds[category] else {
                continue
            }
            thresholds[category] = min(current, value)
        }
        self.thresholds = thresholds
    }

    /// Number of people the public-figure stage knows.
    public var publicFigureCount: Int { figures.count }

    /// Moderates one prompt.
    /// - Returns: `.allow`, or `.block` with the category, the rule (`category.rule`) and a plain-words explanation.
    public func moderate(_ prompt: String) -> ModerationVerdict {
        let text = normalizer.normalize(prompt)
        let findings = findings(in: text)
        // Allow-listed collocations shield their words from the classifier too ("a blood orange").
        let unshielded = text.tokens.enumerated().filter { !findings.shielded.contains($0.offset) }
            .map(\.element.form).joined(separator: " ")
        let scores = classifier?.scores(unshielded) ?? [:]

        // Minors: a hard rule, checked first.
        if let hit = findings.hits.first(where: { $0.category == .minors }) { return block(.minors, hit.rule) }
        if findings.concepts["minor"] != nil {
            let sexualSignal = findings.hits.contains { $0.category == .sexual }
                || findings.concepts["suggestive_strong"] != nil || (findings.concepts["suggestive_weak"] ?? 0) >= 2
                || findings.rules.contains { $0.category == .sexual }
                || (scores[.sexual] ?? 0) >= (thresholds[.sexual] ?? 0.5)
                || (scores[.minors] ?? 0) >= (thresholds[.minors] ?? 0.5)
            if sexualSignal { return block(.minors, "sexualised_minor") }
        }
        for category in Self.order {
            if let hit = findings.hits.first(where: { $0.category == category }) { return block(category, hit.rule) }
        }
        if let rule = findings.rules.first(where: { $0.category != .minors }) {
            return block(rule.category, rule.rule)
        }
        if let person = figures.matches(in: text.tokens, shielded: findings.shielded).first
            ?? figures.capitalizedMatches(in: prompt).first
        {
            return block(.publicFigure, person.kind.rawValue)
        }
        for category in Self.order + [.minors] {
            if let score = scores[category], let threshold = thresholds[category], score >= threshold {
                return block(category, "semantic_classifier")
            }
        }
        return .allow
    }

    /// What the lexicons and concept rules found in one prompt.
    private struct Findings {
        /// Blocking phrases outside allow-listed collocations.
        var hits: [(category: ModerationCategory, rule: String)] = []
        /// Concept name → number of distinct places it is mentioned.
        var concepts: [String: Int] = [:]
        /// Concept rules whose concepts are all present and whose exclusions are absent.
        var rules: [LexiconSource.ConceptRule] = []
        /// Token positions inside allow-listed collocations.
        var shielded = Set<Int>()
    }

    private func findings(in text: NormalizedText) -> Findings {
        var findings = Findings()
        let matches = matcher.matches(in: text.tokens)
        for match in matches { if case .allow = match.tag { findings.shielded.formUnion(match.range) } }
        var conceptRanges: [String: [Range<Int>]] = [:]
        for match in matches where !match.range.allSatisfy({ findings.shielded.contains($0) }) {
            switch match.tag {
            case .block(let category, let rule): findings.hits.append((category, rule))
            case .concept(let name): conceptRanges[name, default: []].append(match.range)
            case .allow: break
            }
        }
        // A concept counts once per place it appears: "maillot de bain" and the "maillot" inside it are one mention.
        for (name, ranges) in conceptRanges {
            var counted: [Range<Int>] = []
            for range in ranges.sorted(by: { $0.count > $1.count })
            where !counted.contains(where: { $0.overlaps(range) }) {
                counted.append(range)
            }
            findings.concepts[name] = counted.count
        }
        if text.ages.contains(where: { $0 < 18 }) { findings.concepts["minor", default: 0] += 1 }
        findings.rules = rules.filter { rule in
            rule.required.allSatisfy { findings.concepts[$0] != nil }
                && !rule.excluded.contains { findings.concepts[$0] != nil }
        }
        return findings
    }

    /// Category order when several lexicons match.
    static let order: [ModerationCategory] = [.sexual, .violenceGore, .selfHarm, .hate, .publicFigure]

    private func block(_ category: ModerationCategory, _ rule: String) -> ModerationVerdict {
        .block(ModerationBlock(category: category, rule: "\(category.rawValue).\(rule)"))
    }

    /// For operators debugging a verdict locally (`ciel moderate --explain`): the normalised text and the person a
    /// public-figure match names. Never send this to API clients: it may name what matched.
    public func explain(_ prompt: String) -> String {
        let text = normalizer.normalize(prompt)
        let people = figures.matches(in: text.tokens, shielded: []).map {
            figures.names[$0.person] + " (" + $0.kind.rawValue + ")"
        }
        let scores = (classifier?.scores(text.text) ?? [:]).map {
            "\($0.key.rawValue)=\(String(format: "%.2f", $0.value))"
        }
        return text.text + " | people: " + people.joined(separator: ", ") + " | scores: "
            + scores.sorted().joined(separator: " ")
    }

    /// The normalised form of a prompt (what the classifier reads); for tools and training.
    public func normalizedText(_ prompt: String) -> String { normalizer.normalize(prompt).text }
}

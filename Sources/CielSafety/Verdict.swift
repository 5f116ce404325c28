/// What moderation decided about one prompt.
public enum ModerationVerdict: Sendable, Equatable {
    /// The prompt may be generated.
    case allow
    /// The prompt must be refused.
    case block(ModerationBlock)

    /// The refusal, when blocked.
    public var block: ModerationBlock? {
        if case .block(let block) = self { return block }
        return nil
    }

    /// Whether the prompt is allowed.
    public var isAllowed: Bool { block == nil }
}

/// Why a prompt was refused.
public struct ModerationBlock: Sendable, Equatable {
    /// The policy category.
    public var category: ModerationCategory
    /// The rule within the category that matched, as `category.rule` (`sexual.explicit_term`,
    /// `public_figure.named_person`, …). Never contains the matched words.
    public var rule: String
    /// A sentence for the user naming the category in plain words. Never echoes the prompt or the matched term.
    public var explanation: String

    /// Creates a refusal; the explanation defaults to the category's plain-words sentence.
    public init(category: ModerationCategory, rule: String, explanation: String? = nil) {
        self.category = category
        self.rule = rule
        self.explanation = explanation ?? category.explanation
    }
}

/// The policy categories (defaults in PRODUCT.md). `minors` is a hard rule no configuration can turn off.
public enum ModerationCategory: String, Sendable, CaseIterable, Codable {
    /// Sexual content and nudity.
    case sexual
    /// Anything sexual or suggestive involving a minor.
    case minors
    /// Real, living public figures.
    case publicFigure = "public_figure"
    /// Graphic violence and gore.
    case violenceGore = "violence_gore"
    /// Hate and extremist propaganda.
    case hate
    /// Depiction of, or instructions for, self-harm and suicide.
    case selfHarm = "self_harm"

    /// The category in plain words, for messages.
    public var plainName: String {
        switch self {
        case .sexual: "sexual content or nudity"
        case .minors: "sexual or suggestive content involving minors"
        case .publicFigure: "a real public figure"
        case .violenceGore: "graphic violence or gore"
        case .hate: "hate or extremist content"
        case .selfHarm: "self-harm or suicide"
        }
    }

    /// The sentence shown to a user whose prompt was refused in this category.
    public var explanation: String {
        switch self {
        case .publicFigure:
            "This prompt was refused because it appears to depict \(plainName), which this server does not generate."
        default:
            "This prompt was refused because it appears to ask for \(plainName), which this server does not generate."
        }
    }
}

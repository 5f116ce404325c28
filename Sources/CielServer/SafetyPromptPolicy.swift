import CielSafety

/// The server's prompt policy: CielSafety's multilingual moderation (on by default in `ciel serve`).
///
/// A refusal's message names the category in plain words ("…appears to ask for sexual content or nudity…") and never
/// the matched term; its rule (`sexual.nudity`, `public_figure.named_person`, …) goes to logs and the audit table.
public struct SafetyPromptPolicy: PromptPolicy {
    /// The moderator, built once.
    public let moderator: PromptModerator

    /// Wraps a moderator (the built-in policy by default).
    public init(moderator: PromptModerator = PromptModerator()) {
        self.moderator = moderator
    }

    /// Moderates the prompt; a block becomes a refusal whose message is the category's plain-words sentence.
    public func check(prompt: String) async -> PolicyRefusal? {
        guard let block = moderator.moderate(prompt).block else { return nil }
        return PolicyRefusal(rule: block.rule, message: block.explanation, category: block.category.rawValue)
    }
}

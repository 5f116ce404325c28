import Foundation

/// Operator settings, read from a JSON file (`--moderation-config PATH`). They can only make the policy stricter:
/// terms and names are added to the built-in ones, and classifier thresholds can only be lowered. Nothing here can
/// allow what the built-in policy refuses (in particular the `minors` rule).
///
/// ```json
/// {
///   "extra_terms": { "violence_gore": ["chainsaw massacre"], "sexual": ["spicy pics"] },
///   "extra_public_figures": ["Jane Example|J. Example"],
///   "semantic_classifier": true,
///   "thresholds": { "sexual": 0.5 }
/// }
/// ```
public struct ModerationConfiguration: Codable, Sendable, Equatable {
    /// Extra blocking phrases per category (`*` at the end of the last word matches any ending).
    public var extraTerms: [String: [String]]  // "extra_terms"
    /// Extra people, one `Full Name|alias|…` line each.
    public var extraPublicFigures: [String]  // "extra_public_figures"
    /// The hashed n-gram classifier as an extra stage, on by default since session 2 (trained on 8,832 prompts since
    /// session 3, it lifts recall on the held-out `eval_fresh7.jsonl` from 54 % to 82 %;
    /// docs/MODERATION.md). `"semantic_classifier": false` turns it off.
    public var semanticClassifier: Bool  // "semantic_classifier"
    /// Semantic-classifier thresholds per category; a value above the built-in one is ignored.
    public var thresholds: [String: Double]  // "thresholds"

    enum CodingKeys: String, CodingKey {
        case extraTerms = "extra_terms", extraPublicFigures = "extra_public_figures"
        case semanticClassifier = "semantic_classifier", thresholds
    }

    /// The empty configuration (built-in policy only).
    public init(
        extraTerms: [String: [String]] = [:], extraPublicFigures: [String] = [], semanticClassifier: Bool = true,
        thresholds: [String: Double] = [:]
    ) {
        self.semanticClassifier = semanticClassifier
        self.extraTerms = extraTerms
        self.extraPublicFigures = extraPublicFigures
        self.thresholds = thresholds
    }

    /// Decodes the JSON file; every key is optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        extraTerms = try container.decodeIfPresent([String: [String]].self, forKey: .extraTerms) ?? [:]
        extraPublicFigures = try container.decodeIfPresent([String].self, forKey: .extraPublicFigures) ?? []
        semanticClassifier = try container.decodeIfPresent(Bool.self, forKey: .semanticClassifier) ?? true
        thresholds = try container.decodeIfPresent([String: Double].self, forKey: .thresholds) ?? [:]
    }

    /// Reads and validates a configuration file.
    /// - Throws: `ModerationError` naming the file and what is wrong with it.
    public static func load(from url: URL) throws -> ModerationConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ModerationError(.unreadableConfiguration, "cannot read moderation config \(url.path)", cause: error)
        }
        let configuration: ModerationConfiguration
        do {
            configuration = try JSONDecoder().decode(ModerationConfiguration.self, from: data)
        } catch {
            throw ModerationError(
                .invalidConfiguration, "moderation config \(url.path) is not valid JSON of the expected shape",
                cause: error)
        }
        try configuration.validate(source: url.path)
        return configuration
    }

    /// Checks category names and threshold ranges.
    public func validate(source: String = "moderation config") throws {
        let names = ModerationCategory.allCases.map(\.rawValue).joined(separator: ", ")
        for key in Array(extraTerms.keys) + Array(thresholds.keys) where ModerationCategory(rawValue: key) == nil {
            throw ModerationError(.invalidConfiguration, "\(source): unknown category '\(key)' (known: \(names))")
        }
        for (key, value) in thresholds where !(value > 0 && value <= 1) {
            throw ModerationError(
                .invalidConfiguration, "\(source): threshold for \(key) must be in (0, 1], got \(value)")
        }
    }
}

/// The one error type of CielSafety.
public struct ModerationError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public struct Code: Hashable, Sendable {
        let name: String
        /// The configuration file could not be read.
        public static let unreadableConfiguration = Code(name: "unreadable_configuration")
        /// The configuration file is malformed.
        public static let invalidConfiguration = Code(name: "invalid_configuration")
    }

    /// The failure kind.
    public var code: Code
    /// What went wrong and how to fix it.
    public var message: String
    /// The underlying error, if any.
    public var cause: (any Error)?

    init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    /// The message.
    public var description: String { message }
}

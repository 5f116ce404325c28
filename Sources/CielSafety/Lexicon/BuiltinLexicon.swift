/// The built-in lexicons, in the `LexiconSource` format. Each category lives in its own file; all six policy
/// languages (English, French, Spanish, German, Italian, Portuguese) are in each.
enum BuiltinLexicon {
    /// Every built-in text, in parse order.
    static let texts: [String] = [
        sexual, minors, violence, hate, selfHarm, concepts, rules, allow,
    ]
}

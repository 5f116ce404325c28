import Foundation

/// Finds ages written as numbers ("14 year old", "14yo", "14 ans", "14 años", "14 anni", "14-jährige", "aged 14").
enum AgeExtractor {
    private static let patterns: [NSRegularExpression] = [
        #"\b(\d{1,2})\s*-?\s*(?:yo|y/o|y\.o|yrs?\s*-?\s*olds?|years?\s*-?\s*olds?|year-olds?|ans|anos|anni|jahre\s+alt|jahrige[nmrs]?|enne|jarige|letni)\b"#,
        #"\b(?:aged?|age\s+de|edad\s+de|alter\s+von|idade\s+de|eta\s+di|agee\s+de)\s*:?\s*(\d{1,2})\b"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// Ages in years found in folded text.
    static func ages(in folded: String) -> [Int] {
        let range = NSRange(folded.startIndex..., in: folded)
        var ages: [Int] = []
        for pattern in patterns {
            for match in pattern.matches(in: folded, range: range) {
                guard let numberRange = Range(match.range(at: 1), in: folded), let age = Int(folded[numberRange])
                else { continue }
                ages.append(age)
            }
        }
        return ages
    }
}

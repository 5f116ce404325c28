/// Undoes leetspeak inside a token: digits and symbols that stand for letters.
enum Leetspeak {
    /// Unambiguous substitutions.
    static let table: [Character: Character] = [
        "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "6": "g",
        "@": "a", "$": "s", "!": "i", "€": "e", "£": "l", "¡": "i",
    ]

    /// Symbols read as `i` first and `l` as the alternative (`1`, `|`).
    static let iOrL: Set<Character> = ["1", "|"]

    /// Whether a character may stand for a letter.
    static func isLeet(_ character: Character) -> Bool { table[character] != nil || iOrL.contains(character) }

    /// Whether a token should be read as leetspeak: it mixes letters with look-alikes, or it has at least two
    /// characters and a look-alike symbol (pure numbers stay numbers).
    static func applies(to token: String) -> Bool {
        var hasLetter = false
        var hasLeet = false
        var hasSymbol = false
        for character in token {
            if character.isLetter { hasLetter = true }
            if isLeet(character) {
                hasLeet = true
                if !character.isNumber { hasSymbol = true }
            }
        }
        return (hasLetter && hasLeet) || (hasSymbol && token.count >= 2)
    }

    /// The readings of a token: the primary one (`1` → `i`) first, then the `l` reading when it differs.
    static func readings(of token: String) -> [String] {
        guard applies(to: token) else { return [token] }
        var primary = ""
        var alternative = ""
        for character in token {
            if iOrL.contains(character) {
                primary.append("i")
                alternative.append("l")
            } else if let letter = table[character] {
                primary.append(letter)
                alternative.append(letter)
            } else {
                primary.append(character)
                alternative.append(character)
            }
        }
        return primary == alternative ? [primary] : [primary, alternative]
    }
}

/// Squeezes runs of a repeated letter.
enum Squeezer {
    /// Returns the word with each run of one letter reduced to a single letter, and whether any run was three or
    /// more long.
    static func squeeze(_ word: String) -> (String, Bool) {
        var result = ""
        var previous: Character?
        var run = 0
        var long = false
        for character in word {
            if character == previous {
                run += 1
                if run >= 3 { long = true }
            } else {
                result.append(character)
                previous = character
                run = 1
            }
        }
        return (result, long)
    }
}

import Foundation

/// The normalizers of HF tokenizers that SentencePiece/T5 tokenizers use.
indirect enum TextNormalizer: Sendable {
    case precompiled(PrecompiledCharsMap)
    case sequence([TextNormalizer])
    /// `Replace` with a literal pattern or a regular expression.
    case replaceLiteral(String, String)
    case replaceRegex(NSRegularExpressionBox, String)
    case strip(left: Bool, right: Bool)
    case nfkc, nfc, nfd, nfkd, lowercase
    case prepend(String)

    func apply(_ text: String) -> String {
        switch self {
        case .precompiled(let map): return map.normalize(text)
        case .sequence(let steps): return steps.reduce(text) { $1.apply($0) }
        case .replaceLiteral(let pattern, let content): return text.replacingScalars(pattern, with: content)
        case .replaceRegex(let box, let content):
            let range = NSRange(text.startIndex..., in: text)
            let template = NSRegularExpression.escapedTemplate(for: content)
            return box.regex.stringByReplacingMatches(in: text, range: range, withTemplate: template)
        case .strip(let left, let right):
            var scalars = Substring.UnicodeScalarView(text.unicodeScalars)
            while left, let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
            while right, let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
            return String(scalars)
        case .nfkc: return text.precomposedStringWithCompatibilityMapping
        case .nfc: return text.precomposedStringWithCanonicalMapping
        case .nfd: return text.decomposedStringWithCanonicalMapping
        case .nfkd: return text.decomposedStringWithCompatibilityMapping
        case .lowercase: return text.lowercased()
        case .prepend(let prefix): return text.isEmpty ? text : prefix + text
        }
    }
}

/// A compiled regular expression that may be shared across threads (it is immutable once made).
struct NSRegularExpressionBox: @unchecked Sendable {
    let regex: NSRegularExpression
}

/// The pre-tokenizers of HF tokenizers that SentencePiece/T5 tokenizers use.
indirect enum PreTokenizer: Sendable {
    /// When a `Metaspace` adds its replacement character in front of a piece.
    enum PrependScheme: String, Sendable {
        case always, first, never
    }

    case sequence([PreTokenizer])
    /// Splits on Unicode `White_Space`, dropping it.
    case whitespaceSplit
    /// Replaces spaces by `replacement`, prepends it per `scheme`, optionally splits before each replacement.
    case metaspace(replacement: Character, scheme: PrependScheme, split: Bool)

    /// A piece of text and whether it begins the original input (for `PrependScheme.first`).
    struct Piece {
        var text: String
        var atInputStart: Bool
    }

    func apply(_ pieces: [Piece]) -> [Piece] {
        switch self {
        case .sequence(let steps):
            return steps.reduce(pieces) { $1.apply($0) }
        case .whitespaceSplit:
            return pieces.flatMap { piece -> [Piece] in
                var result: [Piece] = []
                var current = String.UnicodeScalarView()
                var startsAtZero = piece.atInputStart
                var beganAtZero = piece.atInputStart
                for scalar in piece.text.unicodeScalars {
                    if scalar.properties.isWhitespace {
                        if !current.isEmpty {
                            result.append(Piece(text: String(current), atInputStart: beganAtZero))
                            current = String.UnicodeScalarView()
                        }
                        startsAtZero = false
                        beganAtZero = false
                    } else {
                        if current.isEmpty {
                            beganAtZero = startsAtZero
                        }
                        current.append(scalar)
                        startsAtZero = false
                    }
                }
                if !current.isEmpty {
                    result.append(Piece(text: String(current), atInputStart: beganAtZero))
                }
                return result
            }
        case .metaspace(let replacement, let scheme, let split):
            let marker = String(replacement)
            // Empty pieces are dropped (HF filters empty splits), so nothing is prepended to them.
            return pieces.filter { !$0.text.isEmpty }.flatMap { piece -> [Piece] in
                var text = piece.text.replacingScalars(" ", with: marker)
                let prepend: Bool
                switch scheme {
                case .always: prepend = !text.hasPrefix(marker)
                case .first: prepend = !text.hasPrefix(marker) && piece.atInputStart
                case .never: prepend = false
                }
                if prepend {
                    text = marker + text
                }
                guard split else {
                    return [Piece(text: text, atInputStart: piece.atInputStart)]
                }
                // Split with the marker merged into the piece that follows it.
                var result: [Piece] = []
                var current = ""
                for character in text.unicodeScalars.map(Character.init) {
                    if character == replacement, !current.isEmpty {
                        result.append(Piece(text: current, atInputStart: result.isEmpty && piece.atInputStart))
                        current = ""
                    }
                    current.append(character)
                }
                if !current.isEmpty {
                    result.append(Piece(text: current, atInputStart: result.isEmpty && piece.atInputStart))
                }
                return result
            }
        }
    }
}

extension String {
    /// Replaces every occurrence of `pattern`, compared scalar by scalar (no canonical equivalence, unlike
    /// `replacingOccurrences`), left to right without overlaps.
    func replacingScalars(_ pattern: String, with replacement: String) -> String {
        let needle = Array(pattern.unicodeScalars)
        guard !needle.isEmpty else {
            return self
        }
        let haystack = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < haystack.count {
            if i + needle.count <= haystack.count, haystack[i..<(i + needle.count)].elementsEqual(needle) {
                result.append(contentsOf: replacement.unicodeScalars)
                i += needle.count
            } else {
                result.append(haystack[i])
                i += 1
            }
        }
        return String(result)
    }
}

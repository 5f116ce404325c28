import Foundation

/// Turns a raw prompt into the token stream every moderation stage matches against.
///
/// Steps, in order (each is also exposed on its own for tests):
/// 1. Unicode NFKC (fullwidth letters, ligatures, circled and styled letters become plain ones);
/// 2. removal of invisible characters (zero-width spaces and joiners, bidi controls, soft hyphens);
/// 3. confusable folding (Cyrillic and Greek look-alikes → Latin, capitals first: Greek `Ν` is an `n`);
/// 4. case folding (`ß` → `ss` included);
/// 5. accent stripping (`é` → `e`, `œ` → `oe`, `ø` → `o`);
/// 6. tokenisation on whitespace and punctuation, keeping a glued alternative for words split by punctuation
///    (`n.u.d.e`, `s-e-x-y`) and joining runs of three or more single letters (`s e x`);
/// 7. leetspeak undoing inside tokens that mix letters with look-alike digits or symbols (`b00bs`, `pr0n`, `$ex`);
/// 8. squeezing of repeated letters (`seeexxx` → `sex`), kept as a second form so that real double letters still
///    match exactly; a token of four or more `k`s is Brazilian laughter and reads `haha`, never the Klan's `kkk`.
///
/// Ages written as numbers ("14 year old", "14yo", "de 14 ans", "14-jährige") are extracted before leetspeak undoing,
/// since digits there are not disguised letters.
public struct TextNormalizer: Sendable {
    /// Creates a normaliser.
    public init() {}

    /// Normalises a prompt into tokens.
    public func normalize(_ text: String) -> NormalizedText {
        let folded = Self.fold(text)
        let ages = AgeExtractor.ages(in: folded)
        let tokens = Tokenizer.tokens(of: folded)
        return NormalizedText(folded: folded, tokens: tokens, ages: ages)
    }

    /// Steps 1–5: NFKC, invisible characters removed, case folded, confusables and accents folded.
    public static func fold(_ text: String) -> String {
        let nfkc = text.precomposedStringWithCompatibilityMapping
        let visible = removeInvisible(nfkc)
        let latin = foldConfusables(visible)
        let lower = caseFold(latin)
        return stripAccents(lower)
    }

    /// Removes zero-width characters, bidi controls, soft hyphens and other invisible format characters.
    public static func removeInvisible(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isInvisible(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// Whether a scalar is invisible formatting (zero-width, bidi control, soft hyphen, variation selector…).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xE0000...0xE007F: return true
        default: return false
        }
    }

    /// Lower-cases with full case folding (`ß` and `ẞ` become `ss`, final sigma becomes sigma).
    public static func caseFold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ς", with: "σ")
    }

    /// Replaces Cyrillic and Greek letters that look like Latin ones by those Latin letters.
    public static func foldConfusables(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let latin = Confusables.latin[scalar] {
                scalars.append(contentsOf: latin.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Removes combining accents and folds letters with built-in strokes or ligatures (`œ`, `æ`, `ø`, `ł`, `đ`).
    public static func stripAccents(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF: continue
            default:
                if let plain = Confusables.ligatures[scalar] {
                    scalars.append(contentsOf: plain.unicodeScalars)
                } else {
                    scalars.append(scalar)
                }
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}

/// A prompt after normalisation.
public struct NormalizedText: Sendable, Equatable {
    /// The prompt after steps 1–5 (before tokenisation).
    public var folded: String
    /// The tokens, in order.
    public var tokens: [Token]
    /// Ages in years written as numbers in the prompt.
    public var ages: [Int]

    /// The tokens' primary forms joined by single spaces (what the classifier reads).
    public var text: String { tokens.map(\.form).joined(separator: " ") }
}

/// One word of a normalised prompt.
public struct Token: Sendable, Equatable {
    /// The word after leetspeak undoing (the first reading when a symbol is ambiguous).
    public var form: String
    /// Other readings: the other leetspeak reading of `1` and `|` (i or l), and the glued form of a
    /// punctuation-split word that starts here (with `span`, the number of tokens it covers).
    public var alternatives: [String]
    /// How many tokens `glued` covers (0 when there is none).
    public var gluedSpan: Int
    /// The glued form of the punctuation-split word starting at this token (`n.u.d.e` → `nude`), if any.
    public var glued: String?
    /// `form` with every run of a repeated letter squeezed to one (`seeexx` → `sex`).
    public var squeezed: String
    /// Whether `form` had a letter repeated three or more times in a row (evidence of obfuscation).
    public var hadLongRun: Bool

    /// Creates a token from its leetspeak-undone form.
    public init(form: String, alternatives: [String] = [], glued: String? = nil, gluedSpan: Int = 0) {
        // Brazilian laughter ("kkkkk") is not the Klan's initials ("kkk").
        let form = form.count >= 4 && form.allSatisfy({ $0 == "k" }) ? "haha" : form
        self.form = form
        self.alternatives = alternatives
        self.glued = glued
        self.gluedSpan = gluedSpan
        (squeezed, hadLongRun) = Squeezer.squeeze(form)
    }

    /// Every reading of this single token: the form and its alternatives.
    public var readings: [String] { [form] + alternatives }
}

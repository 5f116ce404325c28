/// The prompt clean-up diffusers' `WanPipeline` applies before tokenizing (`prompt_clean`), without `ftfy`.
///
/// `prompt_clean(text) = whitespace_clean(basic_clean(text))`, where `basic_clean` is `html.unescape` twice
/// and `strip()`, and `whitespace_clean` replaces every run of whitespace (`\s+`) by one space and strips.
/// `ftfy.fix_text` only runs in diffusers when the `ftfy` package is installed; it is not a dependency of
/// diffusers and is not reproduced here, so results match a diffusers install without `ftfy`.
///
/// Whitespace is Python's `str.isspace()` set (which is also what `\s` matches in a `str` pattern): it
/// includes U+001C–U+001F and U+0085 but not U+200B or U+180E.
public enum PromptCleaning {
    /// Cleans a prompt exactly as diffusers' `prompt_clean` does without `ftfy`.
    public static func clean(_ text: String) -> String {
        collapseWhitespace(strip(unescapeHTML(unescapeHTML(text))))
    }

    /// Whether Python's `str.isspace()` is true for this scalar.
    public static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0d, 0x1c...0x20, 0x85, 0xa0, 0x1680, 0x2000...0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Python's `str.strip()`.
    static func strip(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !isPythonWhitespace($0) }),
            let last = scalars.lastIndex(where: { !isPythonWhitespace($0) })
        else {
            return ""
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first...last])
        return String(view)
    }

    /// `re.sub(r"\s+", " ", text).strip()`.
    static func collapseWhitespace(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        var inRun = false
        for scalar in text.unicodeScalars {
            if isPythonWhitespace(scalar) {
                if !inRun {
                    view.append(" ")
                }
                inRun = true
            } else {
                view.append(scalar)
                inRun = false
            }
        }
        return strip(String(view))
    }

    /// Python's `html.unescape`: numeric references (with Python's replacements for invalid ones) and HTML5 named
    /// references, the longest known prefix of an unknown name being decoded as browsers do.
    public static func unescapeHTML(_ text: String) -> String {
        guard text.unicodeScalars.contains("&") else {
            return text
        }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (replacement, length) = reference(in: scalars, at: i + 1) {
                output.append(contentsOf: replacement.unicodeScalars)
                i += 1 + length
            } else {
                output.append(scalars[i])
                i += 1
            }
        }
        return String(output)
    }

    /// Decodes the reference after an `&` at `start`; returns its text and how many scalars it used.
    private static func reference(in s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        guard start < s.count else {
            return nil
        }
        if s[start] == "#" {
            return numericReference(in: s, at: start)
        }
        // [^\t\n\f <&#;]{1,32};?
        var end = start
        while end < s.count, end - start < 32, !"\t\n\u{0c} <&#;".unicodeScalars.contains(s[end]) {
            end += 1
        }
        guard end > start else {
            return nil
        }
        if end < s.count, s[end] == ";" {
            end += 1
        }
        let name = String(String.UnicodeScalarView(s[start..<end]))
        if let value = namedEntities[name] {
            return (value, end - start)
        }
        let nameScalars = Array(s[start..<end])
        var prefixLength = nameScalars.count - 1
        while prefixLength > 1 {
            let prefix = String(String.UnicodeScalarView(nameScalars[0..<prefixLength]))
            if let value = namedEntities[prefix] {
                let rest = String(String.UnicodeScalarView(nameScalars[prefixLength...]))
                return (value + rest, end - start)
            }
            prefixLength -= 1
        }
        return ("&" + name, end - start)
    }

    /// `#[0-9]+;?` or `#[xX][0-9a-fA-F]+;?` at `start` (which holds `#`).
    private static func numericReference(in s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var position = start + 1
        var radix: UInt32 = 10
        if position < s.count, s[position] == "x" || s[position] == "X" {
            // A decimal reference needs a digit right after '#'; 'x' makes it hexadecimal.
            radix = 16
            position += 1
        }
        var value: UInt32 = 0
        var overflow = false
        let digitsStart = position
        while position < s.count, let digit = hexDigit(s[position]), digit < radix {
            let (product, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = product.addingReportingOverflow(digit)
            overflow = overflow || o1 || o2
            value = sum
            position += 1
        }
        guard position > digitsStart else {
            return nil
        }
        if position < s.count, s[position] == ";" {
            position += 1
        }
        let length = position - start
        if overflow {
            return ("\u{fffd}", length)
        }
        if let replacement = invalidCharacterReferences[value] {
            return (replacement, length)
        }
        if (0xd800...0xdfff).contains(value) || value > 0x10ffff {
            return ("\u{fffd}", length)
        }
        if invalidCodePoints.contains(value) {
            return ("", length)
        }
        guard let scalar = Unicode.Scalar(value) else {
            return ("\u{fffd}", length)
        }
        return (String(Character(scalar)), length)
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x41...0x46: return scalar.value - 0x41 + 10
        case 0x61...0x66: return scalar.value - 0x61 + 10
        default: return nil
        }
    }
}

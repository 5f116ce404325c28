/// Finds the `@handle` cameo mentions in a prompt.
///
/// A mention is `@` followed by 3–30 characters of `[A-Za-z0-9_.]` (a trailing dot ends the sentence, not the
/// handle), not preceded by a letter, digit, `_`, `.` or `@` — so `me@example.com` is an address, not a mention.
enum CameoMentions {
    /// The lowercased handles mentioned, in order of first appearance, without repeats.
    static func handles(in prompt: String) -> [String] {
        let characters = Array(prompt.unicodeScalars)
        var handles: [String] = []
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard characters[index] == "@" else { continue }
            if index > 0, isHandleCharacter(characters[index - 1]) || characters[index - 1] == "@" { continue }
            var end = index + 1
            while end < characters.count, isHandleCharacter(characters[end]) { end += 1 }
            var handle = String(String.UnicodeScalarView(characters[(index + 1)..<end]))
            while handle.hasSuffix(".") { handle.removeLast() }
            guard (3...30).contains(handle.count) else { continue }
            let lowered = handle.lowercased()
            if !handles.contains(lowered) { handles.append(lowered) }
            index = end - 1
        }
        return handles
    }

    /// Whether `handle` is a valid cameo handle to register (3–30 of `[a-z0-9_.]`, starting with a letter or digit,
    /// not ending with a dot).
    static func isValidHandle(_ handle: String) -> Bool {
        let scalars = Array(handle.unicodeScalars)
        guard (3...30).contains(scalars.count), let first = scalars.first, let last = scalars.last else { return false }
        guard ("a"..."z").contains(first) || ("0"..."9").contains(first),
            last != "."
        else { return false }
        return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "." }
    }

    private static func isHandleCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == ".")
    }
}

/// SentencePiece's precompiled normalisation map (`precompiled_charsmap`, e.g. `nmt_nfkc`), applied the way
/// the HF tokenizers `Precompiled` normalizer applies it.
///
/// The blob is a little-endian `UInt32` trie size, a darts-clone double-array trie over UTF-8 bytes, then the
/// NUL-terminated replacement strings the trie's values point into. Normalisation walks the text one extended
/// grapheme cluster at a time: a cluster shorter than 6 UTF-8 bytes is looked up whole; otherwise (or if it has no
/// entry) each of its characters is looked up alone. A lookup takes the *shortest* key that is a prefix of the
/// chunk and replaces the whole chunk with that key's string — HF's behaviour, reproduced on purpose.
struct PrecompiledCharsMap: Sendable {
    private let units: [UInt32]
    private let normalized: [UInt8]

    /// Parses a `precompiled_charsmap` blob.
    /// - Throws: `TokenizerError` (`.malformed`) if the sizes are inconsistent.
    init(_ blob: [UInt8]) throws {
        guard blob.count >= 4 else {
            throw TokenizerError(.malformed, "precompiled_charsmap is \(blob.count) bytes, too short for its header")
        }
        let trieSize = Int(blob[0]) | Int(blob[1]) << 8 | Int(blob[2]) << 16 | Int(blob[3]) << 24
        guard trieSize % 4 == 0, trieSize <= blob.count - 4, trieSize >= 4 else {
            throw TokenizerError(.malformed, "precompiled_charsmap trie size \(trieSize) does not fit its blob")
        }
        var units = [UInt32](repeating: 0, count: trieSize / 4)
        for i in units.indices {
            let base = 4 + 4 * i
            units[i] =
                UInt32(blob[base]) | UInt32(blob[base + 1]) << 8 | UInt32(blob[base + 2]) << 16
                | UInt32(blob[base + 3]) << 24
        }
        self.units = units
        self.normalized = Array(blob[(4 + trieSize)...])
    }

    /// Values of all keys that are prefixes of `key`, shortest first (darts-clone `commonPrefixSearch`).
    private func firstPrefixValue(_ key: some Collection<UInt8>) -> Int? {
        func offset(_ unit: UInt32) -> Int { Int((unit >> 10) << ((unit & (1 << 9)) >> 6)) }
        func hasLeaf(_ unit: UInt32) -> Bool { (unit >> 8) & 1 == 1 }
        func label(_ unit: UInt32) -> UInt32 { unit & ((1 << 31) | 0xff) }
        func value(_ unit: UInt32) -> Int { Int(unit & ((1 << 31) - 1)) }
        var position = offset(units[0])
        for byte in key {
            if byte == 0 {
                return nil
            }
            position ^= Int(byte)
            guard position >= 0, position < units.count else {
                return nil
            }
            let unit = units[position]
            guard label(unit) == UInt32(byte) else {
                return nil
            }
            position ^= offset(unit)
            guard position >= 0, position < units.count else {
                return nil
            }
            if hasLeaf(unit) {
                return value(units[position])
            }
        }
        return nil
    }

    /// The replacement for a chunk of UTF-8, if the map has one.
    private func transform(_ chunk: some Collection<UInt8>) -> [UInt8]? {
        guard let start = firstPrefixValue(chunk), start < normalized.count else {
            return nil
        }
        var end = start
        while end < normalized.count, normalized[end] != 0 {
            end += 1
        }
        return Array(normalized[start..<end])
    }

    /// Normalises `text`.
    func normalize(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for grapheme in text {
            let bytes = Array(String(grapheme).utf8)
            if bytes.count < 6, let replacement = transform(bytes) {
                output += replacement
                continue
            }
            for scalar in grapheme.unicodeScalars {
                let part = Array(String(scalar).utf8)
                output += transform(part) ?? part
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

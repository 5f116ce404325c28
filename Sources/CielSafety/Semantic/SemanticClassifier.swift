import Foundation

/// A small multilingual text classifier for paraphrases the word lists miss: one logistic regression per category
/// over hashed features of the normalised prompt (word unigrams, word bigrams, character 3–5-grams of each word).
///
/// Trained by `tools/moderation/train_classifier.py` on per-category example banks in six languages; thresholds are
/// calibrated on a development split (never on `tools/moderation/eval.jsonl`). The weights are int8 with one scale
/// per category, generated into `SemanticClassifierWeights.swift`.
struct SemanticClassifier: Sendable {
    /// Number of hash buckets (a power of two).
    let dimension: Int
    /// Categories, in weight-row order.
    let categories: [ModerationCategory]
    /// int8 weights, `categories.count × dimension`, row-major.
    let weights: [Int8]
    /// One scale per category: real weight = int8 × scale.
    let scales: [Double]
    /// One bias per category.
    let biases: [Double]
    /// Calibrated thresholds on the probability.
    let thresholds: [ModerationCategory: Double]

    /// The shipped classifier, or nil when the weights are missing or malformed.
    static let builtin: SemanticClassifier? = SemanticClassifierWeights.make()

    /// Probability per category for normalised text (tokens separated by single spaces).
    func scores(_ text: String) -> [ModerationCategory: Double] {
        let features = Self.features(of: text, dimension: dimension)
        guard !features.isEmpty else { return [:] }
        let value = 1 / Double(features.count).squareRoot()
        var result: [ModerationCategory: Double] = [:]
        weights.withUnsafeBufferPointer { buffer in
            for (row, category) in categories.enumerated() {
                let base = row * dimension
                var sum = 0
                for index in features { sum += Int(buffer[base + index]) }
                let logit = Double(sum) * scales[row] * value + biases[row]
                result[category] = 1 / (1 + exp(-logit))
            }
        }
        return result
    }

    /// Distinct hashed feature indices of normalised text. Must stay identical to `features()` in
    /// `tools/moderation/train_classifier.py`.
    static func features(of text: String, dimension: Int) -> [Int] {
        let words = text.split(separator: " ").map(String.init)
        var indices = Set<Int>()
        let mask = UInt32(dimension - 1)
        func add(_ feature: String) { indices.insert(Int(fnv1a(feature) & mask)) }
        for (position, word) in words.enumerated() {
            add("w:" + word)
            if position + 1 < words.count { add("b:" + word + " " + words[position + 1]) }
            let padded = Array((" " + word + " ").unicodeScalars)
            for n in 3...5 where padded.count >= n {
                for start in 0...(padded.count - n) {
                    var gram = "c:"
                    gram.unicodeScalars.append(contentsOf: padded[start..<(start + n)])
                    add(gram)
                }
            }
        }
        return indices.sorted()
    }

    /// 32-bit FNV-1a over UTF-8.
    static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }
}

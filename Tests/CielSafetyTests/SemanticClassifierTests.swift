import Foundation
import Testing

@testable import CielSafety

@Suite("Semantic classifier")
struct SemanticClassifierTests {
    @Test("FNV-1a matches the reference values the training script uses")
    func hashing() {
        // python3 -c "h=2166136261\nfor b in b'a': h=((h^b)*16777619)&0xffffffff\nprint(hex(h))"  -> 0xe40c292c
        #expect(SemanticClassifier.fnv1a("a") == 0xE40C_292C)
        #expect(SemanticClassifier.fnv1a("") == 2_166_136_261)
    }

    @Test("features are word, bigram and character n-gram buckets, deduplicated and sorted")
    func features() {
        let indices = SemanticClassifier.features(of: "red cat", dimension: 1 << 14)
        #expect(indices == indices.sorted() && Set(indices).count == indices.count)
        #expect(indices.allSatisfy { (0..<(1 << 14)).contains($0) })
        // "red" padded is " red " (3 trigrams, 2 four-grams, 1 five-gram) + w: + b:; "cat" likewise without b:.
        #expect(indices.count <= 15 && indices.count >= 12)
        #expect(SemanticClassifier.features(of: "", dimension: 1 << 14).isEmpty)
    }

    @Test("the shipped weights load and give probabilities for every category")
    func shipped() throws {
        let classifier = try #require(SemanticClassifier.builtin)
        #expect(classifier.weights.count == classifier.dimension * classifier.categories.count)
        let scores = classifier.scores("a woman lying on silk sheets without a single piece of clothing")
        #expect(Set(scores.keys) == Set(ModerationCategory.allCases))
        #expect(scores.values.allSatisfy { (0...1).contains($0) })
        #expect(classifier.thresholds.values.allSatisfy { $0 >= 0.5 && $0 <= 0.99 })
    }

    @Test("the classifier is on by default and can be turned off; thresholds only go down")
    func onByDefault() throws {
        // A very low sexual threshold makes the classifier refuse an ordinary prompt the rules allow: proof that it
        // runs; a threshold above the calibrated one (hate 0.99) is ignored rather than loosening anything.
        let json = #"{"semantic_classifier":true,"thresholds":{"sexual":0.01,"hate":0.99}}"#
        let configuration = try JSONDecoder().decode(ModerationConfiguration.self, from: Data(json.utf8))
        #expect(configuration.semanticClassifier)
        let prompt = "two people alone in a dim room"
        #expect(PromptModerator().moderate(prompt) == .allow)
        #expect(PromptModerator(configuration: configuration).moderate(prompt).block?.rule == "sexual.semantic_classifier")
        #expect(ModerationConfiguration().semanticClassifier == true)
        let off = try JSONDecoder().decode(ModerationConfiguration.self, from: Data(#"{"semantic_classifier":false}"#.utf8))
        #expect(off.semanticClassifier == false)
    }
}

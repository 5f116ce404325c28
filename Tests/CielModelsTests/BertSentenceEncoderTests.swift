import CielTensor
import CielWeights
import Foundation
import Testing

@testable import CielModels

/// Parity of the sentence encoder (WordPiece tokenizer, BERT, mean pooling, L2 normalisation) with transformers'
/// `BertTokenizer` / `BertModel` on a random 2-layer BERT, and of the tokenizer with the real all-MiniLM-L6-v2
/// vocabulary on tricky multilingual strings. Regenerate with `python tools/fixturelib/bert_refs.py Fixtures/engine`.
@Suite struct BertSentenceEncoderTests {
    struct Case: Decodable {
        let text: String
        let ids: [Int]?
        let hidden: [Float]?
        let embedding: [Float]?
    }

    struct Reference: Decodable {
        let max_seq_length: Int
        let cases: [Case]
    }

    static func reference() throws -> Reference {
        let data = try Data(contentsOf: Fixtures.url("engine/bert-mini/reference.json"))
        return try JSONDecoder().decode(Reference.self, from: data)
    }

    @Test func matchesTransformersOnARandomBert() throws {
        let encoder = try BertSentenceEncoder(directory: Fixtures.url("engine/bert-mini/model"))
        let reference = try Self.reference()
        #expect(encoder.maximumLength == reference.max_seq_length)
        for item in reference.cases {
            let ids = encoder.tokenizer.encode(item.text, maximumLength: encoder.maximumLength)
            #expect(ids == item.ids, "tokens of \(item.text)")
            let hidden = try encoder.encode(ids: item.ids ?? []).scalars
            let error = maxAbsDifference(hidden, item.hidden ?? [])
            #expect(error <= 1e-4 * max(1, maxAbs(item.hidden ?? [])), "hidden max-abs error \(error) for \(item.text)")
            let embedding = try encoder.embed(item.text)
            let embeddingError = maxAbsDifference(embedding, item.embedding ?? [])
            #expect(embeddingError <= 1e-5, "embedding max-abs error \(embeddingError) for \(item.text)")
        }
    }

    @Test func tokenizerMatchesBertTokenizerWithTheMiniLMVocabulary() throws {
        let folder = Fixtures.url("engine/minilm-tokenizer")
        let tokenizer = try WordPieceTokenizer(directory: folder)
        let data = try Data(contentsOf: folder.appendingPathComponent("cases.json"))
        let cases = try JSONDecoder().decode([Case].self, from: data)
        #expect(cases.count >= 10)
        for item in cases {
            #expect(tokenizer.encode(item.text) == item.ids, "tokens of \(item.text.debugDescription)")
        }
    }

    @Test func longTextIsCutToTheMaximumLength() throws {
        let tokenizer = try WordPieceTokenizer(directory: Fixtures.url("engine/minilm-tokenizer"))
        let ids = tokenizer.encode(String(repeating: "video of a cat ", count: 200), maximumLength: 16)
        #expect(ids.count == 16)
        #expect(ids.first == tokenizer.classifierID && ids.last == tokenizer.separatorID)
    }

    @Test func rejectsAFolderWithoutWeights() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bert-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Fixtures.url("engine/bert-mini/model/config.json"),
                                         to: folder.appendingPathComponent("config.json"))
        try FileManager.default.copyItem(at: Fixtures.url("engine/bert-mini/model/vocab.txt"),
                                         to: folder.appendingPathComponent("vocab.txt"))
        #expect(throws: (any Error).self) { _ = try BertSentenceEncoder(directory: folder) }
    }

    @Test func rejectsIdsOutsideTheVocabulary() throws {
        let encoder = try BertSentenceEncoder(directory: Fixtures.url("engine/bert-mini/model"))
        #expect(throws: ModelError.self) { _ = try encoder.embed(ids: [2, 700, 3]) }
        #expect(throws: ModelError.self) { _ = try encoder.embed(ids: []) }
    }

    /// The real model, when `scripts/setup` or `scripts/test` installed it from PyPI into `models/encoders`.
    @Test(.enabled(if: FileManager.default.fileExists(
        atPath: Fixtures.root.deletingLastPathComponent().appendingPathComponent("models/encoders/all-minilm-l6-v2/model.safetensors").path)))
    func matchesSentenceTransformersWithTheRealMiniLM() throws {
        let folder = Fixtures.root.deletingLastPathComponent().appendingPathComponent("models/encoders/all-minilm-l6-v2")
        let encoder = try BertSentenceEncoder(directory: folder)
        let data = try Data(contentsOf: Fixtures.url("engine/minilm-tokenizer/embeddings.json"))
        let cases = try JSONDecoder().decode([Case].self, from: data)
        for item in cases {
            let error = maxAbsDifference(try encoder.embed(item.text), item.embedding ?? [])
            #expect(error <= 1e-4, "embedding max-abs error \(error) for \(item.text)")
        }
    }
}

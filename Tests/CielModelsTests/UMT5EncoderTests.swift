import CielTensor
import CielWeights
import Foundation
import Testing

@testable import CielModels

/// Parity of the Swift UMT5 encoder with transformers' `UMT5EncoderModel` on a tiny random config
/// (150 tokens, so relative positions reach the logarithmic buckets; second row padded after 40 tokens).
/// Regenerate with `python tools/fixturelib/umt5_refs.py Fixtures/engine/umt5-mini`.
@Suite struct UMT5EncoderTests {
    let folder = Fixtures.url("engine/umt5-mini")

    @Test(arguments: [0, 1]) func matchesTransformers(row: Int) throws {
        let model = folder.appendingPathComponent("model")
        let encoder = try UMT5Encoder(configuration: try UMT5Configuration.load(from: model),
                                      weights: try WeightStore(directory: model))
        let reference = try SafetensorsFile(url: folder.appendingPathComponent("reference.safetensors"))
        let ids = try reference.tensor("input_ids").scalars, mask = try reference.tensor("attention_mask").scalars
        let length = 150
        let rowIds = ids[(row * length)..<((row + 1) * length)].map { Int($0) }
        let rowMask = Array(mask[(row * length)..<((row + 1) * length)])
        let hidden = try encoder.encode(ids: rowIds, mask: rowMask, backend: CPUBackend())
        let expected = Array(try reference.tensor("hidden").scalars[(row * length * 32)..<((row + 1) * length * 32)])
        // Only real tokens matter to Wan (padded rows are zeroed by the pipeline), but transformers computes all.
        let error = maxAbsDifference(hidden.scalars, expected)
        #expect(error <= 1e-4 * max(1, maxAbs(expected)), "max-abs error \(error)")
    }

    @Test func rejectsTokenIdsOutsideTheVocabulary() throws {
        let model = folder.appendingPathComponent("model")
        let encoder = try UMT5Encoder(configuration: try UMT5Configuration.load(from: model),
                                      weights: try WeightStore(directory: model))
        #expect(throws: ModelError.self) { _ = try encoder.encode(ids: [5, 64], mask: [1, 1], backend: CPUBackend()) }
    }
}

import CielTensor
import CielWeights
import Foundation
import Testing

@testable import CielModels

/// Parity of the Swift Wan transformer with diffusers' `WanTransformer3DModel` on a tiny random config.
/// Regenerate with `python tools/fixturelib/transformer_refs.py Fixtures/engine/transformer-mini`.
@Suite struct WanTransformerTests {
    let folder = Fixtures.url("engine/transformer-mini")

    func load() throws -> (WanTransformer, SafetensorsFile) {
        let model = folder.appendingPathComponent("model")
        let configuration = try WanTransformerConfiguration.load(from: model)
        let transformer = try WanTransformer(configuration: configuration, weights: try WeightStore(directory: model))
        let reference = try SafetensorsFile(url: folder.appendingPathComponent("reference.safetensors"))
        return (transformer, reference)
    }

    @Test func matchesDiffusersWithScalarTimestep() throws {
        let (transformer, reference) = try load()
        let backend = CPUBackend()
        let text = transformer.embedText(try reference.tensor("ctx"), backend: backend)
        let out = try transformer(latents: try reference.tensor("x"), timesteps: [750], embeddedText: text, backend: backend)
        let expected = try reference.tensor("out").scalars
        #expect(out.shape == [4, 3, 6, 8])
        let error = maxAbsDifference(out.scalars, expected)
        #expect(error <= 1e-4 * max(1, maxAbs(expected)), "max-abs error \(error)")
    }

    @Test func matchesDiffusersWithPerTokenTimesteps() throws {
        let (transformer, reference) = try load()
        let backend = CPUBackend()
        let text = transformer.embedText(try reference.tensor("ctx"), backend: backend)
        let timesteps = (0..<36).map { $0 < 12 ? Float(0) : 750 }
        let out = try transformer(latents: try reference.tensor("x"), timesteps: timesteps, embeddedText: text, backend: backend)
        let expected = try reference.tensor("out_per_token").scalars
        let error = maxAbsDifference(out.scalars, expected)
        #expect(error <= 1e-4 * max(1, maxAbs(expected)), "max-abs error \(error)")
    }

    @Test func rejectsLatentsThatDoNotFitThePatchSize() throws {
        let (transformer, reference) = try load()
        let backend = CPUBackend()
        let text = transformer.embedText(try reference.tensor("ctx"), backend: backend)
        #expect(throws: ModelError.self) {
            _ = try transformer(latents: .zeros([4, 3, 5, 8]), timesteps: [1], embeddedText: text, backend: backend)
        }
    }

    @Test func reportsAMissingTensorByName() throws {
        let configuration = try WanTransformerConfiguration.load(from: folder.appendingPathComponent("model"))
        var bigger = configuration
        bigger.layerCount = 3
        do {
            _ = try WanTransformer(configuration: bigger, weights: try WeightStore(directory: folder.appendingPathComponent("model")))
            Issue.record("loading a 3-layer model from a 2-layer checkpoint must fail")
        } catch let error as WeightsError {
            #expect(error.message.contains("blocks.2."))
        }
    }
}

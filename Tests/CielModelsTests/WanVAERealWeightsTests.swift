import CielTensor
import CielWeights
import Foundation
import Testing

@testable import CielModels

/// Runs only when `CIEL_WAN_DIR` points at a Wan2.1-T2V-1.3B-Diffusers folder (or one made by
/// `tools/make_random_wan.py`); skipped otherwise.
@Suite("WanVAE with real weights", .enabled(if: ProcessInfo.processInfo.environment["CIEL_WAN_DIR"] != nil,
                                            "set CIEL_WAN_DIR to a Wan2.1-T2V-1.3B-Diffusers folder to run"))
struct WanVAERealWeightsTests {
    @Test("the real VAE loads with every tensor consumed and decodes a small latent")
    func realVAE() throws {
        let root = URL(fileURLWithPath: ProcessInfo.processInfo.environment["CIEL_WAN_DIR"] ?? "")
        let folder = root.appendingPathComponent("vae")
        let configuration = try WanVAEConfiguration.load(from: folder)
        #expect(configuration.decoderLevelWidths == [384, 384, 384, 192, 96])
        let store = try WeightStore(directory: folder)
        let vae = try WanVAE(configuration: configuration, weights: store, backend: CPUBackend())
        #expect(store.unusedNames.isEmpty)
        let latents = vae.denormalize(Tensor.zeros([16, 2, 2, 3]))
        let frames = try vae.decode(latents: latents)
        #expect(frames.shape == [3, 5, 16, 24])
        #expect(frames.scalars.allSatisfy { $0.isFinite && abs($0) <= 1 })
        let mean = try vae.encode(video: frames)
        #expect(mean.shape == [16, 2, 2, 3])
    }
}

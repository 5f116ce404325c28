import CielTensor
import CielWeights
import Foundation
import Testing

@testable import CielModels

@Suite("WanVAE configuration and weights")
struct WanVAELoadingTests {
    @Test("config.json keys map to the configuration")
    func configuration() throws {
        let c = try WanVAEConfiguration.load(from: WanVAEFixtures.folder("vae-b").appendingPathComponent("vae"))
        #expect(c.baseDimension == 4)
        #expect(c.latentChannels == 8)
        #expect(c.dimensionMultipliers == [1, 2, 4, 4])
        #expect(c.residualBlockCount == 2)
        #expect(c.temporalDownsample == [false, true, true])
        #expect(c.temporalUpsample == [true, true, false])
        #expect(c.latentsStd.count == 8 && c.latentsMean[1] == -0.2)
        #expect(c.decoderLevelWidths == [16, 16, 16, 8, 4])
    }

    @Test("missing keys take the Wan 2.1 defaults")
    func defaults() throws {
        let c = try JSONDecoder().decode(WanVAEConfiguration.self, from: Data("{\"z_dim\": 16}".utf8))
        #expect(c == .wan21)
        #expect(c.decoderLevelWidths == [384, 384, 384, 192, 96])
        #expect(c.encoderLevelWidths == [96, 96, 192, 384, 384])
    }

    @Test("unsupported configurations are refused with the key named")
    func unsupported() throws {
        var residual = WanVAEConfiguration.wan21
        residual.isResidual = true
        #expect(throws: ModelError.self) { try residual.validate() }
        var attention = WanVAEConfiguration.wan21
        attention.attentionScales = [0.5]
        let error = #expect(throws: ModelError.self) { try attention.validate() }
        #expect(error?.message.contains("attn_scales") == true)
        var statistics = WanVAEConfiguration.wan21
        statistics.latentsStd = [1, 2]
        #expect(throws: ModelError.self) { try statistics.validate() }
    }

    @Test("every checkpoint tensor is consumed")
    func consumption() throws {
        let folder = WanVAEFixtures.folder("vae-a").appendingPathComponent("vae")
        let store = try WeightStore(directory: folder)
        _ = try WanVAE(configuration: try WanVAEConfiguration.load(from: folder), weights: store, backend: CPUBackend())
        #expect(store.unusedNames.isEmpty)
    }

    @Test("a checkpoint that does not fit the configuration is refused with the tensor named")
    func shapeMismatch() throws {
        let folder = WanVAEFixtures.folder("vae-a").appendingPathComponent("vae")
        var configuration = try WanVAEConfiguration.load(from: folder)
        configuration.baseDimension = 8
        let error = #expect(throws: WeightsError.self) {
            _ = try WanVAE(configuration: configuration, weights: try WeightStore(directory: folder),
                           backend: CPUBackend())
        }
        #expect(error?.message.contains("decoder.conv_in.weight") == true)
    }

    @Test("bad inputs give ModelError, not a crash")
    func badInput() throws {
        let vae = try WanVAEFixtures.model("vae-a")
        #expect(throws: ModelError.self) { _ = try vae.decode(latents: Tensor.zeros([4, 1, 2, 3])) }
        #expect(throws: ModelError.self) { _ = try vae.decode(latents: Tensor.zeros([16, 2, 3])) }
        #expect(throws: ModelError.self) { _ = try vae.encode(video: Tensor.zeros([3, 1, 2, 2])) }
        #expect(throws: ModelError.self) { _ = try vae.encode(video: Tensor.zeros([1, 1, 16, 16])) }
    }

    @Test("random benchmark weights build a decode-only model that runs")
    func randomBenchmarkModel() throws {
        var configuration = WanVAEConfiguration.wan21
        configuration.baseDimension = 8
        let vae = try WanVAE.randomForBenchmark(configuration: configuration, backend: CPUBackend())
        let frames = try vae.decode(latents: Tensor.full([16, 2, 2, 3], value: 0.5))
        #expect(frames.shape == [3, 5, 16, 24])
        #expect(frames.scalars.allSatisfy { $0.isFinite && abs($0) <= 1 })
        #expect(throws: ModelError.self) { _ = try vae.encode(video: Tensor.zeros([3, 1, 16, 24])) }
    }

    @Test("decode FLOP count matches the operations counted while decoding")
    func decodeFLOPs() {
        // 858.319 GFLOP of convolutions were counted operation by operation during a real-shape decode of latents
        // 16×2×15×26 (a timing Backend wrapper), plus 1.38 GFLOP of attention and its projections.
        let flops = WanVAEConfiguration.wan21.decodeFLOPs(latentFrames: 2, latentHeight: 15, latentWidth: 26)
        #expect(abs(flops / 1e9 - 859.70) < 0.05)
        let benchmark = WanVAEConfiguration.wan21.decodeFLOPs(latentFrames: 2, latentHeight: 60, latentWidth: 104)
        #expect(benchmark > 13.5e12 && benchmark < 14e12)
    }
}

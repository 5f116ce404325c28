import CielTensor
import CielWeights
import Foundation
import Testing

@testable import CielModels

/// Numeric parity of the Swift Wan VAE with diffusers' `AutoencoderKLWan` on tiny random-weight fixtures
/// (tools/fixturelib/vae_refs.py). Tolerance: max-abs error ≤ 1e-4 × max |reference|.
@Suite("WanVAE parity with diffusers")
struct WanVAEParityTests {
    static let tolerance: Float = 1e-4

    @Test("decode matches diffusers before and after the clamp", arguments: WanVAEFixtures.names, [1, 2, 3])
    func decode(fixture: String, latentFrames: Int) throws {
        let vae = try WanVAEFixtures.model(fixture)
        let refs = try WanVAEFixtures.references(fixture)
        let latents = try refs.tensor("decode_t\(latentFrames)_latents")
        var decodedIndices: [Int] = []
        let raw = try vae.decode(latents: latents, clampOutput: false) { decodedIndices.append($0) }
        let clamped = try vae.decode(latents: latents)
        #expect(decodedIndices == Array(0..<latentFrames))
        #expect(raw.shape[1] == 1 + 4 * (latentFrames - 1))
        let rawError = WanVAEFixtures.error(raw, try refs.tensor("decode_t\(latentFrames)_raw"))
        let clampedError = WanVAEFixtures.error(clamped, try refs.tensor("decode_t\(latentFrames)"))
        print("[WanVAE] \(fixture) decode T=\(latentFrames): raw max-abs \(rawError.maxAbs) (scale \(rawError.scale)),"
              + " clamped \(clampedError.maxAbs)")
        #expect(rawError.maxAbs <= Self.tolerance * max(rawError.scale, 1e-6))
        #expect(clampedError.maxAbs <= Self.tolerance * max(clampedError.scale, 1e-6))
        #expect(clamped.scalars.allSatisfy { $0 >= -1 && $0 <= 1 })
    }

    @Test("encode (posterior mean) matches diffusers", arguments: WanVAEFixtures.names, [5, 9])
    func encode(fixture: String, frames: Int) throws {
        let vae = try WanVAEFixtures.model(fixture)
        let refs = try WanVAEFixtures.references(fixture)
        let video = try refs.tensor("encode_video")
        let input = frames == video.shape[1] ? video : CPUBackend().slice(video, axis: 1, range: 0..<frames)
        let mean = try vae.encode(video: input)
        let error = WanVAEFixtures.error(mean, try refs.tensor("encode_f\(frames)_mean"))
        print("[WanVAE] \(fixture) encode F=\(frames): max-abs \(error.maxAbs) (scale \(error.scale))")
        #expect(error.maxAbs <= Self.tolerance * error.scale)
    }

    @Test("decodeChunks streams 1 frame, then 4 per latent frame, equal to decode")
    func streaming() throws {
        let vae = try WanVAEFixtures.model("vae-b")
        let latents = try WanVAEFixtures.references("vae-b").tensor("decode_t3_latents")
        var chunks: [Tensor] = []
        try vae.decodeChunks(latents: latents) { index, frames in
            #expect(index == chunks.count)
            chunks.append(frames)
        }
        #expect(chunks.map { $0.shape[1] } == [1, 4, 4])
        let whole = try vae.decode(latents: latents)
        #expect(CPUBackend().concat(chunks, axis: 1).scalars == whole.scalars)
    }

    @Test("normalize and denormalize invert each other with the configured mean and std")
    func latentNormalisation() throws {
        let vae = try WanVAEFixtures.model("vae-b")
        let x = Tensor(shape: [8, 1, 1, 2], values: (0..<16).map { Float($0) * 0.25 - 2 })
        let normalized = vae.normalize(x)
        let back = vae.denormalize(normalized).scalars
        for (a, b) in zip(back, x.scalars) { #expect(abs(a - b) < 1e-5) }
        // channel 1: mean -0.2, std 1.2 → (x + 0.2) / 1.2
        #expect(abs(normalized.scalars[2] - (x.scalars[2] + 0.2) / 1.2) < 1e-6)
    }
}

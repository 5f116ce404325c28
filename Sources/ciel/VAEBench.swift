import ArgumentParser
import CielModels
import CielTensor
import Foundation

/// `ciel bench vae`: a Wan 2.1 VAE decode (real shapes, random weights) of N latent frames.
struct VAEBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vae", abstract: "Decode random latents with the Wan 2.1 VAE (fp32, random weights).")

    @Option(help: "Latent size FxHxW (16 channels). 2x60x104 decodes to 5 frames of 480×832.")
    var latent: LatentSize = LatentSize(argument: "2x60x104")!

    func run() throws {
        let backend = CPUBackend()
        let start = Date()
        let vae = try WanVAE.randomForBenchmark(configuration: .wan21, backend: backend)
        print(String(format: "random weights: %.1f s", Date().timeIntervalSince(start)))
        var values = [Float](repeating: 0, count: 16 * latent.frames * latent.height * latent.width)
        var state: UInt64 = 12345
        for i in values.indices {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            values[i] = Float(state >> 40) / Float(1 << 24) * 2 - 1
        }
        let latents = Tensor(shape: [16, latent.frames, latent.height, latent.width], values: values)
        let t0 = Date()
        let video = try vae.decode(latents: latents)
        let seconds = Date().timeIntervalSince(t0)
        print(String(format: "VAE decode latent %@ → %d frames %dx%d: %.2f s (%.2f s per output frame), peak RSS %@",
                     latent.description, video.shape[1], video.shape[3], video.shape[2], seconds,
                     seconds / Double(video.shape[1]), formatGiB(peakResidentBytes())))
    }
}

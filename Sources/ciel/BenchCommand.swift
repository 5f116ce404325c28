import ArgumentParser
import CielModels
import CielTensor
import Foundation

/// `ciel bench`: speed and memory of the engine with the real Wan 2.1 1.3B configs and random weights (no files).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure engine speed and peak memory with real Wan 2.1 1.3B shapes and random weights.",
        subcommands: [TransformerBench.self, VAEBench.self]
    )
}

/// Parses "FxHxW" latent sizes.
struct LatentSize: ExpressibleByArgument, CustomStringConvertible {
    var frames: Int, height: Int, width: Int

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 3, parts.allSatisfy({ $0 > 0 }) else { return nil }
        (frames, height, width) = (parts[0], parts[1], parts[2])
    }

    var description: String { "\(frames)x\(height)x\(width)" }
}

/// Peak resident memory of this process so far, in bytes (Linux `VmHWM`; `ru_maxrss` elsewhere).
func peakResidentBytes() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kb = Int(line.split(separator: " ").dropFirst().first ?? "")
    {
        return kb * 1024
    }
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Int(usage.ru_maxrss) * 1024
}

func formatGiB(_ bytes: Int) -> String { String(format: "%.2f GiB", Double(bytes) / 1_073_741_824) }

struct TransformerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transformer", abstract: "One Wan 2.1 1.3B transformer forward (fp32, 512 text tokens, t=999).")

    @Option(help: "Latent size FxHxW (16 channels). 5x30x52 is 240×416 video, 17 frames.")
    var latent: LatentSize = LatentSize(argument: "5x30x52")!

    @Option(help: "Forward passes to time (the first is reported separately as warm-up when > 1).")
    var repeats: Int = 1

    func run() throws {
        let c = WanTransformerConfiguration.wan21T2V1_3B
        let backend = CPUBackend()
        let start = Date()
        let model = try WanTransformer.random(configuration: c)
        print(String(format: "random weights: %.1f s", Date().timeIntervalSince(start)))
        let latents = Tensor.full([16, latent.frames, latent.height, latent.width], value: 0.5)
        let text = Tensor.full([512, 4096], value: 0.01)
        let tokens = latent.frames * (latent.height / 2) * (latent.width / 2)
        let flops = WanTransformer.forwardFLOPs(c, tokens: tokens, textTokens: 512)
        for run in 0..<max(1, repeats) {
            let t0 = Date()
            let embedded = model.embedText(text, backend: backend)
            let out = try model(latents: latents, timesteps: [999], embeddedText: embedded, backend: backend)
            let seconds = Date().timeIntervalSince(t0)
            let finite = out.scalars.allSatisfy { $0.isFinite }
            print(String(format: "transformer forward latent %@ (%d tokens): %.2f s, %.1f GFLOP/s, peak RSS %@%@%@",
                         latent.description, tokens, seconds, flops / seconds / 1e9, formatGiB(peakResidentBytes()),
                         finite ? "" : ", NON-FINITE OUTPUT", run == 0 && repeats > 1 ? " (warm-up)" : ""))
        }
    }
}

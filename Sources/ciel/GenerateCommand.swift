import ArgumentParser
import CielPipeline
import CielSafety
import Foundation

/// `ciel generate PROMPT`: one video from a prompt, with the default model unless `--model` says otherwise.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a video from a text prompt.",
        discussion: """
            Writes an MP4 (watermarked, C2PA-signed) or, with a .npy output, the raw frames as float32 \
            [frames, height, width, 3] in 0…1 (no watermark, no signature).
            """
    )

    @Argument(help: "What the video should show.")
    var prompt: String

    @Option(help: "Model name (e.g. ciel-tiny) or a diffusers model folder.")
    var model: String = ModelLocator.defaultModelName

    @Option(help: "What the video should avoid.")
    var negativePrompt: String?

    @Option(help: "Number of frames (4k+1). Default: the model's.")
    var frames: Int?

    @Option(help: "Duration in seconds (converted to frames at the model's frame rate).")
    var seconds: Double?

    @Option(help: "Frame size WIDTHxHEIGHT (multiples of 16). Default: the model's.")
    var size: String?

    @Option(help: "Denoising steps. Default: the model's.")
    var steps: Int?

    @Option(help: "Classifier-free guidance scale (1 turns guidance off). Default: the model's.")
    var guidance: Float?

    @Option(help: "Flow shift of the sampler. Default: the scheduler config's.")
    var shift: Double?

    @Option(help: "Sampler: default, unipc or euler.")
    var sampler: String = "default"

    @Option(help: "Random seed (same seed, same video).")
    var seed: UInt64 = 42

    @Option(help: "First frame image (for models trained with image conditioning).")
    var image: String?

    @Option(name: [.short, .long], help: "Output file: .mp4 or .npy.")
    var output: String = "ciel.mp4"

    @Option(help: "Data directory holding the signing identity (default ~/.local/share/ciel).")
    var dataDir: String?

    @OptionGroup var moderation: ModerationOptions

    mutating func validate() throws {
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard ext == "mp4" || ext == "npy" else {
            throw ValidationError("output must end in .mp4 or .npy, got \(output)")
        }
        if frames != nil && seconds != nil { throw ValidationError("give --frames or --seconds, not both") }
        if let frames, frames < 1 || (frames - 1) % 4 != 0 {
            throw ValidationError("--frames must be 4k+1 (e.g. 17, 33, 81), got \(frames)")
        }
        if let seconds, !(seconds > 0 && seconds <= 60) { throw ValidationError("--seconds must be in (0, 60], got \(seconds)") }
        if let size, FrameSize(size) == nil {
            throw ValidationError("--size must be WIDTHxHEIGHT with multiples of 16, got \(size)")
        }
        if let steps, !(1...1000).contains(steps) { throw ValidationError("--steps must be 1…1000, got \(steps)") }
        if GenerationRequest.Sampler(rawValue: sampler) == nil {
            throw ValidationError("--sampler must be default, unipc or euler, got \(sampler)")
        }
        if prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("the prompt is empty") }
    }

    func run() async throws {
        if let block = try moderation.makeModerator().moderate(prompt).block {
            throw CielCommandError("\(block.explanation) (rule \(block.rule))")
        }
        do {
            try await generate()
        } catch let error as PipelineError {
            throw CielCommandError(error.message)
        }
    }

    func generate() async throws {
        let folderURL = try ModelLocator(searchPaths: CLIEnvironment.modelSearchPaths).locate(model)
        let folder = try ModelFolder(url: folderURL)
        let defaults = folder.defaults
        let frameSize = size.flatMap(FrameSize.init) ?? FrameSize(width: defaults.width, height: defaults.height)
        var frameCount = frames ?? defaults.frames
        if let seconds { frameCount = Int((seconds * Double(defaults.fps)).rounded()) / 4 * 4 + 1 }
        var firstFrame: [Float]?
        if let image {
            firstFrame = try ImageLoader.loadRGB(path: image, width: frameSize.width, height: frameSize.height)
        }
        let request = GenerationRequest(
            prompt: prompt, negativePrompt: negativePrompt, width: frameSize.width, height: frameSize.height,
            frames: frameCount, steps: steps ?? defaults.steps, guidance: guidance ?? defaults.guidance, shift: shift,
            seed: seed, sampler: GenerationRequest.Sampler(rawValue: sampler) ?? .modelDefault, firstFrame: firstFrame)
        let engine = Engine()
        let progress = ProgressBar(enabled: isatty(STDERR_FILENO) != 0)
        var video: GeneratedVideo?
        for try await event in engine.generate(request, model: folderURL) {
            switch event {
            case .textEncoded: progress.update("encoding prompt", fraction: 0)
            case .step(let index, let count): progress.update("denoising \(index)/\(count)", fraction: Double(index) / Double(count) * 0.9)
            case .decoding(let index, let count): progress.update("decoding \(index)/\(count)", fraction: 0.9 + 0.1 * Double(index) / Double(count))
            case .completed(let result): video = result
            }
        }
        progress.finish()
        guard let video else { throw CielCommandError("generation ended without a video") }
        let url = URL(fileURLWithPath: output)
        if url.pathExtension.lowercased() == "npy" {
            try NumpyWriter.write(video.pixels, shape: [video.frames, video.height, video.width, 3], to: url)
        } else {
            try await VideoOutput.writeMP4(video, to: url, model: folderURL.lastPathComponent, prompt: prompt, seed: seed, dataDirectory: dataDir)
        }
        print("wrote \(output) (\(video.frames) frames, \(video.width)x\(video.height), \(video.fps) fps)")
    }
}

/// A `WIDTHxHEIGHT` frame size with multiples of 16.
struct FrameSize {
    var width: Int, height: Int

    init(width: Int, height: Int) { (self.width, self.height) = (width, height) }

    init?(_ text: String) {
        let parts = text.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts.allSatisfy({ $0 > 0 && $0 % 16 == 0 && $0 <= 4096 }) else { return nil }
        (width, height) = (parts[0], parts[1])
    }
}

/// Settings read once at the edge (environment and executable location).
enum CLIEnvironment {
    static var modelSearchPaths: [URL] {
        var paths: [URL] = []
        if let custom = ProcessInfo.processInfo.environment["CIEL_MODELS_DIR"] { paths.append(URL(fileURLWithPath: custom)) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // In a checkout the binary is .build/<triple>/<config>/ciel: the repository's models/ is a few levels up.
        // Installed as <prefix>/bin/ciel, models live in <prefix>/share/ciel/models.
        var ancestor = executable
        for _ in 0..<4 {
            ancestor = ancestor.deletingLastPathComponent()
            let candidate = ancestor.appendingPathComponent("models")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("ciel-tiny").path) {
                paths.append(candidate.standardizedFileURL)
                break
            }
        }
        paths.append(executable.appendingPathComponent("../share/ciel/models").standardizedFileURL)
        paths.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("models"))
        var seen = Set<String>()
        return paths.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    static func dataDirectory(_ override: String?) -> URL {
        if let override { return URL(fileURLWithPath: (override as NSString).expandingTildeInPath) }
        if let env = ProcessInfo.processInfo.environment["CIEL_DATA_DIR"] { return URL(fileURLWithPath: env) }
        let home = FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/share/ciel")
    }
}

/// A one-line progress bar on standard error (only on a terminal).
final class ProgressBar {
    let enabled: Bool
    init(enabled: Bool) { self.enabled = enabled }

    func update(_ label: String, fraction: Double) {
        guard enabled else { return }
        let width = 30
        let filled = Int((fraction * Double(width)).rounded())
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(Int(fraction * 100))% \(label)\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

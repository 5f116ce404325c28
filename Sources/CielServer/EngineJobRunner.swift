import CielMedia
import CielPipeline
import CielProvenance
import Foundation
import Logging

/// Runs jobs on the real engine: picks a render size with the requested aspect ratio near the model's native area,
/// generates, then watermarks, encodes, signs (C2PA) and writes thumbnail and spritesheet at the delivery size.
public struct EngineJobRunner: VideoJobRunner {
    /// Installed model name → its diffusers folder.
    public let models: [String: URL]
    let engine: Engine
    let publisher: VideoPublisher
    let softwareVersion: String
    let logger: Logger

    /// - Parameters:
    ///   - models: installed model names and folders.
    ///   - publisher: watermarking, encoding and signing (its identity lives in the data directory).
    public init(models: [String: URL], engine: Engine = Engine(), publisher: VideoPublisher, softwareVersion: String,
                logger: Logger = Logger(label: "ciel.engine")) {
        self.models = models
        self.engine = engine
        self.publisher = publisher
        self.softwareVersion = softwareVersion
        self.logger = logger
    }

    /// The catalog entries for `models` (image support read from each folder), best (largest) first.
    public static func catalogEntries(_ models: [String: URL]) throws -> [ModelInfo] {
        let entries = try models.map { name, url -> (ModelInfo, Int) in
            let folder = try ModelFolder(url: url)
            let size = (try? FileManager.default.attributesOfItem(
                atPath: url.appendingPathComponent("transformer").path)[.size] as? Int) ?? 0
            return (ModelInfo(name: name, supportsImageInput: folder.expandTimesteps), size)
        }
        return entries.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0.name < $1.0.name) }.map(\.0)
    }

    public func run(_ job: JobSpec, progress: @escaping @Sendable (Int) async -> Void) async throws -> JobArtifacts {
        guard let folderURL = models[job.model] else {
            throw JobFailure(code: "model_not_found", message: "model \(job.model) is not installed on this server")
        }
        let folder = try ModelFolder(url: folderURL)
        let defaults = folder.defaults
        let render = Self.renderSize(width: job.width, height: job.height, nativeArea: defaults.width * defaults.height)
        let frames = max(1, Int((Double(job.seconds) * Double(defaults.fps)).rounded()) / 4) * 4 + 1
        var firstFrame: [Float]?
        if let reference = job.inputReference {
            firstFrame = try ImageDecoder.rgbFloats(path: reference.path, width: render.width, height: render.height)
        }
        let seed = job.seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        let request = GenerationRequest(
            prompt: job.prompt, negativePrompt: job.negativePrompt ?? defaults.negativePrompt, width: render.width,
            height: render.height, frames: frames, steps: job.steps ?? defaults.steps,
            guidance: job.guidance.map { Float($0) } ?? defaults.guidance, seed: seed, firstFrame: firstFrame)
        logger.info("generating", metadata: ["video_id": "\(job.videoID)", "model": "\(job.model)",
                                             "render": "\(render.width)x\(render.height)x\(frames)", "seed": "\(seed)"])
        var video: GeneratedVideo?
        do {
            for try await event in engine.generate(request, model: folderURL) {
                try Task.checkCancellation()
                switch event {
                case .textEncoded: await progress(2)
                case .step(let index, let count): await progress(2 + 88 * index / count)
                case .decoding(let index, let count): await progress(90 + 5 * index / count)
                case .completed(let result): video = result
                }
            }
        } catch let error as PipelineError where error.code == .cancelled {
            throw CancellationError()
        } catch let error as PipelineError where error.code == .invalidRequest {
            throw JobFailure(code: "invalid_request", message: error.message)
        }
        try Task.checkCancellation()
        guard let video else { throw JobFailure(code: "generation_failed", message: "the engine produced no video") }
        let mediaFrames = try VideoFrames(width: video.width, height: video.height, fps: video.fps, floatRGB: video.pixels)
        let info = GenerationInfo(
            softwareVersion: softwareVersion, model: job.model,
            parameters: ["seed": String(seed), "frames": String(video.frames), "video_id": job.videoID])
        let published = try await publisher.publish(
            frames: mediaFrames, deliverySize: try DeliverySize(width: job.width, height: job.height), info: info,
            to: job.outputFolder)
        await progress(100)
        return JobArtifacts(video: published.mp4, thumbnail: published.thumbnail, spritesheet: published.spritesheet)
    }

    /// A size with the requested aspect ratio, about `nativeArea` pixels, sides multiples of 16.
    static func renderSize(width: Int, height: Int, nativeArea: Int) -> (width: Int, height: Int) {
        let aspect = Double(width) / Double(height)
        let h = (Double(nativeArea) / aspect).squareRoot()
        let w = h * aspect
        return (max(16, Int((w / 16).rounded()) * 16), max(16, Int((h / 16).rounded()) * 16))
    }
}

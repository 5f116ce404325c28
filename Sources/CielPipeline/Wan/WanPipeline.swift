import CielModels
import CielTensor
import CielWeights
import Foundation

/// Text-to-video (and first-frame image-to-video) with a Wan model in the diffusers layout, computing what diffusers'
/// `WanPipeline` computes: same prompt handling, same seeded noise, same schedule, same guidance, same decoding.
public final class WanPipeline: @unchecked Sendable {
    public let folder: ModelFolder
    let backend: any Backend
    let tokenizer: UnigramTokenizer
    let transformer: WanTransformer
    let vae: WanVAE
    let scheduler: SchedulerConfiguration
    /// Text states are zero-padded to this many tokens, as the reference does.
    public static let textLength = 512

    /// Loads every component of `folder` (the text encoder stays memory-mapped until a prompt is encoded).
    public init(folder: ModelFolder, backend: any Backend = CPUBackend()) throws {
        self.folder = folder
        self.backend = backend
        do {
            tokenizer = try UnigramTokenizer.load(directory: folder.component("tokenizer"))
            let transformerURL = folder.component("transformer")
            transformer = try WanTransformer(
                configuration: try WanTransformerConfiguration.load(from: transformerURL),
                weights: try WeightStore(directory: transformerURL))
            let vaeURL = folder.component("vae")
            vae = try WanVAE(configuration: try WanVAEConfiguration.load(from: vaeURL),
                             weights: try WeightStore(directory: vaeURL), backend: backend)
            scheduler = try SchedulerConfiguration(
                contentsOf: folder.component("scheduler").appendingPathComponent("scheduler_config.json"))
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(.invalidModel, "cannot load the model in \(folder.url.path): \(error)")
        }
    }

    /// Whether this model accepts a first frame (trained with per-token timesteps).
    public var supportsFirstFrame: Bool { folder.expandTimesteps }

    /// Generates one video. `events` receives progress; `isCancelled` is polled between steps.
    /// - Throws: `PipelineError(.invalidRequest)` for bad parameters, `.cancelled` when `isCancelled` turned true.
    public func generate(
        _ request: GenerationRequest, events: (GenerationEvent) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws -> GeneratedVideo {
        let b = backend
        try request.validate(spatialScale: vae.configuration.spatialScale, temporalScale: vae.configuration.temporalScale,
                             patch: transformer.configuration.patchSize[1])
        if request.firstFrame != nil && !supportsFirstFrame {
            throw PipelineError(.invalidRequest, "this model cannot start from an image (it was not trained for first-frame conditioning)")
        }
        // Text: encode, trim to the real length, zero-pad to 512, project once for all steps.
        let guided = request.guidance > 1
        let positive = try encodePrompt(request.prompt)
        let negative = guided ? try encodePrompt(request.negativePrompt ?? folder.defaults.negativePrompt) : nil
        releaseTextEncoder()
        events(.textEncoded)
        let positiveText = transformer.embedText(positive, backend: b)
        let negativeText = negative.map { transformer.embedText($0, backend: b) }

        // Noise: torch.randn((1, C, T, h, w)) from a CPU generator seeded with the request's seed.
        let channels = transformer.configuration.inChannels
        let latentShape = [channels, (request.frames - 1) / vae.configuration.temporalScale + 1,
                           request.height / vae.configuration.spatialScale, request.width / vae.configuration.spatialScale]
        var generator = TorchGenerator(seed: request.seed)
        var latents = generator.randn(shape: [1] + latentShape)

        // First frame (TI2V): clean latent of the image for the first latent frame, per-token timestep 0 there.
        let condition = try request.firstFrame.map { try encodeFirstFrame($0, request: request) }
        let firstFrameCount = latentShape[2] * latentShape[3]  // latent positions in one latent frame
        let patch = transformer.configuration.patchSize
        let tokensPerFrame = (latentShape[2] / patch[1]) * (latentShape[3] / patch[2])
        let tokenCount = latentShape[1] / patch[0] * tokensPerFrame

        var sampler = try makeScheduler(request)
        let count = sampler.timesteps.count
        for (index, t) in sampler.timesteps.enumerated() {
            if isCancelled() { throw PipelineError(.cancelled, "generation was cancelled") }
            var input = latents
            var timesteps = [t]
            if let condition {
                for c in 0..<channels {
                    let base = c * latentShape[1] * firstFrameCount
                    for i in 0..<firstFrameCount { input[base + i] = condition[c * firstFrameCount + i] }
                }
                timesteps = (0..<tokenCount).map { $0 < tokensPerFrame ? 0 : t }
            }
            let inputTensor = Tensor(shape: latentShape, values: input)
            var prediction = try transformer(latents: inputTensor, timesteps: timesteps, embeddedText: positiveText, backend: b).scalars
            if let negativeText {
                let unconditional = try transformer(
                    latents: inputTensor, timesteps: timesteps, embeddedText: negativeText, backend: b).scalars
                let g = request.guidance
                for i in 0..<prediction.count {
                    prediction[i] = unconditional[i] + g * (prediction[i] - unconditional[i])
                }
            }
            latents = try sampler.step(modelOutput: prediction, sample: latents)
            events(.step(index: index + 1, count: count))
        }
        if let condition {
            for c in 0..<channels {
                let base = c * latentShape[1] * firstFrameCount
                for i in 0..<firstFrameCount { latents[base + i] = condition[c * firstFrameCount + i] }
            }
        }
        if isCancelled() { throw PipelineError(.cancelled, "generation was cancelled") }
        return try decode(latents, shape: latentShape, events: events, isCancelled: isCancelled)
    }

    /// diffusers `_get_t5_prompt_embeds`: clean, tokenize (512, truncation), encode, keep the real tokens, zero-pad.
    /// Only the real tokens are run through the encoder: padded keys are masked, so their values cannot reach the
    /// real tokens, and the reference replaces the padded rows by zeros anyway.
    func encodePrompt(_ prompt: String) throws -> Tensor {
        let cleaned = PromptCleaning.clean(prompt)
        let encoding = tokenizer.encode(cleaned, maxLength: Self.textLength, truncation: true)
        let length = max(1, encoding.length)
        let encoder = try textEncoder()
        let hidden = try encoder.encode(ids: encoding.ids.prefix(length).map { Int($0) },
                                        mask: [Float](repeating: 1, count: length), backend: backend)
        let width = hidden.shape[1]
        var padded = [Float](repeating: 0, count: Self.textLength * width)
        hidden.withUnsafeFloats { src in
            for i in 0..<(length * width) { padded[i] = src[i] }
        }
        return Tensor(shape: [Self.textLength, width], values: padded)
    }

    private var loadedTextEncoder: UMT5Encoder?

    func textEncoder() throws -> UMT5Encoder {
        if let loadedTextEncoder { return loadedTextEncoder }
        let url = folder.component("text_encoder")
        let encoder = try UMT5Encoder(configuration: try UMT5Configuration.load(from: url),
                                      weights: try WeightStore(directory: url))
        loadedTextEncoder = encoder
        return encoder
    }

    /// Drops the text encoder's pages from memory (they are re-read from disk for the next prompt).
    func releaseTextEncoder() { loadedTextEncoder?.releaseMemory() }

    func makeScheduler(_ request: GenerationRequest) throws -> any Scheduler {
        var configuration = scheduler
        if let shift = request.shift { configuration = configuration.withShift(shift) }
        switch request.sampler {
        case .modelDefault: break
        case .unipc: configuration = configuration.asUniPC()
        case .euler: configuration = configuration.asEuler()
        }
        return try configuration.makeScheduler(stepCount: request.steps)
    }

    /// VAE-encodes the first frame (RGB 0…1) and normalises it like the reference: `(μ − mean) · (1/std)`.
    func encodeFirstFrame(_ pixels: [Float], request: GenerationRequest) throws -> [Float] {
        let (h, w) = (request.height, request.width)
        var video = [Float](repeating: 0, count: 3 * h * w)
        for y in 0..<h {
            for x in 0..<w {
                for c in 0..<3 { video[(c * h + y) * w + x] = pixels[(y * w + x) * 3 + c] * 2 - 1 }
            }
        }
        let mean = try vae.encode(video: Tensor(shape: [3, 1, h, w], values: video))
        return vae.normalize(mean).scalars
    }

    /// Un-normalises the latents (`z / (1/std) + mean`), decodes frame by frame, maps [-1, 1] to [0, 1] and lays the
    /// frames out as `[F, H, W, 3]`.
    func decode(
        _ latents: [Float], shape: [Int], events: (GenerationEvent) -> Void, isCancelled: () -> Bool
    ) throws -> GeneratedVideo {
        let z = vae.denormalize(Tensor(shape: shape, values: latents))
        let video = try withoutActuallyEscaping(events) { report in
            try vae.decode(latents: z) { index in report(.decoding(index: index, count: shape[1])) }
        }
        let (frames, height, width) = (video.shape[1], video.shape[2], video.shape[3])
        let plane = frames * height * width
        var pixels = [Float](repeating: 0, count: plane * 3)
        video.withUnsafeFloats { v in
            for c in 0..<3 {
                for i in 0..<plane { pixels[i * 3 + c] = min(max(v[c * plane + i] / 2 + 0.5, 0), 1) }
            }
        }
        let result = GeneratedVideo(frames: frames, height: height, width: width, fps: folder.defaults.fps, pixels: pixels)
        events(.completed(result))
        return result
    }
}

/// Everything that determines one generated video. Same request + same model + same thread count → same frames.
public struct GenerationRequest: Sendable, Hashable {
    public var prompt: String
    /// Text the guidance steers away from ("" as in diffusers when nil).
    public var negativePrompt: String?
    public var width: Int
    public var height: Int
    /// Number of video frames; must be 4k+1.
    public var frames: Int
    public var steps: Int
    /// Classifier-free guidance scale; ≤ 1 disables guidance (one forward per step).
    public var guidance: Float
    /// Flow shift override (the scheduler config's value when nil).
    public var shift: Double?
    public var seed: UInt64
    /// Sampler: the model's scheduler, or flow-match Euler.
    public var sampler: Sampler
    /// Optional first frame (RGB, values 0…1, `[height, width, 3]` row-major, already at `width`×`height`).
    public var firstFrame: [Float]?

    public enum Sampler: String, Sendable, Hashable, CaseIterable {
        case modelDefault = "default", unipc, euler
    }

    public init(
        prompt: String, negativePrompt: String? = nil, width: Int, height: Int, frames: Int, steps: Int,
        guidance: Float, shift: Double? = nil, seed: UInt64, sampler: Sampler = .modelDefault, firstFrame: [Float]? = nil
    ) {
        self.prompt = prompt
        self.negativePrompt = negativePrompt
        self.width = width
        self.height = height
        self.frames = frames
        self.steps = steps
        self.guidance = guidance
        self.shift = shift
        self.seed = seed
        self.sampler = sampler
        self.firstFrame = firstFrame
    }

    /// Checks the request against the model's constraints.
    /// - Throws: `PipelineError(.invalidRequest)` with a sentence naming the bad parameter.
    public func validate(spatialScale: Int, temporalScale: Int, patch: Int) throws {
        let multiple = spatialScale * patch
        guard width > 0, height > 0, width % multiple == 0, height % multiple == 0 else {
            throw PipelineError(.invalidRequest, "size \(width)x\(height) must be positive multiples of \(multiple)")
        }
        guard frames >= 1, (frames - 1) % temporalScale == 0 else {
            throw PipelineError(.invalidRequest, "frames must be \(temporalScale)k+1 (e.g. 17, 33, 81), got \(frames)")
        }
        guard (1...1000).contains(steps) else { throw PipelineError(.invalidRequest, "steps must be 1…1000, got \(steps)") }
        guard guidance.isFinite, guidance >= 0, guidance <= 50 else {
            throw PipelineError(.invalidRequest, "guidance must be between 0 and 50, got \(guidance)")
        }
        if let shift, !(shift > 0 && shift <= 100) {
            throw PipelineError(.invalidRequest, "shift must be in (0, 100], got \(shift)")
        }
        if let firstFrame, firstFrame.count != width * height * 3 {
            throw PipelineError(.invalidRequest, "first frame must be \(width)x\(height) RGB")
        }
    }
}

/// What the engine reports while it works.
public enum GenerationEvent: Sendable {
    /// Prompts encoded (and the text encoder's memory released).
    case textEncoded
    /// Denoising step `index` (1-based) of `count` finished.
    case step(index: Int, count: Int)
    /// Latent frame `index` (1-based) of `count` decoded.
    case decoding(index: Int, count: Int)
    /// The finished video.
    case completed(GeneratedVideo)
}

/// Decoded frames, RGB float32 in 0…1, `[frames, height, width, 3]` row-major.
public struct GeneratedVideo: Sendable {
    public var frames: Int
    public var height: Int
    public var width: Int
    /// Frames per second the model was trained for.
    public var fps: Int
    public var pixels: [Float]

    public init(frames: Int, height: Int, width: Int, fps: Int, pixels: [Float]) {
        self.frames = frames
        self.height = height
        self.width = width
        self.fps = fps
        self.pixels = pixels
    }
}

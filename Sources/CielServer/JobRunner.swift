import Foundation

/// Everything a generator needs to make one video.
public struct JobSpec: Sendable, Equatable {
    /// The video's id (for logs).
    public var videoID: String
    /// The text prompt.
    public var prompt: String
    /// The installed model to run (aliases such as `sora-2` are already resolved).
    public var model: String
    /// Delivered frame width in pixels.
    public var width: Int
    /// Delivered frame height in pixels.
    public var height: Int
    /// Delivered duration in seconds.
    public var seconds: Int
    /// Seed for reproducibility, if the client gave one.
    public var seed: UInt64?
    /// A PNG of exactly `width`×`height` to use as the first frame (already scaled and centre-cropped), if any.
    public var inputReference: URL?
    /// The source when this job remixes a finished video.
    public var remixSource: RemixSource?
    /// The folder the runner writes its files into (it exists and is empty).
    public var outputFolder: URL
    /// Text the guidance steers away from (nil: the model's default).
    public var negativePrompt: String?
    /// Denoising steps (nil: the model's default).
    public var steps: Int?
    /// Classifier-free guidance scale (nil: the model's default).
    public var guidance: Double?

    /// A finished video this job remixes.
    public struct RemixSource: Sendable, Equatable {
        /// Id of the source video.
        public var videoID: String
        /// The source video's prompt.
        public var prompt: String
        /// The source MP4, when its assets still exist.
        public var video: URL?

        /// Creates a remix source.
        public init(videoID: String, prompt: String, video: URL?) {
            self.videoID = videoID
            self.prompt = prompt
            self.video = video
        }
    }

    /// Creates a job specification.
    public init(
        videoID: String, prompt: String, model: String, width: Int, height: Int, seconds: Int, seed: UInt64? = nil,
        inputReference: URL? = nil, remixSource: RemixSource? = nil, outputFolder: URL, negativePrompt: String? = nil,
        steps: Int? = nil, guidance: Double? = nil
    ) {
        self.negativePrompt = negativePrompt
        self.steps = steps
        self.guidance = guidance
        self.videoID = videoID
        self.prompt = prompt
        self.model = model
        self.width = width
        self.height = height
        self.seconds = seconds
        self.seed = seed
        self.inputReference = inputReference
        self.remixSource = remixSource
        self.outputFolder = outputFolder
    }
}

/// The files a runner produced, all inside `JobSpec.outputFolder`.
public struct JobArtifacts: Sendable, Equatable {
    /// H.264 MP4 (yuv420p, faststart).
    public var video: URL
    /// WebP thumbnail.
    public var thumbnail: URL
    /// JPEG spritesheet.
    public var spritesheet: URL

    /// Creates the artifact list.
    public init(video: URL, thumbnail: URL, spritesheet: URL) {
        self.video = video
        self.thumbnail = thumbnail
        self.spritesheet = spritesheet
    }
}

/// A reason a job failed that the client should see as `error.code`/`error.message` (for example
/// `moderation_blocked`). Any other error thrown by a runner becomes `generation_failed`.
public struct JobFailure: Error, Sendable, Equatable {
    /// Machine-readable code reported in the Video's `error.code`.
    public var code: String
    /// Message reported in the Video's `error.message`.
    public var message: String

    /// Creates a failure.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

/// Turns a job specification into video files. The server's only view of the generation engine.
///
/// Implementations call `progress` with 0–100 as work advances, check `Task.isCancelled` regularly and throw
/// `CancellationError` when cancelled (the job was deleted, or the server is shutting down).
public protocol VideoJobRunner: Sendable {
    /// Generates the video described by `job` into `job.outputFolder`.
    /// - Returns: The files written.
    /// - Throws: `JobFailure` for a reason to show the client, `CancellationError` when cancelled, anything else for
    ///   an internal failure.
    func run(_ job: JobSpec, progress: @escaping @Sendable (Int) async -> Void) async throws -> JobArtifacts
}

/// One model the server can run.
public struct ModelInfo: Sendable, Equatable {
    /// The model name clients use (`ciel-tiny`, `wan2.1-t2v-1.3b`, …).
    public var name: String
    /// Whether the model can start from an `input_reference` image.
    public var supportsImageInput: Bool
    /// Unix seconds, reported as `created` by `/v1/models`.
    public var created: Int64

    /// Creates a model description.
    public init(name: String, supportsImageInput: Bool, created: Int64 = 1_790_000_000) {
        self.name = name
        self.supportsImageInput = supportsImageInput
        self.created = created
    }
}

/// The models this server runs and the OpenAI names (`sora-2`, `sora-2-pro`) that alias them.
public struct ModelCatalog: Sendable {
    /// Installed models, best first.
    public var models: [ModelInfo]
    /// Alias → installed model name.
    public var aliases: [String: String]
    /// The model used when a request names none.
    public var defaultModelName: String

    /// Creates a catalog. By default `sora-2` and `sora-2-pro` both alias the first (best) model.
    public init(models: [ModelInfo], aliases: [String: String]? = nil, defaultModelName: String = "sora-2") {
        self.models = models
        let best = models.first?.name
        self.aliases = aliases ?? (best.map { ["sora-2": $0, "sora-2-pro": $0] } ?? [:])
        self.defaultModelName = defaultModelName
    }

    /// The installed model a requested name means, or nil when the name is unknown.
    public func resolve(_ name: String) -> ModelInfo? {
        let target = aliases[name] ?? name
        return models.first { $0.name == target }
    }

    /// Every name a client may use: installed models then aliases, sorted.
    public var allNames: [String] {
        models.map(\.name) + aliases.keys.sorted().filter { alias in !models.contains { $0.name == alias } }
    }
}

/// Why a prompt was refused before any work.
public struct PolicyRefusal: Sendable, Equatable {
    /// The rule that matched (`sexual_content`, `public_figure`, …), for logs and the message.
    public var rule: String
    /// The message shown to the client. It names the rule and must not echo the offending term.
    public var message: String
    /// The policy category (`sexual`, `public_figure`, …), for the audit log; nil when the policy has none.
    public var category: String?

    /// Creates a refusal.
    public init(rule: String, message: String, category: String? = nil) {
        self.rule = rule
        self.message = message
        self.category = category
    }
}

/// Checks prompts at create and remix time (the guardrails module plugs in here). A refusal answers
/// 400 with `code: "moderation_blocked"` and `param: "prompt"`.
public protocol PromptPolicy: Sendable {
    /// Returns a refusal when the prompt must not be generated, nil when it may.
    func check(prompt: String) async -> PolicyRefusal?
}

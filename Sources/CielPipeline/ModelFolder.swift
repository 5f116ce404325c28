import Foundation

/// A model in the diffusers folder layout (`model_index.json` + one sub-folder per component), plus Ciel's optional
/// `ciel_defaults.json` with presentation defaults (fps, default size and frames).
public struct ModelFolder: Sendable {
    public let url: URL
    /// `_class_name` of the pipeline (e.g. `WanPipeline`).
    public let pipelineClass: String
    /// Component name → (library, class), e.g. `transformer` → (`diffusers`, `WanTransformer3DModel`).
    public let components: [String: (library: String, className: String)]
    /// Wan 2.2 TI2V style per-token timesteps with a clean first latent frame (diffusers `expand_timesteps`).
    public let expandTimesteps: Bool
    public let defaults: ModelDefaults

    /// Reads and checks `model_index.json` in `url`.
    /// - Throws: `PipelineError(.invalidModel)` when the folder, the index or a component folder is missing, or a
    ///   component class is not one this engine implements.
    public init(url: URL) throws {
        self.url = url
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PipelineError(.invalidModel, "model folder \(url.path) does not exist")
        }
        let indexURL = url.appendingPathComponent("model_index.json")
        guard let data = try? Data(contentsOf: indexURL),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw PipelineError(.invalidModel, "\(url.path) has no readable model_index.json (is it a diffusers model folder?)")
        }
        pipelineClass = json["_class_name"] as? String ?? ""
        var components: [String: (String, String)] = [:]
        for (key, value) in json where !key.hasPrefix("_") {
            if let pair = value as? [Any], pair.count == 2, let library = pair[0] as? String, let name = pair[1] as? String {
                components[key] = (library, name)
            }
        }
        self.components = components
        expandTimesteps = json["expand_timesteps"] as? Bool ?? false
        let supported: [String: Set<String>] = [
            "transformer": ["WanTransformer3DModel"], "vae": ["AutoencoderKLWan"], "text_encoder": ["UMT5EncoderModel"],
            "tokenizer": ["T5Tokenizer", "T5TokenizerFast", "AutoTokenizer"],
            "scheduler": ["UniPCMultistepScheduler", "FlowMatchEulerDiscreteScheduler"],
        ]
        for (component, classes) in supported {
            guard let entry = components[component] else {
                throw PipelineError(.invalidModel, "model_index.json in \(url.path) has no \(component) component")
            }
            guard classes.contains(entry.1) else {
                throw PipelineError(.invalidModel, "\(component) class \(entry.1) is not supported (supported: \(classes.sorted().joined(separator: ", ")))")
            }
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent(component).path) else {
                throw PipelineError(.invalidModel, "\(url.path) is missing its \(component)/ folder")
            }
        }
        if components["transformer_2"].map({ !$0.1.isEmpty }) == true {
            throw PipelineError(.invalidModel, "two-stage (transformer_2) Wan 2.2 models are not supported yet")
        }
        defaults = try ModelDefaults.load(from: url)
    }

    /// Folder of one component.
    public func component(_ name: String) -> URL { url.appendingPathComponent(name) }
}

/// Presentation defaults of a model, from the optional `ciel_defaults.json` (Wan 2.1's published values otherwise).
/// Keys follow diffusers' call arguments: `height`, `width`, `num_frames`, `fps`, `num_inference_steps`,
/// `guidance_scale`, `negative_prompt`.
public struct ModelDefaults: Codable, Sendable, Hashable {
    public var fps: Int = 16
    public var width: Int = 832
    public var height: Int = 480
    public var frames: Int = 81
    public var steps: Int = 50
    public var guidance: Float = 5
    public var negativePrompt: String = ""

    enum CodingKeys: String, CodingKey {
        case fps, width, height, frames = "num_frames", steps = "num_inference_steps", guidance = "guidance_scale"
        case negativePrompt = "negative_prompt"
    }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ModelDefaults()
        fps = try c.decodeIfPresent(Int.self, forKey: .fps) ?? d.fps
        width = try c.decodeIfPresent(Int.self, forKey: .width) ?? d.width
        height = try c.decodeIfPresent(Int.self, forKey: .height) ?? d.height
        frames = try c.decodeIfPresent(Int.self, forKey: .frames) ?? d.frames
        steps = try c.decodeIfPresent(Int.self, forKey: .steps) ?? d.steps
        guidance = try c.decodeIfPresent(Float.self, forKey: .guidance) ?? d.guidance
        negativePrompt = try c.decodeIfPresent(String.self, forKey: .negativePrompt) ?? d.negativePrompt
    }

    static func load(from folder: URL) throws -> ModelDefaults {
        let url = folder.appendingPathComponent("ciel_defaults.json")
        guard let data = try? Data(contentsOf: url) else { return ModelDefaults() }
        do {
            return try JSONDecoder().decode(ModelDefaults.self, from: data)
        } catch {
            throw PipelineError(.invalidModel, "\(url.path) is malformed: \(error)")
        }
    }
}

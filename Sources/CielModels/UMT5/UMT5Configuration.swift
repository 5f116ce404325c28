import Foundation

/// Hyperparameters of a UMT5 encoder, decoded from `text_encoder/config.json` (transformers `UMT5Config`).
public struct UMT5Configuration: Codable, Sendable, Hashable {
    public var vocabularySize: Int  // "vocab_size"
    public var modelDimension: Int  // "d_model"
    public var keyValueDimension: Int  // "d_kv"
    public var feedForwardDimension: Int  // "d_ff"
    public var layerCount: Int  // "num_layers"
    public var headCount: Int  // "num_heads"
    public var relativeAttentionBuckets: Int  // "relative_attention_num_buckets"
    public var relativeAttentionMaxDistance: Int  // "relative_attention_max_distance"
    public var layerNormEpsilon: Float  // "layer_norm_epsilon"
    public var feedForwardProjection: String  // "feed_forward_proj"
    public var modelType: String?  // "model_type"

    enum CodingKeys: String, CodingKey {
        case vocabularySize = "vocab_size", modelDimension = "d_model", keyValueDimension = "d_kv"
        case feedForwardDimension = "d_ff", layerCount = "num_layers", headCount = "num_heads"
        case relativeAttentionBuckets = "relative_attention_num_buckets"
        case relativeAttentionMaxDistance = "relative_attention_max_distance"
        case layerNormEpsilon = "layer_norm_epsilon", feedForwardProjection = "feed_forward_proj"
        case modelType = "model_type"
    }

    /// Reads `config.json` in `directory` and checks that it describes a gated-GELU UMT5 encoder.
    public static func load(from directory: URL) throws -> UMT5Configuration {
        let url = directory.appendingPathComponent("config.json")
        guard let data = try? Data(contentsOf: url) else { throw ModelError("cannot read \(url.path)") }
        let configuration: UMT5Configuration
        do {
            configuration = try JSONDecoder().decode(UMT5Configuration.self, from: data)
        } catch {
            throw ModelError("\(url.path) is not a valid UMT5 config: \(error)")
        }
        guard configuration.feedForwardProjection == "gated-gelu" else {
            throw ModelError("text encoder feed_forward_proj \(configuration.feedForwardProjection) is not supported (expected gated-gelu)")
        }
        if let type = configuration.modelType, type != "umt5" {
            throw ModelError("text encoder model_type \(type) is not supported (expected umt5)")
        }
        return configuration
    }
}

import Foundation

/// Hyperparameters of a Wan diffusion transformer, decoded from `transformer/config.json`
/// (diffusers `WanTransformer3DModel`).
public struct WanTransformerConfiguration: Codable, Sendable, Hashable {
    public var patchSize: [Int]            // "patch_size"
    public var headCount: Int              // "num_attention_heads"
    public var headDimension: Int          // "attention_head_dim"
    public var inChannels: Int             // "in_channels"
    public var outChannels: Int            // "out_channels"
    public var textDimension: Int          // "text_dim"
    public var frequencyDimension: Int     // "freq_dim"
    public var feedForwardDimension: Int   // "ffn_dim"
    public var layerCount: Int             // "num_layers"
    public var crossAttentionNorm: Bool    // "cross_attn_norm"
    public var eps: Float                  // "eps"
    public var imageDimension: Int?        // "image_dim"
    public var addedKVProjectionDimension: Int?  // "added_kv_proj_dim"
    public var ropeMaxSequenceLength: Int  // "rope_max_seq_len"

    enum CodingKeys: String, CodingKey {
        case patchSize = "patch_size", headCount = "num_attention_heads", headDimension = "attention_head_dim"
        case inChannels = "in_channels", outChannels = "out_channels", textDimension = "text_dim"
        case frequencyDimension = "freq_dim", feedForwardDimension = "ffn_dim", layerCount = "num_layers"
        case crossAttentionNorm = "cross_attn_norm", eps, imageDimension = "image_dim"
        case addedKVProjectionDimension = "added_kv_proj_dim", ropeMaxSequenceLength = "rope_max_seq_len"
    }

    /// Model width (`num_attention_heads × attention_head_dim`).
    public var innerDimension: Int { headCount * headDimension }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        patchSize = try c.decodeIfPresent([Int].self, forKey: .patchSize) ?? [1, 2, 2]
        headCount = try c.decodeIfPresent(Int.self, forKey: .headCount) ?? 40
        headDimension = try c.decodeIfPresent(Int.self, forKey: .headDimension) ?? 128
        inChannels = try c.decodeIfPresent(Int.self, forKey: .inChannels) ?? 16
        outChannels = try c.decodeIfPresent(Int.self, forKey: .outChannels) ?? 16
        textDimension = try c.decodeIfPresent(Int.self, forKey: .textDimension) ?? 4096
        frequencyDimension = try c.decodeIfPresent(Int.self, forKey: .frequencyDimension) ?? 256
        feedForwardDimension = try c.decodeIfPresent(Int.self, forKey: .feedForwardDimension) ?? 13824
        layerCount = try c.decodeIfPresent(Int.self, forKey: .layerCount) ?? 40
        crossAttentionNorm = try c.decodeIfPresent(Bool.self, forKey: .crossAttentionNorm) ?? true
        eps = try c.decodeIfPresent(Float.self, forKey: .eps) ?? 1e-6
        imageDimension = try c.decodeIfPresent(Int.self, forKey: .imageDimension)
        addedKVProjectionDimension = try c.decodeIfPresent(Int.self, forKey: .addedKVProjectionDimension)
        ropeMaxSequenceLength = try c.decodeIfPresent(Int.self, forKey: .ropeMaxSequenceLength) ?? 1024
    }

    /// The published Wan 2.1 T2V 1.3B configuration.
    public static let wan21T2V1_3B: WanTransformerConfiguration = {
        let json = """
            {"patch_size":[1,2,2],"num_attention_heads":12,"attention_head_dim":128,"in_channels":16,"out_channels":16,
             "text_dim":4096,"freq_dim":256,"ffn_dim":8960,"num_layers":30,"cross_attn_norm":true,"eps":1e-6,
             "rope_max_seq_len":1024}
            """
        return try! JSONDecoder().decode(WanTransformerConfiguration.self, from: Data(json.utf8))
    }()

    /// Reads `config.json` in `directory`.
    public static func load(from directory: URL) throws -> WanTransformerConfiguration {
        let url = directory.appendingPathComponent("config.json")
        guard let data = try? Data(contentsOf: url) else { throw ModelError("cannot read \(url.path)") }
        do {
            return try JSONDecoder().decode(WanTransformerConfiguration.self, from: data)
        } catch {
            throw ModelError("\(url.path) is not a valid WanTransformer3DModel config: \(error)")
        }
    }

    /// Throws when the configuration uses features this engine does not implement yet.
    public func validate() throws {
        guard patchSize.count == 3, patchSize.allSatisfy({ $0 > 0 }) else {
            throw ModelError("transformer patch_size must have 3 positive entries, got \(patchSize)")
        }
        guard imageDimension == nil, addedKVProjectionDimension == nil else {
            throw ModelError("image-conditioned Wan transformers (image_dim/added_kv_proj_dim) are not supported yet")
        }
        guard headDimension % 2 == 0, headDimension >= 6 else {
            throw ModelError("attention_head_dim \(headDimension) must be even and at least 6 for Wan's rotary split")
        }
    }
}

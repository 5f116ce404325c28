import Foundation

/// Hyperparameters of a BERT encoder, decoded from `config.json` (transformers `BertConfig`).
public struct BertConfiguration: Codable, Sendable, Hashable {
    public var vocabularySize: Int  // "vocab_size"
    public var hiddenSize: Int  // "hidden_size"
    public var layerCount: Int  // "num_hidden_layers"
    public var headCount: Int  // "num_attention_heads"
    public var intermediateSize: Int  // "intermediate_size"
    public var maximumPositions: Int  // "max_position_embeddings"
    public var tokenTypeCount: Int  // "type_vocab_size"
    public var layerNormEpsilon: Float  // "layer_norm_eps"
    public var hiddenActivation: String  // "hidden_act"
    public var positionEmbeddingType: String?  // "position_embedding_type"
    public var modelType: String?  // "model_type"

    enum CodingKeys: String, CodingKey {
        case vocabularySize = "vocab_size", hiddenSize = "hidden_size", layerCount = "num_hidden_layers"
        case headCount = "num_attention_heads", intermediateSize = "intermediate_size"
        case maximumPositions = "max_position_embeddings", tokenTypeCount = "type_vocab_size"
        case layerNormEpsilon = "layer_norm_eps", hiddenActivation = "hidden_act"
        case positionEmbeddingType = "position_embedding_type", modelType = "model_type"
    }

    /// Reads `config.json` in `directory` and checks that it describes a BERT encoder Ciel can run.
    public static func load(from directory: URL) throws -> BertConfiguration {
        let url = directory.appendingPathComponent("config.json")
        guard let data = try? Data(contentsOf: url) else {
            throw ModelError(.invalidConfiguration, "cannot read \(url.path)")
        }
        let configuration: BertConfiguration
        do {
            configuration = try JSONDecoder().decode(BertConfiguration.self, from: data)
        } catch {
            throw ModelError(.invalidConfiguration, "\(url.path) is not a valid BERT config: \(error)")
        }
        if let type = configuration.modelType, type != "bert" {
            throw ModelError(.invalidConfiguration, "sentence encoder model_type \(type) is not supported (expected bert)")
        }
        guard configuration.hiddenActivation == "gelu" else {
            throw ModelError(.invalidConfiguration, "sentence encoder hidden_act \(configuration.hiddenActivation) is not supported (expected gelu)")
        }
        if let kind = configuration.positionEmbeddingType, kind != "absolute" {
            throw ModelError(.invalidConfiguration, "sentence encoder position_embedding_type \(kind) is not supported (expected absolute)")
        }
        guard configuration.hiddenSize % configuration.headCount == 0 else {
            throw ModelError(.invalidConfiguration, "hidden_size \(configuration.hiddenSize) is not a multiple of num_attention_heads \(configuration.headCount)")
        }
        return configuration
    }
}

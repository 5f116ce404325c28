import CielTensor
import CielWeights
import Foundation

/// A sentence-transformers style text embedder: a BERT encoder (transformers `BertModel`), mean pooling over the
/// tokens, then L2 normalisation — the `Transformer → Pooling(mean) → Normalize` stack of models such as
/// all-MiniLM-L6-v2.
///
/// Small enough to keep in memory (22 M parameters for MiniLM-L6); one short prompt takes a few milliseconds on one
/// CPU core. Immutable after loading and safe to share between threads.
public final class BertSentenceEncoder: @unchecked Sendable {
    public let configuration: BertConfiguration
    public let tokenizer: WordPieceTokenizer
    /// Longest token sequence encoded, `[CLS]` and `[SEP]` included (sentence-transformers `max_seq_length`).
    public let maximumLength: Int
    let store: WeightStore
    let backend: any Backend

    /// Size of the embeddings.
    public var dimension: Int { configuration.hiddenSize }

    /// Loads `config.json`, `vocab.txt` and the safetensors weights in `directory` (a sentence-transformers or
    /// transformers folder; tensor names with or without the `bert.` prefix).
    /// - Throws: `ModelError` or `WeightsError` naming what is missing or malformed.
    public convenience init(directory: URL, backend: any Backend = CPUBackend()) throws {
        let configuration = try BertConfiguration.load(from: directory)
        let tokenizer = try WordPieceTokenizer(directory: directory)
        var maximumLength = 256
        let stConfig = directory.appendingPathComponent("sentence_bert_config.json")
        if let data = try? Data(contentsOf: stConfig),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let length = json["max_seq_length"] as? Int
        {
            maximumLength = length
        }
        try self.init(configuration: configuration, tokenizer: tokenizer, weights: WeightStore(directory: directory),
                      maximumLength: maximumLength, backend: backend)
    }

    /// Wraps an open checkpoint, checking every tensor's presence and shape up front and loading them into memory.
    public init(
        configuration c: BertConfiguration, tokenizer: WordPieceTokenizer, weights: WeightStore,
        maximumLength: Int = 256, backend: any Backend = CPUBackend()
    ) throws {
        configuration = c
        self.tokenizer = tokenizer
        self.maximumLength = min(maximumLength, c.maximumPositions)
        self.backend = backend
        let d = c.hiddenSize
        var expected: [String: [Int]] = [
            "embeddings.word_embeddings.weight": [c.vocabularySize, d],
            "embeddings.position_embeddings.weight": [c.maximumPositions, d],
            "embeddings.token_type_embeddings.weight": [c.tokenTypeCount, d],
            "embeddings.LayerNorm.weight": [d], "embeddings.LayerNorm.bias": [d],
        ]
        for i in 0..<c.layerCount {
            let p = "encoder.layer.\(i)"
            for name in ["query", "key", "value"] {
                expected["\(p).attention.self.\(name).weight"] = [d, d]
                expected["\(p).attention.self.\(name).bias"] = [d]
            }
            expected["\(p).attention.output.dense.weight"] = [d, d]
            expected["\(p).attention.output.dense.bias"] = [d]
            expected["\(p).attention.output.LayerNorm.weight"] = [d]
            expected["\(p).attention.output.LayerNorm.bias"] = [d]
            expected["\(p).intermediate.dense.weight"] = [c.intermediateSize, d]
            expected["\(p).intermediate.dense.bias"] = [c.intermediateSize]
            expected["\(p).output.dense.weight"] = [d, c.intermediateSize]
            expected["\(p).output.dense.bias"] = [d]
            expected["\(p).output.LayerNorm.weight"] = [d]
            expected["\(p).output.LayerNorm.bias"] = [d]
        }
        let prefix = weights.contains("bert.embeddings.word_embeddings.weight") ? "bert." : ""
        var tensors: [String: Tensor] = [:]
        for (key, shape) in expected {
            tensors[key] = try weights.tensor(prefix + key, shape: shape).float32().copy()
        }
        guard tokenizer.vocabulary.count <= c.vocabularySize else {
            throw ModelError(.invalidConfiguration, "vocab.txt has \(tokenizer.vocabulary.count) pieces, more than the model's \(c.vocabularySize)")
        }
        store = WeightStore(tensors: tensors, name: weights.name)
        weights.releaseMemory()
    }

    /// The unit-length embedding of `text`.
    public func embed(_ text: String) throws -> [Float] {
        try embed(ids: tokenizer.encode(text, maximumLength: maximumLength))
    }

    /// The unit-length embedding of already tokenised ids (with `[CLS]`/`[SEP]`).
    public func embed(ids: [Int]) throws -> [Float] {
        let hidden = try encode(ids: ids)
        let length = ids.count, d = configuration.hiddenSize
        var pooled = [Float](repeating: 0, count: d)
        hidden.withUnsafeFloats { h in
            for t in 0..<length { for j in 0..<d { pooled[j] += h[t * d + j] } }
        }
        var norm: Float = 0
        for j in 0..<d {
            pooled[j] /= Float(length)
            norm += pooled[j] * pooled[j]
        }
        let scale = 1 / max(norm.squareRoot(), 1e-12)
        return pooled.map { $0 * scale }
    }

    /// The last hidden state `[ids.count, hidden]` of one unpadded sequence.
    public func encode(ids: [Int]) throws -> Tensor {
        let c = configuration, b = backend
        guard !ids.isEmpty, ids.count <= c.maximumPositions else {
            throw ModelError("a sentence encoder input must have 1 to \(c.maximumPositions) tokens, not \(ids.count)")
        }
        if let bad = ids.first(where: { $0 < 0 || $0 >= c.vocabularySize }) {
            throw ModelError("token id \(bad) is outside the sentence encoder's vocabulary of \(c.vocabularySize)")
        }
        func w(_ key: String) throws -> Tensor { try store.tensor(key) }
        let length = ids.count, heads = c.headCount, headDim = c.hiddenSize / c.headCount, eps = c.layerNormEpsilon
        var x = b.gather(try w("embeddings.word_embeddings.weight"), indices: ids)
        x = b.add(x, b.gather(try w("embeddings.position_embeddings.weight"), indices: Array(0..<length)))
        x = b.add(x, b.gather(try w("embeddings.token_type_embeddings.weight"), indices: [Int](repeating: 0, count: length)))
        x = b.layerNorm(x, weight: try w("embeddings.LayerNorm.weight"), bias: try w("embeddings.LayerNorm.bias"), eps: eps)
        for i in 0..<c.layerCount {
            let p = "encoder.layer.\(i)"
            func project(_ name: String, _ input: Tensor) throws -> Tensor {
                b.linear(input, weight: try w("\(p).\(name).weight"), bias: try w("\(p).\(name).bias"))
            }
            let q = try project("attention.self.query", x).reshaped([length, heads, headDim])
            let k = try project("attention.self.key", x).reshaped([length, heads, headDim])
            let v = try project("attention.self.value", x).reshaped([length, heads, headDim])
            let attended = b.attention(q: q, k: k, v: v, scale: 1 / Float(headDim).squareRoot(), bias: nil, keyMask: nil)
            let projected = try project("attention.output.dense", attended.reshaped([length, c.hiddenSize]))
            x = b.layerNorm(b.add(x, projected), weight: try w("\(p).attention.output.LayerNorm.weight"),
                            bias: try w("\(p).attention.output.LayerNorm.bias"), eps: eps)
            let inner = b.gelu(try project("intermediate.dense", x))
            x = b.layerNorm(b.add(x, try project("output.dense", inner)), weight: try w("\(p).output.LayerNorm.weight"),
                            bias: try w("\(p).output.LayerNorm.bias"), eps: eps)
        }
        return x
    }
}

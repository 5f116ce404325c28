import CielTensor
import CielWeights
import Foundation

/// The UMT5 encoder (transformers `UMT5EncoderModel`) used as Wan's text encoder.
///
/// Every layer has its own relative-position bias; logits are not scaled; norms are T5-style RMS norms; the
/// feed-forward is gated GELU-tanh. Weights stay memory-mapped and are read layer by layer: after each layer its
/// pages are released, so the 22.7 GB fp32 UMT5-XXL runs within a few GB of memory.
public final class UMT5Encoder: @unchecked Sendable {
    public let configuration: UMT5Configuration
    let store: WeightStore
    let embeddingKey: String

    /// Opens the encoder in `store`, checking every tensor's presence and shape up front (without reading values).
    public init(configuration c: UMT5Configuration, weights store: WeightStore) throws {
        configuration = c
        self.store = store
        let d = c.modelDimension, inner = c.headCount * c.keyValueDimension
        embeddingKey = store.contains("shared.weight") ? "shared.weight" : "encoder.embed_tokens.weight"
        var expected: [String: [Int]] = [embeddingKey: [c.vocabularySize, d], "encoder.final_layer_norm.weight": [d]]
        for i in 0..<c.layerCount {
            let p = "encoder.block.\(i).layer"
            for name in ["q", "k", "v"] { expected["\(p).0.SelfAttention.\(name).weight"] = [inner, d] }
            expected["\(p).0.SelfAttention.o.weight"] = [d, inner]
            expected["\(p).0.SelfAttention.relative_attention_bias.weight"] = [c.relativeAttentionBuckets, c.headCount]
            expected["\(p).0.layer_norm.weight"] = [d]
            expected["\(p).1.DenseReluDense.wi_0.weight"] = [c.feedForwardDimension, d]
            expected["\(p).1.DenseReluDense.wi_1.weight"] = [c.feedForwardDimension, d]
            expected["\(p).1.DenseReluDense.wo.weight"] = [d, c.feedForwardDimension]
            expected["\(p).1.layer_norm.weight"] = [d]
        }
        for (key, shape) in expected {
            guard let actual = store.shape(of: key) else { throw WeightsError("\(store.name): checkpoint has no tensor \(key)") }
            guard actual == shape else { throw WeightsError("\(store.name): tensor \(key) has shape \(actual), expected \(shape)") }
        }
        let tied: Set<String> = ["shared.weight", "encoder.embed_tokens.weight"]
        let unused = store.names.filter { expected[$0] == nil && !tied.contains($0) }
        guard unused.isEmpty else {
            throw WeightsError("\(store.name): \(unused.count) checkpoint tensors are not part of a UMT5 encoder: \(unused.prefix(5).joined(separator: ", "))")
        }
    }

    /// Encodes one sequence of token ids. `mask` (1 = real token, 0 = padding) hides padded keys, as transformers does.
    /// Returns the last hidden state `[ids.count, d_model]`.
    public func encode(ids: [Int], mask: [Float], backend b: any Backend) throws -> Tensor {
        let c = configuration
        guard ids.count == mask.count, !ids.isEmpty else {
            throw ModelError("token ids (\(ids.count)) and mask (\(mask.count)) must be non-empty and equally long")
        }
        if let bad = ids.first(where: { $0 < 0 || $0 >= c.vocabularySize }) {
            throw ModelError("token id \(bad) is outside the text encoder's vocabulary of \(c.vocabularySize)")
        }
        let length = ids.count, heads = c.headCount, headDim = c.keyValueDimension
        var x = b.gather(try store.tensor(embeddingKey), indices: ids)
        store.release(embeddingKey)
        let buckets = Self.relativePositionBuckets(length: length, buckets: c.relativeAttentionBuckets,
                                                   maxDistance: c.relativeAttentionMaxDistance)
        for i in 0..<c.layerCount {
            let p = "encoder.block.\(i).layer"
            // Self-attention with this layer's relative-position bias.
            let normed = b.rmsNorm(x, weight: try store.tensor("\(p).0.layer_norm.weight"), eps: c.layerNormEpsilon)
            let q = b.linear(normed, weight: try store.tensor("\(p).0.SelfAttention.q.weight"), bias: nil)
            let k = b.linear(normed, weight: try store.tensor("\(p).0.SelfAttention.k.weight"), bias: nil)
            let v = b.linear(normed, weight: try store.tensor("\(p).0.SelfAttention.v.weight"), bias: nil)
            let table = try store.tensor("\(p).0.SelfAttention.relative_attention_bias.weight").scalars
            var bias = [Float](repeating: 0, count: heads * length * length)
            for h in 0..<heads {
                for qi in 0..<length {
                    for ki in 0..<length {
                        bias[(h * length + qi) * length + ki] = table[buckets[qi * length + ki] * heads + h]
                    }
                }
            }
            let attended = b.attention(
                q: q.reshaped([length, heads, headDim]), k: k.reshaped([length, heads, headDim]),
                v: v.reshaped([length, heads, headDim]), scale: 1,
                bias: Tensor(shape: [heads, length, length], values: bias), keyMask: mask)
            let projected = b.linear(attended.reshaped([length, heads * headDim]),
                                     weight: try store.tensor("\(p).0.SelfAttention.o.weight"), bias: nil)
            x = b.add(x, projected)
            // Gated-GELU feed-forward.
            let normed2 = b.rmsNorm(x, weight: try store.tensor("\(p).1.layer_norm.weight"), eps: c.layerNormEpsilon)
            let gate = b.geluTanh(b.linear(normed2, weight: try store.tensor("\(p).1.DenseReluDense.wi_0.weight"), bias: nil))
            let up = b.linear(normed2, weight: try store.tensor("\(p).1.DenseReluDense.wi_1.weight"), bias: nil)
            x = b.add(x, b.linear(b.multiply(gate, up), weight: try store.tensor("\(p).1.DenseReluDense.wo.weight"), bias: nil))
            for key in store.names where key.hasPrefix("encoder.block.\(i).") { store.release(key) }
        }
        return b.rmsNorm(x, weight: try store.tensor("encoder.final_layer_norm.weight"), eps: c.layerNormEpsilon)
    }

    /// Releases every page of the encoder's weights (call after encoding; they are re-read if used again).
    public func releaseMemory() { store.releaseMemory() }

    /// T5 bidirectional relative-position buckets `[query · length + key]` (transformers `_relative_position_bucket`).
    static func relativePositionBuckets(length: Int, buckets: Int, maxDistance: Int) -> [Int] {
        let half = buckets / 2
        let maxExact = half / 2
        let logRange = Float(Foundation.log(Double(maxDistance) / Double(maxExact)))
        var result = [Int](repeating: 0, count: length * length)
        for q in 0..<length {
            for k in 0..<length {
                let relative = k - q
                var bucket = relative > 0 ? half : 0
                let distance = abs(relative)
                if distance < maxExact {
                    bucket += distance
                } else {
                    let ratio = Foundation.log(Float(distance) / Float(maxExact)) / logRange * Float(half - maxExact)
                    bucket += min(maxExact + Int(ratio), half - 1)
                }
                result[q * length + k] = bucket
            }
        }
        return result
    }
}

import CielTensor
import CielWeights

extension WanTransformer {
    /// Every checkpoint tensor of `configuration` with its shape (diffusers names).
    public static func parameterShapes(_ c: WanTransformerConfiguration) -> [String: [Int]] {
        let d = c.innerDimension, patch = c.patchSize.reduce(1, *)
        var shapes: [String: [Int]] = [
            "patch_embedding.weight": [d, c.inChannels] + c.patchSize, "patch_embedding.bias": [d],
            "condition_embedder.time_embedder.linear_1.weight": [d, c.frequencyDimension],
            "condition_embedder.time_embedder.linear_1.bias": [d],
            "condition_embedder.time_embedder.linear_2.weight": [d, d],
            "condition_embedder.time_embedder.linear_2.bias": [d],
            "condition_embedder.time_proj.weight": [6 * d, d], "condition_embedder.time_proj.bias": [6 * d],
            "condition_embedder.text_embedder.linear_1.weight": [d, c.textDimension],
            "condition_embedder.text_embedder.linear_1.bias": [d],
            "condition_embedder.text_embedder.linear_2.weight": [d, d],
            "condition_embedder.text_embedder.linear_2.bias": [d],
            "scale_shift_table": [1, 2, d], "proj_out.weight": [c.outChannels * patch, d],
            "proj_out.bias": [c.outChannels * patch],
        ]
        for i in 0..<c.layerCount {
            let p = "blocks.\(i)"
            shapes["\(p).scale_shift_table"] = [1, 6, d]
            for attention in ["attn1", "attn2"] {
                for projection in ["to_q", "to_k", "to_v", "to_out.0"] {
                    shapes["\(p).\(attention).\(projection).weight"] = [d, d]
                    shapes["\(p).\(attention).\(projection).bias"] = [d]
                }
                shapes["\(p).\(attention).norm_q.weight"] = [d]
                shapes["\(p).\(attention).norm_k.weight"] = [d]
            }
            if c.crossAttentionNorm {
                shapes["\(p).norm2.weight"] = [d]
                shapes["\(p).norm2.bias"] = [d]
            }
            shapes["\(p).ffn.net.0.proj.weight"] = [c.feedForwardDimension, d]
            shapes["\(p).ffn.net.0.proj.bias"] = [c.feedForwardDimension]
            shapes["\(p).ffn.net.2.weight"] = [d, c.feedForwardDimension]
            shapes["\(p).ffn.net.2.bias"] = [d]
        }
        return shapes
    }

    /// A transformer with random weights (uniform ±1/√fan-in; norms near 1), built in memory — for benchmarks.
    public static func random(configuration c: WanTransformerConfiguration, seed: UInt64 = 0) throws -> WanTransformer {
        var tensors: [String: Tensor] = [:]
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        for (name, shape) in parameterShapes(c).sorted(by: { $0.key < $1.key }) {
            let fanIn = shape.count >= 2 ? shape[1...].reduce(1, *) : shape[0]
            let isNorm = name.contains("norm")
            let amplitude: Float = isNorm ? 0.1 : (name.hasSuffix("scale_shift_table") ? 0.05 : 1 / Float(fanIn).squareRoot())
            let t = Tensor.uninitialized(shape)
            t.withUnsafeMutableFloats { buffer in
                for i in 0..<buffer.count {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    let unit = Float(state >> 40) / Float(1 << 24) * 2 - 1
                    buffer[i] = (isNorm ? 1 : 0) + amplitude * unit
                }
            }
            tensors[name] = t
        }
        return try WanTransformer(configuration: c, weights: WeightStore(tensors: tensors, name: "random"))
    }

    /// Floating-point operations of one forward at `tokens` latent tokens with `textTokens` text tokens
    /// (products only, counting a multiply-add as 2), including the text projection.
    public static func forwardFLOPs(_ c: WanTransformerConfiguration, tokens: Int, textTokens: Int) -> Double {
        let (l, s, d, f) = (Double(tokens), Double(textTokens), Double(c.innerDimension), Double(c.feedForwardDimension))
        let perBlock = 2 * l * d * d * 4 + 2 * l * d * d * 2 + 2 * s * d * d * 2 + 4 * l * l * d + 4 * l * s * d + 4 * l * d * f
        let text = 2 * s * Double(c.textDimension) * d + 2 * s * d * d
        let patches = Double(c.inChannels * c.patchSize.reduce(1, *))
        let edges = 2 * l * patches * d * 2
        return perBlock * Double(c.layerCount) + text + edges
    }
}

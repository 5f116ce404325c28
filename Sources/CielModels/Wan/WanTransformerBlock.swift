import CielTensor
import CielWeights

/// One Wan attention with q/k RMSNorm across heads (diffusers `WanAttention` + `WanAttnProcessor`).
struct WanAttention: Sendable {
    let toQ, toK, toV, toOut: Linear
    let normQ, normK: Tensor
    let heads: Int
    let eps: Float

    init(_ store: WeightStore, _ prefix: String, dimension: Int, keyDimension: Int, heads: Int, eps: Float) throws {
        toQ = try Linear(store, "\(prefix).to_q", in: dimension, out: dimension)
        toK = try Linear(store, "\(prefix).to_k", in: keyDimension, out: dimension)
        toV = try Linear(store, "\(prefix).to_v", in: keyDimension, out: dimension)
        toOut = try Linear(store, "\(prefix).to_out.0", in: dimension, out: dimension)
        normQ = try store.tensor("\(prefix).norm_q.weight", shape: [dimension])
        normK = try store.tensor("\(prefix).norm_k.weight", shape: [dimension])
        self.heads = heads
        self.eps = eps
    }

    /// `x[L, D]` attends to `context[S, Dk]` (itself when nil); rotary tables apply to q and k when given.
    func callAsFunction(_ x: Tensor, context: Tensor?, rotary: (cos: Tensor, sin: Tensor)?, _ b: any Backend) -> Tensor {
        let source = context ?? x
        let length = x.shape[0], keys = source.shape[0], dimension = x.shape[1]
        let headDim = dimension / heads
        var q = b.rmsNorm(toQ(x, b), weight: normQ, eps: eps).reshaped([length, heads, headDim])
        var k = b.rmsNorm(toK(source, b), weight: normK, eps: eps).reshaped([keys, heads, headDim])
        let v = toV(source, b).reshaped([keys, heads, headDim])
        if let rotary {
            q = b.rotaryEmbedding(q, cos: rotary.cos, sin: rotary.sin)
            k = b.rotaryEmbedding(k, cos: rotary.cos, sin: rotary.sin)
        }
        let attended = b.attention(q: q, k: k, v: v, scale: 1 / Float(headDim).squareRoot(), bias: nil, keyMask: nil)
        return toOut(attended.reshaped([length, dimension]), b)
    }
}

/// Per-token modulation vectors of one block: each run of tokens shares one set (one run for a scalar timestep).
struct Modulation: Sendable {
    /// Token ranges and, for each, the 6 (block) or 2 (head) vectors of size D.
    var runs: [(range: Range<Int>, vectors: [Tensor])]
}

/// One `WanTransformerBlock`: modulated self-attention with RoPE, cross-attention to text, modulated FFN.
struct WanTransformerBlock: Sendable {
    let scaleShiftTable: [Float]  // "scale_shift_table" [1, 6, D]
    let selfAttention: WanAttention  // "attn1"
    let crossAttention: WanAttention  // "attn2"
    let crossNormWeight: Tensor?  // "norm2.weight"
    let crossNormBias: Tensor?  // "norm2.bias"
    let feedForwardIn: Linear  // "ffn.net.0.proj"
    let feedForwardOut: Linear  // "ffn.net.2"
    let eps: Float

    init(_ store: WeightStore, _ prefix: String, configuration c: WanTransformerConfiguration) throws {
        let d = c.innerDimension
        scaleShiftTable = try store.tensor("\(prefix).scale_shift_table", shape: [1, 6, d]).scalars
        selfAttention = try WanAttention(store, "\(prefix).attn1", dimension: d, keyDimension: d, heads: c.headCount, eps: c.eps)
        crossAttention = try WanAttention(store, "\(prefix).attn2", dimension: d, keyDimension: d, heads: c.headCount, eps: c.eps)
        if c.crossAttentionNorm {
            crossNormWeight = try store.tensor("\(prefix).norm2.weight", shape: [d])
            crossNormBias = try store.tensor("\(prefix).norm2.bias", shape: [d])
        } else {
            crossNormWeight = nil
            crossNormBias = nil
        }
        feedForwardIn = try Linear(store, "\(prefix).ffn.net.0.proj", in: d, out: c.feedForwardDimension)
        feedForwardOut = try Linear(store, "\(prefix).ffn.net.2", in: c.feedForwardDimension, out: d)
        eps = c.eps
    }

    /// `table + temb` chunked into 6 vectors (shift, scale, gate, c_shift, c_scale, c_gate) per timestep run.
    func modulation(_ timestepProjections: [(range: Range<Int>, projection: [Float])]) -> Modulation {
        let d = scaleShiftTable.count / 6
        return Modulation(runs: timestepProjections.map { run in
            let vectors = (0..<6).map { i in
                Tensor(shape: [d], values: (0..<d).map { scaleShiftTable[i * d + $0] + run.projection[i * d + $0] })
            }
            return (run.range, vectors)
        })
    }

    func callAsFunction(
        _ x: Tensor, context: Tensor, rotary: (cos: Tensor, sin: Tensor), modulation m: Modulation, _ b: any Backend
    ) -> Tensor {
        // Self-attention on norm1(x)·(1+scale)+shift, gated residual.
        let n1 = Self.perRun(x, m, b) { rows, v in b.layerNormModulated(rows, scale: v[1], shift: v[0], eps: eps) }
        let attn = selfAttention(n1, context: nil, rotary: rotary, b)
        var h = Self.perRun2(x, attn, m, b) { xr, ar, v in b.addGated(xr, ar, gate: v[2]) }
        // Cross-attention on norm2(x), ungated residual.
        let n2 = crossNormWeight == nil ? h : b.layerNorm(h, weight: crossNormWeight, bias: crossNormBias, eps: eps)
        h = b.add(h, crossAttention(n2, context: context, rotary: nil, b))
        // Feed-forward on norm3(x)·(1+c_scale)+c_shift, gated residual.
        let n3 = Self.perRun(h, m, b) { rows, v in b.layerNormModulated(rows, scale: v[4], shift: v[3], eps: eps) }
        let ff = feedForwardOut(b.geluTanh(feedForwardIn(n3, b)), b)
        return Self.perRun2(h, ff, m, b) { hr, fr, v in b.addGated(hr, fr, gate: v[5]) }
    }

    /// Applies `body` to each run of rows with that run's vectors, reassembling the rows.
    static func perRun(_ x: Tensor, _ m: Modulation, _ b: any Backend, _ body: (Tensor, [Tensor]) -> Tensor) -> Tensor {
        if m.runs.count == 1 { return body(x, m.runs[0].vectors) }
        return b.concat(m.runs.map { body(b.slice(x, axis: 0, range: $0.range), $0.vectors) }, axis: 0)
    }

    static func perRun2(
        _ x: Tensor, _ y: Tensor, _ m: Modulation, _ b: any Backend, _ body: (Tensor, Tensor, [Tensor]) -> Tensor
    ) -> Tensor {
        if m.runs.count == 1 { return body(x, y, m.runs[0].vectors) }
        return b.concat(
            m.runs.map { body(b.slice(x, axis: 0, range: $0.range), b.slice(y, axis: 0, range: $0.range), $0.vectors) },
            axis: 0)
    }
}

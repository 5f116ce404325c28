import CielTensor
import CielWeights
import Foundation

/// Wan 2.1 / 2.2 diffusion transformer (diffusers `WanTransformer3DModel`), text-to-video path.
///
/// Follows diffusers' operator order: patch embedding, sinusoidal time embedding → 6 modulation vectors shared by
/// every block, text projection, `layerCount` blocks, modulated output norm, projection and unpatchify.
/// Per-token timesteps (diffusers `expand_timesteps`, Wan 2.2 TI2V) are supported: tokens with equal timesteps share
/// their modulation vectors.
public struct WanTransformer: Sendable {
    public let configuration: WanTransformerConfiguration
    let patchWeight: Tensor  // "patch_embedding.weight" reshaped to [D, C·pt·ph·pw]
    let patchBias: Tensor  // "patch_embedding.bias"
    let timeLinear1, timeLinear2: Linear  // "condition_embedder.time_embedder.linear_{1,2}"
    let timeProjection: Linear  // "condition_embedder.time_proj"
    let textLinear1, textLinear2: Linear  // "condition_embedder.text_embedder.linear_{1,2}"
    let blocks: [WanTransformerBlock]  // "blocks.i"
    let outputScaleShift: [Float]  // "scale_shift_table" [1, 2, D]
    let projectionOut: Linear  // "proj_out"
    let rotaryCos: [Float], rotarySin: [Float]  // [ropeMaxSequenceLength, headDim] (non-persistent buffers)

    /// Loads the weights of `configuration` from `store`, checking every shape and that no tensor is left unused.
    public init(configuration c: WanTransformerConfiguration, weights store: WeightStore) throws {
        try c.validate()
        configuration = c
        let d = c.innerDimension
        let patchFeatures = c.inChannels * c.patchSize.reduce(1, *)
        patchWeight = try store.tensor(
            "patch_embedding.weight", shape: [d, c.inChannels] + c.patchSize
        ).reshaped([d, patchFeatures])
        patchBias = try store.tensor("patch_embedding.bias", shape: [d])
        timeLinear1 = try Linear(store, "condition_embedder.time_embedder.linear_1", in: c.frequencyDimension, out: d)
        timeLinear2 = try Linear(store, "condition_embedder.time_embedder.linear_2", in: d, out: d)
        timeProjection = try Linear(store, "condition_embedder.time_proj", in: d, out: 6 * d)
        textLinear1 = try Linear(store, "condition_embedder.text_embedder.linear_1", in: c.textDimension, out: d)
        textLinear2 = try Linear(store, "condition_embedder.text_embedder.linear_2", in: d, out: d)
        blocks = try (0..<c.layerCount).map { try WanTransformerBlock(store, "blocks.\($0)", configuration: c) }
        outputScaleShift = try store.tensor("scale_shift_table", shape: [1, 2, d]).scalars
        projectionOut = try Linear(store, "proj_out", in: d, out: c.outChannels * c.patchSize.reduce(1, *))
        (rotaryCos, rotarySin) = Self.rotaryTables(headDim: c.headDimension, maxLength: c.ropeMaxSequenceLength)
        try store.verifyAllConsumed()
    }

    /// Projects text-encoder states `[S, textDim]` to the model width (`PixArtAlphaTextProjection`, GELU-tanh).
    /// Call once per prompt and reuse the result for every denoising step.
    public func embedText(_ context: Tensor, backend b: any Backend) -> Tensor {
        textLinear2(b.geluTanh(textLinear1(context, b)), b)
    }

    /// Predicts the flow for `latents[C, F, H, W]` at `timesteps` (one value, or one per token in f-h-w order),
    /// given projected text `embeddedText[S, D]` from `embedText`. Returns `[outChannels, F, H, W]`.
    /// - Throws: `ModelError` when the latent shape does not fit the patch size or the rotary table.
    public func callAsFunction(
        latents: Tensor, timesteps: [Float], embeddedText: Tensor, backend b: any Backend
    ) throws -> Tensor {
        let c = configuration
        guard latents.rank == 4, latents.shape[0] == c.inChannels else {
            throw ModelError("transformer expects latents [\(c.inChannels), F, H, W], got \(latents.shape)")
        }
        let (pt, ph, pw) = (c.patchSize[0], c.patchSize[1], c.patchSize[2])
        let (frames, height, width) = (latents.shape[1], latents.shape[2], latents.shape[3])
        guard frames % pt == 0, height % ph == 0, width % pw == 0 else {
            throw ModelError("latent size \(frames)×\(height)×\(width) is not a multiple of patch size \(c.patchSize)")
        }
        let grid = (f: frames / pt, h: height / ph, w: width / pw)
        guard max(grid.f, grid.h, grid.w) <= c.ropeMaxSequenceLength else {
            throw ModelError("latent grid \(grid) exceeds rope_max_seq_len \(c.ropeMaxSequenceLength)")
        }
        let tokens = grid.f * grid.h * grid.w
        guard timesteps.count == 1 || timesteps.count == tokens else {
            throw ModelError("timesteps must have 1 or \(tokens) values (one per token), got \(timesteps.count)")
        }
        // Patch embedding: Conv3d with kernel = stride = patch, as a product over gathered patches.
        let patches = b.permute(
            latents.reshaped([c.inChannels, grid.f, pt, grid.h, ph, grid.w, pw]), [1, 3, 5, 0, 2, 4, 6]
        ).reshaped([tokens, c.inChannels * pt * ph * pw])
        var x = b.linear(patches, weight: patchWeight, bias: patchBias)
        let rotary = rotaryEmbedding(grid: grid)
        let runs = timestepRuns(timesteps, tokens: tokens)
        let embedded = runs.map { run in (run.range, timeEmbedding(run.value, b)) }
        let projections = embedded.map { run in
            (range: run.0, projection: timeProjection(b.silu(run.1), b).scalars)
        }
        for block in blocks {
            x = block(x, context: embeddedText, rotary: rotary, modulation: block.modulation(projections), b)
        }
        // Output head: modulation from the raw time embedding (no SiLU, no projection).
        let d = c.innerDimension
        let headModulation = Modulation(runs: embedded.map { run in
            let temb = run.1.scalars
            let shift = Tensor(shape: [d], values: (0..<d).map { outputScaleShift[$0] + temb[$0] })
            let scale = Tensor(shape: [d], values: (0..<d).map { outputScaleShift[d + $0] + temb[$0] })
            return (run.0, [shift, scale])
        })
        x = WanTransformerBlock.perRun(x, headModulation, b) { rows, v in
            b.layerNormModulated(rows, scale: v[1], shift: v[0], eps: c.eps)
        }
        x = projectionOut(x, b)
        // Unpatchify: [F', H', W', pt, ph, pw, C] → [C, F', pt, H', ph, W', pw].
        return b.permute(
            x.reshaped([grid.f, grid.h, grid.w, pt, ph, pw, c.outChannels]), [6, 0, 3, 1, 4, 2, 5]
        ).reshaped([c.outChannels, frames, height, width])
    }

    /// `time_embedder(sinusoid(t))` → `[1, D]`.
    func timeEmbedding(_ t: Float, _ b: any Backend) -> Tensor {
        let sinusoid = Tensor(shape: [1, configuration.frequencyDimension],
                              values: Self.sinusoidalEmbedding(t, dimension: configuration.frequencyDimension))
        return timeLinear2(b.silu(timeLinear1(sinusoid, b)), b)
    }

    /// Contiguous runs of tokens sharing a timestep.
    func timestepRuns(_ timesteps: [Float], tokens: Int) -> [(range: Range<Int>, value: Float)] {
        if timesteps.count == 1 { return [(0..<tokens, timesteps[0])] }
        var runs: [(range: Range<Int>, value: Float)] = []
        var start = 0
        for i in 1...tokens where i == tokens || timesteps[i] != timesteps[start] {
            runs.append((start..<i, timesteps[start]))
            start = i
        }
        return runs
    }

    /// diffusers `get_timestep_embedding(t, dim, flip_sin_to_cos=True, downscale_freq_shift=0)` in float32:
    /// `[cos(t·ωₖ), sin(t·ωₖ)]`, `ωₖ = exp(−ln(10000)·k/(dim/2))`.
    public static func sinusoidalEmbedding(_ t: Float, dimension: Int) -> [Float] {
        let half = dimension / 2
        let logPeriod = Float(-Foundation.log(10000.0))
        var cosines = [Float](), sines = [Float]()
        for k in 0..<half {
            let frequency = Foundation.exp(logPeriod * Float(k) / Float(half))
            let angle = t * frequency
            cosines.append(Foundation.cos(angle))
            sines.append(Foundation.sin(angle))
        }
        return cosines + sines
    }

    /// Rotary tables for all positions: the head dimension split into t / h / w parts
    /// (`h = w = 2·(D/6)`, `t = D − h − w`), `θ = p·10000^(−2j/dim)` in float64, cos/sin repeated per pair.
    static func rotaryTables(headDim: Int, maxLength: Int) -> ([Float], [Float]) {
        let hw = 2 * (headDim / 6)
        let parts = [headDim - 2 * hw, hw, hw]
        var cosTable = [Float](repeating: 0, count: maxLength * headDim)
        var sinTable = cosTable
        for p in 0..<maxLength {
            var column = 0
            for dim in parts {
                for j in 0..<(dim / 2) {
                    let frequency = 1.0 / Foundation.pow(10000.0, Double(2 * j) / Double(dim))
                    let angle = Double(p) * frequency
                    let (c, s) = (Float(Foundation.cos(angle)), Float(Foundation.sin(angle)))
                    cosTable[p * headDim + column] = c
                    cosTable[p * headDim + column + 1] = c
                    sinTable[p * headDim + column] = s
                    sinTable[p * headDim + column + 1] = s
                    column += 2
                }
            }
        }
        return (cosTable, sinTable)
    }

    /// Per-token rotary tables `[L, headDim]` for a latent token grid.
    func rotaryEmbedding(grid: (f: Int, h: Int, w: Int)) -> (cos: Tensor, sin: Tensor) {
        let headDim = configuration.headDimension
        let hw = 2 * (headDim / 6)
        let tDim = headDim - 2 * hw
        let tokens = grid.f * grid.h * grid.w
        var cosValues = [Float](repeating: 0, count: tokens * headDim)
        var sinValues = cosValues
        var token = 0
        for f in 0..<grid.f {
            for h in 0..<grid.h {
                for w in 0..<grid.w {
                    let base = token * headDim
                    for i in 0..<headDim {
                        let (position, column): (Int, Int) =
                            i < tDim ? (f, i) : (i < tDim + hw ? (h, i) : (w, i))
                        cosValues[base + i] = rotaryCos[position * headDim + column]
                        sinValues[base + i] = rotarySin[position * headDim + column]
                    }
                    token += 1
                }
            }
        }
        return (Tensor(shape: [tokens, headDim], values: cosValues), Tensor(shape: [tokens, headDim], values: sinValues))
    }
}

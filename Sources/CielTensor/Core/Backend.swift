/// The operations model code needs, implemented once per device.
///
/// Model code (CielModels) calls only these methods, so a GPU backend can be added without touching it. All tensors
/// are row-major; "rows" means every dimension but the last. Batch size is folded into rows where it matters.
/// Weight arguments may be stored as float32, bfloat16 or float16; everything else is float32.
public protocol Backend: Sendable {
    /// A short human name ("cpu").
    var name: String { get }

    // MARK: Dense algebra
    /// `x[..., in] · weightᵀ + bias` with `weight` shaped `[out, in]` (PyTorch `nn.Linear` layout).
    func linear(_ x: Tensor, weight: Tensor, bias: Tensor?) -> Tensor
    /// Plain matrix product `a[m, k] · b[k, n]`, or `a · bᵀ` when `transposeB` (b is then `[n, k]`).
    func matmul(_ a: Tensor, _ b: Tensor, transposeB: Bool) -> Tensor
    /// 3-D convolution of one sample `x[C, T, H, W]` with `weight[O, C, kt, kh, kw]`, stride 1, zero padding
    /// (`timeBefore`/`timeAfter` frames, `height`/`width` on both sides). Returns `[O, T', H', W']`.
    func conv3d(_ x: Tensor, weight: Tensor, bias: Tensor?, padding: ConvPadding) -> Tensor

    // MARK: Normalisation
    /// LayerNorm over the last dimension (biased variance), with optional affine `weight`/`bias`.
    func layerNorm(_ x: Tensor, weight: Tensor?, bias: Tensor?, eps: Float) -> Tensor
    /// `layerNorm(x) · (1 + scale) + shift`, with `scale`/`shift` of the last dimension's size (no affine norm).
    func layerNormModulated(_ x: Tensor, scale: Tensor, shift: Tensor, eps: Float) -> Tensor
    /// RMSNorm over the last dimension: `x / sqrt(mean(x²) + eps) · weight`.
    func rmsNorm(_ x: Tensor, weight: Tensor?, eps: Float) -> Tensor
    /// Channel-first L2 normalisation used by the Wan VAE: for `x[C, N]`,
    /// `x / max(‖x[:, n]‖, eps) · sqrt(C) · gamma[C] + bias[C]`.
    func channelL2Norm(_ x: Tensor, gamma: Tensor, bias: Tensor?, eps: Float) -> Tensor

    // MARK: Elementwise
    func silu(_ x: Tensor) -> Tensor
    /// GELU with the tanh approximation (PyTorch `approximate="tanh"`, transformers `gelu_new`).
    func geluTanh(_ x: Tensor) -> Tensor
    /// Exact GELU (erf).
    func gelu(_ x: Tensor) -> Tensor
    func add(_ a: Tensor, _ b: Tensor) -> Tensor
    func multiply(_ a: Tensor, _ b: Tensor) -> Tensor
    /// `x + y · gate`, with `gate` of the last dimension's size broadcast over rows.
    func addGated(_ x: Tensor, _ y: Tensor, gate: Tensor) -> Tensor
    /// `x · a + b` for scalars.
    func affine(_ x: Tensor, scale: Float, offset: Float) -> Tensor
    /// `x · scale[c] + offset[c]` for a channel-first tensor `x[C, ...]`.
    func channelAffine(_ x: Tensor, scale: [Float], offset: [Float]) -> Tensor
    /// Adds `bias` (last-dimension sized) to every row.
    func addRowBroadcast(_ x: Tensor, _ bias: Tensor) -> Tensor
    func clamp(_ x: Tensor, min: Float, max: Float) -> Tensor

    // MARK: Attention
    /// Scaled dot-product attention over heads: `q[L, H, D]`, `k[S, H, D]`, `v[S, H, D]` → `[L, H, D]`.
    /// `bias[H, L, S]` is added to the logits; `keyMask[S]` (1 keep, 0 drop) masks keys. Computed in tiles with an
    /// online softmax, so memory does not grow with L·S.
    func attention(q: Tensor, k: Tensor, v: Tensor, scale: Float, bias: Tensor?, keyMask: [Float]?) -> Tensor
    /// Rotary embedding on interleaved pairs: for `x[L, H, D]` and tables `cos[L, D]`, `sin[L, D]`,
    /// `out[2i] = x[2i]·cos − x[2i+1]·sin`, `out[2i+1] = x[2i]·sin + x[2i+1]·cos`.
    func rotaryEmbedding(_ x: Tensor, cos: Tensor, sin: Tensor) -> Tensor

    // MARK: Layout
    /// Reorders dimensions: `out.shape[i] = x.shape[order[i]]`.
    func permute(_ x: Tensor, _ order: [Int]) -> Tensor
    /// Concatenates along `axis`.
    func concat(_ tensors: [Tensor], axis: Int) -> Tensor
    /// Elements `range` of dimension `axis`.
    func slice(_ x: Tensor, axis: Int, range: Range<Int>) -> Tensor
    /// Rows of `table[V, D]` at `indices` → `[indices.count, D]`.
    func gather(_ table: Tensor, indices: [Int]) -> Tensor
    /// Nearest-neighbour ×2 upsampling of the last two dimensions.
    func upsampleNearest2x(_ x: Tensor) -> Tensor

    // MARK: Video autoencoder
    /// 3-D convolution of one sample over the time-concatenation of `segments` (each `[C, Tᵢ, H, W]`, e.g. cached
    /// frames followed by the current chunk) without materialising it, with `weight[O, C, kt, kh, kw]`.
    /// Padding, strides and an optional fused nearest ×2 spatial upsampling come from `geometry`. Time taps that
    /// fall on zero padding are skipped. `residual` (shaped like the output), when given, is added to the result.
    /// Returns `[O, T', H', W']`.
    func conv3d(
        segments: [Tensor], weight: Tensor, bias: Tensor?, geometry: Conv3dGeometry, residual: Tensor?
    ) -> Tensor
    /// `silu(channelL2Norm(x, gamma, nil, eps))` in one pass (Wan VAE `norm → SiLU`).
    func channelL2NormSiLU(_ x: Tensor, gamma: Tensor, eps: Float) -> Tensor
}

/// Zero padding for `Backend.conv3d`.
public struct ConvPadding: Sendable, Hashable {
    public var timeBefore: Int
    public var timeAfter: Int
    public var height: Int
    public var width: Int

    public init(timeBefore: Int = 0, timeAfter: Int = 0, height: Int = 0, width: Int = 0) {
        self.timeBefore = timeBefore
        self.timeAfter = timeAfter
        self.height = height
        self.width = width
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A random source that reproduces PyTorch's CPU generator bit for bit.
///
/// `TorchGenerator(seed: s).randn(count: n)` equals `torch.manual_seed(s); torch.randn(n)` (and
/// `torch.randn(n, generator=torch.Generator().manual_seed(s))`) on the CPU for float32, including successive
/// draws from the same generator. The shape of a draw only matters through its element count.
///
/// PyTorch takes one of two paths (`aten/src/ATen/native/cpu/DistributionTemplates.h`, `normal_kernel`):
/// - fewer than 16 elements: element-wise Box-Muller in double precision from 53-bit uniforms, the second value
///   of each pair cached in the generator for the next element (`at::normal_distribution<double>`);
/// - 16 or more: fill the buffer with 24-bit uniforms first, then transform blocks of 16 in place (pairs
///   `j`, `j + 8`); when the count is not a multiple of 16 the last 16 values are redrawn and transformed again.
///
/// Python that produced the reference values: `tools/fixturelib/small_refs_rng.py`.
public struct TorchGenerator: Sendable {
    /// How the ≥ 16-element path evaluates log, sin and cos; PyTorch's choice depends on the CPU it runs on.
    public enum NormalKernel: Sendable, Hashable {
        /// `normal_fill_16_AVX2` with the avx_mathfun polynomials: PyTorch on x86-64 with AVX2 or AVX-512
        /// (`torch.backends.cpu.get_cpu_capability()` is `AVX2` or `AVX512`). The default.
        case avx2
        /// `normal_fill_16` with the platform's `logf`/`cosf`/`sinf`: PyTorch's `DEFAULT` capability
        /// (for instance aarch64). Bit-exact only where this process uses the same libm as PyTorch.
        case scalar
    }

    private var engine: MersenneTwister
    private var cachedNormal: Double?

    /// The polynomial flavour used for draws of 16 or more elements.
    public var kernel: NormalKernel

    /// The seed the generator was created with (`torch.initial_seed()`).
    public var seed: UInt64 { engine.seed }

    /// Creates a generator in the state of `torch.Generator().manual_seed(seed)`.
    /// - Parameters:
    ///   - seed: any 64-bit seed; negative Python seeds correspond to their two's-complement bit pattern.
    ///   - kernel: the normal-fill variant to reproduce; `.avx2` matches PyTorch on current x86-64 machines.
    public init(seed: UInt64, kernel: NormalKernel = .avx2) {
        self.engine = MersenneTwister(seed: seed)
        self.cachedNormal = nil
        self.kernel = kernel
    }

    /// Creates a generator from a signed seed, as `torch.manual_seed(-1)` wraps it to `2**64 - 1`.
    public init(signedSeed: Int64, kernel: NormalKernel = .avx2) {
        self.init(seed: UInt64(bitPattern: signedSeed), kernel: kernel)
    }

    /// Draws `count` standard-normal float32 values, like `torch.randn(count, generator=self)`.
    /// - Postcondition: the result has `count` elements; the generator has advanced exactly as PyTorch's would.
    public mutating func randn(count: Int) -> [Float] {
        guard count > 0 else {
            return []
        }
        if count < 16 {
            return (0..<count).map { _ in Float(nextDoubleNormal()) }
        }
        var data = [Float](repeating: 0, count: count)
        for i in 0..<count {
            data[i] = nextFloatUniform()
        }
        var start = 0
        while start + 16 <= count {
            transformBlock(&data, at: start)
            start += 16
        }
        if count % 16 != 0 {
            let tail = count - 16
            for i in tail..<count {
                data[i] = nextFloatUniform()
            }
            transformBlock(&data, at: tail)
        }
        return data
    }

    /// Draws standard-normal values for a tensor of the given shape, like `torch.randn(shape, generator=self)`.
    /// - Returns: the values in row-major (contiguous) order; their count is the product of `shape`.
    public mutating func randn(shape: [Int]) -> [Float] {
        randn(count: shape.reduce(1) { $0 * max($1, 0) })
    }

    /// A uniform float in [0, 1) with 24 random bits (`at::uniform_real_distribution<float>(0, 1)`).
    mutating func nextFloatUniform() -> Float {
        Float(engine.next32() & 0x00ff_ffff) * (1.0 / 16_777_216.0)
    }

    /// A uniform double in [0, 1) with 53 random bits (`at::uniform_real_distribution<double>(0, 1)`).
    mutating func nextDoubleUniform() -> Double {
        Double(engine.next64() & ((1 << 53) - 1)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// One standard normal from `at::normal_distribution<double>`, using and refilling the pair cache.
    mutating func nextDoubleNormal() -> Double {
        if let cached = cachedNormal {
            cachedNormal = nil
            return cached
        }
        let u1 = nextDoubleUniform()
        let u2 = nextDoubleUniform()
        let radius = (-2.0 * log1p(-u2)).squareRoot()
        let theta = 2.0 * Double.pi * u1
        cachedNormal = radius * sin(theta)
        return radius * cos(theta)
    }

    private func transformBlock(_ data: inout [Float], at start: Int) {
        let twoPi = Float(2.0 * Double.pi)
        for j in start..<(start + 8) {
            let u1 = 1 - data[j]  // [0, 1) -> (0, 1] for the logarithm.
            let u2 = data[j + 8]
            switch kernel {
            case .avx2:
                let radius = (-2 * CephesMath.log(u1)).squareRoot()
                let (sine, cosine) = CephesMath.sincos(twoPi * u2)
                data[j] = radius * cosine
                data[j + 8] = radius * sine
            case .scalar:
                let radius = (-2 * logf(u1)).squareRoot()
                // `2.0f * c10::pi<double> * u2` is evaluated in double, then stored as float.
                let theta = Float(2.0 * Double.pi * Double(u2))
                data[j] = radius * cosf(theta)
                data[j + 8] = radius * sinf(theta)
            }
        }
    }
}

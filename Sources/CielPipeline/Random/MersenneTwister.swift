/// The 32-bit Mersenne Twister (MT19937) exactly as PyTorch's `at::mt19937` runs it.
///
/// Seeding follows `at::mt19937::init_with_uint32`: only the low 32 bits of the seed are used
/// (`torch.manual_seed(2**32 + 5)` draws the same numbers as `torch.manual_seed(5)`), and the state is
/// expanded with Knuth's multiplier 1812433253. The output tempering is the standard one.
public struct MersenneTwister: Sendable, Hashable {
    private static let stateSize = 624
    private static let shiftSize = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    private var state: [UInt32]
    private var index: Int

    /// The seed this engine was created with (all 64 bits, as `torch.initial_seed()` reports it).
    public let seed: UInt64

    /// Creates an engine seeded like `at::mt19937(seed)`.
    /// - Parameter seed: the seed; only its low 32 bits influence the stream.
    public init(seed: UInt64) {
        self.seed = seed
        var state = [UInt32](repeating: 0, count: Self.stateSize)
        state[0] = UInt32(truncatingIfNeeded: seed)
        for j in 1..<Self.stateSize {
            let previous = state[j - 1]
            state[j] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(j)
        }
        self.state = state
        self.index = Self.stateSize
    }

    /// Returns the next 32 random bits (torch's `CPUGeneratorImpl::random()`).
    public mutating func next32() -> UInt32 {
        if index >= Self.stateSize {
            twist()
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// Returns 64 random bits made of two draws, the first in the high half
    /// (torch's `CPUGeneratorImpl::random64()`).
    public mutating func next64() -> UInt64 {
        let high = UInt64(next32())
        let low = UInt64(next32())
        return (high << 32) | low
    }

    private mutating func twist() {
        let n = Self.stateSize
        let m = Self.shiftSize
        state.withUnsafeMutableBufferPointer { s in
            for i in 0..<n {
                let y = (s[i] & Self.upperMask) | (s[(i + 1) % n] & Self.lowerMask)
                var value = y >> 1
                if y & 1 != 0 {
                    value ^= Self.matrixA
                }
                s[i] = s[(i + m) % n] ^ value
            }
        }
        index = 0
    }
}

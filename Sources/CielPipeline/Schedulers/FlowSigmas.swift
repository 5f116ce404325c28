import Foundation

/// Float helpers that follow numpy's and PyTorch's rounding in the schedule computations.
enum FlowSigmas {
    /// `numpy.linspace(start, stop, count)` in float64: `i * step + start`, the last value exactly `stop`.
    static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 0 else {
            return []
        }
        guard count > 1 else {
            return [0 * (stop - start) + start]
        }
        let step = (stop - start) / Double(count - 1)
        var values = (0..<count).map { Double($0) * step + start }
        values[count - 1] = stop
        return values
    }

    /// The flow-matching shift `s·σ / (1 + (s − 1)·σ)`, in the precision of its argument.
    static func shift(_ sigma: Double, by shift: Double) -> Double {
        shift * sigma / (1 + (shift - 1) * sigma)
    }

    /// `shift` evaluated as PyTorch does on a float32 tensor with Python-float scalars.
    static func shift(_ sigma: Float, by shift: Double) -> Float {
        Float(shift) * sigma / (1 + Float(shift - 1) * sigma)
    }

    /// Natural logarithm of a float32 scalar, correctly rounded. PyTorch's vectorised `log` (Sleef) can
    /// differ by one ulp; the effect on a trajectory is measured in the scheduler tests.
    static func log(_ x: Float) -> Float {
        Float(Foundation.log(Double(x)))
    }

    /// `expm1` of a float32 scalar, correctly rounded (see `log`).
    static func expm1(_ x: Float) -> Float {
        Float(Foundation.expm1(Double(x)))
    }
}

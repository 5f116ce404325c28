import Foundation

extension CPUBackend {
    /// Runs `body(rowInput, rowOutput)` for every row of the last dimension, in parallel.
    private func forEachRow(
        _ x: Tensor, _ body: @escaping (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void
    ) -> Tensor {
        let width = x.shape.last!
        let xf = x.float32()
        let out = Tensor.uninitialized(x.shape)
        xf.withUnsafeFloats { xp in
            out.withUnsafeMutableFloats { op in
                let xb = xp.baseAddress!, ob = op.baseAddress!
                Parallel.forEachChunk(x.count / width, minChunk: 8) { rows in
                    for r in rows { body(xb + r * width, ob + r * width, width) }
                }
            }
        }
        return out
    }

    /// Mean and biased variance of a row, accumulated in double precision for stability.
    private static func moments(_ row: UnsafePointer<Float>, _ n: Int) -> (mean: Float, variance: Float) {
        var sum: Double = 0
        for i in 0..<n { sum += Double(row[i]) }
        let mean = sum / Double(n)
        var sq: Double = 0
        for i in 0..<n {
            let d = Double(row[i]) - mean
            sq += d * d
        }
        return (Float(mean), Float(sq / Double(n)))
    }

    public func layerNorm(_ x: Tensor, weight: Tensor?, bias: Tensor?, eps: Float) -> Tensor {
        let w = weight?.scalars, b = bias?.scalars
        return forEachRow(x) { row, out, n in
            let (mean, variance) = Self.moments(row, n)
            let inv = 1 / (variance + eps).squareRoot()
            for i in 0..<n {
                var v = (row[i] - mean) * inv
                if let w { v *= w[i] }
                if let b { v += b[i] }
                out[i] = v
            }
        }
    }

    public func layerNormModulated(_ x: Tensor, scale: Tensor, shift: Tensor, eps: Float) -> Tensor {
        let s = scale.scalars, t = shift.scalars
        precondition(s.count == x.shape.last! && t.count == s.count, "layerNormModulated: size mismatch")
        return forEachRow(x) { row, out, n in
            let (mean, variance) = Self.moments(row, n)
            let inv = 1 / (variance + eps).squareRoot()
            for i in 0..<n { out[i] = (row[i] - mean) * inv * (1 + s[i]) + t[i] }
        }
    }

    public func rmsNorm(_ x: Tensor, weight: Tensor?, eps: Float) -> Tensor {
        let w = weight?.scalars
        return forEachRow(x) { row, out, n in
            var sq: Float = 0
            for i in 0..<n { sq += row[i] * row[i] }
            let inv = 1 / (sq / Float(n) + eps).squareRoot()
            if let w {
                for i in 0..<n { out[i] = row[i] * inv * w[i] }
            } else {
                for i in 0..<n { out[i] = row[i] * inv }
            }
        }
    }

    public func channelL2Norm(_ x: Tensor, gamma: Tensor, bias: Tensor?, eps: Float) -> Tensor {
        let channels = x.shape[0]
        let positions = x.count / channels
        let g = gamma.scalars, b = bias?.scalars
        precondition(g.count == channels, "channelL2Norm: gamma has \(g.count) values for \(channels) channels")
        let root = Float(channels).squareRoot()
        let xf = x.float32()
        let out = Tensor.uninitialized(x.shape)
        xf.withUnsafeFloats { xp in
            out.withUnsafeMutableFloats { op in
                let xb = xp.baseAddress!, ob = op.baseAddress!
                Parallel.forEachChunk(positions, minChunk: 1024) { range in
                    var norms = [Float](repeating: 0, count: range.count)
                    for c in 0..<channels {
                        let base = xb + c * positions
                        for (j, p) in range.enumerated() { norms[j] += base[p] * base[p] }
                    }
                    for j in 0..<norms.count { norms[j] = 1 / Swift.max(norms[j].squareRoot(), eps) }
                    for c in 0..<channels {
                        let factor = root * g[c], shift = b?[c] ?? 0
                        let src = xb + c * positions, dst = ob + c * positions
                        for (j, p) in range.enumerated() { dst[p] = src[p] * norms[j] * factor + shift }
                    }
                }
            }
        }
        return out
    }
}

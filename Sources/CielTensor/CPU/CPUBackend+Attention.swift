import CCielKernels
import Foundation

extension CPUBackend {
    /// Query rows per tile and keys per block of the tiled attention.
    static let queryTile = 64
    static let keyBlock = 512

    public func attention(q: Tensor, k: Tensor, v: Tensor, scale: Float, bias: Tensor?, keyMask: [Float]?) -> Tensor {
        precondition(q.rank == 3 && k.rank == 3 && v.rank == 3, "attention expects [L, H, D] tensors")
        let queries = q.shape[0], heads = q.shape[1], dim = q.shape[2]
        let keys = k.shape[0]
        precondition(k.shape[1] == heads && v.shape[1] == heads && k.shape[2] == dim && v.shape[0] == keys,
                     "attention: q \(q.shape), k \(k.shape), v \(v.shape) do not agree")
        if let bias { precondition(bias.shape == [heads, queries, keys], "attention bias must be [H, L, S]") }
        if let keyMask { precondition(keyMask.count == keys, "attention key mask must have \(keys) entries") }
        let qf = q.float32(), kf = k.float32(), vf = v.float32(), bf = bias?.float32()
        let out = Tensor.uninitialized([queries, heads, dim])
        let rowStride = heads * dim
        let tiles = (queries + Self.queryTile - 1) / Self.queryTile
        // Many small independent products: parallelise over (head, tile) and keep BLAS single-threaded meanwhile.
        BLAS.setThreadCount(1)
        defer { BLAS.setThreadCount(Parallel.coreCount) }
        qf.withUnsafeFloats { qp in
            kf.withUnsafeFloats { kp in
                vf.withUnsafeFloats { vp in
                    out.withUnsafeMutableFloats { op in
                        let qb = qp.baseAddress!, kb = kp.baseAddress!, vb = vp.baseAddress!, ob = op.baseAddress!
                        let biasBase = bf.map { b in b.withUnsafeFloats { $0.baseAddress! } }
                        Parallel.forEach(heads * tiles) { job in
                            let h = job / tiles, tile = job % tiles
                            let q0 = tile * Self.queryTile
                            let rows = min(Self.queryTile, queries - q0)
                            Self.attendTile(
                                q: qb + q0 * rowStride + h * dim, k: kb + h * dim, v: vb + h * dim,
                                out: ob + q0 * rowStride + h * dim, rows: rows, keys: keys, dim: dim,
                                rowStride: rowStride, scale: scale,
                                bias: biasBase.map { $0 + (h * queries + q0) * keys }, biasStride: keys,
                                keyMask: keyMask)
                        }
                        withExtendedLifetime(bf) {}
                    }
                }
            }
        }
        return out
    }

    /// One query tile of one head, with an online softmax over key blocks (flash-attention style).
    private static func attendTile(
        q: UnsafePointer<Float>, k: UnsafePointer<Float>, v: UnsafePointer<Float>, out: UnsafeMutablePointer<Float>,
        rows: Int, keys: Int, dim: Int, rowStride: Int, scale: Float,
        bias: UnsafePointer<Float>?, biasStride: Int, keyMask: [Float]?
    ) {
        let block = min(keyBlock, keys)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: rows * block)
        let accumulator = UnsafeMutablePointer<Float>.allocate(capacity: rows * dim)
        defer { scores.deallocate(); accumulator.deallocate() }
        accumulator.initialize(repeating: 0, count: rows * dim)
        var rowMax = [Float](repeating: -.infinity, count: rows)
        var rowSum = [Float](repeating: 0, count: rows)
        var start = 0
        while start < keys {
            let n = min(block, keys - start)
            BLAS.sgemm(
                transA: false, transB: true, m: rows, n: n, k: dim, alpha: scale, a: q, lda: rowStride,
                b: k + start * rowStride, ldb: rowStride, beta: 0, c: scores, ldc: n)
            for r in 0..<rows {
                let s = scores + r * n
                if let bias {
                    let b = bias + r * biasStride + start
                    for j in 0..<n { s[j] += b[j] }
                }
                if let keyMask {
                    for j in 0..<n where keyMask[start + j] == 0 { s[j] = -.infinity }
                }
                var m = rowMax[r]
                for j in 0..<n { m = max(m, s[j]) }
                if m == -.infinity {
                    for j in 0..<n { s[j] = 0 }
                    continue
                }
                let correction = rowMax[r] == -.infinity ? 0 : Foundation.exp(rowMax[r] - m)
                let sum = ciel_exp_shifted_sum(s, m, n)
                rowSum[r] = rowSum[r] * correction + sum
                rowMax[r] = m
                if correction != 1 {
                    let a = accumulator + r * dim
                    for d in 0..<dim { a[d] *= correction }
                }
            }
            BLAS.sgemm(
                transA: false, transB: false, m: rows, n: dim, k: n, alpha: 1, a: scores, lda: n,
                b: v + start * rowStride, ldb: rowStride, beta: 1, c: accumulator, ldc: dim)
            start += n
        }
        for r in 0..<rows {
            let inv: Float = rowSum[r] > 0 ? 1 / rowSum[r] : 0
            let a = accumulator + r * dim, o = out + r * rowStride
            for d in 0..<dim { o[d] = a[d] * inv }
        }
    }

    public func rotaryEmbedding(_ x: Tensor, cos: Tensor, sin: Tensor) -> Tensor {
        precondition(x.rank == 3, "rotaryEmbedding expects [L, H, D]")
        let length = x.shape[0], heads = x.shape[1], dim = x.shape[2]
        precondition(cos.shape == [length, dim] && sin.shape == [length, dim], "rotary tables must be [L, D]")
        let xf = x.float32(), cf = cos.float32(), sf = sin.float32()
        let out = Tensor.uninitialized(x.shape)
        xf.withUnsafeFloats { xp in
            cf.withUnsafeFloats { cp in
                sf.withUnsafeFloats { sp in
                    out.withUnsafeMutableFloats { op in
                        let xb = xp.baseAddress!, cb = cp.baseAddress!, sb = sp.baseAddress!, ob = op.baseAddress!
                        Parallel.forEachChunk(length, minChunk: 16) { positions in
                            for l in positions {
                                let c = cb + l * dim, s = sb + l * dim
                                for h in 0..<heads {
                                    let base = (l * heads + h) * dim
                                    var i = 0
                                    while i < dim {
                                        let a = xb[base + i], b = xb[base + i + 1]
                                        ob[base + i] = a * c[i] - b * s[i]
                                        ob[base + i + 1] = a * s[i + 1] + b * c[i + 1]
                                        i += 2
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }
}

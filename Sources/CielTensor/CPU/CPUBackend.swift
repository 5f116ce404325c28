import CCielKernels

/// The CPU implementation of `Backend`: BLAS for products, Dispatch for splitting the rest over all cores.
public struct CPUBackend: Backend {
    public let name = "cpu"

    public init() {}

    public func linear(_ x: Tensor, weight: Tensor, bias: Tensor?) -> Tensor {
        let inFeatures = x.shape.last!
        precondition(weight.rank == 2 && weight.shape[1] == inFeatures,
                     "linear: weight \(weight.shape) does not fit input \(x.shape)")
        let outFeatures = weight.shape[0]
        let rows = x.count / inFeatures
        let w = weight.float32()
        let out = Tensor.uninitialized(Array(x.shape.dropLast()) + [outFeatures])
        let input = x.float32()
        input.withUnsafeFloats { xp in
            w.withUnsafeFloats { wp in
                out.withUnsafeMutableFloats { op in
                    if let bias {
                        let b = bias.float32()
                        b.withUnsafeFloats { bp in
                            for r in 0..<rows { (op.baseAddress! + r * outFeatures).update(from: bp.baseAddress!, count: outFeatures) }
                        }
                    }
                    BLAS.sgemm(
                        transA: false, transB: true, m: rows, n: outFeatures, k: inFeatures, alpha: 1,
                        a: xp.baseAddress!, lda: inFeatures, b: wp.baseAddress!, ldb: inFeatures,
                        beta: bias == nil ? 0 : 1, c: op.baseAddress!, ldc: outFeatures)
                }
            }
        }
        return out
    }

    public func matmul(_ a: Tensor, _ b: Tensor, transposeB: Bool) -> Tensor {
        precondition(a.rank == 2 && b.rank == 2, "matmul needs matrices, got \(a.shape) and \(b.shape)")
        let m = a.shape[0], k = a.shape[1]
        let n = transposeB ? b.shape[0] : b.shape[1]
        precondition((transposeB ? b.shape[1] : b.shape[0]) == k, "matmul: \(a.shape) · \(b.shape) mismatch")
        let out = Tensor.uninitialized([m, n])
        let af = a.float32(), bf = b.float32()
        af.withUnsafeFloats { ap in
            bf.withUnsafeFloats { bp in
                out.withUnsafeMutableFloats { op in
                    BLAS.sgemm(
                        transA: false, transB: transposeB, m: m, n: n, k: k, alpha: 1, a: ap.baseAddress!, lda: k,
                        b: bp.baseAddress!, ldb: transposeB ? k : n, beta: 0, c: op.baseAddress!, ldc: n)
                }
            }
        }
        return out
    }
}

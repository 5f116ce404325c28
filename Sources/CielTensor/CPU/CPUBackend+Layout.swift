extension CPUBackend {
    public func permute(_ x: Tensor, _ order: [Int]) -> Tensor {
        precondition(order.sorted() == Array(0..<x.rank), "permute: \(order) is not a permutation of \(x.rank) axes")
        if order == Array(0..<x.rank) { return x.float32() }
        let inShape = x.shape
        let outShape = order.map { inShape[$0] }
        var inStrides = [Int](repeating: 1, count: x.rank)
        for i in stride(from: x.rank - 2, through: 0, by: -1) { inStrides[i] = inStrides[i + 1] * inShape[i + 1] }
        let srcStrides = order.map { inStrides[$0] }
        let xf = x.float32()
        let out = Tensor.uninitialized(outShape)
        let rank = x.rank
        let inner = outShape[rank - 1], innerStride = srcStrides[rank - 1]
        let outerCount = x.count / max(inner, 1)
        xf.withUnsafeFloats { xp in
            out.withUnsafeMutableFloats { op in
                let xb = xp.baseAddress!, ob = op.baseAddress!
                Parallel.forEachChunk(outerCount, minChunk: 64) { range in
                    var index = [Int](repeating: 0, count: rank)
                    for outer in range {
                        var rest = outer, offset = 0
                        for axis in stride(from: rank - 2, through: 0, by: -1) {
                            index[axis] = rest % outShape[axis]
                            rest /= outShape[axis]
                            offset += index[axis] * srcStrides[axis]
                        }
                        let dst = ob + outer * inner
                        if innerStride == 1 {
                            dst.update(from: xb + offset, count: inner)
                        } else {
                            for i in 0..<inner { dst[i] = xb[offset + i * innerStride] }
                        }
                    }
                }
            }
        }
        return out
    }

    public func concat(_ tensors: [Tensor], axis: Int) -> Tensor {
        precondition(!tensors.isEmpty, "concat of nothing")
        let first = tensors[0].shape
        for t in tensors {
            precondition(t.rank == first.count, "concat: ranks differ")
            for d in 0..<first.count where d != axis {
                precondition(t.shape[d] == first[d], "concat along \(axis): shapes \(first) and \(t.shape) differ")
            }
        }
        var outShape = first
        outShape[axis] = tensors.reduce(0) { $0 + $1.shape[axis] }
        let outer = first[..<axis].reduce(1, *)
        let inner = first[(axis + 1)...].reduce(1, *)
        let out = Tensor.uninitialized(outShape)
        out.withUnsafeMutableFloats { op in
            var offset = 0
            let outRow = outShape[axis] * inner
            for t in tensors {
                let chunk = t.shape[axis] * inner
                t.float32().withUnsafeFloats { tp in
                    for o in 0..<outer {
                        (op.baseAddress! + o * outRow + offset).update(from: tp.baseAddress! + o * chunk, count: chunk)
                    }
                }
                offset += chunk
            }
        }
        return out
    }

    public func slice(_ x: Tensor, axis: Int, range: Range<Int>) -> Tensor {
        precondition(range.lowerBound >= 0 && range.upperBound <= x.shape[axis], "slice \(range) out of \(x.shape)")
        var outShape = x.shape
        outShape[axis] = range.count
        let outer = x.shape[..<axis].reduce(1, *)
        let inner = x.shape[(axis + 1)...].reduce(1, *)
        let out = Tensor.uninitialized(outShape)
        x.float32().withUnsafeFloats { xp in
            out.withUnsafeMutableFloats { op in
                let chunk = range.count * inner, row = x.shape[axis] * inner
                for o in 0..<outer {
                    (op.baseAddress! + o * chunk).update(from: xp.baseAddress! + o * row + range.lowerBound * inner, count: chunk)
                }
            }
        }
        return out
    }

    public func gather(_ table: Tensor, indices: [Int]) -> Tensor {
        precondition(table.rank == 2, "gather expects a [V, D] table")
        let width = table.shape[1]
        let out = Tensor.uninitialized([indices.count, width])
        out.withUnsafeMutableFloats { op in
            for (row, index) in indices.enumerated() {
                precondition(index >= 0 && index < table.shape[0], "gather: index \(index) outside \(table.shape[0]) rows")
                let dst = op.baseAddress! + row * width
                let slice = try! Tensor(
                    shape: [width], dtype: table.dtype,
                    borrowing: TensorStorage(
                        borrowing: table.storage.pointer + index * width * table.dtype.byteSize,
                        byteCount: width * table.dtype.byteSize, owner: table.storage))
                slice.float32().withUnsafeFloats { dst.update(from: $0.baseAddress!, count: width) }
            }
        }
        return out
    }

    public func upsampleNearest2x(_ x: Tensor) -> Tensor {
        let h = x.shape[x.rank - 2], w = x.shape[x.rank - 1]
        let planes = x.count / (h * w)
        var outShape = x.shape
        outShape[x.rank - 2] = h * 2
        outShape[x.rank - 1] = w * 2
        let out = Tensor.uninitialized(outShape)
        x.float32().withUnsafeFloats { xp in
            out.withUnsafeMutableFloats { op in
                let xb = xp.baseAddress!, ob = op.baseAddress!
                Parallel.forEachChunk(planes * h, minChunk: 16) { rows in
                    for r in rows {
                        let src = xb + r * w
                        let dst = ob + r * 4 * w
                        for j in 0..<w {
                            dst[2 * j] = src[j]
                            dst[2 * j + 1] = src[j]
                        }
                        (dst + 2 * w).update(from: dst, count: 2 * w)
                    }
                }
            }
        }
        return out
    }
}

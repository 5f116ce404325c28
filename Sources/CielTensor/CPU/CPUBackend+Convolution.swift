extension CPUBackend {
    /// Bytes of im2col scratch per product; bounds memory at high resolution.
    static let im2colBudget = 48 << 20

    public func conv3d(_ x: Tensor, weight: Tensor, bias: Tensor?, padding: ConvPadding) -> Tensor {
        precondition(x.rank == 4 && weight.rank == 5, "conv3d expects x[C,T,H,W] and weight[O,C,kt,kh,kw]")
        let channels = x.shape[0], frames = x.shape[1], height = x.shape[2], width = x.shape[3]
        let outChannels = weight.shape[0], kt = weight.shape[2], kh = weight.shape[3], kw = weight.shape[4]
        precondition(weight.shape[1] == channels, "conv3d: weight \(weight.shape) does not fit input \(x.shape)")
        let paddedFrames = frames + padding.timeBefore + padding.timeAfter
        let outFrames = paddedFrames - kt + 1
        let outHeight = height + 2 * padding.height - kh + 1
        let outWidth = width + 2 * padding.width - kw + 1
        precondition(outFrames > 0 && outHeight > 0 && outWidth > 0, "conv3d: kernel larger than padded input")
        let plane = outHeight * outWidth
        let out = Tensor.uninitialized([outChannels, outFrames, outHeight, outWidth])
        let w = weight.float32(), input = x.float32()
        let kernelSize = channels * kt * kh * kw
        let biasValues = bias?.scalars
        let pointwise = kt == 1 && kh == 1 && kw == 1 && padding == ConvPadding()
        input.withUnsafeFloats { xp in
            w.withUnsafeFloats { wp in
                out.withUnsafeMutableFloats { op in
                    let xb = xp.baseAddress!, wb = wp.baseAddress!, ob = op.baseAddress!
                    if pointwise {
                        // A 1×1×1 convolution is one product over every position.
                        BLAS.sgemm(
                            transA: false, transB: false, m: outChannels, n: frames * plane, k: channels, alpha: 1,
                            a: wb, lda: channels, b: xb, ldb: frames * plane, beta: 0, c: ob, ldc: frames * plane)
                    } else {
                        let rowsPerChunk = max(1, min(outHeight, Self.im2colBudget / 4 / max(1, kernelSize * outWidth)))
                        let columns = UnsafeMutablePointer<Float>.allocate(capacity: kernelSize * rowsPerChunk * outWidth)
                        defer { columns.deallocate() }
                        for t in 0..<outFrames {
                            var row0 = 0
                            while row0 < outHeight {
                                let rows = min(rowsPerChunk, outHeight - row0)
                                let n = rows * outWidth
                                Self.im2col(
                                    xb, channels: channels, frames: frames, height: height, width: width,
                                    kt: kt, kh: kh, kw: kw, padding: padding, outFrame: t, row0: row0, rows: rows,
                                    outWidth: outWidth, into: columns)
                                BLAS.sgemm(
                                    transA: false, transB: false, m: outChannels, n: n, k: kernelSize, alpha: 1,
                                    a: wb, lda: kernelSize, b: columns, ldb: n, beta: 0,
                                    c: ob + t * plane + row0 * outWidth, ldc: outFrames * plane)
                                row0 += rows
                            }
                        }
                    }
                    if let biasValues {
                        let count = outFrames * plane
                        Parallel.forEach(outChannels) { o in
                            let dst = ob + o * count, b = biasValues[o]
                            for i in 0..<count { dst[i] += b }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Fills `columns[K, rows·outWidth]` (K = C·kt·kh·kw, in weight order) for output frame `outFrame`.
    private static func im2col(
        _ x: UnsafePointer<Float>, channels: Int, frames: Int, height: Int, width: Int,
        kt: Int, kh: Int, kw: Int, padding: ConvPadding, outFrame: Int, row0: Int, rows: Int, outWidth: Int,
        into columns: UnsafeMutablePointer<Float>
    ) {
        let n = rows * outWidth
        let taps = kt * kh * kw
        Parallel.forEachChunk(channels * taps, minChunk: 4) { range in
            for kIndex in range {
                let c = kIndex / taps
                let tap = kIndex % taps
                let dt = tap / (kh * kw), dy = (tap / kw) % kh, dx = tap % kw
                let dst = columns + kIndex * n
                let frame = outFrame + dt - padding.timeBefore
                if frame < 0 || frame >= frames {
                    dst.initialize(repeating: 0, count: n)
                    continue
                }
                let source = x + (c * frames + frame) * height * width
                for r in 0..<rows {
                    let y = row0 + r + dy - padding.height
                    let d = dst + r * outWidth
                    if y < 0 || y >= height {
                        d.initialize(repeating: 0, count: outWidth)
                        continue
                    }
                    let srcRow = source + y * width
                    let shift = dx - padding.width
                    let lo = max(0, -shift), hi = min(outWidth, width - shift)
                    if lo > 0 { d.initialize(repeating: 0, count: min(lo, outWidth)) }
                    if hi > lo { (d + lo).update(from: srcRow + lo + shift, count: hi - lo) }
                    if hi < outWidth { (d + max(hi, 0)).initialize(repeating: 0, count: outWidth - max(hi, 0)) }
                }
            }
        }
    }
}

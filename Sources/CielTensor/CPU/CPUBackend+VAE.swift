import CCielKernels
import Foundation

extension CPUBackend {
    /// Bytes of im2col scratch per product of the segmented convolution; large enough that packing the weight
    /// matrix for each product is amortised.
    static let segmentedIm2colBudget = 32 << 20

    public func conv3d(
        segments: [Tensor], weight: Tensor, bias: Tensor?, geometry g: Conv3dGeometry, residual: Tensor?
    ) -> Tensor {
        precondition(!segments.isEmpty, "conv3d(segments:) needs at least one segment")
        precondition(weight.rank == 5, "conv3d expects weight[O, C, kt, kh, kw], got \(weight.shape)")
        let channels = segments[0].shape[0], height = segments[0].shape[2], width = segments[0].shape[3]
        for s in segments {
            precondition(s.rank == 4 && s.shape[0] == channels && s.shape[2] == height && s.shape[3] == width,
                         "conv3d(segments:): segment \(s.shape) does not match \(segments[0].shape)")
        }
        let outChannels = weight.shape[0], kt = weight.shape[2], kh = weight.shape[3], kw = weight.shape[4]
        precondition(weight.shape[1] == channels, "conv3d: weight \(weight.shape) does not fit \(channels) channels")
        precondition(g.timeStride > 0 && g.spatialStride > 0, "conv3d: strides must be positive")
        let frames = segments.reduce(0) { $0 + $1.shape[1] }
        let virtualHeight = g.upsample2x ? 2 * height : height
        let virtualWidth = g.upsample2x ? 2 * width : width
        let outFrames = (g.timeBefore + frames + g.timeAfter - kt) / g.timeStride + 1
        let outHeight = (virtualHeight + g.top + g.bottom - kh) / g.spatialStride + 1
        let outWidth = (virtualWidth + g.left + g.right - kw) / g.spatialStride + 1
        precondition(g.timeBefore + frames + g.timeAfter >= kt && outHeight > 0 && outWidth > 0,
                     "conv3d: kernel \(weight.shape) larger than padded input")
        let plane = outHeight * outWidth
        let taps2d = kh * kw
        let depth = channels * taps2d
        let packed = Self.packByTimeTap(weight.float32(), kt: kt, outChannels: outChannels, channels: channels,
                                        taps2d: taps2d)
        let biasValues = bias?.scalars ?? [Float](repeating: 0, count: outChannels)
        let out = Tensor.uninitialized([outChannels, outFrames, outHeight, outWidth])
        let residualInput = residual?.float32()
        if let residualInput {
            precondition(residualInput.shape == out.shape,
                         "conv3d: residual \(residualInput.shape) does not match output \(out.shape)")
        }
        let inputs = segments.map { $0.float32() }
        let pointwise = taps2d == 1 && g.spatialStride == 1 && !g.upsample2x
            && g.top == 0 && g.bottom == 0 && g.left == 0 && g.right == 0
        let rowsPerChunk = pointwise
            ? outHeight : max(1, min(outHeight, Self.segmentedIm2colBudget / 4 / max(1, depth * outWidth)))
        Self.withFramePointers(inputs, residual: residualInput) { framePointers, residualBase in
            out.withUnsafeMutableFloats { op in
                let ob = op.baseAddress!
                let columnCount = pointwise ? 1 : depth * rowsPerChunk * outWidth
                let columns = UnsafeMutablePointer<Float>.allocate(capacity: columnCount)
                let stacked = UnsafeMutablePointer<Float>.allocate(
                    capacity: kt > 1 && outFrames > 1 ? kt * outChannels * rowsPerChunk * outWidth : 1)
                defer {
                    columns.deallocate()
                    stacked.deallocate()
                }
                let ldc = outFrames * plane
                var row0 = 0
                while row0 < outHeight {
                    let rows = min(rowsPerChunk, outHeight - row0)
                    let n = rows * outWidth
                    for t in 0..<outFrames {
                        let offset = t * plane + row0 * outWidth
                        Parallel.forEachChunk(outChannels, minChunk: 8) { range in
                            for o in range {
                                let d = ob + offset + o * ldc
                                if let residualBase {
                                    let r = residualBase + offset + o * ldc, b = biasValues[o]
                                    for i in 0..<n { d[i] = r[i] + b }
                                } else {
                                    d.update(repeating: biasValues[o], count: n)
                                }
                            }
                        }
                    }
                    // Each input frame is unfolded once and used by every output frame whose window holds it, in
                    // increasing time-tap order per output frame. Zero-padding frames are never visited.
                    for frame in 0..<frames {
                        let users = (0..<kt).compactMap { dt -> (t: Int, dt: Int)? in
                            let shifted = frame + g.timeBefore - dt
                            guard shifted >= 0, shifted % g.timeStride == 0, shifted / g.timeStride < outFrames
                            else { return nil }
                            return (shifted / g.timeStride, dt)
                        }
                        guard !users.isEmpty else { continue }
                        let (source, channelStride) = framePointers[frame]
                        let b: UnsafePointer<Float>, ldb: Int
                        if pointwise {
                            b = source + row0 * width
                            ldb = channelStride
                        } else {
                            Self.im2colFrame(
                                source, channelStride: channelStride, channels: channels, height: height,
                                width: width, kh: kh, kw: kw, geometry: g, row0: row0, rows: rows,
                                outWidth: outWidth, into: columns)
                            b = UnsafePointer(columns)
                            ldb = n
                        }
                        if users.count > 1 && g.timeStride == 1 {
                            // The taps dt₀…dt₀+k−1 of this frame are consecutive rows of `packed`: one product
                            // with k·O rows (better use of each packed column panel), then each block of O rows is
                            // added to its output frame.
                            let first = users[0].dt
                            BLAS.sgemm(
                                transA: false, transB: false, m: users.count * outChannels, n: n, k: depth,
                                alpha: 1, a: packed + first * outChannels * depth, lda: depth, b: b, ldb: ldb,
                                beta: 0, c: stacked, ldc: n)
                            let offsets = users.map { $0.t * plane + row0 * outWidth }
                            Parallel.forEachChunk(users.count * outChannels, minChunk: 4) { range in
                                for row in range {
                                    let block = row / outChannels, o = row % outChannels
                                    let d = ob + offsets[block] + o * ldc, src = stacked + row * n
                                    for i in 0..<n { d[i] += src[i] }
                                }
                            }
                        } else {
                            for (t, dt) in users {
                                BLAS.sgemm(
                                    transA: false, transB: false, m: outChannels, n: n, k: depth, alpha: 1,
                                    a: packed + dt * outChannels * depth, lda: depth, b: b, ldb: ldb,
                                    beta: 1, c: ob + t * plane + row0 * outWidth, ldc: ldc)
                            }
                        }
                    }
                    row0 += rows
                }
            }
        }
        packed.deallocate()
        return out
    }

    public func channelL2NormSiLU(_ x: Tensor, gamma: Tensor, eps: Float) -> Tensor {
        let channels = x.shape[0]
        let positions = x.count / channels
        let g = gamma.scalars
        precondition(g.count == channels, "channelL2NormSiLU: gamma has \(g.count) values for \(channels) channels")
        let root = Float(channels).squareRoot()
        let xf = x.float32()
        let out = Tensor.uninitialized(x.shape)
        xf.withUnsafeFloats { xp in
            out.withUnsafeMutableFloats { op in
                let xb = xp.baseAddress!, ob = op.baseAddress!
                Parallel.forEachChunk(positions, minChunk: 1024) { range in
                    let count = range.count, start = range.lowerBound
                    let norms = UnsafeMutablePointer<Float>.allocate(capacity: count)
                    defer { norms.deallocate() }
                    norms.initialize(repeating: 0, count: count)
                    for c in 0..<channels {
                        let base = xb + c * positions + start
                        for j in 0..<count { norms[j] += base[j] * base[j] }
                    }
                    for j in 0..<count { norms[j] = 1 / Swift.max(norms[j].squareRoot(), eps) }
                    for c in 0..<channels {
                        let factor = root * g[c]
                        let src = xb + c * positions + start, dst = ob + c * positions + start
                        ciel_scaled_silu(src, norms, factor, dst, count)
                    }
                }
            }
        }
        return out
    }

    /// Reorders `weight[O, C, kt, kh, kw]` into `kt` matrices `[O, C·kh·kw]` (one per time tap), freshly allocated.
    private static func packByTimeTap(
        _ weight: Tensor, kt: Int, outChannels: Int, channels: Int, taps2d: Int
    ) -> UnsafeMutablePointer<Float> {
        let depth = channels * taps2d
        let packed = UnsafeMutablePointer<Float>.allocate(capacity: kt * outChannels * depth)
        weight.withUnsafeFloats { wp in
            let wb = wp.baseAddress!
            Parallel.forEachChunk(outChannels, minChunk: 4) { range in
                for o in range {
                    for c in 0..<channels {
                        for dt in 0..<kt {
                            let src = wb + ((o * channels + c) * kt + dt) * taps2d
                            let dst = packed + (dt * outChannels + o) * depth + c * taps2d
                            dst.update(from: src, count: taps2d)
                        }
                    }
                }
            }
        }
        return packed
    }

    /// Lends `(first element of frame f, channel stride)` for every frame of the concatenated segments, and the
    /// elements of `residual` (nil when absent). The pointers are valid only inside `body`; do not let them escape.
    private static func withFramePointers<R>(
        _ segments: [Tensor], residual: Tensor?, _ body: ([(UnsafePointer<Float>, Int)], UnsafePointer<Float>?) -> R
    ) -> R {
        func lend(_ index: Int, _ acc: [(UnsafePointer<Float>, Int)]) -> R {
            if index == segments.count {
                guard let residual else { return body(acc, nil) }
                return residual.withUnsafeFloats { body(acc, $0.baseAddress!) }
            }
            let s = segments[index]
            let frames = s.shape[1], framePlane = s.shape[2] * s.shape[3]
            return s.withUnsafeFloats { p in
                var next = acc
                for f in 0..<frames { next.append((p.baseAddress! + f * framePlane, frames * framePlane)) }
                return lend(index + 1, next)
            }
        }
        return lend(0, [])
    }

    /// Fills `columns[C·kh·kw, rows·outWidth]` for output rows `row0..<row0+rows` of one input frame.
    private static func im2colFrame(
        _ frame: UnsafePointer<Float>, channelStride: Int, channels: Int, height: Int, width: Int,
        kh: Int, kw: Int, geometry g: Conv3dGeometry, row0: Int, rows: Int, outWidth: Int,
        into columns: UnsafeMutablePointer<Float>
    ) {
        let n = rows * outWidth
        let taps = kh * kw
        let stride = g.spatialStride
        let up = g.upsample2x ? 1 : 0
        let virtualHeight = height << up, virtualWidth = width << up
        Parallel.forEachChunk(channels * taps, minChunk: 4) { range in
            for kIndex in range {
                let c = kIndex / taps, tap = kIndex % taps
                let dy = tap / kw, dx = tap % kw
                let source = frame + c * channelStride
                for r in 0..<rows {
                    let d = columns + kIndex * n + r * outWidth
                    let vy = (row0 + r) * stride + dy - g.top
                    if vy < 0 || vy >= virtualHeight {
                        d.update(repeating: 0, count: outWidth)
                        continue
                    }
                    let srcRow = source + (vy >> up) * width
                    if stride == 1 && up == 0 {
                        let shift = dx - g.left
                        let lo = Swift.min(outWidth, Swift.max(0, -shift))
                        let hi = Swift.max(lo, Swift.min(outWidth, width - shift))
                        if lo > 0 { d.update(repeating: 0, count: lo) }
                        if hi > lo { (d + lo).update(from: srcRow + lo + shift, count: hi - lo) }
                        if hi < outWidth { (d + hi).update(repeating: 0, count: outWidth - hi) }
                    } else {
                        // Output columns whose source column vx = ox·stride + dx − left lies in [0, virtualWidth).
                        let shift = dx - g.left
                        let lo = Swift.min(outWidth, Swift.max(0, (-shift + stride - 1) / stride))
                        let hi = Swift.max(lo, Swift.min(outWidth, (virtualWidth - shift + stride - 1) / stride))
                        if lo > 0 { d.update(repeating: 0, count: lo) }
                        for ox in lo..<hi { d[ox] = srcRow[(ox * stride + shift) >> up] }
                        if hi < outWidth { (d + hi).update(repeating: 0, count: outWidth - hi) }
                    }
                }
            }
        }
    }
}

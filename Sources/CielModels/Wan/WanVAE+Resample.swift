import CielTensor

/// diffusers `WanResample` in its four modes. The spatial part is a 3×3 `Conv2d` applied per frame (stored as
/// `resample.1.weight [O, C, 3, 3]`), which runs here as a 1×3×3 convolution over all frames at once.
struct WanResample {
    enum Mode {
        /// Nearest-exact ×2 in height and width, then a 3×3 convolution (padding 1) to `C/2` channels.
        case upsample2d
        /// `upsample2d` preceded by a causal (3,1,1) `time_conv` to 2C channels whose two halves are interleaved
        /// in time (t → 2t, 2t+1). Skipped on the first chunk (diffusers' `"Rep"`), so one latent frame gives one.
        case upsample3d
        /// Zero padding of one row/column at the bottom/right, then a 3×3 stride-2 convolution.
        case downsample2d
        /// `downsample2d` followed by a (3,1,1) stride-(2,1,1) `time_conv` over the previous chunk's last frame
        /// and this chunk. Skipped on the first chunk.
        case downsample3d
    }

    let mode: Mode
    let spatialWeight: Tensor  // "resample.1.weight" [O, C, 3, 3], used as [O, C, 1, 3, 3]
    let spatialBias: Tensor  // "resample.1.bias" [O]
    let timeConv: WanCausalConv3d?  // "time_conv"

    init(_ load: WanWeightLoader, _ prefix: String, channels: Int, mode: Mode) throws {
        self.mode = mode
        let upsampling = mode == .upsample2d || mode == .upsample3d
        let outChannels = upsampling ? channels / 2 : channels
        spatialWeight = try load("\(prefix).resample.1.weight", [outChannels, channels, 3, 3])
            .reshaped([outChannels, channels, 1, 3, 3])
        spatialBias = try load("\(prefix).resample.1.bias", [outChannels])
        switch mode {
        case .upsample2d, .downsample2d:
            timeConv = nil
        case .upsample3d:
            timeConv = try WanCausalConv3d(
                load, "\(prefix).time_conv", inChannels: channels, outChannels: 2 * channels,
                kernel: (3, 1, 1), padding: (1, 0, 0))
        case .downsample3d:
            timeConv = try WanCausalConv3d(
                load, "\(prefix).time_conv", inChannels: channels, outChannels: channels,
                kernel: (3, 1, 1), padding: (0, 0, 0))
        }
    }

    func callAsFunction(_ x: Tensor, cache: WanCausalCache?, backend: any Backend) -> Tensor {
        switch mode {
        case .upsample2d:
            return upsample(x, backend: backend)
        case .upsample3d:
            return upsample(temporalUpsample(x, cache: cache, backend: backend), backend: backend)
        case .downsample2d:
            return downsample(x, backend: backend)
        case .downsample3d:
            return temporalDownsample(downsample(x, backend: backend), cache: cache, backend: backend)
        }
    }

    private func upsample(_ x: Tensor, backend: any Backend) -> Tensor {
        // nearest-exact with scale 2 picks source pixel ⌊i/2⌋, the same as nearest; fused into the convolution.
        backend.conv3d(
            segments: [x], weight: spatialWeight, bias: spatialBias,
            geometry: Conv3dGeometry(top: 1, bottom: 1, left: 1, right: 1, upsample2x: true), residual: nil)
    }

    private func downsample(_ x: Tensor, backend: any Backend) -> Tensor {
        backend.conv3d(
            segments: [x], weight: spatialWeight, bias: spatialBias,
            geometry: Conv3dGeometry(bottom: 1, right: 1, spatialStride: 2), residual: nil)
    }

    private func temporalUpsample(_ x: Tensor, cache: WanCausalCache?, backend: any Backend) -> Tensor {
        guard let cache, let timeConv else { return x }
        let (index, slot) = cache.next()
        let kept: Tensor
        let y: Tensor
        switch slot {
        case .empty:
            cache.store(.skippedFirstChunk, at: index)
            return x
        case .skippedFirstChunk:
            let last = lastFrames(of: x, after: nil, count: WanCausalCache.frameCount, backend: backend)
            kept = last.shape[1] < WanCausalCache.frameCount
                ? backend.concat([Tensor.zeros(last.shape), last], axis: 1) : last
            y = timeConv(x, cache: nil as Tensor?, backend: backend)
        case .frames(let previous):
            kept = lastFrames(of: x, after: previous, count: WanCausalCache.frameCount, backend: backend)
            cache.release(at: index)
            y = timeConv(x, cache: previous, backend: backend)
        }
        cache.store(.frames(kept), at: index)
        // [2C, T, H, W] viewed as [2, C, T, HW] → [C, T, 2, HW]: out[c, 2t + j] = y[j·C + c, t].
        let channels = x.shape[0], frames = x.shape[1], height = x.shape[2], width = x.shape[3]
        return backend.permute(y.reshaped([2, channels, frames, height * width]), [1, 2, 0, 3])
            .reshaped([channels, 2 * frames, height, width])
    }

    private func temporalDownsample(_ x: Tensor, cache: WanCausalCache?, backend: any Backend) -> Tensor {
        guard let cache, let timeConv else { return x }
        let (index, slot) = cache.next()
        let frames = x.shape[1]
        // Only the last frame of this slot is ever read, so only it is kept.
        let last = frames == 1 ? x : backend.slice(x, axis: 1, range: (frames - 1)..<frames)
        guard let previous = slot.frames else {
            cache.store(.frames(last), at: index)
            return x
        }
        cache.release(at: index)
        let y = backend.conv3d(
            segments: [previous, x], weight: timeConv.weight, bias: timeConv.bias,
            geometry: Conv3dGeometry(timeStride: 2), residual: nil)
        cache.store(.frames(last), at: index)
        return y
    }
}

import CielTensor

/// Fetches checkpoint tensor `key`, checking it has `shape` (a `WeightStore` or generated weights).
typealias WanWeightLoader = (_ key: String, _ shape: [Int]) throws -> Tensor

/// `F.normalize` epsilon of `WanRMS_norm`.
let wanNormEpsilon: Float = 1e-12

/// diffusers `WanCausalConv3d`: a convolution whose time padding (2·p_t frames) is all in the past, so frame `t` of
/// the output sees input frames `t-2…t`. Frames cached from the previous chunk replace that much zero padding.
struct WanCausalConv3d {
    let weight: Tensor  // "<prefix>.weight" [O, C, kt, kh, kw]
    let bias: Tensor  // "<prefix>.bias" [O]
    let timePadding: Int
    let spatialPadding: Int

    /// Loads `<prefix>.weight`/`.bias` for a `kernel` = (kt, kh, kw) convolution with `padding` = (p_t, p_h, p_w).
    init(
        _ load: WanWeightLoader, _ prefix: String, inChannels: Int, outChannels: Int,
        kernel: (Int, Int, Int), padding: (Int, Int, Int)
    ) throws {
        weight = try load("\(prefix).weight", [outChannels, inChannels, kernel.0, kernel.1, kernel.2])
        bias = try load("\(prefix).bias", [outChannels])
        timePadding = 2 * padding.0
        precondition(padding.1 == padding.2, "square spatial padding only")
        spatialPadding = padding.1
    }

    /// Convenience for the common 3×3×3 (padding 1) and 1×1×1 (no padding) kernels.
    init(_ load: WanWeightLoader, _ prefix: String, inChannels: Int, outChannels: Int, kernel: Int) throws {
        let p = kernel / 2
        try self.init(load, prefix, inChannels: inChannels, outChannels: outChannels,
                      kernel: (kernel, kernel, kernel), padding: (p, p, p))
    }

    var outChannels: Int { weight.shape[0] }

    /// `forward(x, cache_x)`: prepends `cache` (when this convolution pads time) and shrinks the zero padding.
    /// `residual`, when given, is added to the output (fused; PyTorch adds it after the convolution).
    func callAsFunction(_ x: Tensor, cache: Tensor?, backend: any Backend, residual: Tensor? = nil) -> Tensor {
        var segments = [x]
        var before = timePadding
        if let cache, timePadding > 0 {
            segments = [cache, x]
            before -= cache.shape[1]
        }
        let geometry = Conv3dGeometry(
            timeBefore: max(0, before), top: spatialPadding, bottom: spatialPadding,
            left: spatialPadding, right: spatialPadding)
        return backend.conv3d(segments: segments, weight: weight, bias: bias, geometry: geometry, residual: residual)
    }

    /// The cached call used by the encoder, decoder and residual blocks: stores the last frames of `x` (after those
    /// of the previous chunk) in the next cache slot, then convolves with the previous content of that slot.
    func callAsFunction(
        _ x: Tensor, cache: WanCausalCache?, backend: any Backend, residual: Tensor? = nil
    ) -> Tensor {
        guard let cache else { return self(x, cache: nil as Tensor?, backend: backend, residual: residual) }
        let (index, slot) = cache.next()
        let previous = slot.frames
        let kept = cache.keepsFrames
            ? lastFrames(of: x, after: previous, count: WanCausalCache.frameCount, backend: backend) : nil
        cache.release(at: index)
        let y = self(x, cache: previous, backend: backend, residual: residual)
        if let kept { cache.store(.frames(kept), at: index) }
        return y
    }
}

/// diffusers `WanResidualBlock`: `shortcut(x) + conv2(SiLU(norm2(conv1(SiLU(norm1(x))))))` (dropout is 0).
struct WanResidualBlock {
    let norm1: Tensor  // "norm1.gamma" [C_in, 1, 1, 1]
    let conv1: WanCausalConv3d  // "conv1" 3×3×3
    let norm2: Tensor  // "norm2.gamma" [C_out, 1, 1, 1]
    let conv2: WanCausalConv3d  // "conv2" 3×3×3
    let shortcut: WanCausalConv3d?  // "conv_shortcut" 1×1×1 when C_in ≠ C_out

    init(_ load: WanWeightLoader, _ prefix: String, inChannels: Int, outChannels: Int) throws {
        norm1 = try load("\(prefix).norm1.gamma", [inChannels, 1, 1, 1])
        conv1 = try WanCausalConv3d(
            load, "\(prefix).conv1", inChannels: inChannels, outChannels: outChannels, kernel: 3)
        norm2 = try load("\(prefix).norm2.gamma", [outChannels, 1, 1, 1])
        conv2 = try WanCausalConv3d(
            load, "\(prefix).conv2", inChannels: outChannels, outChannels: outChannels, kernel: 3)
        shortcut = inChannels == outChannels
            ? nil
            : try WanCausalConv3d(load, "\(prefix).conv_shortcut", inChannels: inChannels, outChannels: outChannels,
                                  kernel: 1)
    }

    func callAsFunction(_ x: Tensor, cache: WanCausalCache?, backend: any Backend) -> Tensor {
        let h = shortcut.map { $0(x, cache: nil as Tensor?, backend: backend) } ?? x
        var y = backend.channelL2NormSiLU(x, gamma: norm1, eps: wanNormEpsilon)
        y = conv1(y, cache: cache, backend: backend)
        y = backend.channelL2NormSiLU(y, gamma: norm2, eps: wanNormEpsilon)
        return conv2(y, cache: cache, backend: backend, residual: h)  // conv2(…) + h, the add fused
    }
}

/// diffusers `WanAttentionBlock`: per frame, RMS norm, 1×1 `to_qkv`, single-head attention over the h·w positions
/// (head dim = C), 1×1 `proj`, plus the input.
struct WanAttentionBlock {
    let norm: Tensor  // "norm.gamma" [C, 1, 1]
    let toQKV: Tensor  // "to_qkv.weight" [3C, C, 1, 1], used as [3C, C]
    let toQKVBias: Tensor  // "to_qkv.bias" [3C]
    let projection: Tensor  // "proj.weight" [C, C, 1, 1], used as [C, C]
    let projectionBias: Tensor  // "proj.bias" [C]

    init(_ load: WanWeightLoader, _ prefix: String, channels c: Int) throws {
        norm = try load("\(prefix).norm.gamma", [c, 1, 1])
        toQKV = try load("\(prefix).to_qkv.weight", [3 * c, c, 1, 1]).reshaped([3 * c, c])
        toQKVBias = try load("\(prefix).to_qkv.bias", [3 * c])
        projection = try load("\(prefix).proj.weight", [c, c, 1, 1]).reshaped([c, c])
        projectionBias = try load("\(prefix).proj.bias", [c])
    }

    func callAsFunction(_ x: Tensor, backend: any Backend) -> Tensor {
        let channels = x.shape[0], frames = x.shape[1], positions = x.shape[2] * x.shape[3]
        var outputs: [Tensor] = []
        for t in 0..<frames {
            let frame = frames == 1 ? x.reshaped([channels, positions])
                : backend.slice(x, axis: 1, range: t..<(t + 1)).reshaped([channels, positions])
            let normed = backend.channelL2Norm(frame, gamma: norm, bias: nil, eps: wanNormEpsilon)
            let tokens = backend.permute(normed, [1, 0])  // [HW, C]
            let qkv = backend.linear(tokens, weight: toQKV, bias: toQKVBias)  // [HW, 3C]
            let q = backend.slice(qkv, axis: 1, range: 0..<channels).reshaped([positions, 1, channels])
            let k = backend.slice(qkv, axis: 1, range: channels..<(2 * channels)).reshaped([positions, 1, channels])
            let v = backend.slice(qkv, axis: 1, range: (2 * channels)..<(3 * channels))
                .reshaped([positions, 1, channels])
            let attended = backend.attention(
                q: q, k: k, v: v, scale: 1 / Float(channels).squareRoot(), bias: nil, keyMask: nil)
            let projected = backend.linear(
                attended.reshaped([positions, channels]), weight: projection, bias: projectionBias)
            outputs.append(backend.permute(projected, [1, 0]).reshaped([channels, 1, x.shape[2], x.shape[3]]))
        }
        let y = outputs.count == 1 ? outputs[0] : backend.concat(outputs, axis: 1)
        return backend.add(y, x)
    }
}

/// diffusers `WanMidBlock` with one attention layer: `resnets.0 → attentions.0 → resnets.1`.
struct WanMidBlock {
    let first: WanResidualBlock  // "resnets.0"
    let attention: WanAttentionBlock  // "attentions.0"
    let second: WanResidualBlock  // "resnets.1"

    init(_ load: WanWeightLoader, _ prefix: String, channels: Int) throws {
        first = try WanResidualBlock(load, "\(prefix).resnets.0", inChannels: channels, outChannels: channels)
        attention = try WanAttentionBlock(load, "\(prefix).attentions.0", channels: channels)
        second = try WanResidualBlock(load, "\(prefix).resnets.1", inChannels: channels, outChannels: channels)
    }

    func callAsFunction(_ x: Tensor, cache: WanCausalCache?, backend: any Backend) -> Tensor {
        var y = first(x, cache: cache, backend: backend)
        y = attention(y, backend: backend)
        return second(y, cache: cache, backend: backend)
    }
}

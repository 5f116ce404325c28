import CielTensor

/// diffusers `WanEncoder3d` (Wan 2.1, `is_residual=False`, no attention levels): `conv_in → down_blocks →
/// mid_block → norm_out → SiLU → conv_out` to `2·z` channels (mean and log-variance), run on the first frame and
/// then on chunks of 4 frames with the causal cache.
struct WanVAEEncoder {
    /// One entry of the flat `down_blocks` list.
    enum Layer {
        case residual(WanResidualBlock)
        case resample(WanResample)
    }

    let convIn: WanCausalConv3d  // "encoder.conv_in"
    let downBlocks: [Layer]  // "encoder.down_blocks.k"
    let midBlock: WanMidBlock  // "encoder.mid_block"
    let normOut: Tensor  // "encoder.norm_out.gamma" [C, 1, 1, 1]
    let convOut: WanCausalConv3d  // "encoder.conv_out"

    init(_ load: WanWeightLoader, configuration c: WanVAEConfiguration) throws {
        let widths = c.encoderLevelWidths
        let levels = c.dimensionMultipliers.count
        convIn = try WanCausalConv3d(load, "encoder.conv_in", inChannels: c.inChannels, outChannels: widths[0],
                                     kernel: 3)
        var layers: [Layer] = []
        for i in 0..<levels {
            var current = widths[i]
            let out = widths[i + 1]
            for _ in 0..<c.residualBlockCount {
                layers.append(.residual(
                    try WanResidualBlock(load, "encoder.down_blocks.\(layers.count)", inChannels: current,
                                         outChannels: out)))
                current = out
            }
            if i != levels - 1 {
                let mode: WanResample.Mode = c.temporalDownsample[i] ? .downsample3d : .downsample2d
                layers.append(.resample(
                    try WanResample(load, "encoder.down_blocks.\(layers.count)", channels: out, mode: mode)))
            }
        }
        downBlocks = layers
        midBlock = try WanMidBlock(load, "encoder.mid_block", channels: widths[levels])
        normOut = try load("encoder.norm_out.gamma", [widths[levels], 1, 1, 1])
        convOut = try WanCausalConv3d(load, "encoder.conv_out", inChannels: widths[levels],
                                      outChannels: 2 * c.latentChannels, kernel: 3)
    }

    /// Encodes one chunk `x[in, T, H, W]` into `[2z, T', h, w]`, reading and updating `cache`.
    func callAsFunction(_ x: Tensor, cache: WanCausalCache, backend: any Backend) -> Tensor {
        var h = convIn(x, cache: cache, backend: backend)
        for layer in downBlocks {
            switch layer {
            case .residual(let block): h = block(h, cache: cache, backend: backend)
            case .resample(let resample): h = resample(h, cache: cache, backend: backend)
            }
        }
        h = midBlock(h, cache: cache, backend: backend)
        h = backend.channelL2NormSiLU(h, gamma: normOut, eps: wanNormEpsilon)
        return convOut(h, cache: cache, backend: backend)
    }

    /// Height or width after the encoder's spatial downsamplings (pad 1 at the end, 3×3 stride 2 each), or nil
    /// when the input is too small for them.
    static func downsampledSize(_ size: Int, levels: Int) -> Int? {
        var s = size
        for _ in 0..<max(0, levels - 1) {
            guard s >= 2 else { return nil }
            s = (s + 1 - 3) / 2 + 1
        }
        return s
    }
}

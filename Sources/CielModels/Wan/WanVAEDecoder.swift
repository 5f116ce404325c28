import CielTensor

/// diffusers `WanDecoder3d` (Wan 2.1, `is_residual=False`):
/// `conv_in → mid_block → up_blocks → norm_out → SiLU → conv_out`, one latent frame at a time with the causal cache.
struct WanVAEDecoder {
    /// One `WanUpBlock`: residual blocks then an optional resample ("up_blocks.i").
    struct UpBlock {
        let residualBlocks: [WanResidualBlock]  // "resnets.j"
        let upsampler: WanResample?  // "upsamplers.0"
    }

    let convIn: WanCausalConv3d  // "decoder.conv_in"
    let midBlock: WanMidBlock  // "decoder.mid_block"
    let upBlocks: [UpBlock]  // "decoder.up_blocks"
    let normOut: Tensor  // "decoder.norm_out.gamma" [C, 1, 1, 1]
    let convOut: WanCausalConv3d  // "decoder.conv_out"

    init(_ load: WanWeightLoader, configuration c: WanVAEConfiguration) throws {
        let widths = c.decoderLevelWidths
        let levels = c.dimensionMultipliers.count
        convIn = try WanCausalConv3d(load, "decoder.conv_in", inChannels: c.latentChannels, outChannels: widths[0],
                                     kernel: 3)
        midBlock = try WanMidBlock(load, "decoder.mid_block", channels: widths[0])
        var blocks: [UpBlock] = []
        for i in 0..<levels {
            // After the first level, the previous upsampler halved the width (Wan 2.1).
            var current = i > 0 ? widths[i] / 2 : widths[i]
            let out = widths[i + 1]
            var residualBlocks: [WanResidualBlock] = []
            for j in 0...c.residualBlockCount {
                residualBlocks.append(
                    try WanResidualBlock(load, "decoder.up_blocks.\(i).resnets.\(j)", inChannels: current,
                                         outChannels: out))
                current = out
            }
            var upsampler: WanResample?
            if i != levels - 1 {
                let mode: WanResample.Mode = c.temporalUpsample[i] ? .upsample3d : .upsample2d
                upsampler = try WanResample(load, "decoder.up_blocks.\(i).upsamplers.0", channels: out, mode: mode)
            }
            blocks.append(UpBlock(residualBlocks: residualBlocks, upsampler: upsampler))
        }
        upBlocks = blocks
        normOut = try load("decoder.norm_out.gamma", [widths[levels], 1, 1, 1])
        convOut = try WanCausalConv3d(load, "decoder.conv_out", inChannels: widths[levels],
                                      outChannels: c.outChannels, kernel: 3)
    }

    /// Decodes one chunk `x[z, T, h, w]` (after `post_quant_conv`) into `[out, T', H, W]`, reading and updating
    /// `cache`.
    func callAsFunction(_ x: Tensor, cache: WanCausalCache, backend: any Backend) -> Tensor {
        var h = convIn(x, cache: cache, backend: backend)
        h = midBlock(h, cache: cache, backend: backend)
        for block in upBlocks {
            for residual in block.residualBlocks { h = residual(h, cache: cache, backend: backend) }
            if let upsampler = block.upsampler { h = upsampler(h, cache: cache, backend: backend) }
        }
        h = backend.channelL2NormSiLU(h, gamma: normOut, eps: wanNormEpsilon)
        return convOut(h, cache: cache, backend: backend)
    }
}

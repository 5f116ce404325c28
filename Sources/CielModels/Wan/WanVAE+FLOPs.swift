extension WanVAEConfiguration {
    /// Floating-point operations of `WanVAE.decode` for latents `[z, latentFrames, latentHeight, latentWidth]`, as
    /// this implementation runs it (time taps on zero padding are skipped), for GFLOP/s figures in benchmarks.
    /// Counts convolutions, the mid-block attention and its projections (2 per multiply-add); elementwise work is
    /// left out.
    public func decodeFLOPs(latentFrames: Int, latentHeight: Int, latentWidth: Int) -> Double {
        let widths = decoderLevelWidths
        let levels = dimensionMultipliers.count
        var total = 2.0 * Double(latentChannels * latentChannels * latentFrames * latentHeight * latentWidth)
        // Frames seen so far per stage (for the cache), stage = number of upsamplers passed.
        var seen = [Int](repeating: 0, count: levels + 1)
        for chunk in 0..<latentFrames {
            var frames = 1, height = latentHeight, width = latentWidth, stage = 0
            /// A causal 3×3×3 convolution over `frames` frames with min(2, seen) cached frames.
            func conv(_ inChannels: Int, _ outChannels: Int) {
                let cached = min(2, seen[stage])
                let taps = (0..<frames).reduce(0) { $0 + min(3, $1 + 1 + cached) }
                total += 2.0 * Double(outChannels * inChannels * 9 * height * width * taps)
            }
            conv(latentChannels, widths[0])
            // Mid block: two residual blocks around single-head attention over h·w positions (head dim C).
            let c0 = widths[0], positions = Double(height * width)
            for _ in 0..<4 { conv(c0, c0) }
            total += Double(frames) * (4 * positions * positions * Double(c0) + 8 * positions * Double(c0 * c0))
            for i in 0..<levels {
                var current = i > 0 ? widths[i] / 2 : widths[i]
                let out = widths[i + 1]
                for _ in 0...residualBlockCount {
                    if current != out { total += 2.0 * Double(out * current * frames * height * width) }
                    conv(current, out)
                    conv(out, out)
                    current = out
                }
                guard i != levels - 1 else { continue }
                seen[stage] += frames
                if temporalUpsample[i] && chunk > 0 {
                    // time_conv (3,1,1) to 2C: skipped on the first chunk, zero-padded on the second (diffusers'
                    // "Rep"), then 2 cached frames (the first of them zeros, but computed).
                    let taps = chunk == 1 ? (0..<frames).reduce(0) { $0 + min(3, $1 + 1) } : 3 * frames
                    total += 2.0 * Double(2 * out * out * height * width * taps)
                    frames *= 2
                }
                height *= 2
                width *= 2
                total += 2.0 * Double(out / 2 * out * 9 * height * width * frames)
                stage += 1
            }
            conv(widths[levels], outChannels)
            seen[stage] += frames
        }
        return total
    }
}

import Foundation
import CielTensor
import Testing

/// `Backend.conv3d(segments:…)` against the plain `conv3d` (concatenate, pad, upsample, subsample explicitly).
@Suite("Segmented conv3d used by the Wan VAE")
struct WanVAEConvolutionTests {
    let backend = CPUBackend()

    func ramp(_ shape: [Int], _ seed: Float) -> Tensor {
        let n = shape.reduce(1, *)
        return Tensor(shape: shape, values: (0..<n).map { Float(sin(Double($0) * 0.37 + Double(seed))) })
    }

    func maxDifference(_ a: Tensor, _ b: Tensor) -> Float {
        #expect(a.shape == b.shape)
        return zip(a.scalars, b.scalars).map { abs($0 - $1) }.max() ?? 0
    }

    @Test("cache segment plus chunk equals the concatenation, with the remaining zero frames skipped")
    func segments() {
        let cache = ramp([3, 1, 4, 5], 1), x = ramp([3, 2, 4, 5], 2)
        let weight = ramp([4, 3, 3, 3, 3], 3), bias = ramp([4], 4)
        let expected = backend.conv3d(backend.concat([cache, x], axis: 1), weight: weight, bias: bias,
                                      padding: ConvPadding(timeBefore: 1, height: 1, width: 1))
        let actual = backend.conv3d(segments: [cache, x], weight: weight, bias: bias,
                                    geometry: .causal(timeBefore: 1, spatial: 1), residual: nil)
        #expect(maxDifference(actual, expected) < 1e-5)
    }

    @Test("a fused residual equals adding it afterwards")
    func residual() {
        let x = ramp([3, 2, 4, 5], 11), weight = ramp([4, 3, 3, 3, 3], 12), bias = ramp([4], 13)
        let geometry = Conv3dGeometry.causal(timeBefore: 2, spatial: 1)
        let plain = backend.conv3d(segments: [x], weight: weight, bias: bias, geometry: geometry, residual: nil)
        let skip = ramp(plain.shape, 14)
        let fused = backend.conv3d(segments: [x], weight: weight, bias: bias, geometry: geometry, residual: skip)
        #expect(maxDifference(fused, backend.add(plain, skip)) < 1e-5)
    }

    @Test("fused ×2 nearest upsampling equals upsampling first")
    func upsampled() {
        let x = ramp([3, 2, 3, 4], 5), weight = ramp([2, 3, 1, 3, 3], 6)
        let expected = backend.conv3d(backend.upsampleNearest2x(x), weight: weight, bias: nil,
                                      padding: ConvPadding(height: 1, width: 1))
        let geometry = Conv3dGeometry(top: 1, bottom: 1, left: 1, right: 1, upsample2x: true)
        let actual = backend.conv3d(segments: [x], weight: weight, bias: nil, geometry: geometry, residual: nil)
        #expect(maxDifference(actual, expected) < 1e-5)
    }

    @Test("stride 2 with bottom/right padding equals every other output of the stride-1 convolution")
    func strided() {
        let x = ramp([2, 5, 6, 7], 7), weight = ramp([3, 2, 3, 3, 3], 8)
        // Pad bottom/right by one explicitly, convolve with stride 1, keep every other frame/row/column.
        let padded = backend.concat(
            [backend.concat([x, Tensor.zeros([2, 5, 1, 7])], axis: 2), Tensor.zeros([2, 5, 7, 1])], axis: 3)
        let full = backend.conv3d(padded, weight: weight, bias: nil, padding: ConvPadding())
        let geometry = Conv3dGeometry(bottom: 1, right: 1, timeStride: 2, spatialStride: 2)
        let actual = backend.conv3d(segments: [x], weight: weight, bias: nil, geometry: geometry, residual: nil)
        #expect(actual.shape == [3, 2, 3, 3])
        let f = full.scalars, a = actual.scalars
        for o in 0..<3 {
            for t in 0..<2 {
                for y in 0..<3 {
                    for xx in 0..<3 {
                        let expected = f[((o * 3 + 2 * t) * 5 + 2 * y) * 6 + 2 * xx]
                        #expect(abs(a[((o * 2 + t) * 3 + y) * 3 + xx] - expected) < 1e-5)
                    }
                }
            }
        }
    }

    @Test("fused norm + SiLU equals channelL2Norm then silu")
    func normSiLU() {
        let x = ramp([5, 2, 3, 3], 9), gamma = ramp([5], 10)
        let expected = backend.silu(backend.channelL2Norm(x, gamma: gamma, bias: nil, eps: 1e-12))
        #expect(maxDifference(backend.channelL2NormSiLU(x, gamma: gamma, eps: 1e-12), expected) < 1e-6)
    }
}

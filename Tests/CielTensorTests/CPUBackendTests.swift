import Foundation
import Testing

@testable import CielTensor

/// The CPU kernels against straightforward reference loops.
@Suite struct CPUBackendTests {
    let backend = CPUBackend()

    func random(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(state >> 40) / Float(1 << 24) * 2 - 1
        }
    }

    /// Tiled online-softmax attention equals a plain softmax over the full score matrix, across tile and block
    /// boundaries (L = 130 > 64-query tiles, S = 700 > 512-key blocks), with a bias and a key mask.
    @Test func tiledAttentionMatchesPlainSoftmax() {
        let (l, s, h, d) = (130, 700, 2, 8)
        let q = random(l * h * d, seed: 1), k = random(s * h * d, seed: 2), v = random(s * h * d, seed: 3)
        let bias = random(h * l * s, seed: 4)
        let mask = (0..<s).map { $0 % 7 == 3 ? Float(0) : 1 }
        let scale: Float = 0.35
        let out = backend.attention(
            q: Tensor(shape: [l, h, d], values: q), k: Tensor(shape: [s, h, d], values: k),
            v: Tensor(shape: [s, h, d], values: v), scale: scale, bias: Tensor(shape: [h, l, s], values: bias),
            keyMask: mask
        ).scalars
        var worst: Float = 0
        for head in 0..<h {
            for i in 0..<l {
                var scores = [Double](repeating: -.infinity, count: s)
                for j in 0..<s where mask[j] == 1 {
                    var dot: Double = 0
                    for c in 0..<d { dot += Double(q[(i * h + head) * d + c]) * Double(k[(j * h + head) * d + c]) }
                    scores[j] = dot * Double(scale) + Double(bias[(head * l + i) * s + j])
                }
                let m = scores.max()!
                let weights = scores.map { Foundation.exp($0 - m) }
                let total = weights.reduce(0, +)
                for c in 0..<d {
                    var value: Double = 0
                    for j in 0..<s { value += weights[j] * Double(v[(j * h + head) * d + c]) }
                    worst = max(worst, abs(Float(value / total) - out[(i * h + head) * d + c]))
                }
            }
        }
        #expect(worst < 1e-5, "max-abs error \(worst)")
    }

    /// im2col convolution with causal time padding equals the direct 7-loop definition.
    @Test func conv3dMatchesTheDefinition() {
        let (c, t, hh, w, o) = (3, 4, 5, 6, 4)
        let (kt, kh, kw) = (3, 3, 3)
        let x = random(c * t * hh * w, seed: 5), weight = random(o * c * kt * kh * kw, seed: 6), bias = random(o, seed: 7)
        let padding = ConvPadding(timeBefore: 2, timeAfter: 0, height: 1, width: 1)
        let out = backend.conv3d(
            Tensor(shape: [c, t, hh, w], values: x), weight: Tensor(shape: [o, c, kt, kh, kw], values: weight),
            bias: Tensor(shape: [o], values: bias), padding: padding)
        #expect(out.shape == [o, t, hh, w])
        let values = out.scalars
        var worst: Float = 0
        for oc in 0..<o {
            for ot in 0..<t {
                for oy in 0..<hh {
                    for ox in 0..<w {
                        var sum = bias[oc]
                        for ic in 0..<c {
                            for dt in 0..<kt {
                                for dy in 0..<kh {
                                    for dx in 0..<kw {
                                        let (it, iy, ix) = (ot + dt - 2, oy + dy - 1, ox + dx - 1)
                                        guard it >= 0, it < t, iy >= 0, iy < hh, ix >= 0, ix < w else { continue }
                                        sum += x[((ic * t + it) * hh + iy) * w + ix]
                                            * weight[(((oc * c + ic) * kt + dt) * kh + dy) * kw + dx]
                                    }
                                }
                            }
                        }
                        worst = max(worst, abs(sum - values[((oc * t + ot) * hh + oy) * w + ox]))
                    }
                }
            }
        }
        #expect(worst < 1e-5, "max-abs error \(worst)")
    }

    @Test func permuteConcatSliceAndLinear() {
        let x = Tensor(shape: [2, 3], values: [1, 2, 3, 4, 5, 6])
        #expect(backend.permute(x, [1, 0]).scalars == [1, 4, 2, 5, 3, 6])
        #expect(backend.concat([x, x], axis: 1).scalars == [1, 2, 3, 1, 2, 3, 4, 5, 6, 4, 5, 6])
        #expect(backend.slice(x, axis: 1, range: 1..<3).scalars == [2, 3, 5, 6])
        let w = Tensor(shape: [2, 3], values: [1, 0, 0, 0, 1, 1])
        #expect(backend.linear(x, weight: w, bias: Tensor(shape: [2], values: [10, 20])).scalars == [11, 25, 14, 31])
    }
}

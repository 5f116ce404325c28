/// Single-lane replicas of the Cephes-derived `log256_ps` and `sincos256_ps` in PyTorch's
/// `aten/src/ATen/native/cpu/avx_mathfun.h`, as the shipped x86-64 wheels compile them.
///
/// The wheels are built with GCC's default `-ffp-contract=fast`, so every multiply that feeds an add is
/// fused into one FMA. Which product fuses with which sum decides the last bit, so each `addingProduct`
/// below stands for one fused instruction of the compiled kernel; plain `*`/`+` are unfused ones. These are
/// approximations (about 1 ulp), not libm: the point is to reproduce PyTorch's bits, not to be accurate.
enum CephesMath {
    private static let sqrtHalf: Float = 0.707106781186547524
    private static let logP: [Float] = [
        7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
        -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
    ]
    private static let logQ1: Float = -2.12194440e-4
    private static let logQ2: Float = 0.693359375

    /// Natural logarithm of a positive normal float, as `log256_ps` computes it (one lane).
    static func log(_ input: Float) -> Float {
        if input <= 0 {
            return .nan
        }
        let x0 = max(input, Float.leastNormalMagnitude)
        let bits = x0.bitPattern
        var e = Float(Int32(bitPattern: bits >> 23) - 0x7f) + 1
        // Keep the mantissa, with the exponent of 0.5: x in [0.5, 1).
        var x = Float(bitPattern: (bits & ~UInt32(0x7f80_0000)) | Float(0.5).bitPattern)
        let below = x < sqrtHalf
        let extra: Float = below ? x : 0
        x -= 1
        if below {
            e -= 1
        }
        x += extra
        let z = x * x
        var y = logP[0]
        for coefficient in logP.dropFirst() {
            y = coefficient.addingProduct(y, x)
        }
        y *= x
        y = (e * logQ1).addingProduct(y, z)
        y = y.addingProduct(z, -0.5)
        x += y
        return x.addingProduct(e, logQ2)
    }

    private static let fourOverPi: Float = 1.27323954473516
    private static let minusDP1: Float = -0.78515625
    private static let minusDP2: Float = -2.4187564849853515625e-4
    private static let minusDP3: Float = -3.77489497744594108e-8
    private static let sinP0: Float = -1.9515295891e-4
    private static let sinP1: Float = 8.3321608736e-3
    private static let sinP2: Float = -1.6666654611e-1
    private static let cosP0: Float = 2.443315711809948e-5
    private static let cosP1: Float = -1.388731625493765e-3
    private static let cosP2: Float = 4.166664568298827e-2

    /// Sine and cosine of `theta` (|theta| < 8192), as `sincos256_ps` computes them (one lane).
    static func sincos(_ theta: Float) -> (sin: Float, cos: Float) {
        let signSinInput = theta.bitPattern & 0x8000_0000
        var x = Float(bitPattern: theta.bitPattern & 0x7fff_ffff)
        // cvttps: truncation toward zero; then j = (j + 1) & ~1.
        var j = Int32(x * fourOverPi)
        j = (j &+ 1) & ~1
        let yq = Float(j)
        let swapSignSin = UInt32(bitPattern: j & 4) << 29
        let usePolyForSin = (j & 2) == 0
        let signCos = UInt32(bitPattern: ~(j &- 2) & 4) << 29
        let signSin = signSinInput ^ swapSignSin

        // Extended precision modular arithmetic: x = ((x - y*DP1) - y*DP2) - y*DP3.
        x = x.addingProduct(yq, minusDP1)
        x = x.addingProduct(yq, minusDP2)
        x = x.addingProduct(yq, minusDP3)

        let z = x * x
        var cosPoly = cosP1.addingProduct(cosP0, z)
        cosPoly = cosP2.addingProduct(cosPoly, z)
        cosPoly *= z
        let halfZ = z * 0.5
        cosPoly = (-halfZ).addingProduct(cosPoly, z)
        cosPoly += 1

        var sinPoly = sinP1.addingProduct(sinP0, z)
        sinPoly = sinP2.addingProduct(sinPoly, z)
        sinPoly *= z
        sinPoly = x.addingProduct(sinPoly, x)

        let sinValue = usePolyForSin ? sinPoly : cosPoly
        let cosValue = usePolyForSin ? cosPoly : sinPoly
        return (Float(bitPattern: sinValue.bitPattern ^ signSin), Float(bitPattern: cosValue.bitPattern ^ signCos))
    }
}

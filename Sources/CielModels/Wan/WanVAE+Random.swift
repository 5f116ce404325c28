import CielTensor

extension WanVAE {
    /// A VAE with seeded random weights built in memory (no files), for benchmarks such as `ciel bench`.
    ///
    /// Convolution weights are uniform in ±1/√fan_in, biases small, norm gammas 1, so activations stay in a normal
    /// range (no denormals) and timings match real weights. Deterministic for a given `seed`.
    /// - Parameters:
    ///   - configuration: e.g. `.wan21` for the real Wan 2.1 VAE shapes.
    ///   - backend: where to compute.
    ///   - includeEncoder: also build the encoder (the decoder alone is 73 M parameters, 293 MB).
    ///   - seed: seed of the weights.
    /// - Throws: `ModelError` for an unsupported configuration.
    public static func randomForBenchmark(
        configuration: WanVAEConfiguration, backend: any Backend, includeEncoder: Bool = false, seed: UInt64 = 0
    ) throws -> WanVAE {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        return try WanVAE(
            configuration: configuration, backend: backend, includeEncoder: includeEncoder
        ) { key, shape in
            let tensor = Tensor.uninitialized(shape)
            let fanIn = shape.count > 1 ? shape.dropFirst().reduce(1, *) : 1
            let isGamma = key.hasSuffix(".gamma")
            let range: Float = key.hasSuffix(".bias") ? 0.02 : 1 / Float(fanIn).squareRoot()
            tensor.withUnsafeMutableFloats { values in
                if isGamma {
                    values.update(repeating: 1)
                    return
                }
                for i in values.indices {
                    // splitmix64, top 24 bits to a uniform float in [-1, 1).
                    state &+= 0x9E37_79B9_7F4A_7C15
                    var z = state
                    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                    z ^= z >> 31
                    values[i] = (Float(z >> 40) * (2 / 16_777_216) - 1) * range
                }
            }
            return tensor
        }
    }
}

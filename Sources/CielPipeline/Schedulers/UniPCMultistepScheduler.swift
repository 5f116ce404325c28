/// diffusers' `UniPCMultistepScheduler` for flow-matching models (UniP predictor + UniC corrector, B(h) variants,
/// data prediction), as Wan 2.1 uses it.
///
/// The schedule is computed in float64 like diffusers' numpy code and stored as float32; every step works in
/// float32 in the same operation order as diffusers 0.42 (`multistep_uni_p_bh_update`,
/// `multistep_uni_c_bh_update`), so results match PyTorch up to the last-ulp differences of `log`/`expm1`
/// on a handful of scalars. The 2×2 solve of the order-2 corrector follows LAPACK `sgesv` as MKL runs it
/// (partial pivoting, division by the pivot done as a multiplication by its reciprocal).
public struct UniPCMultistepScheduler: Scheduler {
    /// The settings this scheduler was made with.
    public let configuration: UniPCMultistepConfiguration
    public let timesteps: [Float]
    public let sigmas: [Float]
    public private(set) var stepIndex = 0
    public var stepCount: Int { timesteps.count }

    /// Data predictions (x0) of the last `solverOrder` steps, oldest first.
    private var modelOutputs: [[Float]] = []
    private var lastSample: [Float]?
    private var lowerOrderCount = 0
    private var currentOrder = 0

    /// Creates a scheduler with diffusers' default flow schedule for `stepCount` steps.
    /// - Throws: `SchedulerError` for unsupported settings or `stepCount < 1`.
    public init(configuration: UniPCMultistepConfiguration, stepCount: Int) throws {
        guard stepCount >= 1 else {
            throw SchedulerError(.invalidConfiguration, "the step count must be at least 1, got \(stepCount)")
        }
        let trainCount = Double(configuration.trainTimestepCount)
        let base = Array(FlowSigmas.linspace(1, 1 / trainCount, count: stepCount + 1).dropLast())
        try self.init(configuration: configuration, unshiftedSigmas: base)
    }

    /// Creates a scheduler from explicit (unshifted) sigmas, like `set_timesteps(sigmas=...)`; the configured
    /// `flow_shift` is still applied. Use it to reproduce the original Wan schedule, `linspace(0.999, 0, N+1)`.
    /// - Throws: `SchedulerError` for unsupported settings or an empty list.
    public init(configuration: UniPCMultistepConfiguration, unshiftedSigmas: [Double]) throws {
        try configuration.validate()
        guard !unshiftedSigmas.isEmpty else {
            throw SchedulerError(.invalidConfiguration, "the sigma list is empty")
        }
        self.configuration = configuration
        var shifted = unshiftedSigmas.map { FlowSigmas.shift($0, by: configuration.flowShift) }
        if abs(shifted[0] - 1) < 1e-6 {
            // diffusers: avoid log(0) for alpha at the first step.
            shifted[0] -= 1e-6
        }
        let trainCount = Double(configuration.trainTimestepCount)
        // float64 → int64 truncates toward zero, so the first timestep is 999, not 1000.
        timesteps = shifted.map { Float(Int64(($0 * trainCount).rounded(.towardZero))) }
        let last = configuration.finalSigmasType == "zero" ? 0 : shifted[shifted.count - 1]
        sigmas = (shifted + [last]).map { Float($0) }
    }

    public mutating func step(modelOutput: [Float], sample: [Float]) throws -> [Float] {
        try validateStep(modelOutput: modelOutput, sample: sample)
        let useCorrector =
            stepIndex > 0 && !configuration.disableCorrector.contains(stepIndex - 1) && lastSample != nil
        // convert_model_output, flow prediction: x0 = x - sigma * v.
        let sigma = sigmas[stepIndex]
        var x0 = [Float](repeating: 0, count: sample.count)
        for i in sample.indices {
            x0[i] = sample[i] - sigma * modelOutput[i]
        }
        var current = sample
        if useCorrector, let last = lastSample {
            current = correct(modelOutputT: x0, lastSample: last, order: currentOrder)
        }
        modelOutputs.append(x0)
        if modelOutputs.count > configuration.solverOrder {
            modelOutputs.removeFirst()
        }
        var order = configuration.solverOrder
        if configuration.lowerOrderFinal {
            order = min(order, stepCount - stepIndex)
        }
        currentOrder = min(order, lowerOrderCount + 1)
        lastSample = current
        let next = predict(sample: current, order: currentOrder)
        if lowerOrderCount < configuration.solverOrder {
            lowerOrderCount += 1
        }
        stepIndex += 1
        return next
    }

    // MARK: - UniP and UniC

    private func alphaSigma(_ sigma: Float) -> (alpha: Float, sigma: Float) {
        (1 - sigma, sigma)
    }

    private func lambda(_ sigma: Float) -> Float {
        let (alpha, sigma) = alphaSigma(sigma)
        return FlowSigmas.log(alpha) - FlowSigmas.log(sigma)
    }

    private var usesBH2: Bool { configuration.solverType == "bh2" }

    /// `multistep_uni_p_bh_update` with `predict_x0`: from `sigmas[stepIndex]` to `sigmas[stepIndex + 1]`.
    private func predict(sample x: [Float], order: Int) -> [Float] {
        let m0 = modelOutputs[modelOutputs.count - 1]
        let (alphaT, sigmaT) = alphaSigma(sigmas[stepIndex + 1])
        let sigmaS0 = sigmas[stepIndex]
        let lambdaT = lambda(sigmas[stepIndex + 1])
        let lambdaS0 = lambda(sigmaS0)
        let h = lambdaT - lambdaS0
        var d1: [Float]?
        if order >= 2 {
            let m1 = modelOutputs[modelOutputs.count - 2]
            let rk = (lambda(sigmas[stepIndex - 1]) - lambdaS0) / h
            d1 = zip(m1, m0).map { ($0 - $1) / rk }
        }
        let hh = -h
        let hPhi1 = FlowSigmas.expm1(hh)
        let bH = usesBH2 ? FlowSigmas.expm1(hh) : hh
        let sampleScale = sigmaT / sigmaS0
        let outputScale = alphaT * hPhi1
        let residualScale = alphaT * bH
        var result = [Float](repeating: 0, count: x.count)
        if let d1 {
            // Order 2 uses rho = 0.5 (diffusers' simplified order-2 predictor).
            for i in x.indices {
                let base = sampleScale * x[i] - outputScale * m0[i]
                result[i] = base - residualScale * (0.5 * d1[i])
            }
        } else {
            let zeroResidual = residualScale * 0
            for i in x.indices {
                result[i] = (sampleScale * x[i] - outputScale * m0[i]) - zeroResidual
            }
        }
        return result
    }

    /// `multistep_uni_c_bh_update` with `predict_x0`: corrects the sample at `sigmas[stepIndex]` using the model
    /// output there, starting again from `lastSample` at `sigmas[stepIndex - 1]`.
    private func correct(modelOutputT: [Float], lastSample x: [Float], order: Int) -> [Float] {
        let m0 = modelOutputs[modelOutputs.count - 1]
        let (alphaT, sigmaT) = alphaSigma(sigmas[stepIndex])
        let sigmaS0 = sigmas[stepIndex - 1]
        let lambdaT = lambda(sigmas[stepIndex])
        let lambdaS0 = lambda(sigmaS0)
        let h = lambdaT - lambdaS0
        var rk: Float = 1
        var d1: [Float]?
        if order >= 2 {
            let mi = modelOutputs[modelOutputs.count - 2]
            rk = (lambda(sigmas[stepIndex - 2]) - lambdaS0) / h
            d1 = zip(mi, m0).map { ($0 - $1) / rk }
        }
        let hh = -h
        let hPhi1 = FlowSigmas.expm1(hh)
        let bH = usesBH2 ? FlowSigmas.expm1(hh) : hh
        // b_i = h_phi_k * i! / B(h), with h_phi_k = h_phi_k / hh - 1 / (i+1)! between terms.
        var hPhiK = hPhi1 / hh - 1
        var factorial = 1
        var b: [Float] = []
        for i in 1...order {
            b.append(hPhiK * Float(factorial) / bH)
            factorial *= i + 1
            hPhiK = hPhiK / hh - Float(1.0 / Double(factorial))
        }
        let rhos: [Float] = order == 1 ? [0.5] : Self.solveCorrector(rk: rk, b0: b[0], b1: b[1])
        let sampleScale = sigmaT / sigmaS0
        let outputScale = alphaT * hPhi1
        let residualScale = alphaT * bH
        let rhoT = rhos[rhos.count - 1]
        var result = [Float](repeating: 0, count: x.count)
        for i in x.indices {
            let base = sampleScale * x[i] - outputScale * m0[i]
            let d1T = modelOutputT[i] - m0[i]
            let correction: Float
            if let d1 {
                correction = rhos[0] * d1[i] + rhoT * d1T
            } else {
                correction = 0 + rhoT * d1T
            }
            result[i] = base - residualScale * correction
        }
        return result
    }

    /// Solves `[[1, 1], [rk, 1]] · rho = [b0, b1]` as LAPACK `sgesv` does in MKL: LU with partial pivoting,
    /// divisions by a pivot computed as multiplications by its float32 reciprocal.
    static func solveCorrector(rk: Float, b0: Float, b1: Float) -> [Float] {
        if abs(rk) <= 1 {
            // Pivot 1 stays in row 0.
            let l = rk
            let u = 1 - l
            let y1 = b1 - l * b0
            let x1 = y1 * (1 / u)
            let x0 = b0 - x1
            return [x0, x1]
        }
        // Rows swapped: pivot rk.
        let inverse = 1 / rk
        let u = 1 - inverse
        let y1 = b0 - inverse * b1
        let x1 = y1 * (1 / u)
        let x0 = (b1 - x1) * inverse
        return [x0, x1]
    }
}

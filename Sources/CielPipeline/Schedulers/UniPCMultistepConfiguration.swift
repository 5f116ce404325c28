/// Settings of diffusers' `UniPCMultistepScheduler`, decoded from `scheduler_config.json`.
///
/// Defaults are diffusers 0.42's. Wan 2.1 uses `prediction_type: "flow_prediction"`, `use_flow_sigmas: true`,
/// `flow_shift: 3.0` and the defaults for the rest.
public struct UniPCMultistepConfiguration: Codable, Sendable, Hashable {
    public var trainTimestepCount: Int = 1000  // "num_train_timesteps"
    public var solverOrder: Int = 2  // "solver_order"
    public var predictionType: String = "epsilon"  // "prediction_type"
    public var predictX0: Bool = true  // "predict_x0"
    public var solverType: String = "bh2"  // "solver_type"
    public var lowerOrderFinal: Bool = true  // "lower_order_final"
    public var disableCorrector: [Int] = []  // "disable_corrector"
    public var useFlowSigmas: Bool = false  // "use_flow_sigmas"
    public var flowShift: Double = 1.0  // "flow_shift"
    public var timestepSpacing: String = "linspace"  // "timestep_spacing"
    public var finalSigmasType: String = "zero"  // "final_sigmas_type"
    public var thresholding: Bool = false  // "thresholding"
    public var useKarrasSigmas: Bool = false  // "use_karras_sigmas"
    public var useExponentialSigmas: Bool = false  // "use_exponential_sigmas"
    public var useBetaSigmas: Bool = false  // "use_beta_sigmas"
    public var useDynamicShifting: Bool = false  // "use_dynamic_shifting"
    public var shiftTerminal: Double? = nil  // "shift_terminal"

    enum CodingKeys: String, CodingKey {
        case trainTimestepCount = "num_train_timesteps"
        case solverOrder = "solver_order"
        case predictionType = "prediction_type"
        case predictX0 = "predict_x0"
        case solverType = "solver_type"
        case lowerOrderFinal = "lower_order_final"
        case disableCorrector = "disable_corrector"
        case useFlowSigmas = "use_flow_sigmas"
        case flowShift = "flow_shift"
        case timestepSpacing = "timestep_spacing"
        case finalSigmasType = "final_sigmas_type"
        case thresholding
        case useKarrasSigmas = "use_karras_sigmas"
        case useExponentialSigmas = "use_exponential_sigmas"
        case useBetaSigmas = "use_beta_sigmas"
        case useDynamicShifting = "use_dynamic_shifting"
        case shiftTerminal = "shift_terminal"
    }

    /// The configuration Wan 2.1 text-to-video ships (flow prediction, flow sigmas, shift `flowShift`).
    public static func wan(flowShift: Double = 3.0) -> Self {
        var configuration = Self()
        configuration.predictionType = "flow_prediction"
        configuration.useFlowSigmas = true
        configuration.flowShift = flowShift
        return configuration
    }

    /// Creates diffusers' default configuration.
    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self()
        trainTimestepCount = try c.value(.trainTimestepCount, default: d.trainTimestepCount)
        solverOrder = try c.value(.solverOrder, default: d.solverOrder)
        predictionType = try c.value(.predictionType, default: d.predictionType)
        predictX0 = try c.value(.predictX0, default: d.predictX0)
        solverType = try c.value(.solverType, default: d.solverType)
        lowerOrderFinal = try c.value(.lowerOrderFinal, default: d.lowerOrderFinal)
        disableCorrector = try c.value(.disableCorrector, default: d.disableCorrector)
        useFlowSigmas = try c.value(.useFlowSigmas, default: d.useFlowSigmas)
        flowShift = try c.value(.flowShift, default: d.flowShift)
        timestepSpacing = try c.value(.timestepSpacing, default: d.timestepSpacing)
        finalSigmasType = try c.value(.finalSigmasType, default: d.finalSigmasType)
        thresholding = try c.value(.thresholding, default: d.thresholding)
        useKarrasSigmas = try c.value(.useKarrasSigmas, default: d.useKarrasSigmas)
        useExponentialSigmas = try c.value(.useExponentialSigmas, default: d.useExponentialSigmas)
        useBetaSigmas = try c.value(.useBetaSigmas, default: d.useBetaSigmas)
        useDynamicShifting = try c.value(.useDynamicShifting, default: d.useDynamicShifting)
        shiftTerminal = try c.decodeIfPresent(Double.self, forKey: .shiftTerminal)
    }

    /// Rejects settings Ciel does not implement, naming the key.
    func validate() throws {
        func unsupported(_ what: String) -> SchedulerError {
            SchedulerError(.unsupported, "UniPCMultistepScheduler: \(what) is not supported")
        }
        guard predictionType == "flow_prediction" else {
            throw unsupported("prediction_type \"\(predictionType)\" (only \"flow_prediction\")")
        }
        guard useFlowSigmas else { throw unsupported("use_flow_sigmas false") }
        guard predictX0 else { throw unsupported("predict_x0 false") }
        guard solverType == "bh2" || solverType == "bh1" else { throw unsupported("solver_type \"\(solverType)\"") }
        guard (1...2).contains(solverOrder) else { throw unsupported("solver_order \(solverOrder) (only 1 or 2)") }
        guard finalSigmasType == "zero" || finalSigmasType == "sigma_min" else {
            throw unsupported("final_sigmas_type \"\(finalSigmasType)\"")
        }
        guard !thresholding else { throw unsupported("thresholding") }
        guard !useKarrasSigmas, !useExponentialSigmas, !useBetaSigmas else {
            throw unsupported("karras, exponential or beta sigmas")
        }
        guard !useDynamicShifting else { throw unsupported("use_dynamic_shifting") }
        guard shiftTerminal == nil else { throw unsupported("shift_terminal") }
        guard trainTimestepCount > 0 else {
            throw SchedulerError(.invalidConfiguration, "num_train_timesteps must be positive")
        }
        guard flowShift > 0, flowShift.isFinite else {
            throw SchedulerError(.invalidConfiguration, "flow_shift must be a positive number, got \(flowShift)")
        }
    }
}

/// Settings of diffusers' `FlowMatchEulerDiscreteScheduler`, decoded from `scheduler_config.json`.
///
/// Defaults are diffusers 0.42's. Resolution-dependent (dynamic) shifting, Karras/exponential/beta sigmas,
/// terminal stretching, inverted sigmas and stochastic sampling are rejected: Wan does not use them.
public struct FlowMatchEulerDiscreteConfiguration: Codable, Sendable, Hashable {
    public var trainTimestepCount: Int = 1000  // "num_train_timesteps"
    public var shift: Double = 1.0  // "shift"
    public var useDynamicShifting: Bool = false  // "use_dynamic_shifting"
    public var shiftTerminal: Double? = nil  // "shift_terminal"
    public var invertSigmas: Bool = false  // "invert_sigmas"
    public var useKarrasSigmas: Bool = false  // "use_karras_sigmas"
    public var useExponentialSigmas: Bool = false  // "use_exponential_sigmas"
    public var useBetaSigmas: Bool = false  // "use_beta_sigmas"
    public var stochasticSampling: Bool = false  // "stochastic_sampling"

    enum CodingKeys: String, CodingKey {
        case trainTimestepCount = "num_train_timesteps"
        case shift
        case useDynamicShifting = "use_dynamic_shifting"
        case shiftTerminal = "shift_terminal"
        case invertSigmas = "invert_sigmas"
        case useKarrasSigmas = "use_karras_sigmas"
        case useExponentialSigmas = "use_exponential_sigmas"
        case useBetaSigmas = "use_beta_sigmas"
        case stochasticSampling = "stochastic_sampling"
    }

    /// Creates diffusers' default configuration, optionally with a shift.
    public init(shift: Double = 1.0) {
        self.shift = shift
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self()
        trainTimestepCount = try c.value(.trainTimestepCount, default: d.trainTimestepCount)
        shift = try c.value(.shift, default: d.shift)
        useDynamicShifting = try c.value(.useDynamicShifting, default: d.useDynamicShifting)
        shiftTerminal = try c.decodeIfPresent(Double.self, forKey: .shiftTerminal)
        invertSigmas = try c.value(.invertSigmas, default: d.invertSigmas)
        useKarrasSigmas = try c.value(.useKarrasSigmas, default: d.useKarrasSigmas)
        useExponentialSigmas = try c.value(.useExponentialSigmas, default: d.useExponentialSigmas)
        useBetaSigmas = try c.value(.useBetaSigmas, default: d.useBetaSigmas)
        stochasticSampling = try c.value(.stochasticSampling, default: d.stochasticSampling)
    }

    /// Rejects settings Ciel does not implement, naming the key.
    func validate() throws {
        func unsupported(_ key: String) -> SchedulerError {
            SchedulerError(.unsupported, "FlowMatchEulerDiscreteScheduler: \(key) is not supported")
        }
        guard !useDynamicShifting else { throw unsupported("use_dynamic_shifting") }
        guard shiftTerminal == nil || shiftTerminal == 0 else { throw unsupported("shift_terminal") }
        guard !invertSigmas else { throw unsupported("invert_sigmas") }
        guard !useKarrasSigmas, !useExponentialSigmas, !useBetaSigmas else {
            throw unsupported("karras, exponential or beta sigmas")
        }
        guard !stochasticSampling else { throw unsupported("stochastic_sampling") }
        guard trainTimestepCount > 0 else {
            throw SchedulerError(.invalidConfiguration, "num_train_timesteps must be positive")
        }
        guard shift > 0, shift.isFinite else {
            throw SchedulerError(.invalidConfiguration, "shift must be a positive number, got \(shift)")
        }
    }
}

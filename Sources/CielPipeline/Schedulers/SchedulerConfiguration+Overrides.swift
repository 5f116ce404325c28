extension SchedulerConfiguration {
    /// The flow shift of this configuration.
    public var shift: Double {
        switch self {
        case .uniPCMultistep(let c): return c.flowShift
        case .flowMatchEulerDiscrete(let c): return c.shift
        }
    }

    /// The same configuration with another flow shift.
    public func withShift(_ shift: Double) -> SchedulerConfiguration {
        switch self {
        case .uniPCMultistep(var c):
            c.flowShift = shift
            return .uniPCMultistep(c)
        case .flowMatchEulerDiscrete(var c):
            c.shift = shift
            return .flowMatchEulerDiscrete(c)
        }
    }

    /// UniPC multistep (flow prediction, bh2, order 2) with this configuration's shift — Wan's published sampler.
    public func asUniPC() -> SchedulerConfiguration {
        if case .uniPCMultistep = self { return self }
        var c = UniPCMultistepConfiguration()
        c.predictionType = "flow_prediction"
        c.useFlowSigmas = true
        c.flowShift = shift
        return .uniPCMultistep(c)
    }

    /// Flow-match Euler with this configuration's shift.
    public func asEuler() -> SchedulerConfiguration {
        if case .flowMatchEulerDiscrete = self { return self }
        return .flowMatchEulerDiscrete(FlowMatchEulerDiscreteConfiguration(shift: shift))
    }
}

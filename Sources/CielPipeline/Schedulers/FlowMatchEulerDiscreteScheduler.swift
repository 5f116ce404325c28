/// diffusers' `FlowMatchEulerDiscreteScheduler` with a static shift: `x ← x + (σ_next − σ)·v`.
///
/// The schedule reproduces diffusers exactly, including its quirk that the shift is applied twice: once to the
/// training sigmas in `__init__` (which fixes σ_max and σ_min) and again to the `linspace(σ_max, σ_min, N)`
/// schedule in `set_timesteps`. Timesteps are float32 (`σ·1000`), not integers.
public struct FlowMatchEulerDiscreteScheduler: Scheduler {
    /// The settings this scheduler was made with.
    public let configuration: FlowMatchEulerDiscreteConfiguration
    public let timesteps: [Float]
    public let sigmas: [Float]
    public private(set) var stepIndex = 0
    public var stepCount: Int { timesteps.count }

    /// Creates a scheduler for `stepCount` steps.
    /// - Throws: `SchedulerError` for unsupported settings or `stepCount < 1`.
    public init(configuration: FlowMatchEulerDiscreteConfiguration, stepCount: Int) throws {
        try configuration.validate()
        guard stepCount >= 1 else {
            throw SchedulerError(.invalidConfiguration, "the step count must be at least 1, got \(stepCount)")
        }
        self.configuration = configuration
        let trainCount = configuration.trainTimestepCount
        // __init__: float32 training sigmas t/1000 for t = 1000...1, shifted in float32.
        let sigmaMax = FlowSigmas.shift(Float(trainCount) / Float(trainCount), by: configuration.shift)
        let sigmaMin = FlowSigmas.shift(Float(1) / Float(trainCount), by: configuration.shift)
        // set_timesteps: float64 numpy, shifted again, then float32.
        let train = Double(trainCount)
        let ts = FlowSigmas.linspace(Double(sigmaMax) * train, Double(sigmaMin) * train, count: stepCount)
        let shifted = ts.map { Float(FlowSigmas.shift($0 / train, by: configuration.shift)) }
        sigmas = shifted + [0]
        timesteps = shifted.map { $0 * Float(trainCount) }
    }

    public mutating func step(modelOutput: [Float], sample: [Float]) throws -> [Float] {
        try validateStep(modelOutput: modelOutput, sample: sample)
        let dt = sigmas[stepIndex + 1] - sigmas[stepIndex]
        var result = [Float](repeating: 0, count: sample.count)
        for i in sample.indices {
            result[i] = sample[i] + dt * modelOutput[i]
        }
        stepIndex += 1
        return result
    }
}

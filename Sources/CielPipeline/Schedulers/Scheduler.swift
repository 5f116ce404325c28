/// A diffusion sampler: it fixes the timestep schedule and turns each model output into the next latent.
///
/// Usage, exactly as diffusers' pipelines drive their schedulers:
/// ```swift
/// var scheduler = try UniPCMultistepScheduler(configuration: config, stepCount: 50)
/// for t in scheduler.timesteps {
///     let v = model(latents, t)
///     latents = try scheduler.step(modelOutput: v, sample: latents)
/// }
/// ```
/// Latents and model outputs are flat float32 arrays in any layout, as long as both use the same one: every
/// scheduler here works element-wise.
public protocol Scheduler: Sendable {
    /// The timesteps given to the model, one per step, first step first.
    /// - Postcondition: `timesteps.count == stepCount`.
    var timesteps: [Float] { get }

    /// The noise levels, one per step plus the final one (0 for these flow-matching schedulers).
    /// - Postcondition: `sigmas.count == stepCount + 1`.
    var sigmas: [Float] { get }

    /// The number of denoising steps this schedule makes.
    var stepCount: Int { get }

    /// The index of the next step `step(modelOutput:sample:)` performs, from 0 to `stepCount`.
    var stepIndex: Int { get }

    /// Advances the sample by one step.
    /// - Parameters:
    ///   - modelOutput: the model's prediction at `timesteps[stepIndex]` for `sample` (flow: velocity).
    ///   - sample: the current latent.
    /// - Returns: the latent at the next noise level; after the last step, the denoised result.
    /// - Throws: `SchedulerError` with code `.invalidStep` if the arrays differ in length or every step is done.
    /// - Postcondition: `stepIndex` grew by one; the result has `sample.count` elements.
    mutating func step(modelOutput: [Float], sample: [Float]) throws -> [Float]
}

extension Scheduler {
    /// Checks the common preconditions of a step.
    func validateStep(modelOutput: [Float], sample: [Float]) throws {
        guard stepIndex < stepCount else {
            throw SchedulerError(.invalidStep, "all \(stepCount) steps are done; call step once per timestep")
        }
        guard modelOutput.count == sample.count else {
            throw SchedulerError(
                .invalidStep,
                "model output has \(modelOutput.count) values but the sample has \(sample.count)"
            )
        }
    }
}

import Foundation
import Testing

@testable import CielPipeline

/// Schedules and trajectories against diffusers 0.42. Reference values: `tools/fixturelib/small_refs_schedulers.py`
/// (`schedulers.json`); regenerate with `python tools/fixturelib/small_refs.py Fixtures/engine/small`.
@Suite("Schedulers")
struct SchedulerTests {
    /// One fixture case with its configuration kept as raw JSON, as `scheduler_config.json` would hold it.
    struct Case {
        let configuration: Data
        let className: String
        let steps: Int
        let fields: [String: Any]
    }

    static func fixture() throws -> [String: Any] {
        let data = try Data(contentsOf: try SmallReferenceFixtures.url("schedulers.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func cases(_ list: Any?) throws -> [Case] {
        let items = try #require(list as? [[String: Any]])
        return try items.map { item in
            let config = try #require(item["config"] as? [String: Any])
            return Case(
                configuration: try JSONSerialization.data(withJSONObject: config),
                className: try #require(config["_class_name"] as? String),
                steps: try #require(item["steps"] as? Int),
                fields: item
            )
        }
    }

    static func floats(_ value: Any?) throws -> [Float] {
        try #require(value as? [Double]).map { Float($0) }
    }

    static func makeScheduler(_ testCase: Case) throws -> any Scheduler {
        let configuration = try SchedulerConfiguration(json: testCase.configuration)
        if let custom = testCase.fields["custom_sigmas"] as? [Double] {
            guard case .uniPCMultistep(let uniPC) = configuration else {
                throw SchedulerError(.invalidConfiguration, "custom sigmas need UniPC")
            }
            return try UniPCMultistepScheduler(configuration: uniPC, unshiftedSigmas: custom)
        }
        return try configuration.makeScheduler(stepCount: testCase.steps)
    }

    @Test("timesteps and sigmas equal diffusers' bit for bit")
    func schedules() throws {
        let cases = try Self.cases(try Self.fixture()["schedules"])
        #expect(cases.count >= 30)
        for testCase in cases {
            let scheduler = try Self.makeScheduler(testCase)
            let label = "\(testCase.className) steps \(testCase.steps) \(testCase.fields["custom_sigmas"] == nil)"
            #expect(scheduler.stepCount == testCase.steps, "\(label)")
            #expect(scheduler.timesteps == (try Self.floats(testCase.fields["timesteps"])), "\(label) timesteps")
            #expect(scheduler.sigmas == (try Self.floats(testCase.fields["sigmas"])), "\(label) sigmas")
        }
    }

    @Test("scheduler_config.json as diffusers saves Wan's scheduler loads and schedules like diffusers")
    func savedWanConfiguration() throws {
        let url = try SmallReferenceFixtures.url("scheduler/scheduler_config.json")
        let configuration = try SchedulerConfiguration(contentsOf: url)
        #expect(configuration == .uniPCMultistep(.wan(flowShift: 3)))
        let scheduler = try configuration.makeScheduler(stepCount: 50)
        let reference = try Self.cases(try Self.fixture()["schedules"]).first {
            $0.className == "UniPCMultistepScheduler" && $0.steps == 50 && $0.fields["custom_sigmas"] == nil
                && String(decoding: $0.configuration, as: UTF8.self).contains(#""flow_shift":3"#)
        }
        let expected = try #require(reference)
        #expect(scheduler.timesteps == (try Self.floats(expected.fields["timesteps"])))
        #expect(scheduler.timesteps.first == 999)
        #expect(scheduler.sigmas.last == 0)
    }

    /// The fixture's synthetic model: `v = x / (1 + |x|) - (t / 1000) * noise` in float32.
    static func syntheticModel(_ x: [Float], timestep: Float, noise: [Float]) -> [Float] {
        let c = timestep / 1000
        return zip(x, noise).map { $0 / (1 + abs($0)) - c * $1 }
    }

    /// Largest |got - want| over all steps, relative to the largest |want|.
    static func trajectoryError(_ testCase: Case, initial: [Float], noise: [Float]) throws -> Float {
        var scheduler = try Self.makeScheduler(testCase)
        let expected = try #require(testCase.fields["samples"] as? [[Double]])
        #expect(expected.count == scheduler.stepCount)
        var x = initial
        var worst: Float = 0
        for (t, want) in zip(scheduler.timesteps, expected) {
            x = try scheduler.step(modelOutput: Self.syntheticModel(x, timestep: t, noise: noise), sample: x)
            let scale = max(want.map { abs(Float($0)) }.max() ?? 1, 1e-6)
            for (got, reference) in zip(x, want) {
                worst = max(worst, abs(got - Float(reference)) / scale)
            }
        }
        #expect(scheduler.stepIndex == scheduler.stepCount)
        return worst
    }

    @Test("full trajectories with a synthetic model match diffusers within 1e-6 (relative)")
    func trajectories() throws {
        let trajectories = try #require(try Self.fixture()["trajectories"] as? [String: Any])
        let initial = try Self.floats(trajectories["initial"])
        let noise = try Self.floats(trajectories["noise"])
        for testCase in try Self.cases(trajectories["cases"]) {
            let error = try Self.trajectoryError(testCase, initial: initial, noise: noise)
            let config = String(decoding: testCase.configuration, as: UTF8.self)
            // Measured: 0 for most cases, at most 3.3e-7 (50 steps); the residue is Sleef vs correctly
            // rounded log/expm1 on the step coefficients.
            #expect(error <= 1e-6, "\(testCase.steps) steps, relative error \(error), config \(config)")
        }
    }

    @Test("the order-2 corrector solve matches the LAPACK/MKL pivoting on both branches")
    func correctorSolve() {
        // torch.linalg.solve(torch.tensor([[1., 1.], [rk, 1.]]), torch.tensor([b0, b1])) in float32.
        let noPivot = UniPCMultistepScheduler.solveCorrector(rk: -0.75, b0: 0.25, b1: -0.5)
        #expect(noPivot == [Float(0.25) - Float(-0.3125) * (1 / Float(1.75)), Float(-0.3125) * (1 / Float(1.75))])
        let pivot = UniPCMultistepScheduler.solveCorrector(rk: -1.5, b0: 0.25, b1: -0.5)
        let inverse = 1 / Float(-1.5)
        let x1 = (Float(0.25) - inverse * Float(-0.5)) * (1 / (1 - inverse))
        #expect(pivot == [(Float(-0.5) - x1) * inverse, x1])
    }

    @Test("stepping past the end or with mismatched arrays throws")
    func misuse() throws {
        var scheduler = try UniPCMultistepScheduler(configuration: .wan(), stepCount: 1)
        #expect(throws: SchedulerError.self) { try scheduler.step(modelOutput: [1, 2], sample: [1]) }
        _ = try scheduler.step(modelOutput: [0.5], sample: [1])
        #expect(throws: SchedulerError.self) { try scheduler.step(modelOutput: [0.5], sample: [1]) }
    }

    @Test("configurations: unknown keys ignored, unsupported features rejected clearly")
    func configurationDecoding() throws {
        let json = #"{"_class_name":"UniPCMultistepScheduler","flow_shift":3.0,"prediction_type":"flow_prediction","#
            + #""use_flow_sigmas":true,"some_future_key":[1,2]}"#
        let wan = Data(json.utf8)
        guard case .uniPCMultistep(let config) = try SchedulerConfiguration(json: wan) else {
            Issue.record("wrong scheduler class")
            return
        }
        #expect(config == .wan(flowShift: 3))
        let rejected: [String] = [
            #"{"_class_name":"DDIMScheduler"}"#,
            #"{"_class_name":"UniPCMultistepScheduler","prediction_type":"epsilon"}"#,
            #"{"_class_name":"FlowMatchEulerDiscreteScheduler","use_dynamic_shifting":true}"#,
            #"{"flow_shift":3.0}"#,
            #"[1, 2"#,
        ]
        for json in rejected {
            #expect(throws: SchedulerError.self, "\(json)") {
                _ = try SchedulerConfiguration(json: Data(json.utf8)).makeScheduler(stepCount: 10)
            }
        }
        #expect(throws: SchedulerError.self) {
            _ = try FlowMatchEulerDiscreteScheduler(configuration: .init(shift: 3), stepCount: 0)
        }
    }
}

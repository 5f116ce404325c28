import CielModels
import CielTensor
import CielWeights
import Foundation
import Testing

@testable import CielPipeline

/// End-to-end parity with diffusers' `WanPipeline` on the two tiny random pipelines of `tools/make_fixtures.py`:
/// same prompt handling, seeded noise, schedule, guidance and decoding must give the same frames (≤ 1e-3).
@Suite struct WanPipelineTests {
    struct Run: Decodable {
        var prompt: String
        var negative_prompt: String?
        var height: Int
        var width: Int
        var num_frames: Int
        var num_inference_steps: Int
        var guidance_scale: Float
        var seed: UInt64
    }

    static func fixture(_ name: String) -> URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("Fixtures/engine").appendingPathComponent(name)
    }

    static func loadRun(_ name: String) throws -> Run {
        struct Reference: Decodable { var run: Run }
        let data = try Data(contentsOf: fixture(name).appendingPathComponent("reference.json"))
        return try JSONDecoder().decode(Reference.self, from: data).run
    }

    @Test(arguments: ["tiny-a", "tiny-b"])
    func framesMatchDiffusers(config: String) throws {
        let run = try Self.loadRun(config)
        let pipeline = try WanPipeline(folder: try ModelFolder(url: Self.fixture(config).appendingPathComponent("pipeline")))
        let request = GenerationRequest(
            prompt: run.prompt, negativePrompt: run.negative_prompt ?? "", width: run.width, height: run.height,
            frames: run.num_frames, steps: run.num_inference_steps, guidance: run.guidance_scale, seed: run.seed)
        var steps: [Int] = []
        let video = try pipeline.generate(request, events: { event in
            if case .step(let index, _) = event { steps.append(index) }
        })
        let reference = try SafetensorsFile(url: Self.fixture(config).appendingPathComponent("reference.safetensors"))
        let expected = try reference.tensor("run.frames")
        #expect([video.frames, video.height, video.width, 3] == expected.shape)
        #expect(steps == Array(1...run.num_inference_steps))
        let error = zip(video.pixels, expected.scalars).reduce(Float(0)) { max($0, abs($1.0 - $1.1)) }
        #expect(error <= 1e-3, "max-abs frame error \(error)")
    }

    @Test func rejectsFrameCountsThatAreNot4kPlus1() throws {
        let pipeline = try WanPipeline(folder: try ModelFolder(url: Self.fixture("tiny-a").appendingPathComponent("pipeline")))
        let request = GenerationRequest(prompt: "x", width: 64, height: 48, frames: 8, steps: 2, guidance: 1, seed: 1)
        #expect(throws: PipelineError.self) { _ = try pipeline.generate(request) }
    }

    @Test func stopsWhenCancelled() throws {
        let pipeline = try WanPipeline(folder: try ModelFolder(url: Self.fixture("tiny-a").appendingPathComponent("pipeline")))
        let request = GenerationRequest(prompt: "x", width: 64, height: 48, frames: 5, steps: 4, guidance: 1, seed: 1)
        var stepsDone = 0
        do {
            _ = try pipeline.generate(request, events: { if case .step = $0 { stepsDone += 1 } }, isCancelled: { stepsDone >= 2 })
            Issue.record("a cancelled generation must throw")
        } catch let error as PipelineError {
            #expect(error.code == .cancelled)
            #expect(stepsDone == 2)
        }
    }

    @Test func refusesAMissingModelFolderClearly() {
        do {
            _ = try ModelFolder(url: URL(fileURLWithPath: "/nonexistent/model"))
            Issue.record("expected an error")
        } catch let error as PipelineError {
            #expect(error.code == .invalidModel)
            #expect(error.message.contains("/nonexistent/model"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

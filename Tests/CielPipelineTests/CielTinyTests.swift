import CielTensor
import CielWeights
import Foundation
import Testing

@testable import CielPipeline

/// The shipped default model: it loads, runs as the reference does (same seed → same frames as diffusers loading
/// `models/ciel-tiny`), and starts from a given first frame.
/// Regenerate the reference after each export: `python tools/fixturelib/ciel_tiny_refs.py models/ciel-tiny Fixtures/ciel-tiny`.
@Suite struct CielTinyTests {
    struct Case: Decodable {
        var name: String
        var prompt: String
        var seed: UInt64
        var steps: Int
        var height: Int
        var width: Int
        var num_frames: Int
        var guidance_scale: Float
        var negative_prompt: String
    }

    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url
    }()

    static func cases() throws -> [Case] {
        struct Reference: Decodable { var cases: [Case] }
        let data = try Data(contentsOf: root.appendingPathComponent("Fixtures/ciel-tiny/reference.json"))
        return try JSONDecoder().decode(Reference.self, from: data).cases
    }

    let pipeline: WanPipeline

    init() throws {
        pipeline = try WanPipeline(folder: try ModelFolder(url: Self.root.appendingPathComponent("models/ciel-tiny")))
    }

    @Test func sameSeedGivesTheSameFramesAsDiffusers() throws {
        let reference = try SafetensorsFile(url: Self.root.appendingPathComponent("Fixtures/ciel-tiny/reference.safetensors"))
        for c in try Self.cases() {
            let request = GenerationRequest(
                prompt: c.prompt, negativePrompt: c.negative_prompt, width: c.width, height: c.height,
                frames: c.num_frames, steps: c.steps, guidance: c.guidance_scale, seed: c.seed)
            let video = try pipeline.generate(request)
            let expected = try reference.tensor(c.name)
            #expect([video.frames, video.height, video.width, 3] == expected.shape)
            let error = zip(video.pixels, expected.scalars).reduce(Float(0)) { max($0, abs($1.0 - $1.1)) }
            #expect(error <= 1e-3, "case \(c.name): max-abs frame error \(error)")
        }
    }

    @Test func defaultsDescribeAShortClip() {
        let d = pipeline.folder.defaults
        #expect(d.fps > 0 && d.frames > 1 && (d.frames - 1) % 4 == 0)
        #expect(Double(d.frames) / Double(d.fps) >= 4, "the default clip lasts at least 4 s")
        #expect(pipeline.supportsFirstFrame)
    }

    @Test func firstFrameConditioningKeepsTheImage() throws {
        let d = pipeline.folder.defaults
        // A flat-colour first frame with a bright square: the first output frame must reproduce it closely.
        var image = [Float](repeating: 0, count: d.width * d.height * 3)
        for y in 0..<d.height {
            for x in 0..<d.width {
                let inSquare = (d.height / 4..<d.height / 2).contains(y) && (d.width / 4..<d.width / 2).contains(x)
                let base = (y * d.width + x) * 3
                if inSquare { (image[base], image[base + 1], image[base + 2]) = (1, 1, 0) }
            }
        }
        func firstFramePSNR(_ firstFrame: [Float]?) throws -> Float {
            let request = GenerationRequest(
                prompt: "a yellow square moving up on a black background", width: d.width, height: d.height,
                frames: d.frames, steps: 8, guidance: d.guidance, seed: 3, firstFrame: firstFrame)
            let video = try pipeline.generate(request)
            let first = video.pixels.prefix(d.width * d.height * 3)
            let mse = zip(first, image).reduce(Float(0)) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Float(image.count)
            return 10 * log10(1 / max(mse, 1e-10))
        }
        // The first frame is the VAE round trip of the image, so it is bounded by the tiny VAE's fidelity on this
        // off-distribution image; without conditioning the model draws something else.
        let conditioned = try firstFramePSNR(image)
        let unconditioned = try firstFramePSNR(nil)
        #expect(conditioned >= 15, "first-frame PSNR \(conditioned) dB")
        #expect(conditioned >= unconditioned + 3, "conditioned \(conditioned) dB vs unconditioned \(unconditioned) dB")
    }
}

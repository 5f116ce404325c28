import CielTensor
import Foundation
import Testing

@testable import CielPipeline

/// Runs the real Wan 2.1 T2V 1.3B diffusers folder when `CIEL_WAN_DIR` points at one (skipped otherwise): a short,
/// small generation must load every component and give finite frames in 0…1 of the requested shape.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CIEL_WAN_DIR"] != nil,
                "CIEL_WAN_DIR is not set; the real-weights test is skipped"))
struct RealWanTests {
    @Test func generatesASmallClipWithTheRealWeights() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["CIEL_WAN_DIR"] ?? "")
        let pipeline = try WanPipeline(folder: try ModelFolder(url: folder))
        let request = GenerationRequest(
            prompt: "A red fox runs through the snowy forest", width: 128, height: 96, frames: 5, steps: 2,
            guidance: 5, seed: 42)
        let video = try pipeline.generate(request)
        #expect(video.frames == 5 && video.width == 128 && video.height == 96)
        #expect(video.pixels.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
    }
}

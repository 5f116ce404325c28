import CielPipeline
import Foundation

/// Turns generated frames into the delivered MP4 (watermark, encoding, C2PA signature).
enum VideoOutput {
    static func writeMP4(_ video: GeneratedVideo, to url: URL, model: String, prompt: String, dataDirectory: String?) async throws {
        throw CLIError("MP4 output is not wired yet; use -o file.npy")
    }
}

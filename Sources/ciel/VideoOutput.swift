import CielMedia
import CielPipeline
import CielProvenance
import Foundation

/// Turns generated frames into the delivered MP4: moving watermark, H.264 encoding, signed C2PA manifest — the same
/// path the server uses, with the signing identity kept in the data directory.
enum VideoOutput {
    static func writeMP4(
        _ video: GeneratedVideo, to url: URL, model: String, prompt: String, seed: UInt64, dataDirectory: String?
    ) async throws {
        let frames = try VideoFrames(width: video.width, height: video.height, fps: video.fps, floatRGB: video.pixels)
        let publisher = try VideoPublisher(dataDirectory: CLIEnvironment.dataDirectory(dataDirectory))
        let info = GenerationInfo(softwareVersion: CielVersion.current, model: model, parameters: ["seed": String(seed), "frames": String(video.frames)])
        let staging = url.deletingLastPathComponent().appendingPathComponent(".ciel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        // Small models render tiny frames; deliver at least 256 px on the short side (integer scale, same aspect).
        let factor = max(1, (256 + min(video.width, video.height) - 1) / min(video.width, video.height))
        let delivery = try DeliverySize.native(width: video.width * factor, height: video.height * factor)
        let published = try await publisher.publish(frames: frames, deliverySize: delivery, info: info, to: staging)
        let fm = FileManager.default
        if fm.fileExists(atPath: url.path) { try fm.removeItem(at: url) }
        try fm.moveItem(at: published.mp4, to: url)
    }
}

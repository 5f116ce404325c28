import Foundation

/// Decodes an image file (PNG, JPEG, WebP, … — whatever ffmpeg reads) to RGB at an exact size: scaled to cover the
/// size (Lanczos), then centre-cropped, so nothing is stretched.
public enum ImageDecoder {
    /// RGB float values in 0…1, `[height, width, 3]` row-major.
    /// - Throws: `MediaError` when the file cannot be read or decoded, or ffmpeg is missing.
    public static func rgbFloats(path: String, width: Int, height: Int, ffmpeg: FFmpeg? = nil) throws -> [Float] {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw MediaError(.invalidOptions, "cannot read image \(path)")
        }
        let tool = try ffmpeg ?? FFmpeg()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.executablePath)
        process.arguments = [
            "-v", "error", "-nostdin", "-i", path, "-frames:v", "1",
            "-vf", "scale=\(width):\(height):force_original_aspect_ratio=increase:flags=lanczos,crop=\(width):\(height)",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-",
        ]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw MediaError(.ffmpegFailed, "cannot start ffmpeg to read \(path): \(error.localizedDescription)")
        }
        // With `-v error` ffmpeg writes at most a few lines to stderr, far below a pipe's buffer, so reading it
        // after stdout cannot deadlock.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, data.count == width * height * 3 else {
            let text = String(decoding: message, as: UTF8.self)
            let reason = text.split(separator: "\n").last.map(String.init) ?? "no image data"
            throw MediaError(.invalidOptions, "cannot decode image \(URL(fileURLWithPath: path).lastPathComponent): \(reason)")
        }
        return data.map { Float($0) / 255 }
    }
}

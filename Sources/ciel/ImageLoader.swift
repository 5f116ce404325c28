import Foundation

/// Reads an image file as RGB float 0…1 at an exact size (scaled to cover, then centre-cropped), through ffmpeg.
enum ImageLoader {
    static func loadRGB(path: String, width: Int, height: Int) throws -> [Float] {
        guard FileManager.default.isReadableFile(atPath: path) else { throw CLIError("cannot read image \(path)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "ffmpeg", "-v", "error", "-nostdin", "-i", path, "-frames:v", "1",
            "-vf", "scale=\(width):\(height):force_original_aspect_ratio=increase:flags=lanczos,crop=\(width):\(height)",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-",
        ]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw CLIError("cannot run ffmpeg to read \(path): \(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, data.count == width * height * 3 else {
            let reason = message.split(separator: "\n").last.map(String.init) ?? "no image data"
            throw CLIError("cannot decode image \(path): \(reason)")
        }
        return data.map { Float($0) / 255 }
    }
}

import Foundation

@testable import CielMedia

/// Helpers shared by the media tests.
enum MediaTestSupport {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }()

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static var hasFFmpeg: Bool { executable("ffmpeg") != nil && executable("ffprobe") != nil }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ciel-media-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A moving gradient clip: frame `i` shifts the pattern by `i` pixels.
    static func gradient(width: Int, height: Int, fps: Int, count: Int) throws -> VideoFrames {
        var rgb = [UInt8](repeating: 0, count: width * height * 3 * count)
        for frame in 0..<count {
            for y in 0..<height {
                for x in 0..<width {
                    let offset = ((frame * height + y) * width + x) * 3
                    rgb[offset] = UInt8(truncatingIfNeeded: (x + frame) * 255 / max(1, width))
                    rgb[offset + 1] = UInt8(truncatingIfNeeded: y * 255 / max(1, height))
                    rgb[offset + 2] = UInt8(truncatingIfNeeded: 128 + frame * 4)
                }
            }
        }
        return try VideoFrames(width: width, height: height, fps: fps, rgb: rgb)
    }

    /// ffprobe's view of the first video stream: the `key=value` lines of `-show_streams -show_format`.
    static func probe(_ file: URL) throws -> [String: String] {
        guard let ffprobe = executable("ffprobe") else { return [:] }
        let output = try run(
            ffprobe,
            ["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_streams", "-show_format", file.path])
        var values: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, values[parts[0]] == nil { values[parts[0]] = parts[1] }
        }
        return values
    }

    /// Width and height of an image file, from ffprobe.
    static func imageSize(_ file: URL) throws -> (Int, Int)? {
        let values = try probe(file)
        guard let width = values["width"].flatMap(Int.init), let height = values["height"].flatMap(Int.init) else {
            return nil
        }
        return (width, height)
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

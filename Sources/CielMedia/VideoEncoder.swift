import Foundation

/// The layout of a spritesheet: a grid of `columns` x `rows` tiles, row by row, showing `frameIndices`.
public struct SpritesheetLayout: Sendable, Equatable, Codable {
    /// Tiles per row.
    public var columns: Int
    /// Number of rows.
    public var rows: Int
    /// Width of one tile in pixels.
    public var tileWidth: Int
    /// Height of one tile in pixels.
    public var tileHeight: Int
    /// The source frame shown in each tile, in order.
    public var frameIndices: [Int]
}

/// Encodes frames into delivery files with ffmpeg: H.264 MP4, a WebP thumbnail and a JPEG spritesheet.
///
/// Frames are streamed to ffmpeg's stdin as raw RGB (no temporary frame files). Scaling uses Lanczos and keeps the
/// aspect ratio; `FitMode` says whether a differing delivery aspect is padded (default) or cropped.
public struct VideoEncoder: Sendable {
    /// The ffmpeg used.
    public var ffmpeg: FFmpeg
    /// x264 constant rate factor (lower is better quality; 18 is visually lossless for most content).
    public var crf: Int
    /// x264 preset.
    public var preset: String

    /// Creates an encoder.
    /// - Throws: `MediaError.ffmpegMissing` when no ffmpeg is given and none is on PATH.
    public init(ffmpeg: FFmpeg? = nil, crf: Int = 18, preset: String = "medium") throws {
        self.ffmpeg = try ffmpeg ?? FFmpeg()
        self.crf = crf
        self.preset = preset
    }

    /// Encodes `frames` into an MP4 at `url`: H.264 High profile, yuv420p, constant `frames.fps`, `+faststart`,
    /// exactly `frames.frameCount` frames, scaled into `size` (native size when `nil`) with `fit`.
    /// - Throws: `MediaError.ffmpegFailed` (with ffmpeg's stderr summarised) or `.ffmpegMissing`.
    public func encodeMP4(_ frames: VideoFrames, size: DeliverySize? = nil, fit: FitMode = .pad, to url: URL) throws {
        let target = try size ?? DeliverySize.native(width: frames.width, height: frames.height)
        var arguments = rawInputArguments(frames)
        arguments += [
            "-vf", target.scaleFilter(fit: fit) + ",format=yuv420p",
            "-c:v", "libx264", "-profile:v", "high", "-preset", preset, "-crf", String(crf),
            "-pix_fmt", "yuv420p", "-r", String(frames.fps), "-frames:v", String(frames.frameCount),
            "-movflags", "+faststart", "-an", "-f", "mp4", "-y", url.path,
        ]
        try ffmpeg.run(arguments) { input in
            for index in 0..<frames.frameCount {
                try input.write(frames.frame(index))
            }
        }
    }

    /// Writes a WebP thumbnail of a representative frame (the middle one) at `url`, scaled into `size` with `fit`.
    /// - Returns: the index of the frame used.
    @discardableResult
    public func writeThumbnail(
        _ frames: VideoFrames, size: DeliverySize? = nil, fit: FitMode = .pad, quality: Int = 80, to url: URL
    ) throws -> Int {
        let target = try size ?? DeliverySize.native(width: frames.width, height: frames.height)
        let index = frames.frameCount / 2
        var arguments = rawInputArguments(frames)
        arguments += [
            "-vf", target.scaleFilter(fit: fit), "-frames:v", "1", "-c:v", "libwebp", "-quality", String(quality),
            "-f", "webp", "-y", url.path,
        ]
        try ffmpeg.run(arguments) { input in try input.write(frames.frame(index)) }
        return index
    }

    /// Writes a JPEG spritesheet at `url`: `count` evenly spaced frames (first and last included) as tiles
    /// `tileWidth` pixels wide (height from the aspect ratio, even), `columns` per row.
    /// - Throws: `MediaError.invalidOptions` for non-positive parameters, or ffmpeg errors.
    @discardableResult
    public func writeSpritesheet(
        _ frames: VideoFrames, count: Int = 10, columns: Int = 5, tileWidth: Int = 160, to url: URL
    ) throws -> SpritesheetLayout {
        guard count > 0, columns > 0, tileWidth >= 2 else {
            throw MediaError(
                .invalidOptions,
                "spritesheet needs positive count, columns and tile width (got \(count), \(columns), \(tileWidth))")
        }
        let layout = Self.spritesheetLayout(
            frameCount: frames.frameCount, width: frames.width, height: frames.height, count: count,
            columns: columns, tileWidth: tileWidth)
        var arguments = rawInputArguments(frames)
        arguments += [
            "-vf",
            "scale=\(layout.tileWidth):\(layout.tileHeight):flags=lanczos,setsar=1,"
                + "tile=\(layout.columns)x\(layout.rows):color=black",
            "-frames:v", "1", "-c:v", "mjpeg", "-q:v", "3", "-f", "image2", "-update", "1", "-y", url.path,
        ]
        try ffmpeg.run(arguments) { input in
            for index in layout.frameIndices {
                try input.write(frames.frame(index))
            }
        }
        return layout
    }

    /// The grid for a spritesheet of `count` evenly spaced frames out of `frameCount`.
    public static func spritesheetLayout(
        frameCount: Int, width: Int, height: Int, count: Int, columns: Int, tileWidth: Int
    ) -> SpritesheetLayout {
        let shown = max(1, min(count, frameCount))
        let indices: [Int] =
            shown == 1
            ? [0] : (0..<shown).map { Int((Double($0) * Double(frameCount - 1) / Double(shown - 1)).rounded()) }
        let tileW = tileWidth - tileWidth % 2
        var tileH = Int((Double(tileW) * Double(height) / Double(width)).rounded())
        tileH = max(2, tileH - tileH % 2)
        let gridColumns = min(columns, shown)
        let gridRows = (shown + gridColumns - 1) / gridColumns
        return SpritesheetLayout(
            columns: gridColumns, rows: gridRows, tileWidth: tileW, tileHeight: tileH, frameIndices: indices)
    }

    private func rawInputArguments(_ frames: VideoFrames) -> [String] {
        [
            "-hide_banner", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24",
            "-s", "\(frames.width)x\(frames.height)", "-framerate", String(frames.fps), "-i", "pipe:0",
        ]
    }
}

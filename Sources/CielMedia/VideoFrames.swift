/// A clip of RGB frames held in memory: `frameCount` frames of `width` x `height` pixels, 8 bits per channel,
/// interleaved R, G, B, rows top to bottom, frames one after another.
public struct VideoFrames: Sendable, Equatable {
    /// Width of every frame in pixels.
    public let width: Int
    /// Height of every frame in pixels.
    public let height: Int
    /// Frames per second (constant frame rate).
    public let fps: Int
    /// The pixels, `frameCount * height * width * 3` bytes.
    public var rgb: [UInt8]

    /// Number of bytes of one frame.
    public var bytesPerFrame: Int { width * height * 3 }
    /// Number of frames.
    public var frameCount: Int { bytesPerFrame == 0 ? 0 : rgb.count / bytesPerFrame }
    /// Duration in seconds, exactly `frameCount / fps`.
    public var duration: Double { Double(frameCount) / Double(fps) }

    /// Creates frames from 8-bit RGB bytes.
    /// - Throws: `MediaError.invalidFrames` when sizes are not positive or the byte count is not a whole number
    ///   of frames.
    public init(width: Int, height: Int, fps: Int, rgb: [UInt8]) throws {
        try Self.validate(width: width, height: height, fps: fps, count: rgb.count, perPixel: 3)
        self.width = width
        self.height = height
        self.fps = fps
        self.rgb = rgb
    }

    /// Creates frames from floating-point RGB values in 0...1 (clamped; NaN becomes 0), laid out like `rgb`.
    /// - Throws: `MediaError.invalidFrames` as for `init(width:height:fps:rgb:)`.
    public init(width: Int, height: Int, fps: Int, floatRGB: [Float]) throws {
        try Self.validate(width: width, height: height, fps: fps, count: floatRGB.count, perPixel: 3)
        self.width = width
        self.height = height
        self.fps = fps
        self.rgb = floatRGB.map { value in
            guard value == value else { return 0 }
            return UInt8((min(max(value, 0), 1) * 255).rounded())
        }
    }

    /// The bytes of frame `index` (0-based).
    public func frame(_ index: Int) -> ArraySlice<UInt8> {
        rgb[index * bytesPerFrame..<(index + 1) * bytesPerFrame]
    }

    /// The RGB value at pixel (`x`, `y`) of frame `index`.
    public func pixel(frame index: Int, x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8) {
        let offset = index * bytesPerFrame + (y * width + x) * 3
        return (rgb[offset], rgb[offset + 1], rgb[offset + 2])
    }

    private static func validate(width: Int, height: Int, fps: Int, count: Int, perPixel: Int) throws {
        guard width > 0, height > 0 else {
            throw MediaError(.invalidFrames, "frame size \(width)x\(height) is not positive")
        }
        guard (1...240).contains(fps) else {
            throw MediaError(.invalidFrames, "frame rate \(fps) is outside 1...240 frames per second")
        }
        let perFrame = width * height * perPixel
        guard count > 0, count % perFrame == 0 else {
            throw MediaError(
                .invalidFrames,
                "\(count) values is not a whole, non-zero number of \(width)x\(height) RGB frames (\(perFrame) each)")
        }
    }
}

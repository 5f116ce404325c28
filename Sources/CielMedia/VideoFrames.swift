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

    /// Creates frames from a channels-first float tensor laid out `[3, frameCount, height, width]` (the layout of a
    /// video VAE's output without its batch axis), mapping `valueRange` linearly to 0...255 (clamped; NaN becomes
    /// the low end). Wan's decoder produces values in -1...1.
    /// - Throws: `MediaError.invalidFrames` when the value count is not `3 * frameCount * height * width`.
    public init(
        width: Int, height: Int, fps: Int, channelsFirst values: [Float], valueRange: ClosedRange<Float> = 0...1
    ) throws {
        let plane = width * height
        try Self.validate(width: width, height: height, fps: fps, count: values.count, perPixel: 3)
        let frameCount = values.count / (3 * plane)
        let low = valueRange.lowerBound
        let span = max(valueRange.upperBound - low, .leastNormalMagnitude)
        var rgb = [UInt8](repeating: 0, count: values.count)
        for channel in 0..<3 {
            for frame in 0..<frameCount {
                let source = (channel * frameCount + frame) * plane
                let target = frame * plane * 3 + channel
                for pixel in 0..<plane {
                    let value = (values[source + pixel] - low) / span
                    rgb[target + pixel * 3] = value == value ? UInt8((min(max(value, 0), 1) * 255).rounded()) : 0
                }
            }
        }
        self.width = width
        self.height = height
        self.fps = fps
        self.rgb = rgb
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

/// How frames are fitted into a delivery size whose aspect ratio differs from theirs. Both keep the aspect ratio
/// of the picture; they differ in what happens to the leftover area.
public enum FitMode: String, Sendable, Codable, CaseIterable {
    /// Scale down to fit inside the delivery size and pad the rest with black bars (nothing is cut off; the
    /// default, so the watermark is never cropped).
    case pad
    /// Scale up to cover the delivery size and crop the overflow equally from both sides.
    case crop
}

/// The pixel size of delivered media. Both sides must be even (H.264 with yuv420p needs it).
public struct DeliverySize: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int

    /// Creates a delivery size.
    /// - Throws: `MediaError.invalidOptions` when a side is not positive, odd, or above 8192.
    public init(width: Int, height: Int) throws {
        guard (2...8192).contains(width), (2...8192).contains(height), width % 2 == 0, height % 2 == 0 else {
            throw MediaError(
                .invalidOptions, "delivery size \(width)x\(height) must have even sides between 2 and 8192")
        }
        self.width = width
        self.height = height
    }

    /// Parses "WIDTHxHEIGHT", for example "1280x720".
    /// - Throws: `MediaError.invalidOptions` when the text is not of that form or the size is unusable.
    public init(parsing text: String) throws {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else {
            throw MediaError(.invalidOptions, "size \"\(text)\" is not of the form WIDTHxHEIGHT, e.g. 1280x720")
        }
        try self.init(width: width, height: height)
    }

    /// The frames' own size, rounded down to even sides.
    public static func native(width: Int, height: Int) throws -> DeliverySize {
        try DeliverySize(width: max(2, width - width % 2), height: max(2, height - height % 2))
    }

    public var description: String { "\(width)x\(height)" }

    /// The ffmpeg filter chain that scales a picture into this size with `fit` (Lanczos, square pixels).
    func scaleFilter(fit: FitMode) -> String {
        let w = width
        let h = height
        switch fit {
        case .pad:
            return "scale=\(w):\(h):force_original_aspect_ratio=decrease:force_divisible_by=2:flags=lanczos,"
                + "pad=\(w):\(h):(ow-iw)/2:(oh-ih)/2:color=black,setsar=1"
        case .crop:
            return "scale=\(w):\(h):force_original_aspect_ratio=increase:flags=lanczos,crop=\(w):\(h),setsar=1"
        }
    }
}

import Foundation

/// Where the watermark sits on one frame, in pixels of that frame.
public struct WatermarkPlacement: Sendable, Equatable {
    /// Left edge of the watermark plate.
    public var x: Int
    /// Top edge of the watermark plate.
    public var y: Int
    /// Plate width.
    public var width: Int
    /// Plate height.
    public var height: Int
    /// Size of one font pixel in frame pixels.
    public var scale: Int
    /// Padding between the plate edge and the text, in frame pixels.
    public var padding: Int
}

/// A visible, semi-transparent "Ciel" mark with an operator label that moves smoothly between the four corners of
/// the frame over the clip, so it cannot be cropped out of one corner.
///
/// The mark is a darkened plate with light text. Its size is relative to the frame (`relativeTextHeight` of the
/// shorter side); it travels top-left → top-right → bottom-right → bottom-left → top-left, easing in and out of
/// each corner (smoothstep), one leg every `secondsPerLeg` seconds.
public struct Watermark: Sendable, Equatable {
    /// The operator label shown after "Ciel" (for example the server's name); empty shows "Ciel" alone.
    public var label: String
    /// Text cap height as a fraction of the shorter frame side.
    public var relativeTextHeight: Double
    /// Opacity of the text, 0...1.
    public var textOpacity: Double
    /// How much the plate darkens the frame behind it, 0...1.
    public var plateOpacity: Double
    /// Seconds to travel from one corner to the next; `nil` picks a third of the clip, between 0.5 and 3 s.
    public var secondsPerLeg: Double?

    /// Creates a watermark reading "Ciel · `label`".
    public init(
        label: String = "", relativeTextHeight: Double = 0.04, textOpacity: Double = 0.6, plateOpacity: Double = 0.35,
        secondsPerLeg: Double? = nil
    ) {
        self.label = label
        self.relativeTextHeight = relativeTextHeight
        self.textOpacity = textOpacity
        self.plateOpacity = plateOpacity
        self.secondsPerLeg = secondsPerLeg
    }

    /// The text drawn: "Ciel" or "Ciel · label".
    public var text: String {
        let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "Ciel" : "Ciel · \(trimmed)"
    }

    /// The watermark's position on frame `index` of a clip of `frameCount` frames at `fps` of `width` x `height`.
    public func placement(frame index: Int, frameCount: Int, fps: Int, width: Int, height: Int) -> WatermarkPlacement {
        let shorter = min(width, height)
        var scale = max(1, Int((Double(shorter) * relativeTextHeight / Double(BitmapFont.glyphHeight)).rounded()))
        let margin = max(1, Int((Double(shorter) * 0.03).rounded()))
        let shown = fittedText(width: width, margin: margin, scale: &scale)
        let padding = scale * 2
        let plateWidth = min(width, BitmapFont.width(of: shown) * scale + 2 * padding)
        let plateHeight = min(height, BitmapFont.glyphHeight * scale + 2 * padding)
        let left = Double(margin)
        let right = Double(max(margin, width - margin - plateWidth))
        let top = Double(margin)
        let bottom = Double(max(margin, height - margin - plateHeight))
        let corners = [(left, top), (right, top), (right, bottom), (left, bottom)]

        let duration = Double(frameCount) / Double(fps)
        let leg = secondsPerLeg ?? min(3, max(0.5, duration / 3))
        let progress = (Double(index) / Double(fps)) / max(leg, 0.01)
        let legIndex = Int(progress.rounded(.down))
        let fraction = progress - Double(legIndex)
        let eased = fraction * fraction * (3 - 2 * fraction)
        let from = corners[legIndex % 4]
        let to = corners[(legIndex + 1) % 4]
        let x = from.0 + (to.0 - from.0) * eased
        let y = from.1 + (to.1 - from.1) * eased
        return WatermarkPlacement(
            x: Int(x.rounded()), y: Int(y.rounded()), width: plateWidth, height: plateHeight, scale: scale,
            padding: padding)
    }

    /// Draws the watermark onto every frame of `frames`.
    public func apply(to frames: inout VideoFrames) {
        let count = frames.frameCount
        for index in 0..<count {
            let place = placement(
                frame: index, frameCount: count, fps: frames.fps, width: frames.width, height: frames.height)
            var scale = place.scale
            let margin = max(1, Int((Double(min(frames.width, frames.height)) * 0.03).rounded()))
            let shown = fittedText(width: frames.width, margin: margin, scale: &scale)
            draw(shown, at: place, frame: index, into: &frames)
        }
    }

    /// The text that fits in `width`, shrinking `scale` first and then dropping the label if needed.
    private func fittedText(width: Int, margin: Int, scale: inout Int) -> String {
        let available = width - 2 * margin
        for candidate in [text, "Ciel"] {
            while scale > 1, BitmapFont.width(of: candidate) * scale + 4 * scale > available {
                scale -= 1
            }
            if BitmapFont.width(of: candidate) * scale + 4 * scale <= available { return candidate }
        }
        return "Ciel"
    }

    private func draw(_ shown: String, at place: WatermarkPlacement, frame index: Int, into frames: inout VideoFrames) {
        let width = frames.width
        let height = frames.height
        let base = index * frames.bytesPerFrame
        let keep = 1 - min(max(plateOpacity, 0), 1)
        let alpha = min(max(textOpacity, 0), 1)
        frames.rgb.withUnsafeMutableBufferPointer { pixels in
            // Plate: darken the area behind the text.
            for row in max(0, place.y)..<min(height, place.y + place.height) {
                for column in max(0, place.x)..<min(width, place.x + place.width) {
                    let offset = base + (row * width + column) * 3
                    for channel in 0..<3 {
                        pixels[offset + channel] = UInt8((Double(pixels[offset + channel]) * keep).rounded())
                    }
                }
            }
            // Text: blend white over the plate.
            let originX = place.x + place.padding
            let originY = place.y + place.padding
            for (position, character) in shown.enumerated() {
                let rows = BitmapFont.rows(for: character)
                for (rowIndex, bits) in rows.enumerated() {
                    for bit in 0..<BitmapFont.glyphWidth where bits & (0x10 >> UInt8(bit)) != 0 {
                        let left = originX + (position * BitmapFont.advance + bit) * place.scale
                        let top = originY + rowIndex * place.scale
                        for row in max(0, top)..<min(height, top + place.scale) {
                            for column in max(0, left)..<min(width, left + place.scale) {
                                let offset = base + (row * width + column) * 3
                                for channel in 0..<3 {
                                    let value = Double(pixels[offset + channel]) * (1 - alpha) + 255 * alpha
                                    pixels[offset + channel] = UInt8(min(255, value.rounded()))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

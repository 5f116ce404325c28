import Testing

@testable import CielMedia

@Suite struct WatermarkTests {
    static func grey(width: Int, height: Int, fps: Int, count: Int) throws -> VideoFrames {
        try VideoFrames(
            width: width, height: height, fps: fps, rgb: [UInt8](repeating: 128, count: width * height * 3 * count))
    }

    @Test(arguments: [(160, 120, 16, 16), (832, 480, 16, 33), (480, 832, 24, 12)])
    func watermarkIsDrawnExactlyWherePlacedOnEveryFrame(width: Int, height: Int, fps: Int, count: Int) throws {
        let original = try Self.grey(width: width, height: height, fps: fps, count: count)
        var frames = original
        let watermark = Watermark(label: "test-server")
        watermark.apply(to: &frames)
        for index in 0..<count {
            let place = watermark.placement(frame: index, frameCount: count, fps: fps, width: width, height: height)
            #expect(place.x >= 0 && place.y >= 0 && place.x + place.width <= width && place.y + place.height <= height)
            var darker = 0
            var brighter = 0
            var changedOutside = 0
            for y in 0..<height {
                for x in 0..<width {
                    let value = frames.pixel(frame: index, x: x, y: y).r
                    let inside = x >= place.x && x < place.x + place.width && y >= place.y && y < place.y + place.height
                    if !inside {
                        if value != 128 { changedOutside += 1 }
                    } else if value < 128 {
                        darker += 1
                    } else if value > 128 {
                        brighter += 1
                    }
                }
            }
            #expect(changedOutside == 0, "frame \(index)")
            // The plate darkens the background; the text is lighter than the grey.
            #expect(darker > place.width * place.height / 2, "frame \(index)")
            #expect(brighter > 0, "frame \(index)")
            // The plate's top-left corner is plate only: 128 * 0.65.
            #expect(frames.pixel(frame: index, x: place.x, y: place.y).r == 83)
        }
    }

    @Test func watermarkMovesSmoothlyBetweenCorners() {
        let watermark = Watermark(label: "x")
        let (width, height, fps, count) = (832, 480, 16, 81)
        let places = (0..<count).map {
            watermark.placement(frame: $0, frameCount: count, fps: fps, width: width, height: height)
        }
        #expect(Set(places.map { "\($0.x),\($0.y)" }).count > count / 2)
        // Starts in the top-left corner and reaches the opposite corner later in the clip.
        let margin = Int((Double(min(width, height)) * 0.03).rounded())
        #expect(places[0].x == margin && places[0].y == margin)
        #expect(places.contains { $0.x + $0.width == width - margin && $0.y + $0.height == height - margin })
        // Smooth: no jump larger than a tenth of the frame between consecutive frames.
        for (a, b) in zip(places, places.dropFirst()) {
            #expect(abs(a.x - b.x) <= width / 10 && abs(a.y - b.y) <= height / 10)
        }
    }

    @Test func sizeIsRelativeToTheFrame() {
        let watermark = Watermark()
        let small = watermark.placement(frame: 0, frameCount: 1, fps: 16, width: 160, height: 120)
        let large = watermark.placement(frame: 0, frameCount: 1, fps: 16, width: 1280, height: 720)
        #expect(large.scale > small.scale)
        #expect(large.height * 120 > small.height * 720 / 2)
        #expect(watermark.text == "Ciel")
        #expect(Watermark(label: " my server ").text == "Ciel · my server")
    }

    @Test func longLabelsShrinkOrFallBackToCiel() {
        let watermark = Watermark(label: String(repeating: "very long server name ", count: 10))
        let place = watermark.placement(frame: 0, frameCount: 1, fps: 16, width: 160, height: 120)
        #expect(place.width <= 160)
    }
}

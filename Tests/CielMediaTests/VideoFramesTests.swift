import Testing

@testable import CielMedia

@Suite struct VideoFramesTests {
    @Test func floatFramesAreClampedAndRounded() throws {
        let frames = try VideoFrames(width: 1, height: 2, fps: 16, floatRGB: [0, 0.5, 1, -3, 7, .nan])
        #expect(frames.rgb == [0, 128, 255, 0, 255, 0])
        #expect(frames.frameCount == 1)
        #expect(frames.duration == 1.0 / 16)
    }

    @Test func channelsFirstTensorsAreInterleaved() throws {
        // [3, 2 frames, 1, 2] in -1...1: R = frame/pixel ramp, G = -1, B = 1.
        let red: [Float] = [-1, 0, 0.5, 1]
        let frames = try VideoFrames(
            width: 2, height: 1, fps: 16, channelsFirst: red + [-1, -1, -1, -1] + [1, 1, 1, 1], valueRange: -1...1)
        #expect(frames.frameCount == 2)
        #expect(frames.rgb == [0, 0, 255, 128, 0, 255, 191, 0, 255, 255, 0, 255])
    }

    @Test func inconsistentFramesAreRejected() {
        #expect(throws: MediaError.self) { try VideoFrames(width: 2, height: 2, fps: 16, rgb: [0, 1, 2]) }
        #expect(throws: MediaError.self) { try VideoFrames(width: 0, height: 2, fps: 16, rgb: []) }
        #expect(throws: MediaError.self) { try VideoFrames(width: 1, height: 1, fps: 0, rgb: [0, 0, 0]) }
    }

    @Test func deliverySizeParsesAndValidates() throws {
        #expect(try DeliverySize(parsing: "1280x720") == DeliverySize(width: 1280, height: 720))
        #expect(throws: MediaError.self) { try DeliverySize(parsing: "1281x720") }
        #expect(throws: MediaError.self) { try DeliverySize(parsing: "big") }
        #expect(try DeliverySize.native(width: 161, height: 121) == DeliverySize(width: 160, height: 120))
    }
}

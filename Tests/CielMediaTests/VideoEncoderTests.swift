import Foundation
import Testing

@testable import CielMedia

@Suite(.enabled(if: MediaTestSupport.hasFFmpeg, "needs ffmpeg and ffprobe on PATH"))
struct VideoEncoderTests {
    @Test(arguments: [(64, 48, 16, 17, 128, 96), (80, 40, 24, 24, 64, 64), (96, 64, 16, 5, 96, 64)])
    func mp4HasTheRequestedFormatSizeFramesAndDuration(
        width: Int, height: Int, fps: Int, count: Int, outWidth: Int, outHeight: Int
    ) throws {
        let frames = try MediaTestSupport.gradient(width: width, height: height, fps: fps, count: count)
        let folder = try MediaTestSupport.temporaryDirectory()
        let url = folder.appendingPathComponent("out.mp4")
        try VideoEncoder().encodeMP4(frames, size: DeliverySize(width: outWidth, height: outHeight), to: url)
        let info = try MediaTestSupport.probe(url)
        #expect(info["codec_name"] == "h264")
        #expect(info["pix_fmt"] == "yuv420p")
        #expect(info["profile"] == "High")
        #expect(info["width"] == String(outWidth))
        #expect(info["height"] == String(outHeight))
        #expect(info["nb_read_frames"] == String(count))
        #expect(info["r_frame_rate"] == "\(fps)/1")
        let duration = try #require(info["duration"].flatMap(Double.init))
        #expect(abs(duration - Double(count) / Double(fps)) < 0.001, "duration \(duration)")
        // +faststart: the movie box comes before the media data.
        let boxes = try BMFF.boxes(in: [UInt8](Data(contentsOf: url)))
        let types = boxes.map(\.type)
        #expect(try #require(types.firstIndex(of: "moov")) < #require(types.firstIndex(of: "mdat")))
    }

    @Test func padAndCropKeepTheAspectRatio() throws {
        // A 2:1 clip, left half red, right half blue, into a square.
        var rgb: [UInt8] = []
        for _ in 0..<(4 * 40) {
            for x in 0..<80 { rgb += x < 40 ? [255, 0, 0] : [0, 0, 255] }
        }
        let frames = try VideoFrames(width: 80, height: 40, fps: 16, rgb: rgb)
        let folder = try MediaTestSupport.temporaryDirectory()
        let square = try DeliverySize(width: 64, height: 64)
        let encoder = try VideoEncoder()
        let padded = folder.appendingPathComponent("pad.webp")
        let cropped = folder.appendingPathComponent("crop.webp")
        try encoder.writeThumbnail(frames, size: square, fit: .pad, to: padded)
        try encoder.writeThumbnail(frames, size: square, fit: .crop, to: cropped)
        let pad = try decodeRGB(padded, width: 64, height: 64)
        let crop = try decodeRGB(cropped, width: 64, height: 64)
        // Pad: black bars above and below (the picture is 64x32 in the middle).
        #expect(pad[0] < 20 && pad[1] < 20 && pad[2] < 20)
        let middleLeft = (32 * 64 + 4) * 3
        #expect(pad[middleLeft] > 200 && pad[middleLeft + 2] < 60)
        // Crop: the picture fills the square, no black rows.
        #expect(crop[0] > 200 && crop[2] < 60)
        let topRight = (0 * 64 + 60) * 3
        #expect(crop[topRight + 2] > 200 && crop[topRight] < 60)
    }

    @Test func thumbnailAndSpritesheetDecodeWithTheExpectedSizes() throws {
        let frames = try MediaTestSupport.gradient(width: 96, height: 64, fps: 16, count: 33)
        let folder = try MediaTestSupport.temporaryDirectory()
        let encoder = try VideoEncoder()
        let thumbnail = folder.appendingPathComponent("thumb.webp")
        #expect(try encoder.writeThumbnail(frames, size: DeliverySize(width: 192, height: 128), to: thumbnail) == 16)
        let thumbInfo = try MediaTestSupport.probe(thumbnail)
        #expect(thumbInfo["codec_name"] == "webp")
        #expect(try MediaTestSupport.imageSize(thumbnail)! == (192, 128))

        let sheet = folder.appendingPathComponent("sheet.jpg")
        let layout = try encoder.writeSpritesheet(frames, count: 10, columns: 5, tileWidth: 48, to: sheet)
        #expect(layout.frameIndices == [0, 4, 7, 11, 14, 18, 21, 25, 28, 32])
        #expect(layout.columns == 5 && layout.rows == 2 && layout.tileWidth == 48 && layout.tileHeight == 32)
        #expect(try MediaTestSupport.probe(sheet)["codec_name"] == "mjpeg")
        #expect(try MediaTestSupport.imageSize(sheet)! == (240, 64))

        // Fewer frames than tiles: one row of what there is.
        let short = try MediaTestSupport.gradient(width: 96, height: 64, fps: 16, count: 3)
        let small = try encoder.writeSpritesheet(short, count: 10, columns: 5, tileWidth: 48, to: sheet)
        #expect(small.frameIndices == [0, 1, 2] && small.columns == 3 && small.rows == 1)
        #expect(try MediaTestSupport.imageSize(sheet)! == (144, 32))
    }

    @Test func missingFFmpegIsAClearError() {
        #expect {
            try FFmpeg(searchPath: "/nonexistent")
        } throws: { error in
            (error as? MediaError)?.code == .ffmpegMissing && "\(error)".contains("not found on PATH")
        }
        #expect(throws: MediaError.self) { try FFmpeg(path: "/nonexistent/ffmpeg") }
    }

    @Test func ffmpegFailureIsReportedWithItsStderrAndDoesNotHang() throws {
        let frames = try MediaTestSupport.gradient(width: 64, height: 48, fps: 16, count: 40)
        let target = URL(fileURLWithPath: "/nonexistent-dir/out.mp4")
        #expect {
            try VideoEncoder().encodeMP4(frames, to: target)
        } throws: { error in
            guard let error = error as? MediaError else { return false }
            return error.code == .ffmpegFailed && error.message.contains("nonexistent-dir")
        }
        // A child that exits without reading its input: the writer must not block forever.
        let ffmpeg = try FFmpeg()
        #expect(throws: MediaError.self) {
            try ffmpeg.run(["-hide_banner", "-f", "no-such-format", "-i", "pipe:0", "-f", "null", "-"]) { input in
                for _ in 0..<200 { try input.write([UInt8](repeating: 7, count: 65536)) }
            }
        }
    }

    @Test func producerErrorsStopTheChildAndPropagate() throws {
        struct Stop: Error {}
        let ffmpeg = try FFmpeg()
        #expect(throws: Stop.self) {
            try ffmpeg.run([
                "-hide_banner", "-f", "rawvideo", "-s", "8x8", "-pix_fmt", "rgb24", "-i", "pipe:0", "-f", "null", "-",
            ]) { input in
                try input.write([UInt8](repeating: 0, count: 192))
                throw Stop()
            }
        }
    }

    private func decodeRGB(_ url: URL, width: Int, height: Int) throws -> [UInt8] {
        let ffmpeg = try FFmpeg()
        return try ffmpeg.run(["-v", "error", "-i", url.path, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"])
    }
}

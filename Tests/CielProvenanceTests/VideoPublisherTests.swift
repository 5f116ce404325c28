import CielMedia
import Foundation
import Testing

@testable import CielProvenance

@Suite(.enabled(if: TestSupport.hasFFmpeg, "needs ffmpeg on PATH"))
struct VideoPublisherTests {
    static func frames() throws -> VideoFrames {
        let (width, height, count) = (96, 64, 24)
        var rgb = [UInt8](repeating: 0, count: width * height * 3 * count)
        for index in rgb.indices {
            rgb[index] = UInt8(truncatingIfNeeded: index / 3 % width * 2 + index / (width * height * 3) * 5)
        }
        return try VideoFrames(width: width, height: height, fps: 16, rgb: rgb)
    }

    /// One call: watermark, MP4, thumbnail, spritesheet, signature.
    static func publish() async throws -> (PublishedVideo, URL) {
        let dataDirectory = try TestSupport.temporaryDirectory()
        let output = try TestSupport.temporaryDirectory()
        let publisher = try VideoPublisher(dataDirectory: dataDirectory, watermark: Watermark(label: "test"))
        let video = try await publisher.publish(
            frames: frames(), deliverySize: DeliverySize(width: 192, height: 128),
            info: GenerationInfo(softwareVersion: "0.1.0", model: "ciel-tiny"), to: output, name: "clip")
        return (video, dataDirectory)
    }

    @Test func publishWritesSignedWatermarkedFiles() async throws {
        let (video, dataDirectory) = try await Self.publish()
        #expect(video.mp4.lastPathComponent == "clip.mp4")
        #expect(video.thumbnail.lastPathComponent == "clip.webp")
        #expect(video.spritesheet.lastPathComponent == "clip.jpg")
        #expect(video.frameCount == 24 && video.duration == 1.5)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: video.mp4.deletingLastPathComponent().path)
        #expect(Set(leftovers) == ["clip.mp4", "clip.webp", "clip.jpg"])
        let anchors = try PEMCertificates.load(LocalCertificateAuthority.caCertificateURL(in: dataDirectory))
        let report = try await C2PAVerifier(trustAnchors: anchors).verify(fileAt: video.mp4)
        #expect(report.state == .trusted, "\(report.failures)")
        #expect(report.actions.first?.parameters["model"] == "ciel-tiny")
        #expect(try TestSupport.frameMD5(video.mp4).count == 24)
    }

    @Test func cielEncodedVideoDecodesIdenticallyAfterSigning() throws {
        let folder = try TestSupport.temporaryDirectory()
        let unsigned = folder.appendingPathComponent("unsigned.mp4")
        let signed = folder.appendingPathComponent("signed.mp4")
        try VideoEncoder().encodeMP4(Self.frames(), size: DeliverySize(width: 192, height: 128), to: unsigned)
        let identity = try LocalCertificateAuthority.loadOrCreate(in: folder.appendingPathComponent("data"))
        try C2PASigner(identity: identity).sign(fileAt: unsigned, to: signed, info: SignerTests.info)
        let before = try TestSupport.frameMD5(unsigned)
        #expect(before.count == 24)
        #expect(try TestSupport.frameMD5(signed) == before)
        // +faststart layout is kept: ftyp, the manifest, then moov before mdat.
        let types = try BMFF.boxes(in: [UInt8](Data(contentsOf: signed))).map(\.type)
        #expect(types.prefix(3) == ["ftyp", "uuid", "moov"])
    }

    @Test func unsupportedOrBrokenInputIsAClearError() throws {
        let identity = try LocalCertificateAuthority.loadOrCreate(in: TestSupport.temporaryDirectory())
        #expect(throws: ProvenanceError.self) {
            try C2PASigner(identity: identity).sign(mp4: Array("not an mp4 file".utf8), info: SignerTests.info)
        }
    }
}

import CielMedia
import Foundation

/// The files delivered for one video.
public struct PublishedVideo: Sendable, Equatable {
    /// The watermarked, C2PA-signed H.264 MP4.
    public var mp4: URL
    /// The WebP thumbnail (middle frame, delivery size).
    public var thumbnail: URL
    /// The JPEG spritesheet.
    public var spritesheet: URL
    /// The spritesheet's grid.
    public var spritesheetLayout: SpritesheetLayout
    /// The MP4's pixel size.
    public var size: DeliverySize
    /// Frames in the MP4.
    public var frameCount: Int
    /// Frames per second.
    public var fps: Int
    /// Duration in seconds (`frameCount / fps`).
    public var duration: Double { Double(frameCount) / Double(fps) }
}

/// Turns generated frames into delivered files in one call: draws the moving watermark, encodes the MP4, writes the
/// WebP thumbnail and JPEG spritesheet, and embeds a signed C2PA manifest naming the model.
///
/// ```swift
/// let publisher = try VideoPublisher(dataDirectory: dataDir, watermark: Watermark(label: "my-server"))
/// let video = try await publisher.publish(frames: frames, deliverySize: size, info: info, to: folder)
/// ```
public struct VideoPublisher: Sendable {
    /// Signs the MP4.
    public var signer: C2PASigner
    /// The visible watermark; `nil` turns it off (operators only; the default policy always draws it).
    public var watermark: Watermark?
    /// Encodes with ffmpeg.
    public var encoder: VideoEncoder
    /// How a differing delivery aspect ratio is handled (default: pad, so nothing — watermark included — is cut).
    public var fit: FitMode

    /// Creates a publisher from its parts.
    /// - Throws: `MediaError.ffmpegMissing` when no encoder is given and ffmpeg is not on PATH.
    public init(
        signer: C2PASigner, watermark: Watermark? = Watermark(), encoder: VideoEncoder? = nil, fit: FitMode = .pad
    ) throws {
        self.signer = signer
        self.watermark = watermark
        self.encoder = try encoder ?? VideoEncoder()
        self.fit = fit
    }

    /// Creates a publisher that signs with the identity kept in `dataDirectory` (created on first use) or, when
    /// both are given, with operator-provided PEM files.
    public init(
        dataDirectory: URL, watermark: Watermark? = Watermark(), certificateChain: URL? = nil, privateKey: URL? = nil,
        organization: String = "Ciel", fit: FitMode = .pad
    ) throws {
        let identity: SigningIdentity
        if let certificateChain, let privateKey {
            identity = try SigningIdentity.load(certificateChain: certificateChain, privateKey: privateKey)
        } else {
            identity = try LocalCertificateAuthority.loadOrCreate(in: dataDirectory, organization: organization)
        }
        try self.init(signer: C2PASigner(identity: identity), watermark: watermark, fit: fit)
    }

    /// Writes `<name>.mp4`, `<name>.webp` and `<name>.jpg` into `directory` (created if needed). Files appear under
    /// their final names only when complete. Runs the blocking ffmpeg work off the caller's executor.
    /// - Parameter deliverySize: the MP4 and thumbnail size; `nil` keeps the frames' size (rounded to even).
    /// - Throws: `MediaError` (encoding) or `ProvenanceError` (signing, files).
    public func publish(
        frames: VideoFrames, deliverySize: DeliverySize?, info: GenerationInfo, to directory: URL,
        name: String = "video"
    ) async throws -> PublishedVideo {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        try publishBlocking(
                            frames: frames, deliverySize: deliverySize, info: info, to: directory, name: name)
                    })
            }
        }
    }

    /// The synchronous body of `publish`.
    public func publishBlocking(
        frames: VideoFrames, deliverySize: DeliverySize?, info: GenerationInfo, to directory: URL,
        name: String = "video"
    ) throws -> PublishedVideo {
        var marked = frames
        watermark?.apply(to: &marked)
        let size = try deliverySize ?? DeliverySize.native(width: frames.width, height: frames.height)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ProvenanceError(.io, "cannot create \(directory.path): \(error.localizedDescription)")
        }
        let mp4 = directory.appendingPathComponent("\(name).mp4")
        let thumbnail = directory.appendingPathComponent("\(name).webp")
        let spritesheet = directory.appendingPathComponent("\(name).jpg")
        let unsigned = directory.appendingPathComponent(".\(name).unsigned.mp4")
        let partialThumbnail = directory.appendingPathComponent(".\(name).partial.webp")
        let partialSheet = directory.appendingPathComponent(".\(name).partial.jpg")
        defer {
            for url in [unsigned, partialThumbnail, partialSheet] { try? FileManager.default.removeItem(at: url) }
        }
        try encoder.encodeMP4(marked, size: size, fit: fit, to: unsigned)
        try signer.sign(fileAt: unsigned, to: mp4, info: info)
        try encoder.writeThumbnail(marked, size: size, fit: fit, to: partialThumbnail)
        let layout = try encoder.writeSpritesheet(marked, to: partialSheet)
        try Self.move(partialThumbnail, to: thumbnail)
        try Self.move(partialSheet, to: spritesheet)
        return PublishedVideo(
            mp4: mp4, thumbnail: thumbnail, spritesheet: spritesheet, spritesheetLayout: layout, size: size,
            frameCount: frames.frameCount, fps: frames.fps)
    }

    private static func move(_ source: URL, to destination: URL) throws {
        do {
            if FileManager.default.fileExists(atPath: destination.path) {
                _ = try FileManager.default.replaceItemAt(destination, withItemAt: source)
            } else {
                try FileManager.default.moveItem(at: source, to: destination)
            }
        } catch {
            throw ProvenanceError(
                .io, "cannot move \(source.path) to \(destination.path): \(error.localizedDescription)")
        }
    }
}

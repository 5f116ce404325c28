import Foundation

/// Checks and prepares `input_reference` images.
enum ReferenceImage {
    /// The image formats accepted, by their magic bytes.
    enum Format: String {
        case png, jpeg, webp

        var fileExtension: String { self == .jpeg ? "jpg" : rawValue }
    }

    /// The format of an image from its first bytes, or nil when it is not PNG, JPEG or WebP.
    static func sniff(_ bytes: some Collection<UInt8>) -> Format? {
        let head = Array(bytes.prefix(12))
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.count >= 12, head[0..<4] == [0x52, 0x49, 0x46, 0x46], head[8..<12] == [0x57, 0x45, 0x42, 0x50] {
            return .webp
        }
        return nil
    }

    /// Decodes a `data:image/…;base64,…` URL.
    /// - Throws: `ServerError` (400, `param: input_reference`) for anything else.
    static func decodeDataURL(_ url: String) throws -> [UInt8] {
        guard url.hasPrefix("data:") else {
            if url.hasPrefix("http://") || url.hasPrefix("https://") {
                throw ServerError.invalidValue(
                    "input_reference",
                    "Remote image URLs are not fetched by this server; send the image as a file or a base64 data URL.")
            }
            throw ServerError.invalidValue("input_reference", "input_reference.image_url must be a data: URL.")
        }
        guard let comma = url.firstIndex(of: ","), url[..<comma].hasSuffix(";base64") else {
            throw ServerError.invalidValue(
                "input_reference", "input_reference.image_url must be a base64 data URL (data:image/png;base64,…).")
        }
        guard let data = Data(base64Encoded: String(url[url.index(after: comma)...]), options: .ignoreUnknownCharacters)
        else {
            throw ServerError.invalidValue("input_reference", "input_reference.image_url holds invalid base64.")
        }
        return Array(data)
    }

    /// Scales `source` to cover `width`×`height` and centre-crops it to exactly that size, as a PNG at `output`.
    static func prepare(source: URL, width: Int, height: Int, output: URL, ffmpeg: String) async throws {
        guard let executable = ProcessRunner.find(ffmpeg) else {
            throw JobFailure(code: "engine_unavailable", message: "ffmpeg was not found to prepare the reference image")
        }
        do {
            try await ProcessRunner.run(
                executable,
                [
                    "-nostdin", "-v", "error", "-y", "-i", source.path, "-frames:v", "1", "-vf",
                    "scale=\(width):\(height):force_original_aspect_ratio=increase,crop=\(width):\(height),setsar=1",
                    output.path,
                ])
        } catch let failure as ProcessFailure {
            throw JobFailure(code: "invalid_input_reference", message: "The reference image could not be read: \(failure)")
        }
    }
}

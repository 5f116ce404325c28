import CielMedia
import Foundation

/// Reads the `--image` first frame at the generation size.
enum ImageLoader {
    static func loadRGB(path: String, width: Int, height: Int) throws -> [Float] {
        do {
            return try ImageDecoder.rgbFloats(path: path, width: width, height: height)
        } catch let error as MediaError {
            throw CielCommandError(error.message)
        }
    }
}

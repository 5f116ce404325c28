import Foundation

/// The on-disk layout of a Ciel data directory: the SQLite database and the generated files.
///
/// ```
/// DIR/ciel.sqlite            database (SQLite backend)
/// DIR/videos/<id>/video.mp4  generated assets (also thumbnail.webp, spritesheet.jpg)
/// DIR/inputs/<id>.<ext>      uploaded reference images
/// DIR/tmp/                   files being written, renamed into place when complete
/// ```
public struct DataDirectory: Sendable {
    /// The root folder.
    public let root: URL

    /// The three downloadable assets of a video.
    public enum Asset: String, Sendable, CaseIterable {
        /// The MP4 video.
        case video
        /// A WebP thumbnail.
        case thumbnail
        /// A JPEG spritesheet.
        case spritesheet

        /// File name inside the video's folder.
        public var fileName: String {
            switch self {
            case .video: return "video.mp4"
            case .thumbnail: return "thumbnail.webp"
            case .spritesheet: return "spritesheet.jpg"
            }
        }

        /// HTTP content type.
        public var contentType: String {
            switch self {
            case .video: return "video/mp4"
            case .thumbnail: return "image/webp"
            case .spritesheet: return "image/jpeg"
            }
        }
    }

    /// Uses `root` as the data directory.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Creates the folders if needed.
    /// - Throws: `StoreError.fileSystem` when a folder cannot be created.
    public func prepare() throws {
        for folder in [root, videosFolder, inputsFolder, temporaryFolder] {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError(.fileSystem, "cannot create the folder \(folder.path)", cause: error)
            }
        }
    }

    /// The SQLite database file.
    public var databaseFile: URL { root.appendingPathComponent("ciel.sqlite") }
    /// Folder of generated videos.
    public var videosFolder: URL { root.appendingPathComponent("videos", isDirectory: true) }
    /// Folder of uploaded reference images.
    public var inputsFolder: URL { root.appendingPathComponent("inputs", isDirectory: true) }
    /// Folder for files being written.
    public var temporaryFolder: URL { root.appendingPathComponent("tmp", isDirectory: true) }

    /// The folder of a video's assets.
    public func folder(ofVideo id: String) -> URL { videosFolder.appendingPathComponent(id, isDirectory: true) }
    /// The file of one asset of a video.
    public func file(_ asset: Asset, ofVideo id: String) -> URL {
        folder(ofVideo: id).appendingPathComponent(asset.fileName)
    }
    /// Resolves a path stored relative to the root.
    public func resolve(relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// A fresh, unique path in the temporary folder.
    public func temporaryPath(prefix: String) -> URL {
        temporaryFolder.appendingPathComponent("\(prefix)-\(APIKeys.randomHex(byteCount: 6))")
    }

    /// Writes `data` to `relativePath` under the root: first to a temporary file, then renamed into place, so a
    /// reader never sees a partial file.
    /// - Throws: `StoreError.fileSystem`.
    public func writeAtomically(_ data: Data, toRelativePath relativePath: String) throws {
        let destination = resolve(relativePath: relativePath)
        let temporary = temporaryPath(prefix: "write")
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: temporary)
            try Self.replace(destination, with: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw StoreError(.fileSystem, "cannot write \(destination.path)", cause: error)
        }
    }

    /// Moves a finished folder of assets into place as the folder of `id` (a rename, so it appears at once).
    /// - Throws: `StoreError.fileSystem`.
    public func install(assetsFolder: URL, asVideo id: String) throws {
        do {
            try Self.replace(folder(ofVideo: id), with: assetsFolder)
        } catch {
            throw StoreError(.fileSystem, "cannot move the assets of \(id) into place", cause: error)
        }
    }

    /// Removes the assets folder and input reference of a video. Missing files are not an error.
    public func removeFiles(of video: VideoRecord) {
        try? FileManager.default.removeItem(at: folder(ofVideo: video.id))
        if let input = video.inputReferencePath {
            try? FileManager.default.removeItem(at: resolve(relativePath: input))
        }
    }

    private static func replace(_ destination: URL, with source: URL) throws {
        if rename(source.path, destination.path) == 0 { return }
        // A non-empty folder cannot be renamed over: move the old one aside first.
        if FileManager.default.fileExists(atPath: destination.path) {
            try FileManager.default.removeItem(at: destination)
        }
        guard rename(source.path, destination.path) == 0 else {
            throw StoreError(.fileSystem, "rename \(source.path) → \(destination.path) failed (errno \(errno))")
        }
    }
}

import CielStore
import Foundation
import Testing

@Suite("Data directory")
struct DataDirectoryTests {
    @Test("files are written atomically and folders installed by rename")
    func atomicWrites() throws {
        let directory = DataDirectory(root: FileManager.default.temporaryDirectory
            .appendingPathComponent("ciel-dd-\(UUID().uuidString)"))
        try directory.prepare()
        try directory.writeAtomically(Data("one".utf8), toRelativePath: "inputs/a.png")
        try directory.writeAtomically(Data("two".utf8), toRelativePath: "inputs/a.png")
        #expect(try String(contentsOf: directory.resolve(relativePath: "inputs/a.png"), encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.temporaryFolder.path).isEmpty)

        for round in 0..<2 {
            let staging = directory.temporaryPath(prefix: "assets")
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data("mp4-\(round)".utf8).write(to: staging.appendingPathComponent("video.mp4"))
            try directory.install(assetsFolder: staging, asVideo: "video_x")
        }
        #expect(try String(contentsOf: directory.file(.video, ofVideo: "video_x"), encoding: .utf8) == "mp4-1")
        var video = makeVideo(id: "video_x")
        video.inputReferencePath = "inputs/a.png"
        directory.removeFiles(of: video)
        #expect(!FileManager.default.fileExists(atPath: directory.folder(ofVideo: "video_x").path))
        #expect(!FileManager.default.fileExists(atPath: directory.resolve(relativePath: "inputs/a.png").path))
        try? FileManager.default.removeItem(at: directory.root)
    }

    @Test("bad database URLs are refused with a clear message")
    func badURL() async throws {
        let directory = DataDirectory(root: FileManager.default.temporaryDirectory
            .appendingPathComponent("ciel-dd-\(UUID().uuidString)"))
        try directory.prepare()
        do {
            _ = try await RepositoryFactory.open(databaseURL: "mysql://x", dataDirectory: directory, logger: .init(label: "t"))
            Issue.record("expected an error")
        } catch let error as StoreError {
            #expect(error.code == .invalidDatabaseURL)
            #expect(error.message.contains("mysql://x"))
        }
    }
}

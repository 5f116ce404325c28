import Foundation

/// Locates and decodes the small engine fixtures in `Fixtures/engine/small/`.
///
/// Regenerate them with `/work/venv/bin/python tools/fixturelib/small_refs.py Fixtures/engine/small`
/// (any venv with torch, diffusers, transformers and sentencepiece).
enum SmallReferenceFixtures {
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// The repository root: the nearest directory above this file that holds `Package.swift`.
    static func repositoryRoot(from file: String = #filePath) throws -> URL {
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory.deleteLastPathComponent()
        }
        throw Missing(description: "no Package.swift above \(file)")
    }

    /// The URL of a file in `Fixtures/engine/small/`.
    static func url(_ name: String) throws -> URL {
        try repositoryRoot().appendingPathComponent("Fixtures/engine/small").appendingPathComponent(name)
    }

    /// Decodes a JSON fixture.
    static func load<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
        let data = try Data(contentsOf: url(name))
        return try JSONDecoder().decode(T.self, from: data)
    }
}

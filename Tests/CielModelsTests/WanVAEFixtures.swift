import CielTensor
import CielWeights
import Foundation
import Testing

@testable import CielModels

/// The tiny VAE fixtures in `Fixtures/engine/vae/<name>/` (regenerate with
/// `/work/venv/bin/python tools/fixturelib/vae_refs.py`, i.e. any venv with torch + diffusers 0.42).
enum WanVAEFixtures {
    static let names = ["vae-a", "vae-b"]

    /// The repository root: the nearest folder above this file that holds `Package.swift`.
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }()

    static func folder(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Fixtures/engine/vae/\(name)")
    }

    /// The fixture's VAE built on the CPU backend from its saved folder.
    static func model(_ name: String) throws -> WanVAE {
        let vaeFolder = folder(name).appendingPathComponent("vae")
        let configuration = try WanVAEConfiguration.load(from: vaeFolder)
        return try WanVAE(configuration: configuration, weights: try WeightStore(directory: vaeFolder),
                          backend: CPUBackend())
    }

    /// The recorded reference tensors.
    static func references(_ name: String) throws -> SafetensorsFile {
        try SafetensorsFile(url: folder(name).appendingPathComponent("reference.safetensors"))
    }

    /// max |a − b| and max |b|; the shapes must agree.
    static func error(_ actual: Tensor, _ expected: Tensor) -> (maxAbs: Float, scale: Float) {
        #expect(actual.shape == expected.shape)
        guard actual.shape == expected.shape else { return (.infinity, 1) }
        let a = actual.scalars, b = expected.scalars
        var worst: Float = 0, scale: Float = 0
        for i in a.indices {
            worst = max(worst, abs(a[i] - b[i]))
            scale = max(scale, abs(b[i]))
        }
        return (worst, scale)
    }
}

import CielServer
import Foundation

/// Chooses the generation engine for `serve` and `worker`.
///
/// Until the real engine is wired here, only the fake engine exists; the lead replaces the `else` branch with an
/// adapter from `CielPipeline` to `VideoJobRunner` and lists the installed models in the catalog.
enum EngineWiring {
    static func make(_ options: WorkerOptions) throws -> (any VideoJobRunner, ModelCatalog) {
        if options.fakeEngine {
            let steps = 10
            let step = Duration.milliseconds(Int64(options.fakeJobSeconds * 1000) / Int64(steps))
            let runner = FakeVideoJobRunner(
                steps: steps, stepDuration: step, journal: options.fakeJournal.map { URL(fileURLWithPath: $0) })
            let catalog = ModelCatalog(models: [
                ModelInfo(name: "ciel-fake", supportsImageInput: true),
                ModelInfo(name: "ciel-fake-text-only", supportsImageInput: false),
            ])
            return (runner, catalog)
        }
        throw CielCommandError("the real engine is not wired into the server yet; run with --fake-engine")
    }
}

/// A one-line error for the user.
struct CielCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

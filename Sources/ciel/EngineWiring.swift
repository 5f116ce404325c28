import CielMedia
import CielPipeline
import CielProvenance
import CielServer
import Foundation

/// Chooses the job runner of `ciel serve`/`ciel worker`: the real engine over the installed models, or the fake one
/// (ffmpeg test pattern) for tests of the service alone.
enum EngineWiring {
    static func make(_ options: WorkerOptions, dataDirectory: URL) throws -> (any VideoJobRunner, ModelCatalog) {
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
        let locator = ModelLocator(searchPaths: CLIEnvironment.modelSearchPaths)
        var models: [String: URL] = [:]
        for name in locator.availableModels() { models[name] = try locator.locate(name) }
        for path in options.model {
            let url = try locator.locate(path)
            models[url.lastPathComponent] = url
        }
        guard !models.isEmpty else {
            throw CielCommandError("no model found (looked in \(locator.searchPaths.map(\.path).joined(separator: ", "))); pass --model DIR")
        }
        let publisher = try VideoPublisher(dataDirectory: dataDirectory, watermark: Watermark(label: options.watermarkLabel))
        let runner = EngineJobRunner(models: models, publisher: publisher, softwareVersion: CielVersion.current)
        return (runner, ModelCatalog(models: try EngineJobRunner.catalogEntries(models)))
    }
}

/// A one-line error for the user.
struct CielCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

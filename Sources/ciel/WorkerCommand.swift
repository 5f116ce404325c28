import ArgumentParser
import CielServer
import CielStore
import Foundation
import Logging
import ServiceLifecycle

/// `ciel worker`: a job worker alone, sharing the queue of a `ciel serve` (PostgreSQL for several machines).
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run a video job worker on the shared queue.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var worker: WorkerOptions

    static func configuration(from options: WorkerOptions) -> WorkerConfiguration {
        var configuration = WorkerConfiguration()
        configuration.leaseDuration = .milliseconds(Int64(options.leaseSeconds * 1000))
        configuration.heartbeatInterval = .milliseconds(min(500, Int64(options.leaseSeconds * 1000) / 4))
        configuration.maxAttempts = options.maxAttempts
        configuration.assetLifetimeSeconds = options.assetLifetimeSeconds
        return configuration
    }

    func run() async throws {
        let logger = makeLogger("ciel.worker")
        let (repository, dataDirectory) = try await store.openRepository(logger: logger)
        let (runner, _) = try EngineWiring.make(worker, dataDirectory: dataDirectory.root)
        let jobWorker = VideoWorker(
            repository: repository, dataDirectory: dataDirectory, runner: runner,
            configuration: Self.configuration(from: worker),
            webhooks: WebhookDispatcher(repository: repository, logger: logger), logger: logger)
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: jobWorker)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            try? await repository.close()
            throw error
        }
        try? await repository.close()
    }
}

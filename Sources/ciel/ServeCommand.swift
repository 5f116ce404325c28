import ArgumentParser
import CielSafety
import CielServer
import CielStore
import Foundation
import Logging
import ServiceLifecycle

/// `ciel serve`: the OpenAI-compatible API with an in-process worker.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web app and the OpenAI-compatible Videos API (with an in-process worker).")

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Flag(help: "Do not run a worker in this process (jobs are left to `ciel worker`).")
    var noWorker = false

    @Option(help: "Most queued or running videos per account, all its keys and the web app together (0: no limit).")
    var maxActivePerKey = 16

    @Option(help: "Who may create an account in the web app: open, invite (codes from admins and users) or closed.")
    var signup: String = AccessPolicy.SignUp.open.rawValue

    @Option(help: "Videos per UTC day on the free tier (new accounts).")
    var freePerDay = Tier.free.videosPerDay ?? 20

    @Option(help: "Videos per UTC day on the pro tier.")
    var proPerDay = Tier.pro.videosPerDay ?? 200

    @Flag(help: "Always mark session cookies Secure (by default: when the request came over TLS or X-Forwarded-Proto: https).")
    var secureCookies = false

    @Option(help: "Milliseconds clients are told to wait between polls (openai-poll-after-ms).")
    var pollAfterMs = 1000

    @Option(
        name: .customLong("model-alias"),
        help: ArgumentHelp(
            "Map an OpenAI model name to an installed model, as ALIAS=MODEL (repeatable).",
            discussion: "By default sora-2 and sora-2-pro both map to the best installed model."))
    var modelAliases: [String] = []

    @OptionGroup var moderation: ModerationOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var worker: WorkerOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard pollAfterMs >= 0 else { throw ValidationError("--poll-after-ms must not be negative.") }
        guard AccessPolicy.SignUp(rawValue: signup) != nil else {
            throw ValidationError("--signup must be open, invite or closed, got '\(signup)'.")
        }
        guard freePerDay >= 0, proPerDay >= 0 else { throw ValidationError("--free-per-day and --pro-per-day must not be negative.") }
    }

    /// Overrides catalog aliases with `ALIAS=MODEL` pairs.
    static func applyAliases(_ pairs: [String], to catalog: ModelCatalog) throws -> ModelCatalog {
        var catalog = catalog
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--model-alias must look like sora-2=MODEL, got '\(pair)'.")
            }
            guard catalog.models.contains(where: { $0.name == parts[1] }) else {
                let names = catalog.models.map(\.name).joined(separator: ", ")
                throw ValidationError("--model-alias \(pair): no installed model '\(parts[1])' (installed: \(names)).")
            }
            catalog.aliases[parts[0]] = parts[1]
        }
        return catalog
    }

    /// The access policy the flags describe.
    var accessPolicy: AccessPolicy {
        var policy = AccessPolicy()
        policy.signUp = AccessPolicy.SignUp(rawValue: signup) ?? .open
        policy.tiers[Tier.free.name]?.videosPerDay = freePerDay
        policy.tiers[Tier.pro.name]?.videosPerDay = proPerDay
        if secureCookies { policy.secureCookies = true }
        return policy
    }

    func run() async throws {
        let logger = makeLogger("ciel.serve")
        let policy = SafetyPromptPolicy(moderator: try moderation.makeModerator())
        let (repository, dataDirectory) = try await store.openRepository(logger: logger)
        let (runner, installed) = try EngineWiring.make(worker, dataDirectory: dataDirectory.root)
        let catalog = try Self.applyAliases(modelAliases, to: installed)
        var configuration = ServerConfiguration()
        configuration.maxActiveJobsPerKey = maxActivePerKey
        configuration.pollAfterMilliseconds = pollAfterMs
        let metrics = ServerMetrics()
        let webhooks = WebhookDispatcher(repository: repository, logger: logger)
        var services: [any Service] = [
            AssetJanitor(repository: repository, dataDirectory: dataDirectory, logger: logger)
        ]
        var onDeleted: @Sendable (String) -> Void = { _ in }
        if !noWorker {
            let jobWorker = VideoWorker(
                repository: repository, dataDirectory: dataDirectory, runner: runner,
                configuration: WorkerCommand.configuration(from: worker), metrics: metrics, webhooks: webhooks,
                logger: logger)
            services.append(jobWorker)
            onDeleted = { id in jobWorker.cancel(videoID: id) }
        }
        let environment = CielServerEnvironment(
            repository: repository, dataDirectory: dataDirectory, catalog: catalog, configuration: configuration,
            metrics: metrics, onVideoDeleted: onDeleted, promptPolicy: policy, accessPolicy: accessPolicy)
        let app = CielServerApp.buildApplication(
            environment, host: host, port: port, services: services, logger: logger,
            onServerRunning: { port in logger.info("listening", metadata: ["port": "\(port)"]) })
        do {
            try await app.runService()
        } catch {
            try? await repository.close()
            throw error
        }
        try? await repository.close()
    }
}

import CielStore
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Everything the API needs, assembled once by the CLI (or a test).
public struct CielServerEnvironment: Sendable {
    /// Keys and jobs.
    public var repository: any CielRepository
    /// Where files live.
    public var dataDirectory: DataDirectory
    /// Models this server runs.
    public var catalog: ModelCatalog
    /// API limits.
    public var configuration: ServerConfiguration
    /// Shared metrics.
    public var metrics: ServerMetrics
    /// Called when a client deletes a video, to cancel it at once if this process runs it.
    public var onVideoDeleted: @Sendable (String) -> Void
    /// Checks prompts before a job is accepted (nil: no check).
    public var promptPolicy: (any PromptPolicy)?
    /// Sign-up mode, tiers and quotas, session settings.
    public var accessPolicy: AccessPolicy
    /// Where every policy decision is recorded (nil: not recorded). Defaults to the repository when it can.
    public var moderationAudit: (any ModerationAuditStore)?

    /// Creates an environment.
    public init(
        repository: any CielRepository, dataDirectory: DataDirectory, catalog: ModelCatalog,
        configuration: ServerConfiguration = ServerConfiguration(), metrics: ServerMetrics = ServerMetrics(),
        onVideoDeleted: @escaping @Sendable (String) -> Void = { _ in }, promptPolicy: (any PromptPolicy)? = nil,
        accessPolicy: AccessPolicy = AccessPolicy()
    ) {
        self.accessPolicy = accessPolicy
        self.promptPolicy = promptPolicy
        self.moderationAudit = repository as? any ModerationAuditStore
        self.repository = repository
        self.dataDirectory = dataDirectory
        self.catalog = catalog
        self.configuration = configuration
        self.metrics = metrics
        self.onVideoDeleted = onVideoDeleted
    }
}

/// Builds Ciel's HTTP router and application.
public enum CielServerApp {
    /// The router: `/healthz`, `/metrics`, the authenticated `/v1` API, and the web app (`/`, `/videos`, `/feed`,
    /// `/account`, `/admin`, `/static/…`).
    public static func buildRouter(_ environment: CielServerEnvironment) -> Router<CielRequestContext> {
        let router = Router(context: CielRequestContext.self)
        router.add(middleware: ErrorEnvelopeMiddleware(metrics: environment.metrics))
        let operations = OperationsController(
            repository: environment.repository, catalog: environment.catalog, metrics: environment.metrics)
        operations.addPublicRoutes(to: router)
        let api = router.group("v1").add(
            middleware: AuthMiddleware(
                repository: environment.repository, cache: KeyCache(lifetime: environment.configuration.keyCacheSeconds),
                policy: environment.accessPolicy))
        operations.addModelRoutes(to: api)
        VideosController(
            repository: environment.repository, dataDirectory: environment.dataDirectory, catalog: environment.catalog,
            configuration: environment.configuration, onDeleted: environment.onVideoDeleted,
            promptPolicy: environment.promptPolicy, moderationAudit: environment.moderationAudit
        ).addRoutes(to: api)
        CameosController(
            repository: environment.repository, dataDirectory: environment.dataDirectory,
            configuration: environment.configuration, onDeleted: environment.onVideoDeleted
        ).addRoutes(to: api)
        WebController(
            repository: environment.repository, dataDirectory: environment.dataDirectory, catalog: environment.catalog,
            configuration: environment.configuration, policy: environment.accessPolicy,
            onDeleted: environment.onVideoDeleted, promptPolicy: environment.promptPolicy,
            moderationAudit: environment.moderationAudit, library: WebTemplates.compiled, throttle: LoginThrottle()
        ).addRoutes(to: router)
        return router
    }

    /// The application: the router served on `host:port`, with extra services (the in-process worker, the janitor)
    /// run alongside and shut down gracefully on SIGTERM/SIGINT.
    public static func buildApplication(
        _ environment: CielServerEnvironment, host: String, port: Int, services: [any Service], logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: buildRouter(environment),
            configuration: .init(address: .hostname(host, port: port), serverName: "Ciel"),
            services: services,
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}

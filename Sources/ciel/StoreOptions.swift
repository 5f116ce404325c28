import ArgumentParser
import CielStore
import Foundation
import Logging

/// Where a command finds its data: `--data-dir` and `--database`.
struct StoreOptions: ParsableArguments {
    @Option(help: "Data directory for the SQLite database and generated files (default: $CIEL_DATA_DIR or ./ciel-data).")
    var dataDir: String?

    @Option(help: "Database URL: postgres://user:password@host:port/database or sqlite:///path (default: SQLite in the data directory).")
    var database: String?

    /// The data directory, created if needed.
    func dataDirectory() throws -> DataDirectory {
        let path = dataDir ?? ProcessInfo.processInfo.environment["CIEL_DATA_DIR"] ?? "ciel-data"
        let directory = DataDirectory(root: URL(fileURLWithPath: path))
        try directory.prepare()
        return directory
    }

    /// Opens and migrates the repository.
    func openRepository(logger: Logger) async throws -> (any CielRepository, DataDirectory) {
        let directory = try dataDirectory()
        let url = database ?? ProcessInfo.processInfo.environment["CIEL_DATABASE_URL"]
        let repository = try await RepositoryFactory.open(databaseURL: url, dataDirectory: directory, logger: logger)
        return (repository, directory)
    }
}

/// Options of the job worker shared by `serve` and `worker`.
struct WorkerOptions: ParsableArguments {
    @Flag(help: "Use the built-in fake engine (ffmpeg test pattern) instead of the real models.")
    var fakeEngine = false

    @Option(help: "Seconds each fake-engine job takes (with --fake-engine).")
    var fakeJobSeconds: Double = 2

    @Option(help: "Append the id of each job the fake engine finishes to this file (with --fake-engine).")
    var fakeJournal: String?

    @Option(help: "Seconds a job's lease lasts; a job whose worker stops renewing it is re-queued after this long.")
    var leaseSeconds: Double = 30

    @Option(help: "Attempts before an interrupted job is marked failed.")
    var maxAttempts: Int = 3

    @Option(help: "Days generated files stay downloadable (0: forever).")
    var assetDays: Double = 7

    @Option(help: "A model name or folder to serve (repeatable; default: every model found, ciel-tiny included).")
    var model: [String] = []

    @Option(help: "Text drawn next to \"Ciel\" in the moving watermark (e.g. your server's name).")
    var watermarkLabel: String = ""

    func validate() throws {
        guard leaseSeconds >= 1 else { throw ValidationError("--lease-seconds must be at least 1.") }
        guard maxAttempts >= 1 else { throw ValidationError("--max-attempts must be at least 1.") }
        guard fakeJobSeconds >= 0 else { throw ValidationError("--fake-job-seconds must not be negative.") }
        guard assetDays >= 0 else { throw ValidationError("--asset-days must not be negative.") }
    }

    var assetLifetimeSeconds: Int64? { assetDays > 0 ? Int64(assetDays * 86400) : nil }
}

/// A logger for the service commands (level from `LOG_LEVEL`, default info).
func makeLogger(_ label: String) -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    return logger
}

import CielStore
import Foundation
import Logging

/// The backends repository tests run on: SQLite always, PostgreSQL when `CIEL_TEST_POSTGRES_URL` is set.
enum TestBackend: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite
    case postgres

    var description: String { rawValue }

    static var postgresURL: String? { ProcessInfo.processInfo.environment["CIEL_TEST_POSTGRES_URL"] }

    /// The backends available in this environment.
    static var available: [TestBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// A fresh, empty repository and its data directory.
    func makeRepository() async throws -> (any CielRepository, DataDirectory) {
        let directory = DataDirectory(root: FileManager.default.temporaryDirectory
            .appendingPathComponent("ciel-store-test-\(UUID().uuidString)"))
        try directory.prepare()
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        switch self {
        case .sqlite:
            return (try await RepositoryFactory.open(databaseURL: nil, dataDirectory: directory, logger: logger), directory)
        case .postgres:
            guard let url = Self.postgresURL else { throw StoreError(.connectionFailed, "CIEL_TEST_POSTGRES_URL unset") }
            // A fresh database per test, so tests running in parallel never share tables.
            guard var components = URLComponents(string: url) else {
                throw StoreError(.invalidDatabaseURL, "bad CIEL_TEST_POSTGRES_URL")
            }
            let name = "ciel_t_" + APIKeys.randomHex(byteCount: 6)
            let admin = try PostgresDriver(url: url, logger: logger)
            _ = try await admin.query("CREATE DATABASE \(name)", [])
            try await admin.close()
            components.path = "/" + name
            let repository = try await RepositoryFactory.open(
                databaseURL: components.string, dataDirectory: directory, logger: logger)
            return (repository, directory)
        }
    }
}

/// A queued video for tests.
func makeVideo(id: String, owner: String = "key_a", createdAt: Int64 = 1000, prompt: String = "a cat") -> VideoRecord {
    VideoRecord(
        id: id, ownerKeyID: owner, requestedModel: "sora-2", engineModel: "ciel-tiny", prompt: prompt,
        size: "720x1280", seconds: "4", createdAt: createdAt)
}

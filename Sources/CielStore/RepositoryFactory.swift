import Foundation
import Logging

/// Opens the repository a deployment is configured for.
public enum RepositoryFactory {
    /// Opens and migrates a repository.
    /// - Parameters:
    ///   - databaseURL: `postgres://user:password@host:port/database`, `sqlite:///path/file.sqlite`, or nil for the
    ///     SQLite database inside the data directory.
    ///   - dataDirectory: The data directory (used for the default SQLite file).
    ///   - logger: Logger for the drivers.
    /// - Throws: `StoreError` when the URL is invalid or the database cannot be opened or migrated.
    public static func open(databaseURL: String?, dataDirectory: DataDirectory, logger: Logger) async throws
        -> any CielRepository
    {
        let driver: any SQLDriver
        switch databaseURL {
        case nil:
            driver = try await SQLiteDriver.open(path: dataDirectory.databaseFile.path, logger: logger)
        case let url? where url.hasPrefix("postgres://") || url.hasPrefix("postgresql://"):
            driver = try PostgresDriver(url: url, logger: logger)
        case let url? where url.hasPrefix("sqlite://"):
            let path = String(url.dropFirst("sqlite://".count))
            guard !path.isEmpty else {
                throw StoreError(.invalidDatabaseURL, "'\(url)' names no file; use sqlite:///path/to/ciel.sqlite")
            }
            driver = try await SQLiteDriver.open(path: path, logger: logger)
        case let url?:
            throw StoreError(
                .invalidDatabaseURL, "unsupported database URL '\(url)'; use postgres://… or sqlite:///path")
        }
        let repository = SQLRepository(driver: driver)
        do {
            try await repository.migrate()
        } catch {
            try? await repository.close()
            throw error
        }
        return repository
    }
}

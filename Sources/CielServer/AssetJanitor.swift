import CielStore
import Foundation
import Logging
import ServiceLifecycle

/// Periodically removes the files of deleted videos and of videos past their `expires_at`.
public struct AssetJanitor: Service {
    let repository: any CielRepository
    let dataDirectory: DataDirectory
    let interval: Duration
    let logger: Logger

    /// Creates a janitor that sweeps every `interval`.
    public init(repository: any CielRepository, dataDirectory: DataDirectory, interval: Duration = .seconds(60),
        logger: Logger)
    {
        self.repository = repository
        self.dataDirectory = dataDirectory
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        // Ends quietly on shutdown: a sweep in progress finishes, the sleep is cut short.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                _ = await sweep()
                try await Task.sleep(for: interval)
            }
        }
    }

    /// One sweep. Returns how many videos had their files removed.
    @discardableResult
    public func sweep(now: Int64 = Clock.nowSeconds()) async -> Int {
        do {
            let videos = try await repository.videosWithRemovableAssets(now: now, limit: 500)
            for video in videos {
                dataDirectory.removeFiles(of: video)
                try await repository.markAssetsRemoved(id: video.id)
            }
            if !videos.isEmpty { logger.info("removed assets", metadata: ["count": "\(videos.count)"]) }
            return videos.count
        } catch {
            logger.error("asset cleanup failed: \(error)")
            return 0
        }
    }
}

import CielStore
import Foundation
import Logging
import ServiceLifecycle

/// Takes jobs from the queue one at a time and runs them through a `VideoJobRunner`, as a swift-service-lifecycle
/// `Service` (inside `ciel serve`, or alone in `ciel worker`).
///
/// While a job runs the worker renews its lease and records progress every heartbeat; when the lease cannot be
/// renewed (the video was deleted, or another worker took over) the job is cancelled. On graceful shutdown the
/// current job is cancelled and put back in the queue without counting the attempt. Jobs of workers that died are
/// re-queued once their lease expires, up to `maxAttempts` attempts.
public final class VideoWorker: Service, Sendable {
    let repository: any CielRepository
    let dataDirectory: DataDirectory
    let runner: any VideoJobRunner
    let configuration: WorkerConfiguration
    let metrics: ServerMetrics
    let logger: Logger
    let webhooks: WebhookDispatcher?
    let state = WorkerState()

    /// Creates a worker.
    public init(
        repository: any CielRepository, dataDirectory: DataDirectory, runner: any VideoJobRunner,
        configuration: WorkerConfiguration, metrics: ServerMetrics = ServerMetrics(),
        webhooks: WebhookDispatcher? = nil, logger: Logger
    ) {
        self.repository = repository
        self.dataDirectory = dataDirectory
        self.runner = runner
        self.configuration = configuration
        self.metrics = metrics
        self.webhooks = webhooks
        var logger = logger
        logger[metadataKey: "worker_id"] = .string(configuration.workerID)
        self.logger = logger
    }

    /// Runs until cancelled or shut down gracefully.
    public func run() async throws {
        logger.info("worker started")
        await withGracefulShutdownHandler {
            await loop()
        } onGracefulShutdown: { [state] in
            state.beginShutdown()
        }
        logger.info("worker stopped")
    }

    private func loop() async {
        var lastRecovery: ContinuousClock.Instant?
        while !Task.isCancelled && !state.isShuttingDown {
            if lastRecovery.map({ ContinuousClock.now - $0 > configuration.leaseDuration / 2 }) ?? true {
                await recoverInterruptedJobs()
                lastRecovery = .now
            }
            let worked = await processNextJob()
            if !worked {
                try? await Task.sleep(for: configuration.idlePollInterval)
            }
        }
    }

    /// Re-queues (or fails) jobs whose worker stopped renewing their lease.
    public func recoverInterruptedJobs() async {
        do {
            let report = try await repository.recoverExpiredLeases(
                nowMillis: Clock.nowMillis(), maxAttempts: configuration.maxAttempts, at: Clock.nowSeconds())
            for id in report.requeued { logger.warning("re-queued interrupted job", metadata: ["video_id": .string(id)]) }
            for id in report.failed {
                logger.error("job failed after too many interruptions", metadata: ["video_id": .string(id)])
                metrics.recordJob(outcome: "failed", seconds: nil)
                if let webhooks, let video = try? await repository.video(id: id, ownerKeyID: nil) {
                    await webhooks.videoFinished(video)
                }
            }
        } catch {
            logger.error("lease recovery failed: \(error)")
        }
    }

    /// Claims and processes one job. Returns false when the queue was empty (or the claim failed).
    @discardableResult
    public func processNextJob() async -> Bool {
        let job: VideoRecord
        do {
            let lease = Clock.nowMillis() + Self.milliseconds(configuration.leaseDuration)
            guard let claimed = try await repository.claimNextJob(
                workerID: configuration.workerID, leaseUntilMillis: lease, now: Clock.nowSeconds())
            else { return false }
            job = claimed
        } catch {
            logger.error("cannot claim a job: \(error)")
            return false
        }
        let task = Task { await self.process(job) }
        state.setCurrent(task, videoID: job.id)
        await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            task.cancel()
        }
        state.setCurrent(nil, videoID: nil)
        return true
    }

    /// Cancels the job of `videoID` if this worker is running it (the client deleted the video). Workers in other
    /// processes notice the deletion at their next heartbeat instead.
    public func cancel(videoID: String) {
        state.cancel(videoID: videoID)
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}

/// The worker's mutable state: whether it is shutting down, and the task of the current job.
final class WorkerState: @unchecked Sendable {
    private let lock = NSLock()
    private var shuttingDown = false
    private var current: Task<Void, Never>?
    private var currentVideoID: String?

    var isShuttingDown: Bool {
        lock.lock()
        defer { lock.unlock() }
        return shuttingDown
    }

    func beginShutdown() {
        lock.lock()
        shuttingDown = true
        let task = current
        lock.unlock()
        task?.cancel()
    }

    func cancel(videoID: String) {
        lock.lock()
        let task = currentVideoID == videoID ? current : nil
        lock.unlock()
        task?.cancel()
    }

    func setCurrent(_ task: Task<Void, Never>?, videoID: String?) {
        lock.lock()
        current = task
        currentVideoID = videoID
        let cancelNow = shuttingDown
        lock.unlock()
        if cancelNow { task?.cancel() }
    }
}

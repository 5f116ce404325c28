import CielStore
import Foundation
import Logging

/// Thrown when the worker no longer holds a job's lease.
struct LeaseLost: Error {}

extension VideoWorker {
    func process(_ job: VideoRecord) async {
        var logger = self.logger
        logger[metadataKey: "video_id"] = .string(job.id)
        logger.info("job started", metadata: ["attempt": .stringConvertible(job.attempts)])
        let started = ContinuousClock.now
        let workFolder = dataDirectory.temporaryPath(prefix: "job-\(job.id)")
        defer { try? FileManager.default.removeItem(at: workFolder) }
        do {
            try await checkCameos(job)
            let output = workFolder.appendingPathComponent("out", isDirectory: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let spec = try await makeSpec(for: job, workFolder: workFolder, output: output)
            let artifacts = try await runWithHeartbeat(job, spec)
            let assets = workFolder.appendingPathComponent("assets", isDirectory: true)
            try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
            for (source, asset) in [
                (artifacts.video, DataDirectory.Asset.video), (artifacts.thumbnail, .thumbnail),
                (artifacts.spritesheet, .spritesheet),
            ] {
                try FileManager.default.moveItem(at: source, to: assets.appendingPathComponent(asset.fileName))
            }
            try dataDirectory.install(assetsFolder: assets, asVideo: job.id)
            let now = Clock.nowSeconds()
            let expiry = configuration.assetLifetimeSeconds.map { now + $0 }
            let completed = try await uncancelled {
                try await self.repository.completeJob(
                    id: job.id, workerID: self.configuration.workerID, completedAt: now, expiresAt: expiry)
            }
            if completed {
                let elapsed = ContinuousClock.now - started
                metrics.recordJob(outcome: "completed", seconds: Double(Self.milliseconds(elapsed)) / 1000)
                logger.info("job completed", metadata: ["seconds": .stringConvertible(elapsed.components.seconds)])
                await notify(job.id)
            } else {
                await handleLostJob(job, logger: logger)
            }
        } catch is LeaseLost {
            await handleLostJob(job, logger: logger)
        } catch let failure as JobFailure {
            await fail(job, code: failure.code, message: failure.message, logger: logger)
        } catch {
            if state.isShuttingDown {
                let released = (try? await uncancelled {
                    try await self.repository.releaseJob(id: job.id, workerID: self.configuration.workerID)
                }) ?? false
                metrics.recordJob(outcome: "requeued", seconds: nil)
                logger.info("job put back in the queue for shutdown", metadata: ["released": .stringConvertible(released)])
            } else if error is CancellationError {
                await handleLostJob(job, logger: logger)
            } else {
                logger.error("job failed: \(error)")
                await fail(job, code: "generation_failed", message: "Video generation failed: \(error)", logger: logger)
            }
        }
    }

    /// Runs `operation` in a task that is not cancelled with the current one (final state writes must happen).
    func uncancelled<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        try await Task { try await operation() }.value
    }

    private func fail(_ job: VideoRecord, code: String, message: String, logger: Logger) async {
        let failed = (try? await uncancelled {
            try await self.repository.failJob(
                id: job.id, workerID: self.configuration.workerID, code: code, message: message, at: Clock.nowSeconds())
        }) ?? false
        metrics.recordJob(outcome: "failed", seconds: nil)
        logger.warning("job failed", metadata: ["code": .string(code), "recorded": .stringConvertible(failed)])
        if failed { await notify(job.id) }
    }

    /// The worker no longer holds the job: either the client deleted it (then the files go and the job ends as
    /// failed/cancelled), or its lease expired and another worker has it (then nothing is touched).
    private func handleLostJob(_ job: VideoRecord, logger: Logger) async {
        let stillVisible = try? await uncancelled { try await self.repository.video(id: job.id, ownerKeyID: nil) }
        if stillVisible == nil {
            _ = try? await uncancelled {
                try await self.repository.failJob(
                    id: job.id, workerID: self.configuration.workerID, code: "cancelled",
                    message: "The video was deleted while it was being generated.", at: Clock.nowSeconds())
            }
            dataDirectory.removeFiles(of: job)
            _ = try? await uncancelled { try await self.repository.markAssetsRemoved(id: job.id) }
            logger.info("job cancelled: the video was deleted")
        } else {
            logger.warning("job lease lost; another worker owns it now")
        }
    }

    private func notify(_ id: String) async {
        guard let webhooks else { return }
        if let video = try? await repository.video(id: id, ownerKeyID: nil) { await webhooks.videoFinished(video) }
    }

    private func makeSpec(for job: VideoRecord, workFolder: URL, output: URL) async throws -> JobSpec {
        let dimensions = job.size.split(separator: "x").compactMap { Int($0) }
        guard dimensions.count == 2, let seconds = Int(job.seconds) else {
            throw JobFailure(code: "invalid_job", message: "Stored size '\(job.size)' or seconds '\(job.seconds)' is invalid.")
        }
        var reference: URL?
        if let input = job.inputReferencePath {
            let prepared = workFolder.appendingPathComponent("reference.png")
            try await ReferenceImage.prepare(
                source: dataDirectory.resolve(relativePath: input), width: dimensions[0], height: dimensions[1],
                output: prepared, ffmpeg: configuration.ffmpeg)
            reference = prepared
        }
        var remix: JobSpec.RemixSource?
        if let sourceID = job.remixedFromVideoID {
            let source = try await repository.video(id: sourceID, ownerKeyID: nil)
            let file = dataDirectory.file(.video, ofVideo: sourceID)
            remix = JobSpec.RemixSource(
                videoID: sourceID, prompt: source?.prompt ?? "",
                video: FileManager.default.fileExists(atPath: file.path) ? file : nil)
        }
        return JobSpec(
            videoID: job.id, prompt: job.prompt, model: job.engineModel, width: dimensions[0], height: dimensions[1],
            seconds: seconds, seed: job.seed.map { UInt64($0) }, inputReference: reference, remixSource: remix,
            outputFolder: output, negativePrompt: job.negativePrompt, steps: job.steps, guidance: job.guidance)
    }

    private func runWithHeartbeat(_ job: VideoRecord, _ spec: JobSpec) async throws -> JobArtifacts {
        let progress = ProgressBox()
        let runner = self.runner
        return try await withThrowingTaskGroup(of: JobArtifacts?.self) { group in
            group.addTask {
                try await runner.run(spec) { value in progress.set(value) }
            }
            group.addTask {
                var written = 0
                var lastWrite = ContinuousClock.now
                while true {
                    try await Task.sleep(for: self.configuration.heartbeatInterval)
                    let value = min(99, progress.value)
                    let due = ContinuousClock.now - lastWrite >= self.configuration.leaseDuration / 3
                    guard value != written || due else { continue }
                    let lease = Clock.nowMillis() + Self.milliseconds(self.configuration.leaseDuration)
                    let held = try await self.repository.renewLease(
                        id: job.id, workerID: self.configuration.workerID, progress: value, leaseUntilMillis: lease)
                    guard held else { throw LeaseLost() }
                    written = value
                    lastWrite = .now
                }
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let artifacts = first else { throw LeaseLost() }
            return artifacts
        }
    }

    /// Refuses a job whose cameo was deleted, or no longer permits the job's account, after it was queued.
    func checkCameos(_ job: VideoRecord) async throws {
        for id in try await repository.cameoIDs(ofVideo: job.id) {
            guard let cameo = try await repository.cameo(id: id), cameo.permits(job.accountID) else {
                throw JobFailure(
                    code: "cameo_revoked", message: "A cameo this video uses was revoked by its owner.")
            }
        }
    }
}

/// The latest progress a runner reported.
final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func set(_ value: Int) {
        lock.lock()
        defer { lock.unlock() }
        current = max(current, min(100, value))
    }
}

import CielStore
import Foundation
import Testing

@Suite("Job queue", .serialized)
struct JobQueueTests {
    @Test("claims are oldest first, leases renew, jobs complete", arguments: TestBackend.available)
    func lifecycle(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        try await repository.insertVideo(makeVideo(id: "video_1"))
        try await repository.insertVideo(makeVideo(id: "video_2"))
        let job = try #require(try await repository.claimNextJob(workerID: "w1", leaseUntilMillis: 5000, now: 7))
        #expect(job.id == "video_1" && job.status == .inProgress && job.attempts == 1 && job.workerID == "w1")
        #expect(job.startedAt == 7)
        #expect(try await repository.renewLease(id: "video_1", workerID: "w1", progress: 40, leaseUntilMillis: 9000))
        #expect(try await repository.renewLease(id: "video_1", workerID: "w2", progress: 50, leaseUntilMillis: 9000) == false)
        #expect(try await repository.video(id: "video_1", ownerKeyID: nil)?.progress == 40)
        #expect(try await repository.completeJob(id: "video_1", workerID: "w2", completedAt: 9, expiresAt: 99) == false)
        #expect(try await repository.completeJob(id: "video_1", workerID: "w1", completedAt: 9, expiresAt: 99))
        let done = try await repository.video(id: "video_1", ownerKeyID: nil)
        #expect(done?.status == .completed && done?.progress == 100 && done?.completedAt == 9 && done?.expiresAt == 99)
        let next = try await repository.claimNextJob(workerID: "w1", leaseUntilMillis: 5000, now: 10)
        #expect(next?.id == "video_2")
        #expect(try await repository.failJob(id: "video_2", workerID: "w1", code: "moderation_blocked", message: "no", at: 11))
        let failed = try await repository.video(id: "video_2", ownerKeyID: nil)
        #expect(failed?.status == .failed && failed?.errorCode == "moderation_blocked" && failed?.errorMessage == "no")
        #expect(try await repository.claimNextJob(workerID: "w1", leaseUntilMillis: 5000, now: 12) == nil)
        #expect(try await repository.videosWithRemovableAssets(now: 98, limit: 10).isEmpty)
        #expect(try await repository.videosWithRemovableAssets(now: 99, limit: 10).map(\.id) == ["video_1"])
        try await repository.close()
    }

    @Test("expired leases are re-queued, then failed after the last attempt", arguments: TestBackend.available)
    func recovery(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        try await repository.insertVideo(makeVideo(id: "video_r"))
        for attempt in 1...2 {
            let job = try await repository.claimNextJob(workerID: "w\(attempt)", leaseUntilMillis: 1000, now: 1)
            #expect(job?.attempts == attempt)
            // Not yet expired: nothing happens.
            #expect(try await repository.recoverExpiredLeases(nowMillis: 999, maxAttempts: 2, at: 2) == RecoveryReport())
            let report = try await repository.recoverExpiredLeases(nowMillis: 1001, maxAttempts: 2, at: 2)
            if attempt == 1 {
                #expect(report == RecoveryReport(requeued: ["video_r"]))
                #expect(try await repository.video(id: "video_r", ownerKeyID: nil)?.status == .queued)
            } else {
                #expect(report == RecoveryReport(failed: ["video_r"]))
                let video = try await repository.video(id: "video_r", ownerKeyID: nil)
                #expect(video?.status == .failed && video?.errorCode == "job_interrupted")
                #expect(video?.errorMessage?.contains("2 times") == true)
            }
        }
        // The stale worker can no longer touch it.
        #expect(try await repository.completeJob(id: "video_r", workerID: "w1", completedAt: 3, expiresAt: nil) == false)
        try await repository.close()
    }

    @Test("a released job goes back to the queue without using an attempt", arguments: TestBackend.available)
    func release(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        try await repository.insertVideo(makeVideo(id: "video_s"))
        _ = try await repository.claimNextJob(workerID: "w1", leaseUntilMillis: 1000, now: 1)
        #expect(try await repository.releaseJob(id: "video_s", workerID: "w2") == false)
        #expect(try await repository.releaseJob(id: "video_s", workerID: "w1"))
        let video = try await repository.video(id: "video_s", ownerKeyID: nil)
        #expect(video?.status == .queued && video?.attempts == 0)
        try await repository.close()
    }

    @Test("a deleted running job loses its lease and is failed on recovery", arguments: TestBackend.available)
    func deletedWhileRunning(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        try await repository.insertVideo(makeVideo(id: "video_d"))
        _ = try await repository.claimNextJob(workerID: "w1", leaseUntilMillis: 1000, now: 1)
        #expect(try await repository.markDeleted(id: "video_d", ownerKeyID: "key_a", at: 2)?.status == .inProgress)
        #expect(try await repository.renewLease(id: "video_d", workerID: "w1", progress: 10, leaseUntilMillis: 2000) == false)
        #expect(try await repository.videosWithRemovableAssets(now: 3, limit: 10).isEmpty)
        #expect(try await repository.recoverExpiredLeases(nowMillis: 5000, maxAttempts: 3, at: 5).failed == ["video_d"])
        #expect(try await repository.videosWithRemovableAssets(now: 5, limit: 10).map(\.id) == ["video_d"])
        try await repository.close()
    }

    @Test("concurrent claimers never get the same job", arguments: TestBackend.available)
    func concurrentClaims(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        for index in 0..<30 { try await repository.insertVideo(makeVideo(id: "video_c\(index)")) }
        let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<6 {
                group.addTask {
                    var ids: [String] = []
                    while let job = try await repository.claimNextJob(
                        workerID: "w\(worker)", leaseUntilMillis: Clock.nowMillis() + 60_000, now: 1)
                    {
                        ids.append(job.id)
                    }
                    return ids
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(claimed.count == 30)
        #expect(Set(claimed).count == 30)
        try await repository.close()
    }
}

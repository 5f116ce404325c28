import CielStore
import Foundation
import Testing

@Suite("Repository", .serialized)
struct RepositoryTests {
    @Test("keys are stored hashed, found by hash, listed and revoked", arguments: TestBackend.available)
    func keys(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        let (record, secret) = APIKeys.make(name: "alice", webhookURL: "http://127.0.0.1:9/hook", now: 10)
        try await repository.insertKey(record)
        #expect(secret.hasPrefix("ciel-sk-"))
        #expect(record.secretHash != secret && record.secretHash.count == 64)
        #expect(record.webhookSecret?.hasPrefix("whsec_") == true)
        let found = try await repository.key(secretHash: APIKeys.hash(secret: secret))
        #expect(found == record)
        #expect(try await repository.key(secretHash: APIKeys.hash(secret: secret + "x")) == nil)
        #expect(try await repository.key(id: record.id) == record)
        #expect(try await repository.keys().map(\.id) == [record.id])
        #expect(try await repository.revokeKey(idOrName: "alice", at: 20))
        #expect(try await repository.revokeKey(idOrName: "alice", at: 30) == false)
        #expect(try await repository.key(id: record.id)?.revokedAt == 20)
        try await repository.close()
    }

    @Test("videos are isolated per owner and listed with cursor pagination", arguments: TestBackend.available)
    func listing(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        for index in 0..<5 { try await repository.insertVideo(makeVideo(id: "video_\(index)", createdAt: Int64(index))) }
        try await repository.insertVideo(makeVideo(id: "video_other", owner: "key_b"))
        #expect(try await repository.video(id: "video_2", ownerKeyID: "key_a")?.prompt == "a cat")
        #expect(try await repository.video(id: "video_2", ownerKeyID: "key_b") == nil)
        #expect(try await repository.video(id: "video_other", ownerKeyID: nil)?.ownerKeyID == "key_b")

        let first = try await repository.listVideos(ownerKeyID: "key_a", after: nil, limit: 2, order: .descending)
        #expect(first.videos.map(\.id) == ["video_4", "video_3"])
        #expect(first.hasMore)
        let second = try await repository.listVideos(ownerKeyID: "key_a", after: "video_3", limit: 2, order: .descending)
        #expect(second.videos.map(\.id) == ["video_2", "video_1"])
        let third = try await repository.listVideos(ownerKeyID: "key_a", after: "video_1", limit: 2, order: .descending)
        #expect(third.videos.map(\.id) == ["video_0"])
        #expect(!third.hasMore)
        let ascending = try await repository.listVideos(ownerKeyID: "key_a", after: "video_1", limit: 10, order: .ascending)
        #expect(ascending.videos.map(\.id) == ["video_2", "video_3", "video_4"])
        await #expect(throws: StoreError.self) {
            _ = try await repository.listVideos(ownerKeyID: "key_a", after: "video_other", limit: 2, order: .ascending)
        }
        #expect(try await repository.activeJobCount(ownerKeyID: "key_a") == 5)
        #expect(try await repository.statusCounts()[.queued] == 6)
        try await repository.close()
    }

    @Test("a round trip keeps every field", arguments: TestBackend.available)
    func roundTrip(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        var video = makeVideo(id: "video_full", prompt: "Un chat « bleu » 🐱 ' quote")
        video.seed = 42
        video.inputReferencePath = "inputs/video_full.png"
        video.remixedFromVideoID = "video_src"
        try await repository.insertVideo(video)
        #expect(try await repository.video(id: "video_full", ownerKeyID: "key_a") == video)
        try await repository.close()
    }

    @Test("deleting hides a video and cancels its claim", arguments: TestBackend.available)
    func deletion(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        try await repository.insertVideo(makeVideo(id: "video_a"))
        #expect(try await repository.markDeleted(id: "video_a", ownerKeyID: "key_b", at: 5) == nil)
        let deleted = try await repository.markDeleted(id: "video_a", ownerKeyID: "key_a", at: 5)
        #expect(deleted?.status == .queued)
        #expect(try await repository.video(id: "video_a", ownerKeyID: "key_a") == nil)
        #expect(try await repository.markDeleted(id: "video_a", ownerKeyID: "key_a", at: 6) == nil)
        #expect(try await repository.claimNextJob(workerID: "w", leaseUntilMillis: 1, now: 1) == nil)
        #expect(try await repository.videosWithRemovableAssets(now: 10, limit: 10).map(\.id) == ["video_a"])
        try await repository.markAssetsRemoved(id: "video_a")
        #expect(try await repository.videosWithRemovableAssets(now: 10, limit: 10).isEmpty)
        try await repository.close()
    }
}

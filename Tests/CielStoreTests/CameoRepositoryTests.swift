import CielStore
import Foundation
import Testing

@Suite("Cameos in the store", .serialized)
struct CameoRepositoryTests {
    static func cameo(_ handle: String, id: String? = nil, owner: String = "acct_alice") -> CameoRecord {
        CameoRecord(
            id: id ?? "cameo_\(handle)", ownerAccountID: owner, name: handle.capitalized, handle: handle,
            permission: .onlyMe, imagePaths: ["cameos/\(handle)/0.png"], attestedAt: 10, createdAt: 10)
    }

    @Test("live handles are unique; deleting frees the handle; permissions update", arguments: TestBackend.available)
    func handlesAndPermissions(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        #expect(try await repository.insertCameo(Self.cameo("alice_c")))
        #expect(try await repository.insertCameo(Self.cameo("alice_c", id: "cameo_other", owner: "acct_bob")) == false)
        #expect(try await repository.cameo(handle: "ALICE_C")?.id == "cameo_alice_c")
        let updated = try await repository.updateCameoPermission(
            id: "cameo_alice_c", ownerAccountID: "acct_alice", permission: .approved, approvedAccountIDs: ["acct_bob"])
        #expect(updated?.permission == .approved && updated?.approvedAccountIDs == ["acct_bob"])
        #expect(updated?.permits("acct_bob") == true && updated?.permits("acct_carol") == false)
        // Only the owner changes or deletes it.
        #expect(try await repository.updateCameoPermission(
            id: "cameo_alice_c", ownerAccountID: "acct_bob", permission: .everyone, approvedAccountIDs: []) == nil)
        #expect(try await repository.markCameoDeleted(id: "cameo_alice_c", ownerAccountID: "acct_bob", at: 20) == nil)
        let deleted = try await repository.markCameoDeleted(id: "cameo_alice_c", ownerAccountID: "acct_alice", at: 20)
        #expect(deleted?.handle == "alice_c")
        #expect(try await repository.cameo(id: "cameo_alice_c") == nil)
        #expect(try await repository.cameos(ownerAccountID: "acct_alice").isEmpty)
        // The handle is free again once the cameo is deleted.
        #expect(try await repository.insertCameo(Self.cameo("alice_c", id: "cameo_again", owner: "acct_bob")))
        try await repository.close()
    }

    @Test("videos made with a cameo are listed and deletable through it; queued ones can be failed",
          arguments: TestBackend.available)
    func linkedVideos(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        #expect(try await repository.insertCameo(Self.cameo("alice_c")))
        try await repository.linkVideo("video_1", toCameos: ["cameo_alice_c"])
        try await repository.insertVideo(makeVideo(id: "video_1", owner: "key_bob", createdAt: 1))
        try await repository.insertVideo(makeVideo(id: "video_2", owner: "key_bob", createdAt: 2))
        #expect(try await repository.videos(usingCameo: "cameo_alice_c").map(\.id) == ["video_1"])
        #expect(try await repository.cameoIDs(ofVideo: "video_1") == ["cameo_alice_c"])
        #expect(try await repository.cameoIDs(ofVideo: "video_2").isEmpty)
        // A video that did not use the cameo cannot be deleted through it.
        #expect(try await repository.markDeleted(id: "video_2", usingCameo: "cameo_alice_c", at: 5) == nil)
        #expect(try await repository.failQueuedVideo(id: "video_1", code: "cameo_revoked", message: "m", at: 6))
        #expect(try await repository.failQueuedVideo(id: "video_1", code: "cameo_revoked", message: "m", at: 7) == false)
        let failed = try #require(try await repository.video(id: "video_1", ownerKeyID: nil))
        #expect(failed.status == .failed && failed.errorCode == "cameo_revoked")
        #expect(try await repository.markDeleted(id: "video_1", usingCameo: "cameo_alice_c", at: 8)?.id == "video_1")
        #expect(try await repository.videos(usingCameo: "cameo_alice_c").isEmpty)
        #expect(try await repository.video(id: "video_1", ownerKeyID: nil) == nil)
        try await repository.close()
    }
}

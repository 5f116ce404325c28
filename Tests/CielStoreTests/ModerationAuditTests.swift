import CielStore
import Foundation
import Testing

@Suite("Moderation audit log", .serialized)
struct ModerationAuditTests {
    @Test("decisions are stored with the prompt's SHA-256 only, newest first, per key", arguments: TestBackend.available)
    func audit(backend: TestBackend) async throws {
        let (repository, _) = try await backend.makeRepository()
        let store = try #require(repository as? any ModerationAuditStore)
        let blocked = ModerationAuditRecord(
            createdAt: 10, keyID: "key_a", action: "create", verdict: "block", category: "sexual",
            rule: "sexual.nudity", prompt: "a naked woman")
        try await store.recordModeration(blocked)
        try await store.recordModeration(
            ModerationAuditRecord(createdAt: 11, keyID: "key_b", action: "create", verdict: "allow", prompt: "a cat"))
        try await store.recordModeration(
            ModerationAuditRecord(
                createdAt: 12, keyID: "key_a", action: "remix", verdict: "allow", prompt: "a dog",
                sourceVideoID: "video_1"))
        let forA = try await store.moderationAudit(keyID: "key_a", limit: 10)
        #expect(forA.map(\.createdAt) == [12, 10])
        #expect(forA[1] == blocked)
        #expect(forA[1].promptSHA256 == ModerationAuditRecord.hash("a naked woman"))
        #expect(forA[0].sourceVideoID == "video_1" && forA[0].category == nil && forA[0].rule == nil)
        #expect(try await store.moderationAudit(keyID: nil, limit: 2).map(\.keyID) == ["key_a", "key_b"])
        try await repository.close()
    }

    @Test("the hash is lower-case hex SHA-256 of the UTF-8 prompt")
    func hash() {
        // printf 'abc' | sha256sum
        #expect(ModerationAuditRecord.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

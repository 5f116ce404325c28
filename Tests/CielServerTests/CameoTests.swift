import CielStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

/// Three people with accounts and API keys: alice registers a cameo, bob and carol may or may not use it.
struct CameoWorld {
    let server: TestServer
    let alice: String
    let bob: String
    let carol: String

    static func make() async throws -> CameoWorld {
        let server = try await TestServer.make()
        var secrets: [String] = []
        for name in ["alice", "bob", "carol"] {
            let account = AccountRecord(
                id: "acct_\(name)", username: name, displayName: name.capitalized,
                passwordHash: "$pbkdf2-sha256$1$AA==$AA==", tier: "pro", createdAt: 100)
            #expect(try await server.repository.insertAccount(account))
            var (key, secret) = APIKeys.make(name: name)
            key.accountID = account.id
            try await server.repository.insertKey(key)
            secrets.append(secret)
        }
        return CameoWorld(server: server, alice: secrets[0], bob: secrets[1], carol: secrets[2])
    }

    static let imageURL = "data:image/png;base64," + Data(tinyPNG).base64EncodedString()

    static func createBody(handle: String = "alice_c", permission: String = "only_me", approved: [String] = [],
                           attestation: Bool = true, images: Int = 1) -> String {
        let list = Array(repeating: "\"\(imageURL)\"", count: images).joined(separator: ",")
        let names = approved.map { "\"\($0)\"" }.joined(separator: ",")
        return """
            {"name":"Alice","handle":"\(handle)","permission":"\(permission)","approved":[\(names)],\
            "attestation":\(attestation),"images":[\(list)]}
            """
    }
}

extension TestClientProtocol {
    func createVideo(_ prompt: String, key: String, model: String = "ciel-fake") async throws -> TestResponse {
        try await json(.post, "/v1/videos", key: key, body: #"{"prompt":"\#(prompt)","model":"\#(model)"}"#)
    }
}

@Suite("Cameos")
struct CameoTests {
    @Test("mentions: @handle, not e-mail addresses; trailing dots and case ignored; too short ignored")
    func mentions() {
        #expect(CameoMentions.handles(in: "@Alice_C dances with @bob.k.") == ["alice_c", "bob.k"])
        #expect(CameoMentions.handles(in: "write to me@example.com or @@x") == [])
        #expect(CameoMentions.handles(in: "@ab is too short, @alice_c twice @ALICE_C") == ["alice_c"])
        #expect(CameoMentions.isValidHandle("alice_c") && CameoMentions.isValidHandle("a.b.c"))
        #expect(!CameoMentions.isValidHandle("ab") && !CameoMentions.isValidHandle("_x_y") && !CameoMentions.isValidHandle("abc."))
        #expect(!CameoMentions.isValidHandle("Alice") && !CameoMentions.isValidHandle("élodie"))
    }

    @Test("creating a cameo needs a valid handle, the attestation and 1-5 photos; handles are unique")
    func createValidation() async throws {
        let world = try await CameoWorld.make()
        try await world.server.test { client in
            let created = try await client.json(.post, "/v1/cameos", key: world.alice, body: CameoWorld.createBody())
            #expect(created.status == .ok)
            let object = try jsonObject(created)
            #expect(object["object"] as? String == "cameo" && object["handle"] as? String == "alice_c")
            #expect(object["permission"] as? String == "only_me" && object["image_count"] as? Int == 1)
            let taken = try await client.json(.post, "/v1/cameos", key: world.bob, body: CameoWorld.createBody())
            #expect(taken.status == .conflict)
            #expect(try errorObject(taken)["code"] as? String == "handle_taken")
            for (body, param) in [
                (CameoWorld.createBody(handle: "b2", attestation: true), "handle"),
                (CameoWorld.createBody(handle: "bob_c", attestation: false), "attestation"),
                (CameoWorld.createBody(handle: "bob_c", images: 0), "images"),
                (CameoWorld.createBody(handle: "bob_c", images: 6), "images"),
                (CameoWorld.createBody(handle: "bob_c", permission: "friends"), "permission"),
                (CameoWorld.createBody(handle: "bob_c", permission: "approved", approved: ["nobody"]), "approved"),
            ] {
                let response = try await client.json(.post, "/v1/cameos", key: world.bob, body: body)
                #expect(response.status == .badRequest, "\(param)")
                #expect(try errorObject(response)["param"] as? String == param)
            }
            // Multipart with a photo file works too.
            let multipart = try await client.multipart("/v1/cameos", key: world.bob, parts: [
                .field("name", "Bob"), .field("handle", "@Bob_C"), .field("attestation", "true"),
                .field("permission", "everyone"),
                MultipartPart(name: "images[]", bytes: tinyPNG, filename: "me.png", contentType: "image/png"),
            ])
            #expect(multipart.status == .ok)
            #expect(try jsonObject(multipart)["handle"] as? String == "bob_c")
            let list = try jsonObject(try await client.json(.get, "/v1/cameos", key: world.alice))
            #expect((list["data"] as? [[String: Any]])?.map { $0["handle"] as? String } == ["alice_c"])
        }
    }

    @Test("only_me, approved, everyone, revoked and deleted decide who may generate with a cameo")
    func permissions() async throws {
        let world = try await CameoWorld.make()
        let repository = world.server.repository
        try await world.server.test { client in
            let cameo = try jsonObject(try await client.json(
                .post, "/v1/cameos", key: world.alice, body: CameoWorld.createBody()))
            let cameoID = try #require(cameo["id"] as? String)
            // only_me: the owner may, others get 403 cameo_not_permitted.
            let own = try await client.createVideo("@alice_c waves at the sea", key: world.alice)
            #expect(own.status == .ok)
            let ownID = try #require(try jsonObject(own)["id"] as? String)
            #expect(try await repository.video(id: ownID, ownerKeyID: nil)?.inputReferencePath != nil)
            let refused = try await client.createVideo("@alice_c waves", key: world.bob)
            #expect(refused.status == .forbidden)
            let error = try errorObject(refused)
            #expect(error["code"] as? String == "cameo_not_permitted" && error["param"] as? String == "prompt")
            #expect(try await client.createVideo("@nobody_here waves", key: world.bob).status == .badRequest)
            // approved: bob yes, carol no.
            let approved = try await client.json(
                .post, "/v1/cameos/\(cameoID)", key: world.alice, body: #"{"permission":"approved","approved":["bob"]}"#)
            #expect(approved.status == .ok)
            #expect(try jsonObject(approved)["approved"] as? [String] == ["bob"])
            let bobVideo = try await client.createVideo("@alice_c and a dog", key: world.bob)
            #expect(bobVideo.status == .ok)
            let bobVideoID = try #require(try jsonObject(bobVideo)["id"] as? String)
            #expect(try await client.createVideo("@alice_c and a cat", key: world.carol).status == .forbidden)
            // Remix prompts are checked too.
            // everyone: carol yes.
            #expect(try await client.json(
                .post, "/v1/cameos/\(cameoID)", key: world.alice, body: #"{"permission":"everyone"}"#).status == .ok)
            let carolVideo = try await client.createVideo("@alice_c on a bike", key: world.carol)
            #expect(carolVideo.status == .ok)
            let carolVideoID = try #require(try jsonObject(carolVideo)["id"] as? String)
            // Revoked (back to only_me): the queued videos of bob and carol stop at once; alice's own stays queued.
            #expect(try await client.json(
                .post, "/v1/cameos/\(cameoID)", key: world.alice, body: #"{"permission":"only_me"}"#).status == .ok)
            for (id, key) in [(bobVideoID, world.bob), (carolVideoID, world.carol)] {
                let video = try jsonObject(try await client.json(.get, "/v1/videos/\(id)", key: key))
                #expect(video["status"] as? String == "failed")
                #expect((video["error"] as? [String: Any])?["code"] as? String == "cameo_revoked")
            }
            #expect(try jsonObject(try await client.json(.get, "/v1/videos/\(ownID)", key: world.alice))["status"]
                as? String == "queued")
            #expect(try await client.createVideo("@alice_c again", key: world.bob).status == .forbidden)
            // Deleted: even the owner's queued video stops; the handle no longer resolves; photos are removed.
            #expect(try await client.json(.delete, "/v1/cameos/\(cameoID)", key: world.bob).status == .notFound)
            #expect(try await client.json(.delete, "/v1/cameos/\(cameoID)", key: world.alice).status == .ok)
            #expect(try jsonObject(try await client.json(.get, "/v1/videos/\(ownID)", key: world.alice))["status"]
                as? String == "failed")
            #expect(try await client.createVideo("@alice_c", key: world.alice).status == .badRequest)
            #expect(!FileManager.default.fileExists(
                atPath: world.server.dataDirectory.resolve(relativePath: "cameos/\(cameoID)").path))
        }
    }

    @Test("the owner sees every video made with the cameo, whoever made it, and can delete it")
    func ownerControlsVideos() async throws {
        let world = try await CameoWorld.make()
        try await world.server.test { client in
            let cameo = try jsonObject(try await client.json(
                .post, "/v1/cameos", key: world.alice, body: CameoWorld.createBody(permission: "everyone")))
            let cameoID = try #require(cameo["id"] as? String)
            let bobVideo = try jsonObject(try await client.createVideo("@alice_c dancing", key: world.bob))
            let videoID = try #require(bobVideo["id"] as? String)
            _ = try await client.createVideo("a plain boat", key: world.bob)
            let listed = try jsonObject(try await client.json(.get, "/v1/cameos/\(cameoID)/videos", key: world.alice))
            #expect((listed["data"] as? [[String: Any]])?.map { $0["id"] as? String } == [videoID])
            // Not the owner: the cameo is not found.
            #expect(try await client.json(.get, "/v1/cameos/\(cameoID)/videos", key: world.bob).status == .notFound)
            #expect(try await client.json(
                .delete, "/v1/cameos/\(cameoID)/videos/\(videoID)", key: world.bob).status == .notFound)
            // The owner deletes bob's video; bob no longer finds it.
            let deleted = try await client.json(.delete, "/v1/cameos/\(cameoID)/videos/\(videoID)", key: world.alice)
            #expect(deleted.status == .ok)
            #expect(try jsonObject(deleted)["deleted"] as? Bool == true)
            #expect(try await client.json(.get, "/v1/videos/\(videoID)", key: world.bob).status == .notFound)
            let after = try jsonObject(try await client.json(.get, "/v1/cameos/\(cameoID)/videos", key: world.alice))
            #expect((after["data"] as? [[String: Any]])?.isEmpty == true)
        }
    }

    @Test("a cameo needs a model that starts from an image, and no input_reference beside it; remix is checked")
    func engineLimits() async throws {
        let world = try await CameoWorld.make()
        try await world.server.test { client in
            _ = try await client.json(.post, "/v1/cameos", key: world.alice, body: CameoWorld.createBody())
            let textOnly = try await client.createVideo("@alice_c", key: world.alice, model: "ciel-text")
            #expect(textOnly.status == .badRequest)
            #expect(try errorObject(textOnly)["code"] as? String == "cameo_unsupported")
            let both = try await client.json(
                .post, "/v1/videos", key: world.alice,
                body: #"{"prompt":"@alice_c","input_reference":{"image_url":"\#(CameoWorld.imageURL)"}}"#)
            #expect(both.status == .badRequest)
            // Remix: bob remixes his own completed video with alice's only_me cameo -> 403.
            let plain = try jsonObject(try await client.createVideo("a red kite", key: world.bob))
            let plainID = try #require(plain["id"] as? String)
            #expect(await world.server.worker.processNextJob())
            let remix = try await client.json(
                .post, "/v1/videos/\(plainID)/remix", key: world.bob, body: #"{"prompt":"@alice_c flies the kite"}"#)
            #expect(remix.status == .forbidden)
        }
    }

    @Test("the worker refuses a queued job whose cameo was revoked behind the API's back")
    func workerRechecks() async throws {
        let world = try await CameoWorld.make()
        let repository = world.server.repository
        try await world.server.test { client in
            let cameo = try jsonObject(try await client.json(
                .post, "/v1/cameos", key: world.alice, body: CameoWorld.createBody(permission: "everyone")))
            let cameoID = try #require(cameo["id"] as? String)
            let video = try jsonObject(try await client.createVideo("@alice_c", key: world.bob))
            let videoID = try #require(video["id"] as? String)
            // Another server process changed the permission (no enforcement ran here).
            _ = try await repository.updateCameoPermission(
                id: cameoID, ownerAccountID: "acct_alice", permission: .onlyMe, approvedAccountIDs: [])
            #expect(await world.server.worker.processNextJob())
            let record = try #require(try await repository.video(id: videoID, ownerKeyID: nil))
            #expect(record.status == .failed && record.errorCode == "cameo_revoked")
        }
    }
}

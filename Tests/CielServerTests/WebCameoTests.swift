import CielStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

@Suite("Web app: cameos")
struct WebCameoTests {
    @Test("register a cameo from photos, approve a friend, see and delete their video, revoke; FR page renders")
    func cameoPage() async throws {
        let server = try await TestServer.make()
        try await server.test { client in
            let alice = WebBrowser(client)
            try await alice.signUp("alice")
            #expect(try await alice.get("/cameos").html.contains("no-cameos"))
            // The form needs the attestation and a photo.
            let refused = try await alice.postMultipart("/cameos", [
                .field("name", "Alice"), .field("handle", "alice_c"), .field("permission", "only_me"),
                MultipartPart(name: "images[]", bytes: tinyPNG, filename: "me.png", contentType: "image/png"),
            ])
            #expect(refused.status == .badRequest)
            #expect(refused.html.contains("cameo-error"))
            let created = try await alice.postMultipart("/cameos", [
                .field("name", "Alice <script>alert(1)</script>"), .field("handle", "alice_c"),
                .field("permission", "only_me"), .field("approved", ""), .field("attestation", "true"),
                MultipartPart(name: "images[]", bytes: tinyPNG, filename: "me.png", contentType: "image/png"),
            ])
            #expect(created.status == .seeOther)
            let page = try await alice.get("/cameos")
            #expect(page.html.contains("@alice_c") && page.html.contains("Only me</strong></p>"))
            #expect(!page.html.contains("<script>alert(1)") && page.html.contains("&lt;script&gt;"))
            let cameo = try #require(try await server.repository.cameo(handle: "alice_c"))

            // Bob may not use it yet: the create page says so.
            let bob = WebBrowser(client)
            try await bob.signUp("bob")
            let denied = try await bob.createVideo("@alice_c waves")
            #expect(denied.id == nil)
            #expect(denied.response.status == .forbidden)
            #expect(denied.response.html.contains("not allowed you to use this cameo"))

            // Alice approves bob; bob's video is made with the cameo; alice sees it and deletes it.
            #expect(try await alice.post("/cameos/\(cameo.id)/permission", ["permission": "approved", "approved": "bob"])
                .status == .seeOther)
            let made = try await bob.createVideo("@alice_c waves")
            let videoID = try #require(made.id)
            let withVideo = try await alice.get("/cameos")
            #expect(withVideo.html.contains("@alice_c waves") && withVideo.html.contains("People I approve</strong> — bob"))
            #expect(try await alice.post("/cameos/\(cameo.id)/videos/\(videoID)/delete", [:]).status == .seeOther)
            #expect(try await server.repository.video(id: videoID, ownerKeyID: nil) == nil)
            // Another person's cameo is not found; CSRF is required.
            #expect(try await bob.post("/cameos/\(cameo.id)/delete", [:]).status == .notFound)
            #expect(try await alice.post("/cameos/\(cameo.id)/delete", [:], csrf: .some("wrong")).status == .forbidden)

            // French page.
            alice.extraHeaders[.acceptLanguage] = "fr"
            #expect(try await alice.get("/lang/fr?back=%2Fcameos").status == .seeOther)
            #expect(try await alice.get("/cameos").html.contains("Mes caméos"))

            // Revoke: the cameo is gone and its handle no longer resolves.
            #expect(try await alice.post("/cameos/\(cameo.id)/delete", [:]).status == .seeOther)
            #expect(try await server.repository.cameo(id: cameo.id) == nil)
            #expect(try await bob.createVideo("@alice_c again").id == nil)
        }
    }
}

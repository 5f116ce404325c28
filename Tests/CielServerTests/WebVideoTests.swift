import CielStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

@Suite("Web app: videos, ownership, sharing, escaping", .enabled(if: ffmpegAvailable, "needs ffmpeg for the fake engine"))
struct WebVideoTests {
    @Test("create from the form, watch it finish, share it, see it in another account's feed, remix it, delete it")
    func lifecycle() async throws {
        let server = try await TestServer.make()
        let worker = server.worker
        let repository = server.repository
        try await server.test { client in
            let alice = WebBrowser(client)
            try await alice.signUp("alice", displayName: "Alice")
            let (maybeID, created) = try await alice.createVideo("a yellow square rising", seconds: "8", size: "1280x720")
            #expect(created.status == .seeOther)
            let id = try #require(maybeID)
            let queued = try await alice.get("/videos/\(id)")
            #expect(queued.html.contains("id=\"progress\"") && queued.html.contains("data-status=\"queued\""))
            let status = try jsonObject(try await alice.get("/videos/\(id)/status"))
            #expect(status["status"] as? String == "queued")

            #expect(await worker.processNextJob())
            let done = try await alice.get("/videos/\(id)")
            #expect(done.html.contains("<video id=\"player\" playsinline"))
            let events = try await alice.get("/videos/\(id)/events")
            #expect(events.headers[.contentType] == "text/event-stream")
            #expect(events.html.contains("data: {") && events.html.contains("\"status\":\"completed\""))
            let file = try await alice.get("/videos/\(id)/file?variant=video")
            #expect(file.status == .ok && file.headers[.contentType] == "video/mp4")
            let part = try await alice.get("/videos/\(id)/file?variant=video", headers: [.range: "bytes=0-7"])
            #expect(part.status == .partialContent && part.body.readableBytes == 8)
            #expect(part.headers[.contentRange]?.hasPrefix("bytes 0-7/") == true)
            // The API sees the web video as the account's: it is in the grid, and keys of the account list it.
            let grid = try await alice.get("/videos")
            #expect(grid.html.contains("data-video-id=\"\(id)\""))

            // Not shared yet: nobody else sees it.
            let bob = WebBrowser(client)
            try await bob.signUp("bob")
            #expect(!(try await bob.get("/feed")).html.contains(id))
            #expect(try await bob.get("/videos/\(id)").status == .notFound)

            try await alice.get("/videos/\(id)")
            #expect(try await alice.post("/videos/\(id)/share", ["shared": "1"]).status == .seeOther)
            let feed = try await bob.get("/feed")
            #expect(feed.html.contains("data-video-id=\"\(id)\"") && feed.html.contains("Alice"))
            // Bob can watch and remix it, but not delete or unshare it.
            let shared = try await bob.get("/videos/\(id)")
            #expect(shared.status == .ok && shared.html.contains("id=\"remix-form\"") && !shared.html.contains("id=\"delete\""))
            #expect(try await bob.get("/videos/\(id)/file?variant=thumbnail").status == .ok)
            let remix = try await bob.post("/videos/\(id)/remix", ["prompt": "the square turns blue"])
            #expect(remix.status == .seeOther)
            let remixID = String((remix.headers[.location] ?? "").dropFirst("/videos/".count))
            let remixed = try #require(try await repository.video(id: remixID, ownerKeyID: nil))
            #expect(remixed.remixedFromVideoID == id && remixed.seconds == "8" && remixed.size == "1280x720")
            #expect(remixed.accountID == (try await repository.account(username: "bob"))?.id)
            #expect(try await bob.post("/videos/\(id)/delete", [:]).status == .notFound)
            #expect(try await bob.post("/videos/\(id)/share", ["shared": "0"]).status == .notFound)

            // Alice unshares, then deletes.
            try await alice.post("/videos/\(id)/share", ["shared": "0"])
            #expect(!(try await bob.get("/feed")).html.contains(id))
            #expect(try await alice.post("/videos/\(id)/delete", [:]).status == .seeOther)
            #expect(try await alice.get("/videos/\(id)").status == .notFound)
            #expect(try await repository.video(id: id, ownerKeyID: nil) == nil)
        }
    }

    @Test("another account's video id answers 404 everywhere, on the web and on the API")
    func otherAccountsVideoIsNotFound() async throws {
        let server = try await TestServer.make()
        let worker = server.worker
        let operatorKey = server.secretB
        try await server.test { client in
            let alice = WebBrowser(client)
            try await alice.signUp("alice")
            let id = try #require(try await alice.createVideo("a cat").id)
            #expect(await worker.processNextJob())
            let mallory = WebBrowser(client)
            try await mallory.signUp("mallory")
            try await mallory.get("/")
            for path in ["/videos/\(id)", "/videos/\(id)/status", "/videos/\(id)/events", "/videos/\(id)/file"] {
                #expect(try await mallory.get(path).status == .notFound, "\(path)")
            }
            for path in ["/videos/\(id)/delete", "/videos/\(id)/share", "/videos/\(id)/remix"] {
                #expect(try await mallory.post(path, ["prompt": "x", "shared": "1"]).status == .notFound, "\(path)")
            }
            // Mallory's API key, and an operator key, see nothing either.
            try await mallory.get("/account")
            let keyPage = try await mallory.post("/account/keys", ["name": "mine"])
            let secret = try #require(WebBrowser.firstMatch(in: keyPage.html, after: "<code id=\"new-key\">", until: "<"))
            for key in [secret, operatorKey] {
                #expect(try await client.json(.get, "/v1/videos/\(id)", key: key).status == .notFound)
                #expect(try await client.json(.delete, "/v1/videos/\(id)", key: key).status == .notFound)
            }
            // A logged-out visitor neither.
            #expect(try await WebBrowser(client).get("/videos/\(id)").status == .notFound)
            #expect(try await alice.get("/videos/\(id)").status == .ok)
        }
    }

    @Test("API keys made on the account page act for the account: shared videos, listing, revocation")
    func accountKeys() async throws {
        let server = try await TestServer.make()
        let repository = server.repository
        try await server.test { client in
            let alice = WebBrowser(client)
            try await alice.signUp("alice")
            let webID = try #require(try await alice.createVideo("made on the web").id)
            try await alice.get("/account")
            let page = try await alice.post("/account/keys", ["name": "laptop"])
            let secret = try #require(WebBrowser.firstMatch(in: page.html, after: "<code id=\"new-key\">", until: "<"))
            #expect(secret.hasPrefix("ciel-sk-"))
            let listed = try jsonObject(try await client.json(.get, "/v1/videos", key: secret))
            let ids = (listed["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids == [webID])
            let created = try jsonObject(try await client.json(.post, "/v1/videos", key: secret, body: #"{"prompt":"from the API"}"#))
            let apiID = try #require(created["id"] as? String)
            #expect(try await alice.get("/videos").html.contains(apiID))
            let account = try #require(try await repository.account(username: "alice"))
            let key = try #require(try await repository.keys(accountID: account.id).first)
            #expect(try await alice.post("/account/keys/\(key.id)/revoke", [:]).status == .seeOther)
            #expect(try await client.json(.get, "/v1/videos", key: secret).status == .unauthorized)
        }
    }

    @Test("<script> in prompts, display names and key names is escaped on every page")
    func injectionIsEscaped() async throws {
        let server = try await TestServer.make()
        let worker = server.worker
        let payload = "<script>alert('x')</script>"
        try await server.test { client in
            let browser = WebBrowser(client)
            try await browser.signUp("mallory", displayName: payload)
            let id = try #require(try await browser.createVideo(payload + " \"quoted\"").id)
            #expect(await worker.processNextJob())
            try await browser.get("/videos/\(id)")
            try await browser.post("/videos/\(id)/share", ["shared": "1"])
            try await browser.get("/account")
            let keys = try await browser.post("/account/keys", ["name": payload])
            var pages = [keys.html]
            for path in ["/videos/\(id)", "/videos", "/feed", "/account", "/admin", "/"] {
                pages.append(try await browser.get(path).html)
            }
            for html in pages {
                #expect(!html.contains("<script>alert"), "raw payload in a page")
            }
            #expect(pages[1].contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot;"))
            #expect(pages[3].contains("&lt;script&gt;"), "display name in the feed is escaped")
            #expect(keys.html.contains("&lt;script&gt;"), "key name is escaped")
            // A prompt refused with an error page still escapes what it echoes.
            let refused = try await browser.post("/videos", ["prompt": payload, "seconds": "99"])
            #expect(refused.status == .badRequest && !refused.html.contains("<script>alert"))
        }
    }

    @Test("the create form's multipart body: an image, advanced settings, and empty optional fields")
    func multipartCreate() async throws {
        let server = try await TestServer.make()
        let repository = server.repository
        try await server.test { client in
            let browser = WebBrowser(client)
            try await browser.signUp("ines")
            let page = try await browser.get("/")
            #expect(page.html.contains("id=\"input_reference\""), "the default model takes images")
            let created = try await browser.postMultipart("/videos", [
                .field("prompt", "a kite"), .field("seconds", "8"), .field("size", "1280x720"),
                .field("seed", "42"), .field("steps", "12"), .field("guidance", "3.5"),
                .field("negative_prompt", "blur"),
                MultipartPart(name: "input_reference", bytes: tinyPNG, filename: "first.png", contentType: "image/png"),
            ])
            #expect(created.status == .seeOther, "\(created.html)")
            let id = String((created.headers[.location] ?? "").dropFirst("/videos/".count))
            let video = try #require(try await repository.video(id: id, ownerKeyID: nil))
            #expect(video.seed == 42 && video.steps == 12 && video.guidance == 3.5 && video.negativePrompt == "blur")
            #expect(video.inputReferencePath != nil && video.seconds == "8" && video.size == "1280x720")
            // What a browser sends when the optional fields are left empty and no file is chosen.
            try await browser.get("/")
            let plain = try await browser.postMultipart("/videos", [
                .field("prompt", "a kite"), .field("seconds", "4"), .field("size", "720x1280"), .field("seed", ""),
                .field("steps", ""), .field("guidance", ""), .field("negative_prompt", ""),
                MultipartPart(name: "input_reference", bytes: [], filename: "", contentType: "application/octet-stream"),
            ])
            #expect(plain.status == .seeOther, "\(plain.html)")
            try await browser.get("/")
            let bad = try await browser.postMultipart("/videos", [.field("prompt", "a kite"), .field("steps", "5000")])
            #expect(bad.status == .badRequest && bad.html.contains("steps"))
        }
    }

    @Test("a moderation refusal is explained in the user's language")
    func moderationInUserLanguage() async throws {
        struct Refuse: PromptPolicy {
            func check(prompt: String) async -> PolicyRefusal? {
                prompt.contains("forbidden") ? PolicyRefusal(rule: "public_figure", message: "refused") : nil
            }
        }
        var server = try await TestServer.make()
        server.environment.promptPolicy = Refuse()
        try await server.test { client in
            let browser = WebBrowser(client)
            try await browser.get("/lang/fr")
            try await browser.signUp("zoe")
            try await browser.get("/")
            let refused = try await browser.post("/videos", ["prompt": "forbidden person", "seconds": "4"])
            #expect(refused.status == .badRequest)
            #expect(refused.html.contains("une personnalité publique réelle"), "\(refused.html)")
        }
    }
}

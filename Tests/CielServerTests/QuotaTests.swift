import CielStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

@Suite("Quotas and tiers")
struct QuotaTests {
    static func policy(perDay: Int) -> AccessPolicy {
        var policy = AccessPolicy()
        policy.tiers["free"]?.videosPerDay = perDay
        return policy
    }

    @Test("the (N+1)-th video of the day is 429 quota_exceeded with x-should-retry: false on the API")
    func apiQuota() async throws {
        let server = try await TestServer.make().with(Self.policy(perDay: 3))
        let operatorKey = server.secretA
        try await server.test { client in
            let alice = WebBrowser(client)
            try await alice.signUp("alice")
            try await alice.get("/account")
            let page = try await alice.post("/account/keys", ["name": "k1"])
            let key1 = try #require(WebBrowser.firstMatch(in: page.html, after: "<code id=\"new-key\">", until: "<"))
            let page2 = try await alice.post("/account/keys", ["name": "k2"])
            let key2 = try #require(WebBrowser.firstMatch(in: page2.html, after: "<code id=\"new-key\">", until: "<"))
            // Keys share the account's quota: 2 with one key, 1 with the other.
            for key in [key1, key1, key2] {
                let response = try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"a boat"}"#)
                #expect(response.status == .ok)
            }
            let over = try await client.json(.post, "/v1/videos", key: key2, body: #"{"prompt":"a boat"}"#)
            #expect(over.status == .tooManyRequests)
            #expect(over.headers[HTTPField.Name("x-should-retry")!] == "false")
            let error = try errorObject(over)
            #expect(error["code"] as? String == "quota_exceeded")
            #expect((error["message"] as? String)?.contains("3 videos") == true)
            // Deleting does not give the quota back.
            let listed = try jsonObject(try await client.json(.get, "/v1/videos", key: key1))
            let first = try #require((listed["data"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await client.json(.delete, "/v1/videos/\(first)", key: key1).status == .ok)
            #expect(try await client.json(.post, "/v1/videos", key: key1, body: #"{"prompt":"a boat"}"#).status == .tooManyRequests)
            // Remix counts too.
            // Operator keys (no account) have no quota.
            for _ in 0..<4 {
                #expect(try await client.json(.post, "/v1/videos", key: operatorKey, body: #"{"prompt":"p"}"#).status == .ok)
            }
        }
    }

    @Test("the free tier refuses 12 s and 1024x1792 with 403 tier_limit_exceeded; pro allows them")
    func tierLimits() async throws {
        let server = try await TestServer.make()
        let repository = server.repository
        try await server.test { client in
            let alice = WebBrowser(client)
            try await alice.signUp("alice")
            try await alice.get("/account")
            let page = try await alice.post("/account/keys", ["name": "k"])
            let key = try #require(WebBrowser.firstMatch(in: page.html, after: "<code id=\"new-key\">", until: "<"))
            let long = try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p","seconds":"12"}"#)
            #expect(long.status == .forbidden)
            #expect(try errorObject(long)["code"] as? String == "tier_limit_exceeded")
            #expect(try errorObject(long)["param"] as? String == "seconds")
            let big = try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p","size":"1024x1792"}"#)
            #expect(try errorObject(big)["param"] as? String == "size")
            #expect(try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p","seconds":"8","size":"1280x720"}"#).status == .ok)
            let account = try #require(try await repository.account(username: "alice"))
            _ = try await repository.updateAccount(id: account.id, tier: "pro", isAdmin: nil, disabledAt: nil)
            #expect(try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"p","seconds":"12","size":"1024x1792"}"#).status == .ok)
            // The create page marks durations outside the plan.
            let tom = WebBrowser(client)
            try await tom.signUp("tom")
            let create = try await tom.get("/")
            #expect(create.html.contains("value=\"12\"  disabled") || create.html.contains("disabled> 12 s"))
        }
    }

    @Test("the (N+1)-th video in the web app shows the quota message with 429, in English and French")
    func uiQuota() async throws {
        let server = try await TestServer.make().with(Self.policy(perDay: 2))
        try await server.test { client in
            let alice = WebBrowser(client)
            try await alice.signUp("alice")
            let home = try await alice.get("/")
            #expect(home.html.contains("2 of 2 videos left today (free plan)."))
            #expect(try await alice.createVideo("one").id != nil)
            #expect(try await alice.get("/").html.contains("1 of 2 videos left today"))
            #expect(try await alice.createVideo("two").id != nil)
            let (id, response) = try await alice.createVideo("three")
            #expect(id == nil)
            #expect(response.status == .tooManyRequests)
            #expect(response.html.contains("You have used today’s quota of 2 videos. It renews at midnight UTC."))
            #expect(response.html.contains("0 of 2 videos left today"))
            #expect(response.html.contains(">three</textarea>"), "the prompt is kept")
            try await alice.get("/lang/fr")
            let (_, french) = try await alice.createVideo("quatre")
            #expect(french.status == .tooManyRequests)
            #expect(french.html.contains("Vous avez utilisé votre quota du jour de 2 vidéos."))
            #expect(try await alice.get("/account").html.contains("Il vous reste 0 vidéos sur 2 aujourd’hui"))
        }
    }
}

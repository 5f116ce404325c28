import CielStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

@Suite("Web app: accounts, sessions, CSRF, languages")
struct WebAccountTests {
    @Test("templates compile and every string exists in both languages")
    func templatesAndStrings() throws {
        _ = try WebTemplates.library()
        for (key, value) in Localization.table {
            #expect(!value.en.isEmpty && !value.fr.isEmpty, "\(key)")
        }
        // Every {{t.key}} a template uses is in the table.
        for (name, text) in WebTemplates.all {
            var rest = Substring(text)
            while let range = rest.range(of: "{{t.") {
                rest = rest[range.upperBound...]
                let key = String(rest.prefix { $0 != "}" })
                #expect(Localization.table[key] != nil, "template \(name) uses unknown string \(key)")
            }
        }
    }

    @Test("passwords are hashed with PBKDF2-SHA256 at 600,000 iterations and verified")
    func passwordHashing() async throws {
        let hash = try await PasswordHasher.hash("s3cret-pass")
        #expect(hash.hasPrefix("$pbkdf2-sha256$600000$"))
        #expect(await PasswordHasher.verify("s3cret-pass", against: hash))
        #expect(await PasswordHasher.verify("s3cret-pasS", against: hash) == false)
        #expect(await PasswordHasher.verify("x", against: "garbage") == false)
    }

    @Test("sign up, session cookie flags, log out, log in")
    func signUpLogInLogOut() async throws {
        let server = try await TestServer.make()
        try await server.test { client in
            let browser = WebBrowser(client)
            let landing = try await browser.get("/")
            #expect(landing.status == .ok)
            #expect(landing.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("script-src 'self'") == true)
            let signup = try await browser.signUp("alice", displayName: "Alice")
            #expect(signup.status == .seeOther)
            #expect(signup.headers[.location] == "/")
            let cookie = try #require(browser.lastSetCookies.first { $0.hasPrefix("ciel_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"), "plain HTTP: no Secure flag")
            let home = try await browser.get("/")
            #expect(home.html.contains("id=\"create-form\""))
            #expect(home.html.contains("@alice") || home.html.contains("alice"))

            try await browser.post("/logout", [:])
            #expect(browser.cookies["ciel_session"] == nil)
            let after = try await browser.get("/videos")
            #expect(after.status == .seeOther && after.headers[.location] == "/login")

            try await browser.get("/login")
            let login = try await browser.post("/login", ["username": "ALICE", "password": "correct horse battery"])
            #expect(login.status == .seeOther)
            #expect(browser.cookies["ciel_session"] != nil)
            #expect(try await browser.get("/videos").status == .ok)
        }
    }

    @Test("behind a TLS proxy (X-Forwarded-Proto: https) the session cookie is Secure")
    func secureCookieBehindTLS() async throws {
        let server = try await TestServer.make()
        try await server.test { client in
            let browser = WebBrowser(client)
            browser.extraHeaders = [HTTPField.Name("X-Forwarded-Proto")!: "https"]
            try await browser.signUp("bob")
            let cookie = try #require(browser.lastSetCookies.first { $0.hasPrefix("ciel_session=") })
            #expect(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
        }
    }

    @Test("a form without its CSRF token, or with a wrong one, is refused with 403")
    func csrfRequired() async throws {
        let server = try await TestServer.make()
        try await server.test { client in
            let visitor = WebBrowser(client)
            try await visitor.get("/signup")
            #expect(try await visitor.post("/signup", ["username": "eve", "password": "password123"], csrf: .none).status == .forbidden)
            #expect(try await visitor.post("/login", ["username": "eve", "password": "password123"], csrf: "0" + String(repeating: "a", count: 63)).status == .forbidden)
            // A visitor without the CSRF cookie cannot post even with some token.
            let stranger = WebBrowser(client)
            #expect(try await stranger.post("/login", ["username": "eve", "password": "x"], csrf: "abc").status == .forbidden)

            let browser = WebBrowser(client)
            try await browser.signUp("carol")
            try await browser.get("/")
            let token = browser.csrf
            #expect(token.count == 64)
            for (path, form) in [
                ("/videos", ["prompt": "a red ball"]), ("/account/keys", ["name": "k"]), ("/logout", [:]),
                ("/account/invites", [:]),
            ] {
                let response = try await browser.post(path, form, csrf: .none)
                #expect(response.status == .forbidden, "\(path) without token")
                #expect(response.html.contains("<h1>"), "\(path) answers an HTML page")
                let wrong = try await browser.post(path, form, csrf: String(repeating: "0", count: 64))
                #expect(wrong.status == .forbidden, "\(path) with a wrong token")
            }
            // The visitor token does not work for the logged-in session.
            #expect(try await browser.post("/account/keys", ["name": "k"], csrf: visitor.csrf).status == .forbidden)
            // Still logged in, and the right token works.
            #expect(try await browser.post("/account/keys", ["name": "k"], csrf: token).status == .ok)
        }
    }

    @Test("ten wrong passwords rate-limit the username, even for the right password")
    func loginRateLimit() async throws {
        let server = try await TestServer.make()
        try await server.test { client in
            let owner = WebBrowser(client)
            try await owner.signUp("dave")
            let attacker = WebBrowser(client)
            try await attacker.get("/login")
            var statuses: [HTTPResponse.Status] = []
            for attempt in 0..<10 {
                let response = try await attacker.post("/login", ["username": "dave", "password": "wrong\(attempt)"])
                statuses.append(response.status)
            }
            #expect(statuses.prefix(5).allSatisfy { $0 == .unauthorized }, "\(statuses)")
            #expect(statuses.suffix(5).allSatisfy { $0 == .tooManyRequests }, "\(statuses)")
            let blocked = try await attacker.post("/login", ["username": "dave", "password": "correct horse battery"])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.html.contains("Too many attempts"))
            #expect(attacker.cookies["ciel_session"] == nil)
            // Another username is not affected.
            let other = WebBrowser(client)
            try await other.signUp("erin")
            try await other.post("/logout", [:])
            try await other.get("/login")
            #expect(try await other.post("/login", ["username": "erin", "password": "correct horse battery"]).status == .seeOther)
        }
    }

    @Test("pages follow Accept-Language, and the switch is remembered in a cookie")
    func languages() async throws {
        let server = try await TestServer.make()
        try await server.test { client in
            let browser = WebBrowser(client)
            let french = try await browser.get("/signup", headers: [.acceptLanguage: "fr-CA,fr;q=0.9,en;q=0.5"])
            #expect(french.html.contains("<html lang=\"fr\">"))
            #expect(french.html.contains("Créer votre compte"))
            #expect(french.html.contains("Mot de passe"))
            let english = try await browser.get("/signup", headers: [.acceptLanguage: "en-GB,en;q=0.8"])
            #expect(english.html.contains("Create your account") && english.html.contains("Password"))
            let switched = try await browser.get("/lang/fr?back=%2Ffeed")
            #expect(switched.status == .seeOther && switched.headers[.location] == "/feed")
            #expect(browser.cookies["ciel_lang"] == "fr")
            let feed = try await browser.get("/feed", headers: [.acceptLanguage: "en"])
            #expect(feed.html.contains("Vidéos partagées"))
            // Never redirects off-site.
            #expect(try await browser.get("/lang/en?back=%2F%2Fevil.example").headers[.location] == "/")
        }
    }

    @Test("the first account administers; others may not open the admin page; admins set tiers and make invites")
    func admin() async throws {
        let server = try await TestServer.make()
        let repository = server.repository
        try await server.test { client in
            let admin = WebBrowser(client)
            try await admin.signUp("root")
            let user = WebBrowser(client)
            try await user.signUp("frank")
            #expect(try await user.get("/admin").status == .forbidden)
            let page = try await admin.get("/admin")
            #expect(page.status == .ok)
            #expect(page.html.contains("@frank") && page.html.contains("No moderation log"))
            let frank = try #require(try await repository.account(username: "frank"))
            #expect(frank.tier == "free" && !frank.isAdmin)
            let update = try await admin.post("/admin/accounts/\(frank.id)", ["tier": "pro"])
            #expect(update.status == .seeOther)
            #expect(try await repository.account(username: "frank")?.tier == "pro")
            #expect(try await admin.post("/admin/invites", [:]).status == .seeOther)
            #expect(try await repository.invites(createdBy: nil).count == 1)
        }
    }

    @Test("invite-only sign-up needs an unused code; closed sign-up refuses everyone")
    func inviteAndClosed() async throws {
        var policy = AccessPolicy()
        policy.signUp = .invite
        let server = try await TestServer.make().with(policy)
        let repository = server.repository
        try await server.test { client in
            try await repository.insertInvite(InviteRecord(code: "ciel-welcome", createdBy: "acct_op", createdAt: 1))
            let first = WebBrowser(client)
            #expect(try await first.signUp("gina").status == .forbidden)
            #expect(try await first.signUp("gina", invite: "ciel-nope").status == .forbidden)
            #expect(try await first.signUp("gina", invite: "ciel-welcome").status == .seeOther)
            let second = WebBrowser(client)
            let reused = try await second.signUp("hank", invite: "ciel-welcome")
            #expect(reused.status == .forbidden)
            #expect(reused.html.contains("already used"))
            // Users in invite mode can make their own codes.
            try await first.get("/account")
            #expect(try await first.post("/account/invites", [:]).status == .seeOther)
            let code = try #require(try await repository.invites(createdBy: try await repository.account(username: "gina")!.id).first?.code)
            #expect(try await second.signUp("hank", invite: code).status == .seeOther)
        }
        var closed = AccessPolicy()
        closed.signUp = .closed
        let closedServer = try await TestServer.make().with(closed)
        try await closedServer.test { client in
            let browser = WebBrowser(client)
            let page = try await browser.get("/signup")
            #expect(page.html.contains("Sign-up is closed"))
            #expect(try await browser.post("/signup", ["username": "ivan", "password": "password123"]).status == .forbidden)
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

/// A browser stand-in for in-process web tests: keeps cookies, reads the CSRF token from the last page, posts forms.
final class WebBrowser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var lastSetCookies: [String] = []
    var csrf: String = ""
    var extraHeaders: HTTPFields = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    private var cookieHeader: HTTPFields {
        var headers = extraHeaders
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
        }
        return headers
    }

    private func absorb(_ response: TestResponse) {
        lastSetCookies = response.headers[values: .setCookie]
        for line in lastSetCookies {
            let pair = line.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count >= 1 else { continue }
            let value = parts.count == 2 ? parts[1] : ""
            if value.isEmpty || line.contains("Max-Age=0") { cookies[parts[0]] = nil } else { cookies[parts[0]] = value }
        }
        let html = String(buffer: response.body)
        if let token = Self.firstMatch(in: html, after: "name=\"csrf\" value=\"") { csrf = token }
    }

    static func firstMatch(in text: String, after marker: String, until end: Character = "\"") -> String? {
        guard let range = text.range(of: marker) else { return nil }
        let rest = text[range.upperBound...]
        guard let close = rest.firstIndex(of: end) else { return nil }
        return String(rest[..<close])
    }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        var all = cookieHeader
        for field in headers { all[field.name] = field.value }
        let response = try await client.execute(uri: uri, method: .get, headers: all, body: nil)
        absorb(response)
        return response
    }

    /// Posts an urlencoded form; the page's CSRF token is added unless `csrf` says otherwise (nil: none at all).
    @discardableResult
    func post(_ uri: String, _ form: [String: String], csrf: String?? = .some(nil), headers: HTTPFields = [:])
        async throws -> TestResponse
    {
        var fields = form
        switch csrf {
        case .some(.some(let token)): fields["csrf"] = token
        case .some(.none): fields["csrf"] = self.csrf
        case .none: break
        }
        let body = fields.map { key, value in
            "\(Self.encode(key))=\(Self.encode(value))"
        }.joined(separator: "&")
        var all = cookieHeader
        all[.contentType] = "application/x-www-form-urlencoded"
        for field in headers { all[field.name] = field.value }
        let response = try await client.execute(uri: uri, method: .post, headers: all, body: ByteBuffer(string: body))
        absorb(response)
        return response
    }

    /// Posts a multipart form (as the create page does), with this page's CSRF token.
    @discardableResult
    func postMultipart(_ uri: String, _ parts: [MultipartPart]) async throws -> TestResponse {
        let boundary = "----ciel-web-boundary"
        let body = multipartBody(parts + [.field("csrf", csrf)], boundary: boundary)
        var all = cookieHeader
        all[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(uri: uri, method: .post, headers: all, body: body)
        absorb(response)
        return response
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// Signs up (visiting the page first for the CSRF cookie) and returns the response of the POST.
    @discardableResult
    func signUp(_ username: String, password: String = "correct horse battery", displayName: String = "",
                invite: String? = nil) async throws -> TestResponse
    {
        try await get("/signup")
        var form = ["username": username, "password": password, "display_name": displayName]
        if let invite { form["invite"] = invite }
        return try await post("/signup", form)
    }

    /// Creates a video through the web form; returns the new id (from the redirect) or nil and the response.
    func createVideo(_ prompt: String, seconds: String = "4", size: String = "720x1280") async throws
        -> (id: String?, response: TestResponse)
    {
        try await get("/")
        let response = try await post("/videos", ["prompt": prompt, "seconds": seconds, "size": size])
        let location = response.headers[.location] ?? ""
        let id = location.hasPrefix("/videos/") ? String(location.dropFirst("/videos/".count)) : nil
        return (id, response)
    }
}

extension TestResponse {
    var html: String { String(buffer: body) }
}

extension TestServer {
    /// The server with a given access policy.
    func with(_ policy: AccessPolicy) -> TestServer {
        var copy = self
        copy.environment.accessPolicy = policy
        return copy
    }
}

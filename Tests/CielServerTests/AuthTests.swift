import CielStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CielServer

@Suite("Authentication")
struct AuthTests {
    @Test("requests without a valid key get 401 in the envelope")
    func unauthorized() async throws {
        let server = try await TestServer.make()
        let revokedID = server.keyA.id
        let secretA = server.secretA
        let repository = server.repository
        try await server.test { client in
            for key in [nil, "wrong", "ciel-sk-0000"] as [String?] {
                let response = try await client.json(.get, "/v1/videos", key: key)
                #expect(response.status == .unauthorized)
                let error = try errorObject(response)
                #expect(error["type"] as? String == "invalid_request_error")
                #expect(error["code"] as? String == "invalid_api_key")
            }
            let basic = try await client.execute(
                uri: "/v1/videos", method: .get, headers: [.authorization: "Basic abc"])
            #expect(basic.status == .unauthorized)
            #expect(try await client.json(.get, "/v1/videos", key: secretA).status == .ok)
            #expect(try await repository.revokeKey(idOrName: revokedID, at: Clock.nowSeconds()))
            #expect(try await client.json(.get, "/v1/videos", key: secretA).status == .unauthorized)
        }
    }

    @Test("a key sees only its own videos")
    func isolation() async throws {
        let server = try await TestServer.make()
        let (a, b) = (server.secretA, server.secretB)
        try await server.test { client in
            let created = try jsonObject(try await client.json(.post, "/v1/videos", key: a, body: #"{"prompt":"x"}"#))
            let id = try #require(created["id"] as? String)
            #expect(try await client.json(.get, "/v1/videos/\(id)", key: b).status == .notFound)
            #expect(try await client.json(.get, "/v1/videos/\(id)/content", key: b).status == .notFound)
            #expect(try await client.json(.delete, "/v1/videos/\(id)", key: b).status == .notFound)
            #expect(try await client.json(.post, "/v1/videos/\(id)/remix", key: b, body: #"{"prompt":"y"}"#).status
                == .notFound)
            let listB = try jsonObject(try await client.json(.get, "/v1/videos", key: b))
            #expect((listB["data"] as? [Any])?.isEmpty == true)
            #expect(try await client.json(.get, "/v1/videos/\(id)", key: a).status == .ok)
        }
    }

    @Test("health and metrics need no key; models do")
    func publicRoutes() async throws {
        let server = try await TestServer.make()
        let key = server.secretA
        try await server.test { client in
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            _ = try await client.json(.post, "/v1/videos", key: key, body: #"{"prompt":"x"}"#)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok)
            let text = String(buffer: metrics.body)
            #expect(text.contains("ciel_queue_depth 1"))
            #expect(text.contains("# TYPE ciel_job_duration_seconds histogram"))
            #expect(text.contains("ciel_http_requests_total{code=\"200\"}"))
            #expect(try await client.execute(uri: "/v1/models", method: .get).status == .unauthorized)
        }
    }
}

import CielStore
import Foundation
import Hummingbird
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import CielServer

/// Whether ffmpeg exists (the fake engine needs it to produce real files).
let ffmpegAvailable = FakeVideoJobRunner().isAvailable

/// A 1×1 PNG.
let tinyPNG = Array(Data(base64Encoded:
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==") ?? Data())

/// An in-process Ciel: SQLite in a temporary data directory, two API keys, a fake engine and a worker that tests
/// drive by hand (`processNextJob`).
struct TestServer {
    // `environment` is a var so tests can plug in a prompt policy.

    let repository: any CielRepository
    let dataDirectory: DataDirectory
    var environment: CielServerEnvironment
    let worker: VideoWorker
    let secretA: String
    let secretB: String
    let keyA: APIKeyRecord

    static func make(
        configuration: ServerConfiguration = TestServer.defaultConfiguration,
        runner: (any VideoJobRunner)? = nil, webhookURL: String? = nil
    ) async throws -> TestServer {
        let dataDirectory = DataDirectory(root: FileManager.default.temporaryDirectory
            .appendingPathComponent("ciel-server-test-\(UUID().uuidString)"))
        try dataDirectory.prepare()
        var logger = Logger(label: "test")
        logger.logLevel = .error
        let repository = try await RepositoryFactory.open(databaseURL: nil, dataDirectory: dataDirectory, logger: logger)
        let (keyA, secretA) = APIKeys.make(name: "a", webhookURL: webhookURL)
        let (keyB, secretB) = APIKeys.make(name: "b")
        try await repository.insertKey(keyA)
        try await repository.insertKey(keyB)
        var workerConfiguration = WorkerConfiguration(workerID: "test-worker")
        workerConfiguration.heartbeatInterval = .milliseconds(50)
        workerConfiguration.leaseDuration = .seconds(5)
        let worker = VideoWorker(
            repository: repository, dataDirectory: dataDirectory,
            runner: runner ?? FakeVideoJobRunner(steps: 2, stepDuration: .milliseconds(5)),
            configuration: workerConfiguration, logger: logger)
        let catalog = ModelCatalog(models: [
            ModelInfo(name: "ciel-fake", supportsImageInput: true),
            ModelInfo(name: "ciel-text", supportsImageInput: false),
        ])
        let environment = CielServerEnvironment(
            repository: repository, dataDirectory: dataDirectory, catalog: catalog, configuration: configuration,
            onVideoDeleted: { id in worker.cancel(videoID: id) })
        return TestServer(
            repository: repository, dataDirectory: dataDirectory, environment: environment, worker: worker,
            secretA: secretA, secretB: secretB, keyA: keyA)
    }

    static var defaultConfiguration: ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.keyCacheSeconds = 0
        configuration.maxBodyBytes = 2 * 1024 * 1024
        configuration.maxImageBytes = 1024 * 1024
        return configuration
    }

    /// Runs `body` against the router in process.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: CielServerApp.buildRouter(environment))
        try await app.test(.router, body)
        try? await repository.close()
        try? FileManager.default.removeItem(at: dataDirectory.root)
    }
}

/// Request helpers.
extension TestClientProtocol {
    func json(
        _ method: HTTPRequest.Method, _ uri: String, key: String?, body: String? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let key { headers[.authorization] = "Bearer \(key)" }
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    func multipart(_ uri: String, key: String, parts: [MultipartPart]) async throws -> TestResponse {
        let boundary = "----ciel-test-boundary"
        return try await execute(
            uri: uri, method: .post,
            headers: [.contentType: "multipart/form-data; boundary=\(boundary)", .authorization: "Bearer \(key)"],
            body: multipartBody(parts, boundary: boundary))
    }
}

/// A `multipart/form-data` body holding `parts`.
func multipartBody(_ parts: [MultipartPart], boundary: String) -> ByteBuffer {
    var body = ByteBuffer()
    for part in parts {
        body.writeString("--\(boundary)\r\n")
        if let filename = part.filename {
            body.writeString("Content-Disposition: form-data; name=\"\(part.name)\"; filename=\"\(filename)\"\r\n")
            body.writeString("Content-Type: \(part.contentType)\r\n\r\n")
        } else {
            body.writeString("Content-Disposition: form-data; name=\"\(part.name)\"\r\n\r\n")
        }
        body.writeBytes(part.bytes)
        body.writeString("\r\n")
    }
    body.writeString("--\(boundary)--\r\n")
    return body
}

/// One part of a multipart body.
struct MultipartPart {
    var name: String
    var bytes: [UInt8]
    var filename: String? = nil
    var contentType = "application/octet-stream"

    static func field(_ name: String, _ value: String) -> MultipartPart {
        MultipartPart(name: name, bytes: Array(value.utf8))
    }
}

/// The parsed JSON body of a response.
func jsonObject(_ response: TestResponse) throws -> [String: Any] {
    let data = Data(buffer: response.body)
    guard let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any]
    else {
        throw TestFailure("response body is not a JSON object: \(String(decoding: data, as: UTF8.self))")
    }
    return object
}

/// The `error` object of an OpenAI error envelope, checking that all four keys are present.
func errorObject(_ response: TestResponse) throws -> [String: Any] {
    let object = try jsonObject(response)
    guard let error = object["error"] as? [String: Any] else { throw TestFailure("no error envelope") }
    for key in ["message", "type", "param", "code"] where error.index(forKey: key) == nil {
        throw TestFailure("error envelope lacks '\(key)'")
    }
    return error
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

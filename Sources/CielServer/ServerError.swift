import Foundation
import HTTPTypes
import Hummingbird

/// The error type of the `CielServer` module: an OpenAI-style API error that knows its HTTP response.
///
/// It renders as `{"error":{"message","type","param","code"}}`, the envelope the official `openai` SDK parses into
/// `BadRequestError`, `NotFoundError` and so on.
public struct ServerError: HTTPResponseError, CustomStringConvertible, Sendable {
    /// HTTP status.
    public var status: HTTPResponse.Status
    /// A sentence that says what went wrong and, where possible, how to fix it.
    public var message: String
    /// OpenAI error type (`invalid_request_error`, `authentication_error`, `server_error`, …).
    public var type: String
    /// The request parameter at fault, if any.
    public var param: String?
    /// Machine-readable code (`invalid_value`, `missing_required_parameter`, …), if any.
    public var code: String?
    /// Extra response headers (`retry-after`, …).
    public var headers: HTTPFields
    /// For `moderation_blocked`: the policy rule that matched (not sent to API clients; the web app shows its
    /// category in the user's language).
    public var moderationRule: String?

    /// Creates an error.
    public init(
        status: HTTPResponse.Status, message: String, type: String = "invalid_request_error", param: String? = nil,
        code: String? = nil, headers: HTTPFields = [:]
    ) {
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers
    }

    public var description: String { "\(status.code) \(type) \(code ?? "-") \(param ?? "-"): \(message)" }

    struct Envelope: Encodable {
        struct Body: Encodable {
            let message: String
            let type: String
            let param: String?
            let code: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(message, forKey: .message)
                try container.encode(type, forKey: .type)
                try container.encode(param, forKey: .param)
                try container.encode(code, forKey: .code)
            }

            enum CodingKeys: String, CodingKey { case message, type, param, code }
        }
        let error: Body
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let envelope = Envelope(error: .init(message: message, type: type, param: param, code: code))
        let data = (try? JSONEncoder().encode(envelope)) ?? Data(#"{"error":{"message":"error"}}"#.utf8)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: Common errors

    /// 400: a parameter has a wrong value.
    static func invalidValue(_ param: String, _ message: String) -> ServerError {
        ServerError(status: .badRequest, message: message, param: param, code: "invalid_value")
    }

    /// 400: a parameter has a wrong JSON type.
    static func invalidType(_ param: String, _ message: String) -> ServerError {
        ServerError(status: .badRequest, message: message, param: param, code: "invalid_type")
    }

    /// 400: a required parameter is absent.
    static func missing(_ param: String) -> ServerError {
        ServerError(
            status: .badRequest, message: "Missing required parameter: '\(param)'.", param: param,
            code: "missing_required_parameter")
    }

    /// 404: no such video for this key.
    static func videoNotFound(_ id: String) -> ServerError {
        ServerError(status: .notFound, message: "Video with id '\(id)' not found.", code: "not_found")
    }

    /// 401: no valid API key.
    static func unauthorized(_ message: String) -> ServerError {
        ServerError(status: .unauthorized, message: message, param: nil, code: "invalid_api_key")
    }

    /// 500: an unexpected failure; the details go to the log, not to the client.
    static func internalError(_ requestHint: String = "") -> ServerError {
        ServerError(
            status: .internalServerError, message: "The server had an error while processing your request.\(requestHint)",
            type: "server_error")
    }
}

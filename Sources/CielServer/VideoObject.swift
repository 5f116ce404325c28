import CielStore
import Foundation
import HTTPTypes
import Hummingbird

/// The OpenAI `Video` object: every key present, nulls explicit.
struct VideoObject: Encodable {
    let record: VideoRecord

    enum CodingKeys: String, CodingKey {
        case id, object, model, status, progress, prompt, size, seconds, error
        case createdAt = "created_at", completedAt = "completed_at", expiresAt = "expires_at"
        case remixedFromVideoID = "remixed_from_video_id"
    }

    struct ErrorObject: Encodable {
        let code: String
        let message: String
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(record.id, forKey: .id)
        try container.encode("video", forKey: .object)
        try container.encode(record.requestedModel, forKey: .model)
        try container.encode(record.status.rawValue, forKey: .status)
        try container.encode(record.progress, forKey: .progress)
        try container.encode(record.createdAt, forKey: .createdAt)
        try container.encode(record.completedAt, forKey: .completedAt)
        try container.encode(record.expiresAt, forKey: .expiresAt)
        try container.encode(record.prompt, forKey: .prompt)
        try container.encode(record.size, forKey: .size)
        try container.encode(record.seconds, forKey: .seconds)
        try container.encode(record.remixedFromVideoID, forKey: .remixedFromVideoID)
        let error = record.status == .failed
            ? ErrorObject(code: record.errorCode ?? "generation_failed", message: record.errorMessage ?? "Generation failed.")
            : nil
        try container.encode(error, forKey: .error)
    }
}

/// `{"object":"list","data":[…],"first_id","last_id","has_more"}`.
struct VideoListObject: Encodable {
    let videos: [VideoRecord]
    let hasMore: Bool

    enum CodingKeys: String, CodingKey {
        case object, data
        case firstID = "first_id", lastID = "last_id", hasMore = "has_more"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("list", forKey: .object)
        try container.encode(videos.map(VideoObject.init(record:)), forKey: .data)
        try container.encode(videos.first?.id, forKey: .firstID)
        try container.encode(videos.last?.id, forKey: .lastID)
        try container.encode(hasMore, forKey: .hasMore)
    }
}

/// Builds JSON responses.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws
        -> Response
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try encoder.encode(value)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

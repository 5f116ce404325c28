import Foundation
import Hummingbird
import MultipartKit

/// A request body's fields, whether it came as JSON or as `multipart/form-data` with `a[b]` names.
struct RequestFields {
    /// One field value.
    indirect enum Value {
        case text(String)
        case number(Double)
        case bool(Bool)
        case null
        case object([String: Value])
        case array([Value])
        case file(UploadedFile)

        /// What the OpenAI error messages call this type.
        var typeName: String {
            switch self {
            case .text: return "a string"
            case .number(let number): return number == number.rounded() ? "an integer" : "a decimal"
            case .bool: return "a boolean"
            case .null: return "null"
            case .object: return "an object"
            case .array: return "an array"
            case .file: return "a file"
            }
        }
    }

    /// A file part of a multipart body.
    struct UploadedFile {
        var filename: String?
        var contentType: String?
        var bytes: [UInt8]
    }

    var values: [String: Value]

    subscript(name: String) -> Value? { values[name] }

    /// Parses a JSON or multipart body; an empty body gives no fields.
    /// - Throws: `ServerError` 400 when the body is not valid for its content type.
    static func parse(body: ByteBuffer, contentType: String?) throws -> RequestFields {
        let type = (contentType ?? "").lowercased()
        if type.hasPrefix("multipart/form-data") {
            return try parseMultipart(body: body, contentType: contentType ?? "")
        }
        if body.readableBytes == 0 { return RequestFields(values: [:]) }
        if type.isEmpty || type.hasPrefix("application/json") || type.hasSuffix("+json") {
            return try parseJSON(body: body)
        }
        if type.hasPrefix("application/x-www-form-urlencoded") {
            var components = URLComponents()
            components.percentEncodedQuery = String(buffer: body).replacingOccurrences(of: "+", with: "%20")
            var fields = RequestFields(values: [:])
            for item in components.queryItems ?? [] { fields.insert(name: item.name, value: .text(item.value ?? "")) }
            return fields
        }
        throw ServerError(
            status: .badRequest,
            message: "Unsupported Content-Type '\(contentType ?? "")'; send application/json or multipart/form-data.",
            code: "unsupported_content_type")
    }

    static func parseJSON(body: ByteBuffer) throws -> RequestFields {
        let decoded: JSONValue
        do {
            decoded = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: body))
        } catch {
            throw ServerError(
                status: .badRequest,
                message: "We could not parse the JSON body of your request. Send a JSON object.",
                code: "invalid_json")
        }
        guard case .object(let object) = decoded.value else {
            throw ServerError(status: .badRequest, message: "The JSON body must be an object.", code: "invalid_json")
        }
        return RequestFields(values: object)
    }

    static func parseMultipart(body: ByteBuffer, contentType: String) throws -> RequestFields {
        guard let boundary = Self.parameter("boundary", in: contentType) else {
            throw ServerError(
                status: .badRequest, message: "multipart/form-data body without a boundary parameter.",
                code: "invalid_multipart")
        }
        let collector = PartCollector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name: name, value: value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.complete() }
        do {
            try parser.execute(body)
        } catch {
            throw ServerError(
                status: .badRequest, message: "The multipart/form-data body is malformed.", code: "invalid_multipart")
        }
        var fields = RequestFields(values: [:])
        for part in collector.parts {
            guard let disposition = part.headers["content-disposition"],
                let name = Self.parameter("name", in: disposition)
            else { continue }
            let filename = Self.parameter("filename", in: disposition)
            if filename != nil || (part.headers["content-type"].map { !$0.hasPrefix("text/plain") } ?? false) {
                fields.insert(
                    name: name,
                    value: .file(UploadedFile(filename: filename, contentType: part.headers["content-type"], bytes: part.bytes)))
            } else {
                fields.insert(name: name, value: .text(String(decoding: part.bytes, as: UTF8.self)))
            }
        }
        return fields
    }

    /// Inserts a value under a bracketed name: `a[b]` nests into object `a`; `a[][b]` appends to array `a`.
    mutating func insert(name: String, value: Value) {
        var path: [String] = []
        if let open = name.firstIndex(of: "[") {
            path.append(String(name[..<open]))
            var rest = name[open...]
            while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                path.append(String(rest[rest.index(after: rest.startIndex)..<close]))
                rest = rest[rest.index(after: close)...]
            }
        } else {
            path = [name]
        }
        values[path[0]] = Self.inserting(value, at: path.dropFirst(), into: values[path[0]])
    }

    private static func inserting(_ value: Value, at path: ArraySlice<String>, into existing: Value?) -> Value {
        guard let key = path.first else { return value }
        if key.isEmpty {
            var array: [Value] = []
            if case .array(let current)? = existing { array = current }
            array.append(inserting(value, at: path.dropFirst(), into: nil))
            return .array(array)
        }
        var object: [String: Value] = [:]
        if case .object(let current)? = existing { object = current }
        object[key] = inserting(value, at: path.dropFirst(), into: object[key])
        return .object(object)
    }

    /// The value of `name=value` or `name="value"` in a header such as Content-Type or Content-Disposition.
    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard let equals = trimmed.firstIndex(of: "=") else { continue }
            guard trimmed[..<equals].lowercased() == name.lowercased() else { continue }
            var value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }
}

/// Collects the parts MultipartParser reports.
private final class PartCollector {
    struct Part {
        var headers: [String: String] = [:]
        var bytes: [UInt8] = []
    }

    private(set) var parts: [Part] = []
    private var current = Part()

    func header(name: String, value: String) { current.headers[name.lowercased()] = value }
    func body(_ buffer: inout ByteBuffer) { current.bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
    func complete() {
        parts.append(current)
        current = Part()
    }
}

/// Any JSON value, decoded without losing its type (so `"seconds": 4` can be told from `"seconds": "4"`).
struct JSONValue: Decodable {
    let value: RequestFields.Value

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let bool = try? container.decode(Bool.self) {
            value = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            value = .number(number)
        } else if let text = try? container.decode(String.self) {
            value = .text(text)
        } else if let array = try? container.decode([JSONValue].self) {
            value = .array(array.map(\.value))
        } else {
            value = .object(try container.decode([String: JSONValue].self).mapValues(\.value))
        }
    }
}

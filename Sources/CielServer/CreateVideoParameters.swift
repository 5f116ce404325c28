import CielStore
import Foundation

/// The validated parameters of `POST /v1/videos`.
struct CreateVideoParameters {
    var prompt: String
    var requestedModel: String
    var model: ModelInfo
    var seconds: String
    var size: String
    var seed: Int64?
    var inputReference: (bytes: [UInt8], format: ReferenceImage.Format)?
    /// Ciel extensions (the web app's advanced settings); nil means the model's default.
    var negativePrompt: String?
    var steps: Int?
    var guidance: Double?

    /// Validates request fields the way OpenAI's Videos API does.
    /// - Throws: `ServerError` 400 with the offending `param`.
    init(fields: RequestFields, configuration: ServerConfiguration, catalog: ModelCatalog) throws {
        prompt = try Self.prompt(fields, configuration: configuration)

        switch fields["model"] {
        case nil, .null?: requestedModel = catalog.defaultModelName
        case .text(let name)?: requestedModel = name
        case let other?:
            throw ServerError.invalidType("model", "Invalid type for 'model': expected a string, but got \(other.typeName) instead.")
        }
        guard let model = catalog.resolve(requestedModel) else {
            throw ServerError.invalidValue(
                "model",
                "Invalid value: '\(requestedModel)'. Supported models are: \(catalog.allNames.map { "'\($0)'" }.joined(separator: ", ")).")
        }
        self.model = model

        seconds = try Self.choice(
            fields["seconds"], param: "seconds", allowed: configuration.allowedSeconds,
            default: configuration.defaultSeconds)
        size = try Self.choice(
            fields["size"], param: "size", allowed: configuration.allowedSizes, default: configuration.defaultSize)

        switch fields["seed"] {
        case nil, .null?: seed = nil
        case .number(let number)? where number == number.rounded() && number >= 0 && number < 9.0e15:
            seed = Int64(number)
        case .text(let text)? where Int64(text).map { $0 >= 0 } ?? false: seed = Int64(text)
        default: throw ServerError.invalidValue("seed", "Invalid value for 'seed': expected a non-negative integer.")
        }

        switch fields["negative_prompt"] {
        case nil, .null?: negativePrompt = nil
        case .text(let text)? where text.count <= 2000: negativePrompt = text.isEmpty ? nil : text
        default:
            throw ServerError.invalidValue("negative_prompt", "Invalid 'negative_prompt': expected a string of at most 2000 characters.")
        }
        steps = try Self.number(fields["steps"], param: "steps", range: 1...100, integer: true).map { Int($0) }
        guidance = try Self.number(fields["guidance"], param: "guidance", range: 0...20, integer: false)

        inputReference = try Self.inputReference(fields["input_reference"], configuration: configuration)
        if inputReference != nil && !model.supportsImageInput {
            throw ServerError(
                status: .badRequest,
                message: "The model '\(requestedModel)' (\(model.name)) cannot start from an input_reference image.",
                param: "input_reference", code: "unsupported_parameter")
        }
    }

    /// Validates the `prompt` field (also used by remix).
    static func prompt(_ fields: RequestFields, configuration: ServerConfiguration) throws -> String {
        switch fields["prompt"] {
        case nil, .null?: throw ServerError.missing("prompt")
        case .text(let text)?:
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ServerError.invalidValue("prompt", "Invalid 'prompt': string too short. Expected a non-empty string.")
            }
            if text.count > configuration.maxPromptLength {
                throw ServerError(
                    status: .badRequest,
                    message: "Invalid 'prompt': string too long. Expected a string with maximum length "
                        + "\(configuration.maxPromptLength), but got a string with length \(text.count) instead.",
                    param: "prompt", code: "string_above_max_length")
            }
            return text
        case let other?:
            throw ServerError.invalidType("prompt", "Invalid type for 'prompt': expected a string, but got \(other.typeName) instead.")
        }
    }

    private static func choice(_ value: RequestFields.Value?, param: String, allowed: [String], default: String)
        throws -> String
    {
        let list = Self.spoken(allowed)
        switch value {
        case nil, .null?: return `default`
        case .text(let text)?:
            guard allowed.contains(text) else {
                throw ServerError.invalidValue(param, "Invalid value: '\(text)'. Supported values are: \(list).")
            }
            return text
        case let other?:
            throw ServerError.invalidType(
                param, "Invalid type for '\(param)': expected one of \(list), but got \(other.typeName) instead.")
        }
    }

    /// An optional number in `range`, sent as a JSON number or as text (forms).
    private static func number(
        _ value: RequestFields.Value?, param: String, range: ClosedRange<Double>, integer: Bool
    ) throws -> Double? {
        let number: Double?
        switch value {
        case nil, .null?: return nil
        case .text(let text)?:
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            number = Double(text.trimmingCharacters(in: .whitespaces))
        case .number(let value)?: number = value
        default: number = nil
        }
        guard let number, number.isFinite, range.contains(number), !integer || number == number.rounded() else {
            let kind = integer ? "an integer" : "a number"
            throw ServerError.invalidValue(
                param, "Invalid '\(param)': expected \(kind) between \(range.lowerBound) and \(range.upperBound).")
        }
        return number
    }

    /// `'4', '8', or '12'`.
    static func spoken(_ values: [String]) -> String {
        let quoted = values.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + ", or " + (quoted.last ?? "")
    }

    private static func inputReference(_ value: RequestFields.Value?, configuration: ServerConfiguration) throws
        -> (bytes: [UInt8], format: ReferenceImage.Format)?
    {
        let bytes: [UInt8]
        switch value {
        case nil, .null?: return nil
        case .file(let file)?: bytes = file.bytes
        case .object(let object)?:
            if case .text(let url)? = object["image_url"] {
                bytes = try ReferenceImage.decodeDataURL(url)
            } else if object["file_id"] != nil {
                throw ServerError.invalidValue(
                    "input_reference", "input_reference.file_id is not supported by this server; upload the image "
                        + "as a file or send input_reference.image_url as a base64 data URL.")
            } else {
                throw ServerError.invalidValue(
                    "input_reference", "input_reference must be a file, or an object with image_url or file_id.")
            }
        case let other?:
            throw ServerError.invalidType(
                "input_reference",
                "Invalid type for 'input_reference': expected a file, but got \(other.typeName) instead.")
        }
        guard !bytes.isEmpty else { throw ServerError.invalidValue("input_reference", "The input_reference image is empty.") }
        guard bytes.count <= configuration.maxImageBytes else {
            throw ServerError(
                status: .badRequest,
                message: "The input_reference image is \(bytes.count) bytes; the limit is \(configuration.maxImageBytes).",
                param: "input_reference", code: "image_too_large")
        }
        guard let format = ReferenceImage.sniff(bytes) else {
            throw ServerError(
                status: .badRequest, message: "The input_reference must be a PNG, JPEG or WebP image.",
                param: "input_reference", code: "invalid_image_format")
        }
        return (bytes, format)
    }
}

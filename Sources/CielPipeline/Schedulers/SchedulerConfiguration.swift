import Foundation

/// A scheduler configuration as stored in a diffusers folder's `scheduler/scheduler_config.json`.
///
/// `_class_name` selects the scheduler; keys Ciel does not know are ignored, and keys that are missing take
/// diffusers' defaults. Settings that would change the numbers in ways Ciel does not implement are rejected
/// when the scheduler is made, with a message naming the key.
public enum SchedulerConfiguration: Sendable, Hashable {
    /// `UniPCMultistepScheduler`.
    case uniPCMultistep(UniPCMultistepConfiguration)
    /// `FlowMatchEulerDiscreteScheduler`.
    case flowMatchEulerDiscrete(FlowMatchEulerDiscreteConfiguration)

    private struct ClassName: Decodable {
        let className: String?
        enum CodingKeys: String, CodingKey { case className = "_class_name" }
    }

    /// Decodes a configuration from the bytes of `scheduler_config.json`.
    /// - Throws: `SchedulerError` (`.invalidConfiguration`) for malformed JSON or a missing `_class_name`,
    ///   (`.unsupported`) for a scheduler class Ciel does not implement.
    public init(json data: Data) throws {
        let decoder = JSONDecoder()
        let className: String
        do {
            guard let name = try decoder.decode(ClassName.self, from: data).className else {
                throw SchedulerError(.invalidConfiguration, "scheduler_config.json has no \"_class_name\"")
            }
            className = name
        } catch let error as SchedulerError {
            throw error
        } catch {
            throw SchedulerError(.invalidConfiguration, "scheduler_config.json is not a JSON object", cause: error)
        }
        do {
            switch className {
            case "UniPCMultistepScheduler":
                self = .uniPCMultistep(try decoder.decode(UniPCMultistepConfiguration.self, from: data))
            case "FlowMatchEulerDiscreteScheduler":
                self = .flowMatchEulerDiscrete(try decoder.decode(FlowMatchEulerDiscreteConfiguration.self, from: data))
            default:
                throw SchedulerError(
                    .unsupported,
                    "scheduler \"\(className)\" is not supported; use UniPCMultistepScheduler or "
                        + "FlowMatchEulerDiscreteScheduler"
                )
            }
        } catch let error as SchedulerError {
            throw error
        } catch {
            throw SchedulerError(.invalidConfiguration, "cannot decode \(className) configuration", cause: error)
        }
    }

    /// Reads and decodes `scheduler_config.json` from a file.
    /// - Throws: `SchedulerError` if the file cannot be read or decoded.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SchedulerError(.invalidConfiguration, "cannot read \(url.path)", cause: error)
        }
        try self.init(json: data)
    }

    /// Makes a scheduler with `stepCount` steps.
    /// - Throws: `SchedulerError` for unsupported settings or a step count below 1.
    public func makeScheduler(stepCount: Int) throws -> any Scheduler {
        switch self {
        case .uniPCMultistep(let configuration):
            return try UniPCMultistepScheduler(configuration: configuration, stepCount: stepCount)
        case .flowMatchEulerDiscrete(let configuration):
            return try FlowMatchEulerDiscreteScheduler(configuration: configuration, stepCount: stepCount)
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a value if the key is present and not null, else returns `fallback`.
    func value<T: Decodable>(_ key: Key, default fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}

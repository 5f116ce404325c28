import CielTensor
import Foundation

/// All tensors of one model component (one folder: single file, or shards listed by `*.index.json`), with
/// bookkeeping of which were consumed so a loader can prove every checkpoint tensor was used.
public final class WeightStore: @unchecked Sendable {
    private let files: [SafetensorsFile]
    private let location: [String: Int]
    private let memory: [String: Tensor]
    private var consumed: Set<String> = []
    private let lock = NSLock()
    /// Name of the folder, for messages.
    public let name: String

    /// Every tensor name in the checkpoint.
    public var names: [String] { Array(location.keys).sorted() }

    /// Opens the safetensors weights in `directory`: `*.safetensors.index.json` shards when present, otherwise the
    /// single `*.safetensors` file.
    /// - Throws: `WeightsError` when there are no weights, a shard is missing, or a file is malformed.
    public init(directory: URL) throws {
        name = directory.lastPathComponent
        let fm = FileManager.default
        guard let listing = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw WeightsError("cannot read folder \(directory.path)")
        }
        var files: [SafetensorsFile] = []
        var location: [String: Int] = [:]
        if let index = listing.filter({ $0.hasSuffix(".safetensors.index.json") }).sorted().first {
            let indexURL = directory.appendingPathComponent(index)
            guard let data = try? Data(contentsOf: indexURL),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let map = json["weight_map"] as? [String: String]
            else { throw WeightsError("\(index) in \(directory.path) is malformed (no weight_map)") }
            let shardNames = Array(Set(map.values)).sorted()
            var shardIndex: [String: Int] = [:]
            for shard in shardNames {
                let url = directory.appendingPathComponent(shard)
                guard fm.fileExists(atPath: url.path) else {
                    throw WeightsError("shard \(shard) listed in \(index) is missing from \(directory.path)")
                }
                shardIndex[shard] = files.count
                files.append(try SafetensorsFile(url: url))
            }
            for (tensor, shard) in map {
                guard let i = shardIndex[shard], files[i].entries[tensor] != nil else {
                    throw WeightsError("\(index) says \(tensor) is in \(shard), but it is not there")
                }
                location[tensor] = i
            }
        } else {
            let singles = listing.filter { $0.hasSuffix(".safetensors") }.sorted()
            guard !singles.isEmpty else { throw WeightsError("no .safetensors weights in \(directory.path)") }
            for file in singles {
                let f = try SafetensorsFile(url: directory.appendingPathComponent(file))
                for key in f.entries.keys { location[key] = files.count }
                files.append(f)
            }
        }
        self.files = files
        self.location = location
        memory = [:]
    }

    /// A store over tensors already in memory (for benchmarks with random weights and for tests).
    public init(tensors: [String: Tensor], name: String = "memory") {
        self.name = name
        files = []
        location = Dictionary(uniqueKeysWithValues: tensors.keys.map { ($0, -1) })
        memory = tensors
    }

    /// Shape of tensor `key`, or nil when absent.
    public func shape(of key: String) -> [Int]? {
        if let t = memory[key] { return t.shape }
        return location[key].flatMap { files[$0].entries[key]?.shape }
    }

    /// Whether the checkpoint has tensor `key`.
    public func contains(_ key: String) -> Bool { location[key] != nil }

    /// Tensor `key` (borrowing the memory map), checked against `shape` when given; marks it consumed.
    /// - Throws: `WeightsError` naming the tensor when it is missing or has another shape.
    public func tensor(_ key: String, shape: [Int]? = nil) throws -> Tensor {
        guard let i = location[key] else { throw WeightsError("\(name): checkpoint has no tensor \(key)") }
        let t = i < 0 ? memory[key]! : try files[i].tensor(key)
        if let shape, t.shape != shape {
            throw WeightsError("\(name): tensor \(key) has shape \(t.shape), expected \(shape)")
        }
        lock.lock()
        consumed.insert(key)
        lock.unlock()
        return t
    }

    /// Tensor names that no loader has asked for.
    public var unusedNames: [String] {
        lock.lock()
        defer { lock.unlock() }
        return location.keys.filter { !consumed.contains($0) }.sorted()
    }

    /// Throws when some checkpoint tensors were never consumed (ignoring names matched by `ignoring`).
    public func verifyAllConsumed(ignoring: (String) -> Bool = { _ in false }) throws {
        let unused = unusedNames.filter { !ignoring($0) }
        guard unused.isEmpty else {
            let list = unused.prefix(8).joined(separator: ", ")
            throw WeightsError("\(name): \(unused.count) checkpoint tensors were not used by the model: \(list)\(unused.count > 8 ? ", …" : "")")
        }
    }

    /// Releases the pages of every file (the values are re-read from disk if used again).
    public func releaseMemory() { files.forEach { $0.releaseAll() } }

    /// Releases the pages of tensor `key`.
    public func release(_ key: String) {
        if let i = location[key], i >= 0 { files[i].release(key) }
    }
}

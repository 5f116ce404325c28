import CielTensor
import Foundation

/// One `.safetensors` file, memory-mapped. Tensors borrow the mapping (no copy).
///
/// Format: 8-byte little-endian header length N, N bytes of JSON `{name: {dtype, shape, data_offsets: [begin, end]},
/// "__metadata__": {...}}`, then the data. Every header entry is validated against the file size and dtype.
public final class SafetensorsFile: @unchecked Sendable {
    /// Where a tensor lives in the file.
    public struct Entry: Sendable, Hashable {
        public var dtype: DType
        public var shape: [Int]
        /// Absolute byte range in the file.
        public var range: Range<Int>
    }

    public let url: URL
    public let entries: [String: Entry]
    public let metadata: [String: String]
    /// Integer buffers models never read as weights (BERT's `position_ids`), name → dtype: size-checked, then skipped.
    public let skippedEntries: [String: String]
    let file: MemoryMappedFile

    /// Opens and validates `url`.
    /// - Throws: `WeightsError` for a missing, truncated or malformed file, naming the file and the problem.
    public init(url: URL) throws {
        self.url = url
        file = try MemoryMappedFile(path: url.path)
        let name = url.lastPathComponent
        guard file.size >= 8 else { throw WeightsError("\(name) is truncated: \(file.size) bytes, no header") }
        let headerLength = Int(file.base.loadUnaligned(as: UInt64.self).littleEndian)
        guard headerLength > 1, headerLength <= 100_000_000, 8 + headerLength <= file.size else {
            throw WeightsError("\(name) is truncated or not a safetensors file (header length \(headerLength), file size \(file.size))")
        }
        let headerData = Data(bytes: file.base + 8, count: headerLength)
        guard let json = try? JSONSerialization.jsonObject(with: headerData) as? [String: Any] else {
            throw WeightsError("\(name) has a malformed header (not a JSON object)")
        }
        let dataStart = 8 + headerLength
        var entries: [String: Entry] = [:]
        var metadata: [String: String] = [:]
        var skipped: [String: String] = [:]
        for (key, value) in json {
            if key == "__metadata__" {
                for (k, v) in (value as? [String: Any]) ?? [:] { metadata[k] = v as? String }
                continue
            }
            guard let info = value as? [String: Any], let dtypeName = info["dtype"] as? String,
                let shape = info["shape"] as? [Int], let offsets = info["data_offsets"] as? [Int], offsets.count == 2
            else { throw WeightsError("\(name): tensor \(key) has a malformed header entry") }
            let dtype = DType(rawValue: dtypeName)
            guard let byteSize = dtype?.byteSize ?? Self.integerByteSizes[dtypeName] else {
                throw WeightsError("\(name): tensor \(key) has dtype \(dtypeName); supported: F32, BF16, F16")
            }
            guard shape.allSatisfy({ $0 >= 0 }) else { throw WeightsError("\(name): tensor \(key) has a negative dimension") }
            let begin = dataStart + offsets[0], end = dataStart + offsets[1]
            let expected = shape.reduce(1, *) * byteSize
            guard offsets[0] >= 0, end >= begin, end - begin == expected else {
                throw WeightsError("\(name): tensor \(key) spans \(offsets[1] - offsets[0]) bytes, shape \(shape) \(dtypeName) needs \(expected)")
            }
            guard end <= file.size else {
                throw WeightsError("\(name) is truncated: tensor \(key) ends at byte \(end), file has \(file.size)")
            }
            if let dtype {
                entries[key] = Entry(dtype: dtype, shape: shape, range: begin..<end)
            } else {
                skipped[key] = dtypeName
            }
        }
        self.entries = entries
        self.metadata = metadata
        skippedEntries = skipped
    }

    /// Byte sizes of the integer dtypes that are skipped rather than refused.
    static let integerByteSizes: [String: Int] = ["I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1]

    /// The tensor `name`, borrowing the memory map (stored dtype kept).
    public func tensor(_ name: String) throws -> Tensor {
        guard let entry = entries[name] else { throw WeightsError("\(url.lastPathComponent) has no tensor \(name)") }
        let storage = TensorStorage(borrowing: file.base + entry.range.lowerBound, byteCount: entry.range.count, owner: file)
        return try Tensor(shape: entry.shape, dtype: entry.dtype, borrowing: storage)
    }

    /// Drops the pages of tensor `name` from memory (after its values were copied or used).
    public func release(_ name: String) {
        if let entry = entries[name] { file.release(entry.range) }
    }

    /// Drops every page of the file from memory.
    public func releaseAll() { file.releaseAll() }
}

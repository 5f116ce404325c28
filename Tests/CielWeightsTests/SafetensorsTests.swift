import CielTensor
import Foundation
import Testing

@testable import CielWeights

/// Builds safetensors files byte by byte, so each test controls exactly what is on disk.
enum SafetensorsBuilder {
    struct Entry {
        var name: String
        var dtype: String
        var shape: [Int]
        var bytes: [UInt8]
    }

    static func data(_ entries: [Entry], headerOverride: String? = nil) -> Data {
        var offset = 0
        var header: [String] = []
        for e in entries {
            let shape = e.shape.map(String.init).joined(separator: ",")
            header.append("\"\(e.name)\":{\"dtype\":\"\(e.dtype)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + e.bytes.count)]}")
            offset += e.bytes.count
        }
        let json = headerOverride ?? "{" + header.joined(separator: ",") + "}"
        var data = Data()
        var length = UInt64(json.utf8.count).littleEndian
        withUnsafeBytes(of: &length) { data.append(contentsOf: $0) }
        data.append(Data(json.utf8))
        for e in entries { data.append(contentsOf: e.bytes) }
        return data
    }

    static func f32(_ values: [Float]) -> [UInt8] { values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian) { Array($0) } } }
    static func u16(_ values: [UInt16]) -> [UInt8] { values.flatMap { withUnsafeBytes(of: $0.littleEndian) { Array($0) } } }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ciel-st-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite struct SafetensorsTests {
    typealias B = SafetensorsBuilder

    @Test func readsF32BF16AndF16() throws {
        let dir = try B.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // bf16 0x3FC0 = 1.5, 0xC000 = -2; f16 0x3C00 = 1, 0xB800 = -0.5.
        let file = dir.appendingPathComponent("w.safetensors")
        try B.data([
            .init(name: "a", dtype: "F32", shape: [2, 2], bytes: B.f32([1, 2, 3, 4])),
            .init(name: "b", dtype: "BF16", shape: [2], bytes: B.u16([0x3FC0, 0xC000])),
            .init(name: "c", dtype: "F16", shape: [2], bytes: B.u16([0x3C00, 0xB800])),
        ]).write(to: file)
        let st = try SafetensorsFile(url: file)
        #expect(try st.tensor("a").scalars == [1, 2, 3, 4])
        #expect(try st.tensor("a").shape == [2, 2])
        #expect(try st.tensor("b").dtype == .bfloat16)
        #expect(try st.tensor("b").scalars == [1.5, -2])
        #expect(try st.tensor("c").scalars == [1, -0.5])
    }

    @Test func truncatedFileGivesAClearError() throws {
        let dir = try B.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = B.data([.init(name: "a", dtype: "F32", shape: [4], bytes: B.f32([1, 2, 3, 4]))])
        let file = dir.appendingPathComponent("t.safetensors")
        try full.prefix(full.count - 3).write(to: file)
        do {
            _ = try SafetensorsFile(url: file)
            Issue.record("a truncated file must be refused")
        } catch let error as WeightsError {
            #expect(error.message.contains("truncated"))
            #expect(error.message.contains("t.safetensors"))
        }
        try Data([1, 2, 3]).write(to: file)
        #expect(throws: WeightsError.self) { _ = try SafetensorsFile(url: file) }
    }

    @Test(arguments: [
        "not json at all", "[1,2,3]",
        #"{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,8]}}"#,  // shape needs 16 bytes
        #"{"a":{"dtype":"C64","shape":[2],"data_offsets":[0,16]}}"#,  // unsupported dtype
        #"{"a":{"dtype":"I64","shape":[3],"data_offsets":[0,16]}}"#,  // integer buffer of the wrong size
        #"{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,16]}}"#,
    ])
    func malformedHeadersAreRefused(header: String) throws {
        let dir = try B.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("m.safetensors")
        try B.data([.init(name: "a", dtype: "F32", shape: [4], bytes: B.f32([1, 2, 3, 4]))], headerOverride: header)
            .write(to: file)
        #expect(throws: WeightsError.self) { _ = try SafetensorsFile(url: file) }
    }

    @Test func integerBuffersAreSkippedNotRefused() throws {
        let dir = try B.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("m.safetensors")
        try B.data([.init(name: "a", dtype: "F32", shape: [4], bytes: B.f32([1, 2, 3, 4]))],
                   headerOverride: #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"ids":{"dtype":"I64","shape":[1],"data_offsets":[8,16]}}"#)
            .write(to: file)
        let opened = try SafetensorsFile(url: file)
        #expect(opened.skippedEntries == ["ids": "I64"])
        #expect(opened.entries.keys.sorted() == ["a"])
        #expect(try opened.tensor("a").scalars == [1, 2])
    }

    @Test func shardedCheckpointsAreFollowedThroughTheIndex() throws {
        let dir = try B.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try B.data([.init(name: "x.weight", dtype: "F32", shape: [2], bytes: B.f32([1, 2]))])
            .write(to: dir.appendingPathComponent("model-00001-of-00002.safetensors"))
        try B.data([.init(name: "y.weight", dtype: "F32", shape: [1], bytes: B.f32([3]))])
            .write(to: dir.appendingPathComponent("model-00002-of-00002.safetensors"))
        let index = #"{"metadata":{},"weight_map":{"x.weight":"model-00001-of-00002.safetensors","y.weight":"model-00002-of-00002.safetensors"}}"#
        try Data(index.utf8).write(to: dir.appendingPathComponent("model.safetensors.index.json"))
        let store = try WeightStore(directory: dir)
        #expect(store.names == ["x.weight", "y.weight"])
        #expect(try store.tensor("y.weight", shape: [1]).scalars == [3])
        #expect(store.unusedNames == ["x.weight"])
        #expect(throws: WeightsError.self) { try store.verifyAllConsumed() }
        #expect(throws: WeightsError.self) { _ = try store.tensor("x.weight", shape: [3]) }
        _ = try store.tensor("x.weight")
        try store.verifyAllConsumed()

        try FileManager.default.removeItem(at: dir.appendingPathComponent("model-00002-of-00002.safetensors"))
        do {
            _ = try WeightStore(directory: dir)
            Issue.record("a missing shard must be refused")
        } catch let error as WeightsError {
            #expect(error.message.contains("model-00002-of-00002.safetensors"))
        }
    }
}

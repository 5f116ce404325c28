import Foundation
import Testing

@testable import CielMedia

@Suite struct BMFFTests {
    static func sample() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: MediaTestSupport.root.appendingPathComponent("Fixtures/c2pa/sample_unsigned.mp4")))
    }

    @Test func readsTopLevelAndNestedBoxes() throws {
        let file = try Self.sample()
        let top = try BMFF.boxes(in: file)
        #expect(top.map(\.type) == ["ftyp", "free", "mdat", "moov"])
        #expect(top.last?.range.upperBound == file.count)
        let stco = try BMFF.find("moov/trak/mdia/minf/stbl/stco", in: file)
        #expect(stco.count == 1)
    }

    @Test func insertingAfterFtypShiftsChunkOffsets() throws {
        let file = try Self.sample()
        let box: [UInt8] = [0, 0, 0, 16] + Array("free".utf8) + [UInt8](repeating: 9, count: 8)
        let (edited, offset) = try BMFF.insert(box, afterFtypIn: file)
        #expect(offset == 32)
        #expect(edited.count == file.count + 16)
        #expect(try BMFF.boxes(in: edited).map(\.type) == ["ftyp", "free", "free", "mdat", "moov"])
        let before = try chunkOffsets(file)
        let after = try chunkOffsets(edited)
        #expect(after == before.map { $0 + 16 })
        // Replacing the inserted box with a larger one shifts by the difference only.
        let inserted = try BMFF.boxes(in: edited)[1]
        let bigger: [UInt8] = [0, 0, 0, 24] + Array("free".utf8) + [UInt8](repeating: 1, count: 16)
        let (replaced, _) = try BMFF.insert(bigger, afterFtypIn: edited, replacing: inserted)
        #expect(try chunkOffsets(replaced) == before.map { $0 + 24 })
    }

    @Test(.enabled(if: MediaTestSupport.hasFFmpeg, "needs ffmpeg"))
    func insertedFileStillDecodesIdentically() throws {
        let file = try Self.sample()
        let box: [UInt8] = [0, 0, 0, 100] + Array("free".utf8) + [UInt8](repeating: 0, count: 92)
        let (edited, _) = try BMFF.insert(box, afterFtypIn: file)
        let folder = try MediaTestSupport.temporaryDirectory()
        let a = folder.appendingPathComponent("a.mp4")
        let b = folder.appendingPathComponent("b.mp4")
        try Data(file).write(to: a)
        try Data(edited).write(to: b)
        let ffmpeg = try FFmpeg()
        let md5 = { (url: URL) in try ffmpeg.run(["-v", "error", "-i", url.path, "-f", "framemd5", "-"]) }
        #expect(try md5(a) == md5(b))
    }

    @Test func co64OffsetsAreShiftedToo() throws {
        func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
            let size = UInt32(payload.count + 8)
            return [UInt8(size >> 24), UInt8(size >> 16 & 0xff), UInt8(size >> 8 & 0xff), UInt8(size & 0xff)]
                + Array(type.utf8) + payload
        }
        let co64 = box("co64", [0, 0, 0, 0, 0, 0, 0, 2] + [0, 0, 0, 0, 0, 0, 0, 40] + [0, 0, 0, 1, 0, 0, 0, 0])
        let moov = box("moov", box("trak", box("mdia", box("minf", box("stbl", co64)))))
        let file = box("ftyp", Array("isom".utf8) + [0, 0, 2, 0]) + box("mdat", [1, 2, 3]) + moov
        let (edited, _) = try BMFF.insert(box("free", []), afterFtypIn: file)
        let table = try #require(try BMFF.find("moov/trak/mdia/minf/stbl/co64", in: edited).first)
        let start = table.payloadRange.lowerBound + 8
        #expect(BMFF.readUInt64(edited, start) == 48)
        #expect(BMFF.readUInt64(edited, start + 8) == 0x1_0000_0008)
    }

    @Test func malformedFilesAreRejected() throws {
        #expect(throws: MediaError.self) { try BMFF.boxes(in: [0, 0, 0, 200] + Array("moov".utf8)) }
        #expect(throws: MediaError.self) { try BMFF.boxes(in: [0, 0]) }
        #expect(throws: MediaError.self) { try BMFF.insert([], afterFtypIn: [0, 0, 0, 8] + Array("moov".utf8)) }
    }

    private func chunkOffsets(_ file: [UInt8]) throws -> [Int] {
        let stco = try #require(try BMFF.find("moov/trak/mdia/minf/stbl/stco", in: file).first)
        let start = stco.payloadRange.lowerBound
        let count = Int(BMFF.readUInt32(file, start + 4))
        return (0..<count).map { Int(BMFF.readUInt32(file, start + 8 + 4 * $0)) }
    }
}

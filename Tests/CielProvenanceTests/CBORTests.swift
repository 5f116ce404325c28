import Testing

@testable import CielProvenance

@Suite struct CBORTests {
    // Vectors from RFC 8949 Appendix A.
    @Test(
        arguments: [
            (CBOR.int(0), [0x00]), (CBOR.int(23), [0x17]), (CBOR.int(24), [0x18, 0x18]),
            (CBOR.int(1000), [0x19, 0x03, 0xe8]),
            (CBOR.int(1_000_000), [0x1a, 0x00, 0x0f, 0x42, 0x40]), (CBOR.int(-1), [0x20]), (CBOR.int(-7), [0x26]),
            (CBOR.int(-1000), [0x39, 0x03, 0xe7]), (CBOR.text("IETF"), [0x64, 0x49, 0x45, 0x54, 0x46]),
            (CBOR.bytes([1, 2, 3, 4]), [0x44, 1, 2, 3, 4]), (CBOR.null, [0xf6]), (CBOR.bool(true), [0xf5]),
            (CBOR.array([.int(1), .array([.int(2), .int(3)])]), [0x82, 0x01, 0x82, 0x02, 0x03]),
            (CBOR.map([(.text("a"), .int(1))]), [0xa1, 0x61, 0x61, 0x01]),
            (CBOR.tagged(18, .array([])), [0xd2, 0x80]),
        ] as [(CBOR, [UInt8])])
    func encodesAndDecodesRFCVectors(item: CBOR, bytes: [UInt8]) throws {
        #expect(item.encoded() == bytes)
        #expect(try CBORDecoder.decode(bytes) == item)
    }

    @Test func decodesIndefiniteLengthAndFloats() throws {
        // [_ 1, [2, 3]] and {_ "a": 1}, 1.5 as half float, 100000.0 as single.
        #expect(
            try CBORDecoder.decode([0x9f, 0x01, 0x82, 0x02, 0x03, 0xff])
                == .array([.int(1), .array([.int(2), .int(3)])]))
        #expect(try CBORDecoder.decode([0xbf, 0x61, 0x61, 0x01, 0xff]) == .map([(.text("a"), .int(1))]))
        #expect(try CBORDecoder.decode([0xf9, 0x3e, 0x00]) == .double(1.5))
        #expect(try CBORDecoder.decode([0xfa, 0x47, 0xc3, 0x50, 0x00]) == .double(100000))
    }

    @Test func rejectsTruncatedAndTrailingData() {
        #expect(throws: ProvenanceError.self) { try CBORDecoder.decode([0x64, 0x49, 0x45]) }
        #expect(throws: ProvenanceError.self) { try CBORDecoder.decode([0x01, 0x02]) }
        #expect(throws: ProvenanceError.self) {
            try CBORDecoder.decode([0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
        }
        #expect(throws: ProvenanceError.self) { try CBORDecoder.decode([UInt8](repeating: 0x81, count: 100) + [0]) }
    }
}

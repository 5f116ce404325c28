import Foundation
import Testing

@testable import CielModels

/// Token ids against transformers' `T5Tokenizer` on a tiny trained SentencePiece model.
/// Fixtures: `tools/fixturelib/small_refs_tokenizer.py`; regenerate with
/// `python tools/fixturelib/small_refs.py Fixtures/engine/small`.
@Suite("UnigramTokenizer")
struct TokenizerTests {
    struct Cases: Decodable {
        struct Case: Decodable {
            let text: String
            let ids: [Int32]
            let length: Int
            let byte_fallback_ids: [Int32]
            let hub_style_t5_ids: [Int32]
            let normalized: String
            let pieces: [String]
            let hub_style_as_written_ids: [Int32]
        }
        let pad_id: Int32
        let eos_id: Int32
        struct RandomCase: Decodable {
            let text: String
            let ids: [Int32]
            let byte_fallback_ids: [Int32]
        }
        let cases: [Case]
        let random_cases: [RandomCase]
    }

    static func fixtureURL(_ name: String) throws -> URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            guard directory.path != "/" else {
                throw TokenizerError(.missingFile, "no Package.swift above \(#filePath)")
            }
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("Fixtures/engine/small").appendingPathComponent(name)
    }

    static func cases() throws -> Cases {
        try JSONDecoder().decode(Cases.self, from: Data(contentsOf: fixtureURL("tokenizer_cases.json")))
    }

    static func check(_ tokenizer: UnigramTokenizer, _ fixture: Cases) {
        for testCase in fixture.cases {
            let encoded = tokenizer.encode(testCase.text, maxLength: 512, truncation: true)
            let expected = testCase.ids + [Int32](repeating: fixture.pad_id, count: 512 - testCase.ids.count)
            #expect(encoded.ids == expected, "ids of \(testCase.text.debugDescription)")
            #expect(encoded.length == testCase.length, "length of \(testCase.text.debugDescription)")
            #expect(encoded.attentionMask.count == 512)
            #expect(encoded.attentionMask.prefix(testCase.length).allSatisfy { $0 == 1 })
        }
    }

    @Test("tokenizer.json gives transformers' ids, padded and truncated to 512")
    func tokenizerJSON() throws {
        let tokenizer = try UnigramTokenizer.load(directory: try Self.fixtureURL("tokenizer"))
        let fixture = try Self.cases()
        #expect(fixture.cases.count >= 20)
        #expect(tokenizer.padID == fixture.pad_id)
        Self.check(tokenizer, fixture)
    }

    @Test("the precompiled charsmap and pre-tokenizer give HF's strings")
    func normalization() throws {
        let tokenizer = try UnigramTokenizer.load(directory: try Self.fixtureURL("tokenizer"))
        let normalizer = try #require(tokenizer.normalizer)
        let preTokenizer = try #require(tokenizer.preTokenizer)
        for testCase in try Self.cases().cases {
            let normalized = normalizer.apply(testCase.text)
            #expect(Array(normalized.unicodeScalars) == Array(testCase.normalized.unicodeScalars), "\(testCase.text)")
            let pieces = preTokenizer.apply([PreTokenizer.Piece(text: normalized, atInputStart: true)]).map(\.text)
            #expect(pieces.map { Array($0.unicodeScalars) } == testCase.pieces.map { Array($0.unicodeScalars) })
        }
    }

    @Test("300 seeded random strings over a mixed alphabet give T5Tokenizer's ids")
    func randomStrings() throws {
        let tokenizer = try UnigramTokenizer.load(directory: try Self.fixtureURL("tokenizer"))
        let fixture = try Self.cases()
        #expect(fixture.random_cases.count == 300)
        for testCase in fixture.random_cases {
            let ids = Array(tokenizer.encode(testCase.text).ids.prefix(testCase.ids.count + 1))
            #expect(ids == testCase.ids + [fixture.pad_id], "\(testCase.text.debugDescription)")
        }
    }

    @Test("a bare spiece.model gives the same ids")
    func sentencePieceModel() throws {
        let data = try Data(contentsOf: try Self.fixtureURL("tokenizer_spm/spiece.model"))
        let tokenizer = try UnigramTokenizer(sentencePieceModel: data, extraIDCount: 10)
        Self.check(tokenizer, try Self.cases())
    }

    @Test("byte fallback splits unknown characters into <0xXX> pieces like HF tokenizers")
    func byteFallback() throws {
        // tokenizer/tokenizer.json with model.byte_fallback switched on (as the fixture script does).
        let original = try Data(contentsOf: try Self.fixtureURL("tokenizer/tokenizer.json"))
        var root = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        var model = try #require(root["model"] as? [String: Any])
        model["byte_fallback"] = true
        root["model"] = model
        let tokenizer = try UnigramTokenizer(
            tokenizerJSON: try JSONSerialization.data(withJSONObject: root), interpretation: .asWritten
        )
        let fixture = try Self.cases()
        for testCase in fixture.cases {
            #expect(tokenizer.tokenize(testCase.text) + [1] == testCase.byte_fallback_ids, "\(testCase.text)")
        }
        for testCase in fixture.random_cases {
            let label = testCase.text.debugDescription
            #expect(tokenizer.tokenize(testCase.text) + [1] == testCase.byte_fallback_ids, "\(label)")
        }
    }

    /// tokenizer/tokenizer.json reshaped like the Wan hub files (transformers 4 converter): Strip + Replace after the
    /// charsmap, a bare Metaspace pre-tokenizer. The fixture script builds the same variant from `hub_style`.
    static func hubStyleJSON() throws -> Data {
        let original = try Data(contentsOf: try Self.fixtureURL("tokenizer/tokenizer.json"))
        var root = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        let cases = try Data(contentsOf: try Self.fixtureURL("tokenizer_cases.json"))
        let fixture = try #require(try JSONSerialization.jsonObject(with: cases) as? [String: Any])
        let hubStyle = try #require(fixture["hub_style"] as? [String: Any])
        let extra = try #require((hubStyle["normalizer"] as? [String: Any])?["normalizers"] as? [Any])
        root["normalizer"] = ["type": "Sequence", "normalizers": [try #require(root["normalizer"])] + extra]
        root["pre_tokenizer"] = hubStyle["pre_tokenizer"]
        return try JSONSerialization.data(withJSONObject: root)
    }

    @Test("hub-style tokenizer.json: T5 rebuild matches T5Tokenizer, as-written matches tokenizers")
    func hubStyle() throws {
        let data = try Self.hubStyleJSON()
        let t5 = try UnigramTokenizer(tokenizerJSON: data, interpretation: .t5)
        let asWritten = try UnigramTokenizer(tokenizerJSON: data, interpretation: .asWritten)
        for testCase in try Self.cases().cases {
            let label = testCase.text.debugDescription
            let t5IDs = Array(t5.encode(testCase.text).ids.prefix(testCase.length))
            #expect(t5IDs == testCase.hub_style_t5_ids, "\(label)")
            #expect(asWritten.tokenize(testCase.text) + [1] == testCase.hub_style_as_written_ids, "\(label)")
        }
    }

    @Test("bad or unsupported files give clear errors")
    func errors() throws {
        #expect(throws: TokenizerError.self) {
            try UnigramTokenizer(tokenizerJSON: Data("{".utf8), interpretation: .t5)
        }
        #expect(throws: TokenizerError.self) {
            try UnigramTokenizer(tokenizerJSON: Data(#"{"model":{"type":"BPE","vocab":{}}}"#.utf8), interpretation: .t5)
        }
        let badNormalizer = #"{"model":{"type":"Unigram","unk_id":0,"vocab":[["<unk>",0.0]]},"#
            + #""normalizer":{"type":"BertNormalizer"}}"#
        #expect(throws: TokenizerError.self) {
            try UnigramTokenizer(tokenizerJSON: Data(badNormalizer.utf8), interpretation: .asWritten)
        }
        #expect(throws: TokenizerError.self) { try UnigramTokenizer(sentencePieceModel: Data([0x0a, 0xff])) }
        let spm = try Data(contentsOf: try Self.fixtureURL("tokenizer_spm/spiece.model"))
        #expect(throws: TokenizerError.self) { try UnigramTokenizer(sentencePieceModel: spm.prefix(1000)) }
        #expect(throws: TokenizerError.self) {
            try UnigramTokenizer.load(directory: URL(fileURLWithPath: "/nonexistent/tokenizer"))
        }
    }
}

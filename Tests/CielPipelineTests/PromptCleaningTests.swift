import Foundation
import Testing

@testable import CielPipeline

/// diffusers `prompt_clean` (without ftfy).
/// Fixture: `prompt_clean.json` from `tools/fixturelib/small_refs_tokenizer.py`.
@Suite("PromptCleaning")
struct PromptCleaningTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            let input: String
            let output: String
        }
        let python_whitespace: [UInt32]
        let cases: [Case]
    }

    static func fixture() throws -> Fixture {
        try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: SmallReferenceFixtures.url("prompt_clean.json")))
    }

    @Test("matches Python's html.unescape twice + whitespace clean")
    func cases() throws {
        for testCase in try Self.fixture().cases {
            #expect(PromptCleaning.clean(testCase.input) == testCase.output, "\(testCase.input.debugDescription)")
        }
    }

    @Test("whitespace is exactly Python's str.isspace() set")
    func whitespace() throws {
        let python = Set(try Self.fixture().python_whitespace)
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let label = "U+\(String(value, radix: 16))"
            #expect(PromptCleaning.isPythonWhitespace(scalar) == python.contains(value), "\(label)")
        }
        #expect(python.allSatisfy { $0 <= 0x3000 })
    }
}

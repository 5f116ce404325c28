import Foundation

extension UnigramTokenizer {
    /// How a `tokenizer.json` is turned into a tokenizer.
    public enum JSONInterpretation: Sendable, Hashable {
        /// What transformers 5's `T5Tokenizer` (and `T5TokenizerFast`, its alias) does: keep the vocabulary, the
        /// first `Precompiled` charsmap and the added tokens, and rebuild the rest — normalizer = that charsmap
        /// only, whitespace split + Metaspace (prefix always, split), `unk_id` 2, no byte fallback, `</s>` appended.
        case t5
        /// What the HF tokenizers library does with the file as written (`Tokenizer.from_file`).
        case asWritten
    }

    /// Creates a tokenizer from the bytes of a HF `tokenizer.json` whose model is `Unigram`.
    /// - Parameters:
    ///   - padToken: the padding token's content (`tokenizer_config.json` `pad_token`).
    ///   - interpretation: `.t5` to match transformers' `T5Tokenizer` (diffusers' Wan pipelines), `.asWritten`
    ///     to match `tokenizers.Tokenizer.from_file`.
    /// - Throws: `TokenizerError` for malformed JSON or components Ciel does not implement (named in the message).
    public init(tokenizerJSON data: Data, padToken: String = "<pad>", interpretation: JSONInterpretation) throws {
        let file: TokenizerFile
        do {
            file = try JSONDecoder().decode(TokenizerFile.self, from: data)
        } catch {
            throw TokenizerError(.malformed, "tokenizer.json is not valid JSON of the expected shape", cause: error)
        }
        let root: [String: Any] = [
            "added_tokens": file.addedTokens?.foundationValue as Any,
            "normalizer": file.normalizer?.foundationValue as Any,
            "pre_tokenizer": file.preTokenizer?.foundationValue as Any,
            "post_processor": file.postProcessor?.foundationValue as Any,
        ]
        let added = try Self.parseAddedTokens(root["added_tokens"])
        let model: UnigramModel
        let normalizer: TextNormalizer?
        let preTokenizer: PreTokenizer?
        let prefix: [Int32]
        let suffix: [Int32]
        switch interpretation {
        case .asWritten:
            model = try Self.parseModel(file.model, t5: false)
            normalizer = try Self.parseNormalizer(root["normalizer"])
            preTokenizer = try Self.parsePreTokenizer(root["pre_tokenizer"])
            (prefix, suffix) = try Self.parsePostProcessor(root["post_processor"])
        case .t5:
            model = try Self.parseModel(file.model, t5: true)
            normalizer = try Self.firstPrecompiled(root["normalizer"])
            preTokenizer = .sequence([
                .whitespaceSplit, .metaspace(replacement: "\u{2581}", scheme: .always, split: true),
            ])
            guard let eos = added.first(where: { $0.0 == "</s>" })?.1 ?? model.id(of: "</s>").map(Int32.init) else {
                throw TokenizerError(.malformed, "tokenizer.json has no </s> token")
            }
            (prefix, suffix) = ([], [eos])
        }
        let padID = added.first { $0.0 == padToken }?.1 ?? model.id(of: padToken).map(Int32.init) ?? 0
        self.init(
            normalizer: normalizer, preTokenizer: preTokenizer, model: model, addedTokens: added,
            prefixIDs: prefix, suffixIDs: suffix, padID: padID
        )
    }

    private static func field<T>(_ object: [String: Any], _ key: String, _ context: String) throws -> T {
        guard let value = object[key] as? T else {
            throw TokenizerError(.malformed, "tokenizer.json \(context) has no valid \"\(key)\"")
        }
        return value
    }

    /// The first `Precompiled` normalizer, at the top level or in a `Sequence` (transformers' T5 extraction).
    private static func firstPrecompiled(_ value: Any?) throws -> TextNormalizer? {
        guard let object = value as? [String: Any] else {
            return nil
        }
        let candidates = object["type"] as? String == "Sequence" ? object["normalizers"] as? [Any] ?? [] : [object]
        for case let candidate as [String: Any] in candidates
        where candidate["type"] as? String == "Precompiled" && candidate["precompiled_charsmap"] is String {
            return try parseNormalizer(candidate)
        }
        return nil
    }

    private static func parseModel(_ section: TokenizerFile.Model?, t5: Bool) throws -> UnigramModel {
        guard let section else {
            throw TokenizerError(.malformed, "tokenizer.json has no \"model\" object")
        }
        let type = section.type ?? "?"
        guard type == "Unigram" else {
            throw TokenizerError(.unsupported, "tokenizer model \"\(type)\" is not supported (only Unigram)")
        }
        guard let entries = section.vocabulary else {
            throw TokenizerError(.malformed, "tokenizer.json Unigram model has no \"vocab\"")
        }
        // transformers' T5Tokenizer always rebuilds the model with unk_id 2 and no byte fallback.
        guard let unknownID = t5 ? 2 : section.unknownID else {
            throw TokenizerError(.unsupported, "Unigram models without unk_id are not supported")
        }
        let byteFallback = t5 ? false : section.byteFallback ?? false
        return try UnigramModel(
            vocabulary: entries.map { ($0.piece, $0.score) }, unknownID: unknownID, byteFallback: byteFallback
        )
    }

    private static func parseAddedTokens(_ value: Any?) throws -> [(String, Int32)] {
        guard let list = value as? [[String: Any]] else {
            return []
        }
        return try list.map { token in
            let content: String = try field(token, "content", "added token")
            let id: Int = try field(token, "id", "added token \(content)")
            for flag in ["lstrip", "rstrip", "single_word"] where token[flag] as? Bool == true {
                throw TokenizerError(.unsupported, "added token \(content) uses \(flag), which is not supported")
            }
            if token["normalized"] as? Bool == true, token["special"] as? Bool != true {
                throw TokenizerError(.unsupported, "normalized added token \(content) is not supported")
            }
            return (content, Int32(id))
        }
    }

    static func parseNormalizer(_ value: Any?) throws -> TextNormalizer? {
        guard let object = value as? [String: Any] else {
            return nil
        }
        let type = object["type"] as? String ?? "?"
        switch type {
        case "Precompiled":
            guard let encoded = object["precompiled_charsmap"] as? String else {
                return nil  // HF treats a missing charsmap as the identity.
            }
            guard let blob = Data(base64Encoded: encoded) else {
                throw TokenizerError(.malformed, "Precompiled normalizer's charsmap is not base64")
            }
            return .precompiled(try PrecompiledCharsMap(Array(blob)))
        case "Sequence":
            let steps: [Any] = try field(object, "normalizers", "Sequence normalizer")
            return .sequence(try steps.compactMap { try parseNormalizer($0) })
        case "Replace":
            let pattern: [String: Any] = try field(object, "pattern", "Replace normalizer")
            let content: String = try field(object, "content", "Replace normalizer")
            if let literal = pattern["String"] as? String {
                return .replaceLiteral(literal, content)
            }
            if let regex = pattern["Regex"] as? String {
                do {
                    let compiled = try NSRegularExpression(pattern: regex)
                    return .replaceRegex(NSRegularExpressionBox(regex: compiled), content)
                } catch {
                    throw TokenizerError(.unsupported, "Replace normalizer regex \(regex) cannot be compiled")
                }
            }
            throw TokenizerError(.malformed, "Replace normalizer has neither a String nor a Regex pattern")
        case "Strip":
            return .strip(left: object["strip_left"] as? Bool ?? true, right: object["strip_right"] as? Bool ?? true)
        case "NFKC": return .nfkc
        case "NFC": return .nfc
        case "NFD": return .nfd
        case "NFKD": return .nfkd
        case "Lowercase": return .lowercase
        case "Prepend":
            return .prepend(try field(object, "prepend", "Prepend normalizer"))
        default:
            throw TokenizerError(.unsupported, "normalizer \"\(type)\" is not supported")
        }
    }

    static func parsePreTokenizer(_ value: Any?) throws -> PreTokenizer? {
        guard let object = value as? [String: Any] else {
            return nil
        }
        let type = object["type"] as? String ?? "?"
        switch type {
        case "Sequence":
            let steps: [Any] = try field(object, "pretokenizers", "Sequence pre-tokenizer")
            return .sequence(try steps.compactMap { try parsePreTokenizer($0) })
        case "WhitespaceSplit":
            return .whitespaceSplit
        case "Metaspace":
            let replacementText = object["replacement"] as? String ?? "\u{2581}"
            guard replacementText.unicodeScalars.count == 1, let replacement = replacementText.first else {
                throw TokenizerError(.malformed, "Metaspace replacement must be one character")
            }
            let scheme: PreTokenizer.PrependScheme
            if let name = object["prepend_scheme"] as? String {
                guard let parsed = PreTokenizer.PrependScheme(rawValue: name) else {
                    throw TokenizerError(.unsupported, "Metaspace prepend_scheme \"\(name)\" is not supported")
                }
                scheme = parsed
            } else {
                scheme = (object["add_prefix_space"] as? Bool ?? true) ? .always : .never
            }
            return .metaspace(replacement: replacement, scheme: scheme, split: object["split"] as? Bool ?? true)
        default:
            throw TokenizerError(.unsupported, "pre-tokenizer \"\(type)\" is not supported")
        }
    }

    /// The ids a `TemplateProcessing` post-processor puts before and after a single sequence.
    static func parsePostProcessor(_ value: Any?) throws -> (prefix: [Int32], suffix: [Int32]) {
        guard let object = value as? [String: Any] else {
            return ([], [])
        }
        let type = object["type"] as? String ?? "?"
        guard type == "TemplateProcessing" else {
            throw TokenizerError(.unsupported, "post-processor \"\(type)\" is not supported")
        }
        let single: [[String: Any]] = try field(object, "single", "TemplateProcessing")
        let specials = object["special_tokens"] as? [String: [String: Any]] ?? [:]
        var prefix: [Int32] = []
        var suffix: [Int32] = []
        var seenSequence = false
        for item in single {
            if item["Sequence"] != nil {
                seenSequence = true
                continue
            }
            guard let special = item["SpecialToken"] as? [String: Any], let name = special["id"] as? String,
                let ids = specials[name]?["ids"] as? [Int]
            else {
                throw TokenizerError(.malformed, "TemplateProcessing item \(item) is not understood")
            }
            if seenSequence {
                suffix += ids.map(Int32.init)
            } else {
                prefix += ids.map(Int32.init)
            }
        }
        return (prefix, suffix)
    }
}

import ArgumentParser
import CielModels
import CielSafety
import Foundation

/// `ciel moderate`: the prompt policy on standard input, one JSON verdict per line (for operators and evaluation).
struct ModerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moderate",
        abstract: "Check prompts from standard input (one per line) against the moderation policy.",
        discussion: """
            Writes one JSON object per input line, in order: \
            {"verdict":"allow"|"block","category":…,"rule":…} (category and rule are null when allowed). \
            With --bench, prints start-up time and p50/p99 latency per prompt instead.
            """
    )

    @OptionGroup var moderation: ModerationOptions

    @Flag(help: "Measure latency: moderate every input prompt --repeats times and print p50/p99.")
    var bench = false

    @Option(help: "With --bench: passes over the input.")
    var repeats = 20

    @Flag(help: .hidden)
    var printNormalized = false

    @Flag(help: .hidden)
    var explain = false

    @Flag(help: .hidden)
    var withoutConceptRules = false

    @Flag(help: .hidden)
    var withClassifier = false

    @Flag(help: .hidden)
    var withoutClassifier = false

    @Flag(help: .hidden)
    var printEmbedding = false

    @Option(help: .hidden)
    var encoderPath: String?

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1.") }
    }

    func run() throws {
        let started = DispatchTime.now()
        var stages = PromptModerator.SemanticStages.all
        if withoutConceptRules { stages.remove(.conceptRules) }
        if withoutClassifier { stages.remove(.classifier) }
        let moderator = try moderation.makeModerator(semanticStages: stages, forceClassifier: withClassifier)
        let encoder = printEmbedding ? try Self.loadComparisonEncoder(encoderPath) : nil
        let startup = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        var prompts: [String] = []
        while let line = readLine(strippingNewline: true) { prompts.append(line) }
        if bench {
            Self.benchmark(moderator, prompts: prompts.isEmpty ? Self.samplePrompts : prompts, repeats: repeats,
                           startupMilliseconds: startup)
            return
        }
        var output = ""
        for prompt in prompts {
            if explain {
                output += Self.jsonLine(moderator.moderate(prompt)) + " " + moderator.explain(prompt) + "\n"
            } else if printEmbedding {
                let values = try encoder?.embed(prompt) ?? []
                output += "[" + values.map { String($0) }.joined(separator: ",") + "]\n"
            } else if printNormalized {
                output += moderator.normalizedText(prompt) + "\n"
            } else {
                output += Self.jsonLine(moderator.moderate(prompt)) + "\n"
            }
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// `{"verdict":"allow","category":null,"rule":null}` or the block's category and rule.
    static func jsonLine(_ verdict: ModerationVerdict) -> String {
        guard let block = verdict.block else { return #"{"verdict":"allow","category":null,"rule":null}"# }
        return #"{"verdict":"block","category":""# + block.category.rawValue + #"","rule":""# + block.rule + #""}"#
    }

    static func benchmark(_ moderator: PromptModerator, prompts: [String], repeats: Int, startupMilliseconds: Double) {
        var samples: [Double] = []
        samples.reserveCapacity(prompts.count * repeats)
        for _ in 0..<repeats {
            for prompt in prompts {
                let start = DispatchTime.now()
                _ = moderator.moderate(prompt)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
            }
        }
        samples.sort()
        func percentile(_ p: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
        print(String(format: "start-up (lexicons, rules, %d public figures): %.1f ms", moderator.publicFigureCount,
                     startupMilliseconds))
        print(String(format: "%d prompts x %d passes: p50 %.3f ms, p99 %.3f ms, max %.3f ms per prompt",
                     prompts.count, repeats, percentile(0.5), percentile(0.99), samples.last ?? 0))
    }

    /// The sentence encoder `tools/moderation/train_classifier.py --report` compares the n-gram classifier with
    /// (`--print-embedding`): all-MiniLM-L6-v2 run by Ciel's engine, installed by
    /// `tools/moderation/install_encoder.sh` into `models/encoders/all-minilm-l6-v2` (or `--encoder-path DIR`).
    static func loadComparisonEncoder(_ path: String?) throws -> BertSentenceEncoder {
        let folder = path.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) }
            ?? CLIEnvironment.modelSearchPaths.map { $0.appendingPathComponent("encoders/all-minilm-l6-v2") }
            .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("model.safetensors").path) }
        guard let folder else {
            throw CielCommandError("no sentence encoder in models/encoders/all-minilm-l6-v2; run tools/moderation/install_encoder.sh or pass --encoder-path DIR")
        }
        do {
            return try BertSentenceEncoder(directory: folder)
        } catch {
            throw CielCommandError("cannot load the sentence encoder in \(folder.path): \(error)")
        }
    }

    /// Prompts timed when standard input is empty.
    static let samplePrompts = [
        "a red circle moving to the right on a black background",
        "un chat qui joue du piano dans un salon ensoleillé, style aquarelle",
        "una mujer caminando por la playa al atardecer con un vestido largo",
        "ein Hund rennt durch den Schnee in den Alpen, Zeitlupe",
        "un gruppo di amici che cucina la pasta in una cucina rustica",
        "um barco navegando no rio ao pôr do sol, câmera lenta",
        "Emmanuel Macron dancing on a table",
        "a n.u.d.e woman on the beach",
    ]
}

/// `--moderation-config PATH`, shared by serve, generate and moderate.
struct ModerationOptions: ParsableArguments {
    @Option(
        name: .customLong("moderation-config"),
        help: ArgumentHelp(
            "JSON file with operator additions to the moderation policy (extra terms, names, stricter thresholds).",
            valueName: "PATH"))
    var configPath: String?

    /// The built-in policy plus the operator's file, if any.
    func makeModerator(
        semanticStages: PromptModerator.SemanticStages = .all, forceClassifier: Bool = false
    ) throws -> PromptModerator {
        do {
            var configuration = ModerationConfiguration()
            if let configPath {
                let url = URL(fileURLWithPath: (configPath as NSString).expandingTildeInPath)
                configuration = try ModerationConfiguration.load(from: url)
            }
            if forceClassifier { configuration.semanticClassifier = true }
            return PromptModerator(configuration: configuration, semanticStages: semanticStages)
        } catch let error as ModerationError {
            throw CielCommandError(error.message)
        }
    }
}

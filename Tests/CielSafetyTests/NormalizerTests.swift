import Testing

@testable import CielSafety

/// Every normalisation step, alone and through `TextNormalizer.normalize`.
@Suite("Normalisation")
struct NormalizerTests {
    let normalizer = TextNormalizer()

    func forms(_ text: String) -> [String] { normalizer.normalize(text).tokens.map(\.form) }

    @Test("NFKC turns fullwidth and styled letters into plain ones")
    func nfkc() {
        #expect(TextNormalizer.fold("ｎｕｄｅ") == "nude")
        #expect(TextNormalizer.fold("𝐧𝐮𝐝𝐞") == "nude")
        #expect(TextNormalizer.fold("ﬁlm") == "film")
    }

    @Test("zero-width, bidi and soft-hyphen characters are removed")
    func invisible() {
        #expect(TextNormalizer.removeInvisible("nu\u{200B}de") == "nude")
        #expect(TextNormalizer.removeInvisible("s\u{200D}e\u{2060}x") == "sex")
        #expect(TextNormalizer.removeInvisible("\u{202E}abc\u{202C}") == "abc")
        #expect(TextNormalizer.removeInvisible("por\u{00AD}no") == "porno")
        #expect(TextNormalizer.removeInvisible("\u{FEFF}x") == "x")
    }

    @Test("case folding, German sharp s included")
    func caseFolding() {
        #expect(TextNormalizer.caseFold("NUDE Straße") == "nude strasse")
        #expect(TextNormalizer.fold("GROẞ") == "gross")
    }

    @Test("Cyrillic and Greek look-alikes fold to Latin")
    func confusables() {
        #expect(TextNormalizer.foldConfusables("nаked") == "naked")  // Cyrillic а
        #expect(TextNormalizer.foldConfusables("рorn") == "porn")  // Cyrillic р
        #expect(TextNormalizer.fold("ΝUDΕ") == "nude")  // Greek capital nu and epsilon
        #expect(TextNormalizer.foldConfusables("сеx") == "cex")  // Cyrillic с is a c, not an s
    }

    @Test("accents and built-in strokes are stripped")
    func accents() {
        #expect(TextNormalizer.stripAccents("déshabillée") == "deshabillee")
        #expect(TextNormalizer.stripAccents("œuvre") == "oeuvre")
        #expect(TextNormalizer.stripAccents("niño") == "nino")
        #expect(TextNormalizer.stripAccents("Łódź") == "Lodz")
        #expect(TextNormalizer.fold("Zürich Ærø") == "zurich aero")
    }

    @Test("leetspeak is undone inside words, numbers stay numbers")
    func leetspeak() {
        #expect(forms("b00bs pr0n $ex n@ked 5tr1pper") == ["boobs", "pron", "sex", "naked", "stripper"])
        #expect(forms("1080 24 2026") == ["1080", "24", "2026"])
        let token = normalizer.normalize("ki11").tokens[0]
        #expect(token.form == "kiii" && token.alternatives == ["kill"])
        #expect(forms("hello!") == ["hello"])
    }

    @Test("letters split by spaces or punctuation are joined")
    func joining() {
        #expect(forms("a n.u.d.e girl") == ["a", "nude", "girl"])
        #expect(forms("s e x scene") == ["sex", "scene"])
        #expect(forms("s. e. x.") == ["sex"])
        #expect(forms("E.l.o.n M.u.s.k") == ["elon", "musk"])
        let split = normalizer.normalize("porn-star").tokens
        #expect(split.map(\.form) == ["porn", "star"] && split[0].glued == "pornstar" && split[0].gluedSpan == 2)
        #expect(forms("il y a") == ["il", "y", "a"])  // two single letters stay apart
    }

    @Test("repeated letters are squeezed as a second form, with evidence of a long run")
    func squeezing() {
        let token = normalizer.normalize("seeeexxxx").tokens[0]
        #expect(token.squeezed == "sex" && token.hadLongRun)
        let ordinary = normalizer.normalize("ass").tokens[0]
        #expect(ordinary.squeezed == "as" && !ordinary.hadLongRun)
    }

    @Test("ages written as numbers are found in six languages", arguments: [
        ("a 14 year old girl", 14), ("a 14yo", 14), ("a 14-year-old", 14), ("une fille de 13 ans", 13),
        ("una niña de 12 años", 12), ("ein 15-jähriges Mädchen", 15), ("una ragazza di 14 anni", 14),
        ("menina de 13 anos", 13), ("aged 16", 16),
    ])
    func ages(text: String, age: Int) {
        #expect(normalizer.normalize(text).ages == [age])
    }

    @Test("durations are not ages")
    func notAges() {
        #expect(normalizer.normalize("a 10 second video of 4 cats").ages.isEmpty)
    }
}

/// Innocent words that contain a blocked word must pass (word-boundary matching).
@Suite("Substring traps")
struct SubstringTrapTests {
    static let moderator = PromptModerator()

    @Test(arguments: [
        "a family vacation in Essex", "the town of Scunthorpe", "scientists analyse the results", "a cockatoo on a branch",
        "a road trip through Sussex and Middlesex", "a therapist listening to a patient", "an assassin's creed cosplay",
        "cumulus clouds over the sea", "a Dickens novel on a desk", "a grape harvest in Bordeaux",
        "the Sexten Dolomites at sunrise", "a glass of wine on a table", "a knight fights a dragon",
        "a plate of macarons", "a cocktail bar", "the classic Penistone railway station", "a shuttlecock in the air",
        "a sextant on a ship's deck", "hancock park in los angeles", "a man analyzing a spreadsheet",
    ])
    func innocent(prompt: String) {
        #expect(Self.moderator.moderate(prompt) == .allow, "\(prompt)")
    }
}

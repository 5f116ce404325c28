import Testing

@testable import CielSafety

@Suite("Public figures")
struct PublicFigureTests {
    static let moderator = PromptModerator()

    func rule(_ prompt: String) -> String? { Self.moderator.moderate(prompt).block?.rule }

    @Test("the built-in list has at least 1,500 distinct people")
    func size() {
        #expect(Self.moderator.publicFigureCount >= 1500)
    }

    @Test("full names and aliases", arguments: [
        "Emmanuel Macron giving a speech", "Donald Trump on a horse", "Taylor Swift on stage", "Kylian Mbappé running",
        "Lionel Messi juggling", "Angela Merkel cooking", "Giorgia Meloni dancing", "Lula dançando samba" ,
        "Pedro Sánchez bailando", "Aya Nakamura chante", "CR7 celebrating", "MrBeast giving away cash",
    ])
    func fullName(prompt: String) {
        #expect(rule(prompt)?.hasPrefix("public_figure.") == true, "\(prompt)")
    }

    @Test("distinctive surnames alone", arguments: [
        "Obama surfing", "Zelensky at the piano", "Mélenchon à la plage", "Bolsonaro na praia", "Zuckerberg as a lizard",
    ])
    func surname(prompt: String) {
        #expect(rule(prompt) == "public_figure.named_surname" || rule(prompt) == "public_figure.named_person",
                "\(prompt)")
    }

    @Test("a surname after another person's given name names someone else", arguments: [
        "Karl Marx writing Das Kapital in London", "Serge Gainsbourg au piano", "Johnny Hallyday sur scène en 1998",
        "Mahatma Gandhi leading the Salt March", "Kaiserin Sisi im Garten",
    ])
    func otherFamilyMember(prompt: String) {
        #expect(rule(prompt) == nil, "\(prompt)")
    }

    @Test("the listed person of that surname is still found", arguments: [
        "Thierry Marx en cuisine", "Charlotte Gainsbourg au cinéma", "Marx cooking in Paris", "Rahul Gandhi speaking",
    ])
    func listedFamilyMember(prompt: String) {
        #expect(rule(prompt)?.hasPrefix("public_figure.") == true, "\(prompt)")
    }

    @Test("misspellings within a bounded edit distance", arguments: [
        "Emanuel Macronn walking", "Barak Obamma drinking coffee", "Leonardo Dicapprio on a yacht",
        "Cristiano Ronaldoo juggling", "Angela Merkell in Berlin", "Volodymir Zelenskyi speaking",
    ])
    func fuzzy(prompt: String) {
        #expect(rule(prompt)?.hasPrefix("public_figure.") == true, "\(prompt)")
    }

    @Test("surnames that are ordinary words do not block alone", arguments: [
        "a glass of wine", "a swift river", "a stone bridge", "a rose garden", "a baby laughing", "un plátano maduro",
        "a knight fights a dragon", "la famille pique-nique", "a grande latte",
    ])
    func ordinaryWords(prompt: String) {
        #expect(Self.moderator.moderate(prompt) == .allow, "\(prompt)")
    }

    @Test("the edit distance is bounded and handles transpositions")
    func editDistance() {
        #expect(EditDistance.distance(Array("macron".utf8), Array("macorn".utf8), limit: 2) == 1)
        #expect(EditDistance.distance(Array("obama".utf8), Array("obamma".utf8), limit: 2) == 1)
        #expect(EditDistance.distance(Array("merkel".utf8), Array("markel".utf8), limit: 2) == 1)
        #expect(EditDistance.distance(Array("abcdef".utf8), Array("uvwxyz".utf8), limit: 2) == 3)
    }
}

/// Look-alike and ligature tables used by `TextNormalizer`.
enum Confusables {
    /// Cyrillic and Greek letters (lower case, as they are after case folding) that render like Latin letters.
    static let latin: [Unicode.Scalar: String] = {
        let pairs: [(String, String)] = [
            // Cyrillic
            ("а", "a"), ("в", "b"), ("е", "e"), ("ё", "e"), ("з", "3"), ("и", "u"), ("і", "i"), ("ї", "i"),
            ("ј", "j"), ("к", "k"), ("м", "m"), ("н", "h"), ("о", "o"), ("р", "p"), ("с", "c"), ("т", "t"),
            ("у", "y"), ("х", "x"), ("ѕ", "s"), ("ԁ", "d"), ("ԛ", "q"), ("ԝ", "w"), ("ɡ", "g"), ("һ", "h"),
            ("ӏ", "l"), ("ь", "b"), ("п", "n"), ("г", "r"), ("л", "n"), ("ц", "u"), ("ш", "w"), ("щ", "w"),
            // Greek
            ("α", "a"), ("β", "b"), ("γ", "y"), ("δ", "d"), ("ε", "e"), ("ζ", "z"), ("η", "n"), ("θ", "o"),
            ("ι", "i"), ("κ", "k"), ("λ", "l"), ("μ", "u"), ("ν", "v"), ("ο", "o"), ("π", "n"), ("ρ", "p"),
            ("σ", "o"), ("τ", "t"), ("υ", "u"), ("φ", "o"), ("χ", "x"), ("ω", "w"), ("ϲ", "c"), ("ϳ", "j"),
            // Capitals, folded before case folding so that Greek Ν reads as N, not as the v its lower case resembles
            ("А", "a"), ("В", "b"), ("Е", "e"), ("К", "k"), ("М", "m"), ("Н", "h"), ("О", "o"), ("Р", "p"),
            ("С", "c"), ("Т", "t"), ("У", "y"), ("Х", "x"), ("Ѕ", "s"), ("І", "i"), ("Ј", "j"), ("Α", "a"),
            ("Β", "b"), ("Ε", "e"), ("Ζ", "z"), ("Η", "h"), ("Ι", "i"), ("Κ", "k"), ("Μ", "m"), ("Ν", "n"),
            ("Ο", "o"), ("Ρ", "p"), ("Τ", "t"), ("Υ", "y"), ("Χ", "x"),
            // Latin look-alikes outside ASCII that NFKC keeps
            ("ı", "i"), ("ȷ", "j"), ("ɑ", "a"), ("ɩ", "i"), ("ɪ", "i"), ("ʀ", "r"), ("ᴀ", "a"), ("ʙ", "b"),
            ("ᴄ", "c"), ("ᴅ", "d"), ("ᴇ", "e"), ("ɢ", "g"), ("ʜ", "h"), ("ᴊ", "j"), ("ᴋ", "k"), ("ʟ", "l"),
            ("ᴍ", "m"), ("ɴ", "n"), ("ᴏ", "o"), ("ᴘ", "p"), ("ꜱ", "s"), ("ᴛ", "t"), ("ᴜ", "u"), ("ᴠ", "v"),
            ("ᴡ", "w"), ("ʏ", "y"), ("ᴢ", "z"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (from, to) in pairs { if let scalar = from.unicodeScalars.first { table[scalar] = to } }
        return table
    }()

    /// Letters that canonical decomposition leaves whole, and their plain spelling.
    static let ligatures: [Unicode.Scalar: String] = {
        let pairs: [(String, String)] = [
            ("œ", "oe"), ("æ", "ae"), ("ø", "o"), ("ł", "l"), ("đ", "d"), ("ð", "d"), ("þ", "th"), ("ħ", "h"),
            ("ŀ", "l"), ("ſ", "s"), ("ƒ", "f"), ("ĳ", "ij"), ("Œ", "OE"), ("Æ", "AE"), ("Ø", "O"), ("Ł", "L"),
            ("Đ", "D"), ("Ð", "D"), ("Þ", "TH"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (from, to) in pairs { if let scalar = from.unicodeScalars.first { table[scalar] = to } }
        return table
    }()
}

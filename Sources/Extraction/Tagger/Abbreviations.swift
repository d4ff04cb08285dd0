/// Words that keep their final dot ("Inc.", "Dr.", "Jan.", "Calif.") and, except after them, dots that end a sentence.
enum Abbreviations {
    /// Lowercased, without the dot. Generic English news abbreviations, not fitted to any data set.
    static let words: Set<String> = [
        // titles
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "rev",
        "st", "jr", "sr", "messrs", "pres", "supt", "det", "insp", "cpl", "pvt", "maj", "hon", "fr", "mme", "mlle",
        // companies and bodies
        "inc", "co", "corp", "ltd", "bros", "cos", "assn", "dept", "univ", "intl", "mfg", "natl",
        // months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // misc
        "vs", "etc", "approx", "est", "no", "nos", "vol", "fig", "ave", "blvd", "rd", "mt", "ft", "pp", "cf", "al",
        // US states in AP style
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo",
    ]

    /// Abbreviations after which a capitalised word does not start a new sentence ("Dr. Smith", "Gen. Motors").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "rev",
        "st", "messrs", "pres", "supt", "det", "insp", "cpl", "pvt", "maj", "hon", "fr", "mme", "mlle", "no", "vs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    ]

    /// Whether `s[a..<b]` (letters only) is a known abbreviation. Lowercase "no", "ill", "mass", "wash", "sun", "mar"
    /// and "miss" are ordinary words, so those need a capital.
    static func contains(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        s.withUnsafeBufferPointer { contains($0, a, b) }
    }

    static func contains(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Bool {
        let length = b - a
        guard length >= 2 && length <= 6 else { return false }
        var word = ""
        for k in a..<b {
            let c = s[k]
            guard c.value < 0x80, isLetter(c) else { return false }
            word.unicodeScalars.append(lowerASCII(c))
        }
        guard words.contains(word) else { return false }
        if ambiguous.contains(word) { return isUpper(s[a]) }
        return true
    }

    static let ambiguous: Set<String> = [
        "no", "ill", "mass", "wash", "sun", "mar", "miss", "est", "al", "fig", "vol", "del", "ind", "la", "mo", "pa",
        "ore", "mon", "sat", "wed", "co", "dec", "gen",
    ]
}

/// "QatarEnergy, the world's biggest LNG seller", "taken over by GameSquare", "funding from OrbiMed": a word written
/// with a capital inside it, joining two words into one, is how modern companies name themselves (KeyCorp, WeWork,
/// SoftBank, ByteDance). No English word, place or person is written so, apart from surnames with a particle
/// ("McCarthy", "DeSantis", "MacDonald"), which are passed over. The tagger, trained on Reuters 1996, saw few such
/// names and leaves many untagged.
extension CombinedOrganizationFinder {
    /// Adds each word of two or more capitalised parts (`isCamelCaseName`) that stands alone: the tagger typed
    /// nothing of it or typed exactly it as a place or a person, no capitalised word runs into it on either side (it is not
    /// part of a longer name: "WoodSpring Suites"), and no possessive stands before it ("Apple's AirPods" is a
    /// company's product).
    static func addingCamelCaseNames(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar], capitals: ArticleCapitals? = nil
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        var k = 0
        let count = scalars.count
        // From capital to capital (`ArticleCapitals`): a word's letters after its capital are passed over whole.
        let capitals = capitals ?? ArticleCapitals(scalars)
        var cursor = 0
        while true {
            k = capitals.stop(atOrAfter: k, cursor: &cursor)
            guard k < count else { break }
            // Word starts only: an ASCII capital after a scalar that is no letter, digit, hyphen or apostrophe.
            let scalar = scalars[k]
            guard scalar.value >= 0x41, scalar.value <= 0x5A,
                k == 0
                    || !(isNameScalar(scalars[k - 1]) || isWordJoiner(scalars[k - 1]) || isAddressMark(scalars[k - 1]))
            else {
                k += 1
                continue
            }
            var end = k + 1
            var innerCapital = false
            while end < count, isASCIILetter(scalars[end]) {
                innerCapital = innerCapital || scalars[end].value <= 0x5A
                end += 1
            }
            defer { k = end }
            // Most capitalised words have no capital inside: they are passed over before anything else is read.
            guard innerCapital, end == count || !(isNameScalar(scalars[end]) || scalars[end] == "-"),
                isCamelCaseName(scalars[k..<end]), standsAlone(k..<end, scalars)
            else { continue }
            let typed = entities.overlapping(k..<end).filter { $0.start < end && k < $0.end }
            // A person's name is never one word with a capital inside (the particles are passed over), so a
            // span typed a person that is exactly the word is the tagger's guess at an unseen firm ("QatarEnergy,
            // the world's biggest LNG seller"); a miscellaneous name of that shape is as often a product or an
            // event ("AirPods", "the last TriNations test").
            guard typed.allSatisfy({ $0.start == k && $0.end == end && $0.label != "MISC" }) else { continue }
            found.append(Mention(start: k, end: end, text: ScalarClass.string(scalars[k..<end])))
        }
        return addingFree(found, to: organizations, regions: regions, length: count)
    }

    /// Whether the letters are two or more parts, each a capital and lowercase letters after it ("Qatar" +
    /// "Energy"), one of them four letters or more (not a table's month pairs: "JulAug"), and the first no
    /// surname's particle ("Mc", "De", `surnameParticles`).
    static func isCamelCaseName(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        guard letters.count >= 5 else { return false }
        // Parts counted as the letters go, without building a list of them.
        var parts = 0
        var firstLength = 0
        var longest = 0
        var length = 0
        var previousLower = false
        for scalar in letters {
            let upper = scalar.value <= 0x5A
            if upper {
                // Two capitals in a row ("NHL", "JPMorgan") is another shape.
                if length > 0 && !previousLower { return false }
                if length > 0 {
                    parts += 1
                    if parts == 1 { firstLength = length }
                    longest = max(longest, length)
                }
                length = 1
            } else {
                length += 1
            }
            previousLower = !upper
        }
        guard previousLower, parts >= 1, max(longest, length) >= 4 else { return false }
        return !surnameParticles.contains(ScalarClass.string(letters.prefix(firstLength)))
    }

    /// Particles that open surnames written with an inner capital ("McCarthy", "DeSantis", "LeBron", "VanDyke").
    static let surnameParticles: Set<String> = [
        "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "Al", "El", "Ben", "Abu",
    ]

    /// Whether no capitalised word stands one space before or after the range, and no possessive ("'s ") before.
    private static func standsAlone(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        let after = range.upperBound
        if after + 1 < s.count, s[after] == " ", ScalarClass.isUppercase(s[after + 1]) { return false }
        let before = range.lowerBound
        guard before >= 2, s[before - 1] == " " else { return true }
        let last = s[before - 2]
        if last == "s", before >= 3, s[before - 3] == "'" || s[before - 3] == "\u{2019}" { return false }
        // The word before: capitalised when its first letter is.
        var k = before - 1
        while k > 0, isNameScalar(s[k - 1]) || isWordJoiner(s[k - 1]) { k -= 1 }
        return k == before - 1 || !ScalarClass.isUppercase(s[k]) || opensNothing(k, before - 1, s)
    }

    /// Whether the capitalised word in `start..<end` only opens the sentence ("Shares of …" is not a name): it is
    /// at the text's or a line's start or after a sentence's end.
    private static func opensNothing(_ start: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard start > 0, s[start - 1] != "\n" else { return true }
        return start >= 2 && s[start - 1] == " " && [".", "?", "!"].contains(s[start - 2])
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let folded = s.value | 0x20
        return s.value < 0x80 && folded >= 0x61 && folded <= 0x7A
    }

    /// A mark that puts a word in an address or a handle ("site.com/QatarEnergy", "@QatarEnergy", "#WeWork").
    private static func isAddressMark(_ s: Unicode.Scalar) -> Bool {
        s == "/" || s == "@" || s == "#" || s == "." || s == "_"
    }

    /// A hyphen or an apostrophe inside a word ("Coca-Cola", "O'Neill"): the word goes on.
    private static func isWordJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "'" || s == "\u{2019}"
    }
}

/// Round 26: a company the article names in full and then by its first word ("Southwest Airlines said …",
/// "Southwest's maintenance records"; "Elliott Investment Management pushed …", the headline's "Elliott pressure"),
/// and a one-word name it reports once and writes again after "the" ("The Teamsters and UPS reached …" where the
/// headline's "Teamsters" was found). The tagger, trained on Reuters 1996, reads the short form by its sentence
/// alone: a compass word is a place, a surname a person or a people's word; the reader of the whole article knows
/// the company it named a paragraph before.
extension CombinedOrganizationFinder {
    /// Adds each one-word tagger span typed a place or MISC that is the first word of a reported name of two words or
    /// more ending in a firm's word (`firmHeadWords`, "Management", a legal suffix or a corporate form: "Southwest
    /// Airlines", not "Bosnian Association for Refugees" nor "Republican Party"), where the word names no country,
    /// region, city or people (a compass word names none alone), that no "the" precedes, and is free.
    static func addingFirstWordShortForms(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var firstWords = Set<String>()
        for organization in organizations {
            for mention in organization.mentions {
                // The last word first, by its bytes: most names end in no firm's word, and are passed over without
                // splitting.
                let text = mention.text
                guard let lastSpace = text.utf8.lastIndex(of: 0x20),
                    endsFirmName(String(text[text.utf8.index(after: lastSpace)...])),
                    let space = text.utf8.firstIndex(of: 0x20)
                else { continue }
                let first = text[..<space]
                guard first.unicodeScalars.count >= 3, let initial = first.unicodeScalars.first,
                    ScalarClass.isUppercase(initial), first.unicodeScalars.dropFirst().allSatisfy(isLower)
                else { continue }
                firstWords.insert(String(first))
            }
        }
        guard !firstWords.isEmpty else { return organizations }
        // The spans are read by length and capital before any string is made of them.
        let lengths = Set(firstWords.map { $0.unicodeScalars.count })
        var found: [Mention] = []
        for span in entities where span.label == "LOC" || span.label == "MISC" {
            let length = span.end - span.start
            guard lengths.contains(length), ScalarClass.isUppercase(scalars[span.start]) else { continue }
            // A firm's short form takes no article: "the Trax well" (CoNLL-2003 train, beside "Trax Petroleums Ltd")
            // names an oil well.
            if span.start >= 4, scalars[span.start - 1] == " ", scalars[span.start - 2] == "e",
                scalars[span.start - 3] == "h", scalars[span.start - 4] == "t" || scalars[span.start - 4] == "T"
            {
                continue
            }
            let word = ScalarClass.string(scalars[span.start..<span.end])
            guard firstWords.contains(word) else { continue }
            let lower = word.lowercased()
            guard compassWords.contains(lower) || !PlaceNames.contains(lower) else { continue }
            found.append(Mention(start: span.start, end: span.end, text: word))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Whether `word` ends a firm's name: a trade (`firmHeadWords`), an asset manager's "Management", a legal
    /// suffix ("Ltd", "Corp.") or a corporate form ("Group", "Holdings").
    static func endsFirmName(_ word: String) -> Bool {
        if firmHeadWords.contains(word) || word == "Management" { return true }
        var lower = word.lowercased()
        if lower.hasSuffix(".") { lower.removeLast() }
        return OrganizationKey.legalSuffixes.contains(lower) || firmForms.contains(lower)
    }

    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    ]

    /// Adds each other occurrence of a one-word name the article reports (a capital and lowercase letters,
    /// standing alone), written right after "the" or "The", that no tagger span touches, that runs into no
    /// capitalised word after it, and that is free: "the" makes the word a name rather than a sentence's first
    /// word, and the tagger's silence leaves the article's own reading of the word.
    static func addingOneWordNamesAfterThe(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar], capitals: ArticleCapitals? = nil
    ) -> [FoundOrganization] {
        var words: [[Unicode.Scalar]] = []
        var seen = Set<String>()
        for organization in organizations {
            for mention in organization.mentions {
                let text = mention.text.unicodeScalars
                guard text.count >= 3, let initial = text.first, ScalarClass.isUppercase(initial),
                    text.dropFirst().allSatisfy(isLower), !seen.contains(mention.text),
                    standsAlone(scalars, mention.start, mention.end)
                else { continue }
                seen.insert(mention.text)
                words.append(Array(text))
            }
        }
        guard !words.isEmpty else { return organizations }
        var found: [Mention] = []
        for word in words {
            for start in wholeWordStarts(of: word, in: scalars, capitals: capitals) {
                let end = start + word.count
                guard start >= 4, scalars[start - 1] == " ", scalars[start - 2] == "e", scalars[start - 3] == "h",
                    scalars[start - 4] == "t" || scalars[start - 4] == "T",
                    start == 4 || !isNameScalar(scalars[start - 5]),
                    !(end + 1 < scalars.count && scalars[end] == " " && ScalarClass.isUppercase(scalars[end + 1])),
                    !entities.overlapping(start..<end).contains(where: { $0.start < end && start < $0.end })
                else { continue }
                found.append(Mention(start: start, end: end, text: ScalarClass.string(word[...])))
            }
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }
}

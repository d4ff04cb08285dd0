/// "The regulator, Ofwat, fined the company …", "Its budget arm, Jetstar, is not affected": the apposition the other
/// way round from `AppositiveOrganizations.swift`, a kind of organization first and its name between commas after it.
/// The article's own words type the name, where the tagger, seeing an unfamiliar word, typed a person or a place.
extension CombinedOrganizationFinder {
    /// Adds each run of one to four capitalised words between ", " and a comma right after "the", "its" or "their",
    /// up to two lowercase words and a kind of organization (`appositiveKinds`), where the tagger typed exactly those
    /// words (as anything) or none of them and no mention covers them.
    static func addingNamesAfterKinds(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        // Only at commas, found with `memchr` rather than scalar by scalar.
        ScalarSearch.forEachOffset(of: [","], in: scalars) { k in
            guard k + 3 < scalars.count, scalars[k + 1] == " ", ScalarClass.isUppercase(scalars[k + 2]),
                isKindPhrase(endingAt: k, scalars),
                let name = nameBetweenCommas(from: k + 2, scalars)
            else { return }
            let mention = Mention(
                start: name.lowerBound, end: name.upperBound, text: ScalarClass.string(scalars[name]))
            let typedOtherwise = entities.typeOtherwise(name)
            if !typedOtherwise { found.append(mention) }
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Whether "the", "its" or "their" (any case), up to two lowercase words and a kind of organization end at `end`.
    static func isKindPhrase(endingAt end: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = end
        for index in 0..<4 {
            var start = k
            while start > 0 && ScalarClass.isLetter(s[start - 1]) && k - start <= 16 { start -= 1 }
            guard start < k else { return false }
            let word = ScalarClass.string(s[start..<k])
            if index == 0 {
                guard appositiveKinds.contains(word) else { return false }
            } else if kindDeterminers.contains(word) {
                return start == 0 || !isNameScalar(s[start - 1])
            } else if !word.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) {
                return false
            }
            guard start >= 2, s[start - 1] == " " else { return false }
            k = start - 1
        }
        return false
    }

    static let kindDeterminers: Set<String> = ["the", "The", "its", "Its", "their", "Their"]

    /// One to four capitalised words (a name's connectors between) from `start` to the next comma on the line, not a
    /// sentence's opening phrase or a date.
    static func nameBetweenCommas(from start: Int, _ s: [Unicode.Scalar]) -> Range<Int>? {
        var k = start
        var words = 0
        while k < s.count, words < 6 {
            var end = k
            while end < s.count && (isNameScalar(s[end]) || s[end] == "-" || s[end] == "&" || s[end] == ".") {
                end += 1
            }
            guard end > k, end < s.count else { return nil }
            let word = ScalarClass.string(s[k..<end])
            guard ScalarClass.isUppercase(s[k]) || ["of", "and", "for", "&"].contains(word),
                !calendarWords.contains(word), !(words == 0 && phraseOpeners.contains(word))
            else { return nil }
            words += 1
            if s[end] == "," { return words <= 4 ? start..<end : nil }
            guard s[end] == " " else { return nil }
            k = end + 1
        }
        return nil
    }
}

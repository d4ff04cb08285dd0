/// A name the tagger typed a place or a miscellaneous name right after a quoted source and " of " ("said Ravi
/// Shanker of Bernstein", "said Dr Kim Sanders of the Wellcome Trust"): business and science news quote a source
/// with the firm or institution that employs them, and the tagger, seeing an unfamiliar word, reads it as a town.
///
/// Only names that are no place the rules know (a source's home town or state: "said Tom Bellamore of the
/// California …", CoNLL train), no country, territory or demonym ("Tim Henman of Britain"), not a given name first,
/// not in capitals, and not run into a capitalised word after it ("said Erin Purcell of Boston-based Reagan
/// Communications", CoNLL dev: the span is a modifier of the name). A reported organization's neighbour in a pair
/// ("Spotify and Melon") was tried too and left out: CoNLL dev 0.8841 → 0.8829 and web-news dev 0.9119 → 0.9077,
/// for towns listed beside a place the finder had reported ("Barentsburg and Pyramiden") and players beside a team
/// ("the Sabres and Linus Ullmark").
extension CombinedOrganizationFinder {
    static func addingEmployersOfSpeakers(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        // Only a span right after " of " or " of the " (its last scalar asked first), after a person.
        for index in entities.indices.dropFirst() {
            let span = entities[index]
            guard span.label == "LOC" || span.label == "MISC", span.start >= 5, span.end + 1 < scalars.count,
                scalars[span.start - 1] == " ", scalars[span.start - 2] == "f" || scalars[span.start - 2] == "e",
                isEmployerOfSpeaker(span, speaker: entities[index - 1], scalars), isEmployerShaped(span, scalars)
            else { continue }
            found.append(
                Mention(start: span.start, end: span.end, text: ScalarClass.string(scalars[span.start..<span.end])))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Whether `speaker` is a person the text quotes ("said", "says", "according to", a title between) and " of "
    /// or " of the " alone stands between them and the span.
    private static func isEmployerOfSpeaker(_ span: EntitySpan, speaker: EntitySpan, _ s: [Unicode.Scalar]) -> Bool {
        guard speaker.label == "PER", speaker.end < span.start, span.start - speaker.end <= 8 else { return false }
        let between = ScalarClass.string(s[speaker.end..<span.start])
        guard between == " of " || between == " of the " else { return false }
        var k = speaker.start
        // A title between the verb and the name ("said Dr Kim Sanders").
        for title in ["Dr ", "Dr. ", "Mr ", "Mr. ", "Ms ", "Ms. ", "Mrs ", "Mrs. ", "Prof ", "Prof. ", "Professor "]
        where k >= title.unicodeScalars.count
            && s[(k - title.unicodeScalars.count)..<k].elementsEqual(title.unicodeScalars)
        {
            k -= title.unicodeScalars.count
            break
        }
        for verb in ["said ", "says ", "according to "]
        where k >= verb.unicodeScalars.count
            && s[(k - verb.unicodeScalars.count)..<k].elementsEqual(verb.unicodeScalars)
        {
            return true
        }
        return false
    }

    /// Whether the span has an organization's shape rather than a place's or a person's (see the type's comment).
    private static func isEmployerShaped(_ span: EntitySpan, _ s: [Unicode.Scalar]) -> Bool {
        guard s[span.start..<span.end].contains(where: { $0.properties.isLowercase }),
            !(s[span.end] == " " && ScalarClass.isUppercase(s[span.end + 1]))
        else { return false }
        var text = ScalarClass.string(s[span.start..<span.end]).lowercased()
        if text.hasPrefix("the ") { text.removeFirst(4) }
        guard !PlaceNames.contains(text), !territories.contains(text) else { return false }
        let words = text.split(separator: " ")
        guard let first = words.first.map(String.init), !PlaceNames.demonyms.contains(first) else { return false }
        return words.count == 1 || !PersonNames.given.contains(first)
    }
}

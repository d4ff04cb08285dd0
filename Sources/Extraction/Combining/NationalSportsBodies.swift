/// National sports bodies named by a sport and a place ("Football Australia", "Cricket Scotland", "USA Swimming"),
/// which the tagger, trained on 1996 Reuters, reads as the place alone, and no rule or gazetteer knows.
extension CombinedOrganizationFinder {
    /// Adds a mention for every sport's name written right beside a place the tagger typed (LOC), on one line:
    /// "Football Australia has named …", "USA Gymnastics said …". Only where no organization already covers the
    /// words, and not inside a longer capitalised run ("Women's Football Australia Cup" is some other name).
    static func addingNationalSportsBodies(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        let cover = regions.map(RegionCover.init)
        for place in entities where place.label == "LOC" {
            guard let body = sportBeside(place, scalars) else { continue }
            if let cover, !cover.encloses(body.lowerBound, body.upperBound) { continue }
            let covered = organizations.contains { organization in
                organization.mentions.contains { $0.start < body.upperBound && body.lowerBound < $0.end }
            }
            guard !covered else { continue }
            found.append(
                Mention(
                    start: body.lowerBound, end: body.upperBound,
                    text: ScalarClass.string(scalars[body])))
        }
        guard !found.isEmpty else { return organizations }
        var result = organizations
        for mention in found { add([mention], named: mention.text, to: &result) }
        return result
    }

    /// The range of "Sport Place" or "USA Sport" around a place, if a sport's name stands right beside it.
    static func sportBeside(_ place: EntitySpan, _ s: [Unicode.Scalar]) -> Range<Int>? {
        guard place.start >= 0, place.end <= s.count else { return nil }
        // "Football Australia": the sport before the place, and no capitalised word after it.
        if let sport = word(endingAt: place.start - 1, s), isSport(sport, s),
            !capitalisedWord(before: sport.lowerBound, s), !capitalisedWord(after: place.end, s)
        {
            return sport.lowerBound..<place.end
        }
        // "USA Swimming": the sport after the country's short name.
        if place.end - place.start == 3, s[place.start] == "U", s[place.start + 1] == "S", s[place.start + 2] == "A",
            let sport = word(startingAt: place.end + 1, s), isSport(sport, s),
            !capitalisedWord(before: place.start, s), !capitalisedWord(after: sport.upperBound, s)
        {
            return place.start..<sport.upperBound
        }
        return nil
    }

    /// Whether the letters at `word` name a sport of `sports`. Asked beside every place the tagger finds, so a
    /// String is built only for a capitalised word as long as a sport's name.
    private static func isSport(_ word: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        sportLengths.contains(word.count) && ScalarClass.isUppercase(s[word.lowerBound])
            && sports.contains(ScalarClass.string(s[word]))
    }

    /// The lengths of the names in `sports`, in scalars.
    private static let sportLengths = Set(sports.map(\.unicodeScalars.count))

    /// The letters of the word that ends at `end` with one space after it, if any.
    private static func word(endingAt space: Int, _ s: [Unicode.Scalar]) -> Range<Int>? {
        guard space > 0, space < s.count, s[space] == " " else { return nil }
        var start = space
        while start > 0 && ScalarClass.isLetter(s[start - 1]) { start -= 1 }
        return start < space ? start..<space : nil
    }

    /// The letters of the word that starts at `start` after one space, if any.
    private static func word(startingAt start: Int, _ s: [Unicode.Scalar]) -> Range<Int>? {
        guard start > 0, start < s.count, s[start - 1] == " " else { return nil }
        var end = start
        while end < s.count && ScalarClass.isLetter(s[end]) { end += 1 }
        return start < end ? start..<end : nil
    }

    /// Whether a capitalised word (or "'s" of one) stands right before `start`, a single space between.
    private static func capitalisedWord(before start: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard start >= 2, s[start - 1] == " " else { return false }
        var k = start - 1
        while k > 0 && (ScalarClass.isLetter(s[k - 1]) || s[k - 1] == "'" || s[k - 1] == "’") { k -= 1 }
        return k < start - 1 && ScalarClass.isUppercase(s[k])
    }

    /// Whether a capitalised word follows `end` after a single space.
    private static func capitalisedWord(after end: Int, _ s: [Unicode.Scalar]) -> Bool {
        end + 1 < s.count && s[end] == " " && ScalarClass.isUppercase(s[end + 1])
    }

    /// Sports whose national bodies take the sport's name and the place's.
    static let sports: Set<String> = [
        "Football", "Soccer", "Cricket", "Rugby", "Tennis", "Swimming", "Golf", "Athletics", "Hockey", "Cycling",
        "Basketball", "Netball", "Rowing", "Gymnastics", "Volleyball", "Baseball", "Softball", "Sailing", "Triathlon",
        "Skiing", "Boxing", "Judo", "Badminton", "Squash", "Archery", "Equestrian", "Diving", "Wrestling", "Fencing",
        "Surfing", "Skateboarding", "Bowls", "Taekwondo", "Canoeing", "Snowsports", "Weightlifting", "Lacrosse",
    ]
}

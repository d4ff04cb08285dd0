/// A state, a city or a university standing for its team in a game report ("No. 6 Penn State rallied to beat
/// Wisconsin 24-17", "Minnesota visits Penn State next week"), where the article never names the team in full
/// (PlacesStandingForTeams.swift takes those).
///
/// The tagger, trained on Reuters, types such a name as a place: CoNLL-2003's game reports are mostly tables, and its
/// prose names teams by nickname. The guidelines make a place standing for its team the team. A place counts as a
/// team when the article shows it playing: a score right after it ("Wisconsin 24-17"), a season record
/// ("Wisconsin (5-4, 3-3)"), its coach ("Penn State coach James Franklin"), or a verb of play before or after it
/// ("beat Wisconsin", "Minnesota visits"). The article must show one of the first three after some capitalised
/// word ("Penguins 5-4"), the sure signs of a game report, so that "beat" or "hosts" in other news make nobody a
/// team. A country is left a place: it stands for its national team, and CoNLL-2003 types every one LOC. Then every mention of that place
/// is the team, with `addingPlacesStandingForTeams`' exceptions: not after "in", "at" or "of" (where the game was),
/// not before "'s", not in capitals (a dateline).
extension CombinedOrganizationFinder {
    static func addingPlacesInGameReports(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar], capitals: ArticleCapitals? = nil
    ) -> [FoundOrganization] {
        // Most articles are no game report: the text is read for a score, a record or a coach first.
        guard isGameReport(scalars) else { return organizations }
        // The places the tagger typed, and the team nicknames it left untyped ("Crusaders", "Bulldogs"), in order.
        var places = entities.filter { $0.label == "LOC" && $0.end < scalars.count && !isCountry(text($0, scalars)) }
        places += untypedNicknames(entities, scalars, capitals ?? ArticleCapitals(scalars))
        // A club the tagger typed MISC or a person ("Sentinels", "Moana Pasifika"), where one sentence shows it as
        // the side beaten and the score (`isBeatenWithScore`, for that span or for the same words untyped), and
        // each mention of its words the tagger typed so.
        let typedOtherwise = entities.filter { ($0.label == "MISC" || $0.label == "PER") && $0.end < scalars.count }
        let beaten = Set(
            (typedOtherwise + places).filter { isBeatenWithScore($0, scalars) }.map { text($0, scalars) })
        let sides = typedOtherwise.filter { beaten.contains(text($0, scalars)) }
        places += sides
        places.sort { $0.start < $1.start }
        var playing = Set<String>()
        for place in places
        where place.label == "LOC" && (hasTeamSign(after: place.end, scalars) || hasPlayVerb(around: place, scalars))
            || beaten.contains(text(place, scalars))
        {
            playing.insert(text(place, scalars))
        }
        // A team the tagger found that plays anchors a list too ("beat Brisbane and Canterbury").
        var listed = places
        for team in entities where team.label == "ORG" && team.end < scalars.count {
            guard hasTeamSign(after: team.end, scalars) || hasPlayVerb(around: team, scalars) else { continue }
            playing.insert(text(team, scalars))
            listed.append(team)
        }
        listed.sort { $0.start < $1.start }
        // A place or nickname listed with one that plays plays too ("beat Brisbane and Canterbury", "The Broncos
        // and Bulldogs"): forward, then back.
        for order in [Array(listed.indices.dropLast()), Array(listed.indices.dropLast().reversed())] {
            for k in order where isListed(listed[k], with: listed[k + 1], scalars) {
                let (a, b) = (text(listed[k], scalars), text(listed[k + 1], scalars))
                if playing.contains(a) || playing.contains(b) {
                    playing.insert(a)
                    playing.insert(b)
                }
            }
        }
        var space = FreeNameSpace(regions: regions, organizations: organizations, length: scalars.count)
        var result = organizations
        var slotOfKey: [String: Int] = [:]
        for (index, organization) in organizations.enumerated() where slotOfKey[organization.key] == nil {
            slotOfKey[organization.key] = index
        }
        var changed = Set<Int>()
        for place in places {
            let text = text(place, scalars)
            let mention = Mention(start: place.start, end: place.end, text: text)
            guard playing.contains(text), text.unicodeScalars.contains(where: { $0.properties.isLowercase }),
                !followsPlacePreposition(place.start, scalars), !followsDatelineCity(place.start, scalars),
                !(scalars[place.end] == "'" || scalars[place.end] == "’"), space.admits(mention)
            else { continue }
            let key = OrganizationKey.make(text)
            if let slot = slotOfKey[key] {
                result[slot].mentions.append(mention)
                changed.insert(slot)
            } else {
                slotOfKey[key] = result.count
                result.append(FoundOrganization(name: text, key: key, mentions: [mention]))
            }
        }
        for slot in changed { result[slot].mentions.sort { $0.start < $1.start } }
        return result
    }

    private static func text(_ span: EntitySpan, _ s: [Unicode.Scalar]) -> String {
        ScalarClass.string(s[span.start..<span.end])
    }

    /// Whether only " and ", ", " or ", and " stands between two names.
    private static func isListed(_ a: EntitySpan, with b: EntitySpan, _ s: [Unicode.Scalar]) -> Bool {
        guard a.end < b.start, b.start - a.end <= 6 else { return false }
        let between = ScalarClass.string(s[a.end..<b.start])
        return between == " and " || between == ", " || between == ", and "
    }

    /// Capitalised plural words the tagger left untyped ("Crusaders", "Bulldogs"; five letters or more, ending in
    /// "s") that the text never writes in lowercase: a team's nickname, where a game report names one.
    private static func untypedNicknames(
        _ entities: [EntitySpan], _ s: [Unicode.Scalar], _ capitals: ArticleCapitals
    ) -> [EntitySpan] {
        var typed = TakenText(length: s.count)
        typed.take(entities.map { Mention(start: $0.start, end: $0.end, text: "") })
        var found: [EntitySpan] = []
        // Over the text's buffer, from capital to capital (`ArticleCapitals`): checked subscripts cost more than
        // the comparisons.
        s.withUnsafeBufferPointer { text in
            var k = 0
            var cursor = 0
            while true {
                k = capitals.stop(atOrAfter: k, cursor: &cursor)
                guard k < text.count else { break }
                guard text[k].value >= 0x41, text[k].value <= 0x5A, k == 0 || !isNameScalar(text[k - 1]) else {
                    k += 1
                    continue
                }
                var end = k + 1
                while end < text.count && text[end].value >= 0x61 && text[end].value <= 0x7A { end += 1 }
                if end - k >= 5, text[end - 1] == "s", end + 1 < text.count, !isNameScalar(text[end]),
                    text[end] != "'", text[end] != "’", typed.isFree(Mention(start: k, end: end, text: ""))
                {
                    found.append(EntitySpan(start: k, end: end, label: "LOC"))
                }
                k = end
            }
        }
        guard !found.isEmpty else { return [] }
        let lowercase = wordsWrittenInLowercase(Set(found.map { text($0, s).lowercased() }), s)
        // and once at least inside a sentence, where only a name is capitalised ("\"Things fell in for us,\"" is
        // no team)
        let insideSentence = Set(found.filter { !opensSentence($0.start, s) }.map { text($0, s) })
        return found.filter {
            !lowercase.contains(text($0, s).lowercased()) && insideSentence.contains(text($0, s))
        }
    }

    /// Whether the word at `start` opens the text, a line or a sentence (after a full stop, a question or
    /// exclamation mark, a colon or an opening quote).
    private static func opensSentence(_ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = start
        while k > 0 && s[k - 1] == " " { k -= 1 }
        guard k > 0 else { return true }
        return ["\n", ".", "!", "?", ":", "\"", "“", "‘", "'", "—", "–"].contains(s[k - 1])
    }

    /// Whether a capitalised word stands right before a score, a season record or "coach" somewhere in the text
    /// ("Wisconsin 24-17", "Penguins 5-4", "Wisconsin (5-4, 3-3)", "Penn State coach").
    static func isGameReport(_ s: [Unicode.Scalar]) -> Bool {
        // Every sign holds a scalar that is rare in the text: a score or a record its hyphen or dash ("24-17",
        // "(5-4"), "coach" its "c". Those are found with `memchr`, and the space before the sign is worked out from
        // each; then the name before that space is asked about as a scan of every space would ask.
        func isSign(at mark: Int) -> Bool {
            var start = mark
            if s[mark] == "c" {
                // Most "c"s open no "coach" after a space or a bracket: asked one scalar at a time, first of all.
                guard mark >= 2, s[mark - 1] == " " || s[mark - 1] == "(", mark + 4 < s.count, s[mark + 1] == "o",
                    s[mark + 2] == "a", s[mark + 3] == "c", s[mark + 4] == "h"
                else { return false }
            } else {
                // A score's first number: one to three digits right before the dash.
                while start > 0 && mark - start < 4 && ScalarClass.isDigit(s[start - 1]) { start -= 1 }
                guard start < mark, mark - start <= 3 else { return false }
            }
            guard start >= 2 else { return false }
            if s[start - 1] == " " { return isSignAfterName(start - 1, s) }
            return start >= 3 && s[start - 1] == "(" && s[start - 2] == " " && isSignAfterName(start - 2, s)
        }
        // Scores and records first: a game report has one early, and "c" is the commoner mark.
        return ScalarSearch.firstOffset(of: ["-", "–"], in: s, where: isSign) != nil
            || ScalarSearch.firstOffset(of: ["c"], in: s, where: isSign) != nil
    }

    /// Whether a capitalised word ends right before the space at `k` and a team's sign follows it.
    private static func isSignAfterName(_ k: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard k >= 1, k + 1 < s.count, isNameScalar(s[k - 1]) else { return false }
        var start = k - 1
        while start > 0 && isNameScalar(s[start - 1]) { start -= 1 }
        return s[start].value >= 0x41 && s[start].value <= 0x5A && hasTeamSign(after: k, s)
    }

    /// A country, with or without "the" ("the Republic of Ireland").
    private static func isCountry(_ name: String) -> Bool {
        var lower = name.lowercased()
        if lower.hasPrefix("the ") { lower.removeFirst(4) }
        if lower.hasPrefix("republic of ") { lower.removeFirst(12) }
        return PlaceNames.countries.contains(lower) || territories.contains(lower)
    }

    /// Territories that field national teams, beyond `PlaceNames.countries`.
    static let territories: Set<String> = [
        "faroe islands", "gibraltar", "bermuda", "cayman islands", "curacao", "aruba", "guam", "new caledonia",
        "tahiti", "american samoa", "cook islands", "solomon islands", "marshall islands", "british virgin islands",
        "us virgin islands", "u.s. virgin islands", "the bahamas", "chinese taipei", "macedonia", "north macedonia",
    ]

    /// A score ("24-17", "3–1"), a season record in parentheses ("(8-1", "(5-4, 3-3)") or "coach" right after a
    /// name.
    static func hasTeamSign(after end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard end + 1 < s.count, s[end] == " " else { return false }
        var k = end + 1
        if s[k] == "(" { k += 1 }
        // A text that ends in " (" has nothing after it (reading on crashed there).
        guard k < s.count else { return false }
        if isScore(from: k, s) { return true }
        return s[k] == "c" && word(at: k, s) == "coach"
    }

    /// Digits, a hyphen or dash, digits, and then no more of a number or a word ("24-17", not "2021-22" nor
    /// "3-D").
    private static func isScore(from start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = start
        while k < s.count && ScalarClass.isDigit(s[k]) { k += 1 }
        guard k > start, k - start <= 3, k < s.count, s[k] == "-" || s[k] == "–" else { return false }
        let second = k + 1
        k = second
        while k < s.count && ScalarClass.isDigit(s[k]) { k += 1 }
        return k > second && k - second <= 3 && (k == s.count || !isNameScalar(s[k]))
    }

    /// A verb of play right before the name ("beat Wisconsin", "lost to Indiana") or right after it ("Minnesota
    /// visits").
    private static func hasPlayVerb(around place: EntitySpan, _ s: [Unicode.Scalar]) -> Bool {
        if place.end + 1 < s.count, s[place.end] == " ", playVerbsAfter.contains(word(at: place.end + 1, s)) {
            return true
        }
        guard var before = wordBefore(place.start, s) else { return false }
        // "beat the Blues", "lost to the Brumbies": a nickname's article between the verb and the team. Not after a
        // preposition ("took over the Chicago archdiocese").
        if before.word == "the", let verb = wordBefore(before.start, s), !playPrepositions.contains(verb.word) {
            before = verb
        }
        if playVerbsBefore.contains(before.word) { return true }
        // "drew with", "drew 1-1 with"
        if before.word == "with", let verb = verbBeforeScore(before.start, s) {
            return ["drew", "draws", "draw", "tied", "ties"].contains(verb)
        }
        // "lost to", "fell to", "lost 31-17 to"
        guard before.word == "to", let verb = verbBeforeScore(before.start, s) else { return false }
        return ["lost", "loses", "fell", "falls"].contains(verb)
    }

    /// Whether a verb of play stands before the span and a score of one game right after it ("beat Sentinels 3-1",
    /// "thrashed Moana Pasifika 45-10", "drew 1-1 with the Chiefs"), and the span is no person's or nationality's
    /// shape: not a given name first, not a demonym, not one word typed a person ("beat Hendry 10-6"), and no second
    /// score after the first ("beat Agassi 6-3 6-4": a tennis match's sets). An event or a league, which the tagger
    /// types MISC in game reports, is never the side beaten.
    static func isBeatenWithScore(_ span: EntitySpan, _ s: [Unicode.Scalar]) -> Bool {
        // The score and the verb first, which most spans lack; the words' strings after.
        guard hasTeamSign(after: span.end, s), ScalarClass.isUppercase(s[span.start]), hasPlayVerb(around: span, s)
        else { return false }
        let words = ScalarClass.string(s[span.start..<span.end]).split(separator: " ")
        guard let first = words.first, !PlaceNames.demonyms.contains(first.lowercased()),
            !PersonNames.given.contains(first.lowercased()), span.label != "PER" || words.count >= 2
        else { return false }
        var k = span.end + 1
        while k < s.count && (ScalarClass.isDigit(s[k]) || s[k] == "-" || s[k] == "–") { k += 1 }
        return !(k + 1 < s.count && s[k] == " " && isScore(from: k + 1, s))
    }

    /// The lowercase word that ends one space before `end`, or before a score that does ("lost 31-17 to").
    private static func verbBeforeScore(_ end: Int, _ s: [Unicode.Scalar]) -> String? {
        guard end >= 2, s[end - 1] == " " else { return nil }
        var k = end - 1
        while k > 0 && (ScalarClass.isDigit(s[k - 1]) || s[k - 1] == "-" || s[k - 1] == "–") { k -= 1 }
        if k < end - 1, isScore(from: k, s) { return wordBefore(k, s)?.word }
        return wordBefore(end, s)?.word
    }

    /// The lowercase letters of the word starting at `start` ("" when it holds anything else).
    private static func word(at start: Int, _ s: [Unicode.Scalar]) -> String {
        var k = start
        while k < s.count && s[k].value >= 0x61 && s[k].value <= 0x7A { k += 1 }
        guard k - start <= 12, k == s.count || !isNameScalar(s[k]) else { return "" }
        return ScalarClass.string(s[start..<k])
    }

    /// The lowercase word (a trailing full stop kept: "vs.") that ends one space before `end`, and its start.
    private static func wordBefore(_ end: Int, _ s: [Unicode.Scalar]) -> (word: String, start: Int)? {
        guard end >= 2, s[end - 1] == " " else { return nil }
        var k = end - 1
        if s[k - 1] == "." { k -= 1 }
        var start = k
        while start > 0 && s[start - 1].value >= 0x61 && s[start - 1].value <= 0x7A && k - start <= 12 { start -= 1 }
        guard start < k, start == 0 || !isNameScalar(s[start - 1]) else { return nil }
        return (ScalarClass.string(s[start..<(end - 1)]), start)
    }

    static let playVerbsBefore: Set<String> = [
        "beat", "beats", "beating", "defeat", "defeats", "defeated", "edge", "edged", "edges", "rout", "routed",
        "blank", "blanked", "upset", "stun", "stunned", "past", "over", "vs", "vs.", "versus", "against", "visit",
        "visits", "visited", "visiting", "host", "hosts", "hosted", "hosting", "face", "faces", "faced", "facing",
        "play", "plays", "played", "playing", "sweep", "swept", "outlast", "outlasted", "beaten", "thrash",
        "thrashed", "thrashes", "hammered", "downed", "overcame",
    ]

    /// The words of `playVerbsBefore` that are prepositions, which a "the" after them takes to other things.
    static let playPrepositions: Set<String> = ["past", "over", "vs", "vs.", "versus", "against"]

    static let playVerbsAfter: Set<String> = [
        "beat", "beats", "defeated", "defeats", "edged", "edges", "routed", "rallied", "rallies", "won", "wins",
        "lost", "loses", "fell", "falls", "trailed", "trails", "led", "leads", "visits", "hosts", "hosted", "plays",
        "played", "faces", "faced", "scored", "outscored", "outgained", "improved", "dropped", "clinched", "advanced",
        "swept", "snapped", "extended", "edge", "stun", "stuns", "sink", "sinks",
    ]
}

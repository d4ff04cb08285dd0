/// Shapes of modern news that a tagger trained on 1996 Reuters reads wrongly: a parent's possessive before its
/// unit, a lawmaker's party-and-state label, a concert venue named after its sponsor and a product line.
extension TaggedOrganizationFinder {
    /// "NASA’s Office of the Inspector General": an acronym's possessive before the name of one of its units is two
    /// organizations, the parent and the unit (the guidelines make them two names), where the tagger reads one run.
    /// Only after a word in capitals of two letters or more and before capitalised words that hold a unit's head
    /// word: names with a possessive of their own keep it, since the word before is no acronym ("Moody's Investors
    /// Service", "People's Daily", "Sheriff's Office", "Queen's Park Rangers").
    static func splitAtParentPossessive(_ span: EntitySpan, _ text: ScalarText) -> [EntitySpan]? {
        let s = text.scalars
        guard span.start >= 0, span.end <= s.count else { return nil }
        var k = span.start
        while k + 3 < span.end {
            defer { k += 1 }
            guard s[k] == "'" || s[k] == "’", s[k + 1] == "s", s[k + 2] == " ", isUpper(s[k + 3]) else { continue }
            var wordStart = k
            while wordStart > span.start && s[wordStart - 1] != " " { wordStart -= 1 }
            let parent = s[wordStart..<k]
            guard parent.count >= 2, parent.allSatisfy({ isUpper($0) || $0 == "." || $0 == "&" }),
                parent.contains(where: { isUpper($0) })
            else { continue }
            let unit = String(String.UnicodeScalarView(s[(k + 3)..<span.end]))
            guard unit.split(separator: " ").contains(where: { unitHeads.contains($0.lowercased()) }) else {
                continue
            }
            return [
                EntitySpan(start: span.start, end: k, label: span.label),
                EntitySpan(start: k + 3, end: span.end, label: span.label),
            ]
        }
        return nil
    }

    /// Head words of an agency's or a company's units.
    static let unitHeads: Set<String> = [
        "office", "department", "bureau", "division", "board", "committee", "council", "commission", "agency", "unit",
        "directorate", "administration", "institute", "center", "centre", "laboratory", "laboratories", "service",
        "command", "court",
    ]
}

extension CombinedOrganizationFinder {
    /// "Rep. Ilhan Omar (D-Minn.)", "Sen. John Thune, R-S.D.,": a lawmaker's party and state, which American news
    /// writes after the name, is no organization. The letter of a party (D, R, I), a hyphen and a state's
    /// abbreviation or name, right after "(" or ", ".
    static func isPartyAndStateLabel(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 1, end - start >= 3, end <= scalars.count,
            scalars[start] == "D" || scalars[start] == "R" || scalars[start] == "I", scalars[start + 1] == "-",
            isUpper(scalars[start + 2]),
            scalars[(start + 2)..<end].allSatisfy({ isLetter($0) || $0 == "." || $0 == " " })
        else { return false }
        return scalars[start - 1] == "(" || (start >= 2 && scalars[start - 1] == " " && scalars[start - 2] == ",")
    }
}

extension CombinedOrganizationFinder {
    /// "DTE Energy Music Theatre", "PNC Bank Arts Center", "Riverbend Music Center": a building for a kind of event
    /// is a venue, which the guidelines leave out, however much of a sponsor's name it carries. The last two words
    /// decide: a kind of event ("Music", "Arts", "Convention", …) and a building ("Center", "Theatre", "Hall", …);
    /// an institution named for the arts puts its building first ("Lincoln Center for the Performing Arts").
    static func isEventVenue(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, start < end, end <= scalars.count, end - start <= 80 else { return false }
        let words = String(String.UnicodeScalarView(scalars[start..<end])).lowercased().split(separator: " ")
        guard words.count >= 3 else { return false }
        return venueBuildings.contains(String(words[words.count - 1]))
            && eventKinds.contains(String(words[words.count - 2]))
    }

    /// "Apple Watch Series 11", "World Series": a name that ends in "Series" is a product line or a contest, which
    /// the guidelines leave out (every gold name of that shape in CoNLL train and dev is MISC).
    static func isSeries(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, end - start > 7, end <= scalars.count else { return false }
        return scalars[end - 7] == " " && String(String.UnicodeScalarView(scalars[(end - 6)..<end])) == "Series"
    }

    static let eventKinds: Set<String> = ["music", "arts", "convention", "events", "exhibition", "concert"]
    static let venueBuildings: Set<String> = ["center", "centre", "theatre", "theater", "park", "factory", "hall"]
}

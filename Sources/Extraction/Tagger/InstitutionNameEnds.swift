/// Where a public body's name ends after its head word, for `TaggedOrganizationFinder.continuesName`: the rules
/// and the tagger disagree most there. "Superior Court" + "of Justice" goes on (the body's field, after "of"),
/// "Federal Labour Court" + "in Erfurt" does not (the town the court sits in).
extension TaggedOrganizationFinder {
    /// Head words of public bodies, courts and firms that name their field after "of" ("Court of Justice",
    /// "Ministry of Defence", "Bank of England") and the town they sit in after "in" ("the High Court in London").
    static let seatedBodyHeads: Set<Substring> = [
        "court", "courts", "tribunal", "ministry", "department", "office", "board", "bank", "commission", "council",
        "authority", "agency", "embassy", "consulate", "prosecutor", "prosecutors", "police",
    ]

    /// Whether the rule name ends in a body's head word (`seatedBodyHeads`).
    static func endsInSeatedBodyHead(_ rule: Range<Int>, _ text: ScalarText) -> Bool {
        guard let last = text.string(rule.lowerBound, rule.upperBound).split(separator: " ").last else {
            return false
        }
        return seatedBodyHeads.contains(Substring(last.lowercased()))
    }

    /// "Superior Court" + " of Justice": words after a body's head and "of" name its field, and a title word there
    /// ("Justice", "Chancellor") is that field, not a post; only the word right after "of" is read so ("Bank of
    /// England Governor" still ends at the post).
    static func isFieldAfterHead(_ after: String, _ rule: Range<Int>, _ text: ScalarText) -> Bool {
        guard after.hasPrefix(" of "), endsInSeatedBodyHead(rule, text) else { return false }
        let words = after.split(separator: " ")
        guard words.count == 2, let first = words[1].unicodeScalars.first, first.properties.isUppercase else {
            return false
        }
        return words[1].unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// "Federal Labour Court" + " in Erfurt": a court's or ministry's name does not go on with "in" and a town; that
    /// is where it sits, and the guidelines leave the place out ("Organisation for Security and Cooperation in
    /// Europe", which ends in no such head, keeps its "in").
    static func isSeatAfterHead(_ after: String, _ rule: Range<Int>, _ text: ScalarText) -> Bool {
        after.hasPrefix(" in ") && endsInSeatedBodyHead(rule, text)
    }
}

extension TaggedOrganizationFinder {
    /// "About Helix Biotherapeutics" on a line of its own: the heading over a press release's boilerplate about the
    /// company, whose name follows "About". The tagger, which sees a capitalised word opening a line, ran the
    /// heading's first word into the name; the span starts after it. Only at a line's start, where a heading is.
    static func withoutAboutHeading(_ span: EntitySpan, _ text: ScalarText) -> EntitySpan {
        let s = text.scalars
        let about = Array("About ".unicodeScalars)
        guard span.start == 0 || s[span.start - 1] == "\n", span.end > span.start + about.count,
            s[span.start..<(span.start + about.count)].elementsEqual(about), isUpper(s[span.start + about.count])
        else { return span }
        return EntitySpan(start: span.start + about.count, end: span.end, label: span.label)
    }
}

/// A court's name cut short: "the Madras High Court" reported as "Madras High", where the tagger read "High" as the
/// name's last word. A name does not end in the word that says which court it is.
///
/// Round 26: a US appeals court's circuit is part of its name, "the U.S. Court of Appeals for the Second Circuit",
/// as the web-news guidelines read a court (its name says which court; "U.S. Court of Appeals" alone names none of
/// the thirteen). CoNLL-2003 train's gold ends the name at "Appeals" and makes "Fourth Circuit" a second
/// organization (twice; none in CoNLL dev): the guidelines of modern news are followed here, at that cost.
extension CombinedOrganizationFinder {
    /// Widens a mention of two words or more whose last word is one of `courtKinds`, capitalised, over the " Court"
    /// right after it; the widened mentions are regrouped under their key.
    static func widenedOverCourtWords(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        respanning(organizations, scalars) { mention in
            courtNameEnd(after: mention, scalars).map { mention.start..<$0 }
        }
    }

    /// Where the court's name that `mention` cuts short ends, if it does (see above).
    static func courtNameEnd(after mention: Mention, _ s: [Unicode.Scalar]) -> Int? {
        let end = mention.end
        // The cheap test first: " Court" after the mention, and no letter after it ("Courtyard").
        guard end + 6 <= s.count, s[end] == " ", s[end + 1] == "C", s[(end + 1)..<(end + 6)].elementsEqual(courtWord),
            end + 6 == s.count || !isNameScalar(s[end + 6])
        else { return nil }
        let words = mention.text.split(separator: " ")
        guard words.count >= 2, let last = words.last, let initial = last.unicodeScalars.first,
            ScalarClass.isUppercase(initial), courtKinds.contains(last.lowercased())
        else { return nil }
        return end + 6
    }

    private static let courtWord = Array("Court".unicodeScalars)

    /// Widens a mention that ends in "Court of Appeals" over " for the … Circuit" right after it, where the circuit is
    /// one of the thirteen (`circuitNames`), and drops the mentions the widened name now holds ("Ninth Circuit",
    /// which the tagger reads as a second name).
    static func widenedOverCircuits(_ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar])
        -> [FoundOrganization]
    {
        var widened: [Range<Int>] = []
        let result = respanning(organizations, scalars) { mention in
            guard let end = circuitEnd(after: mention, scalars) else { return nil }
            widened.append(mention.start..<end)
            return mention.start..<end
        }
        return withoutMentions(insideAnyOf: widened, result)
    }

    /// Where " for the … Circuit" after a mention ending in "Court of Appeals" ends, if it follows.
    static func circuitEnd(after mention: Mention, _ s: [Unicode.Scalar]) -> Int? {
        guard mention.text.hasSuffix("Court of Appeals") else { return nil }
        var k = mention.end
        guard k + forThe.count <= s.count, s[k..<(k + forThe.count)].elementsEqual(forThe) else { return nil }
        k += forThe.count
        for circuit in circuitNames
        where k + circuit.count <= s.count && s[k..<(k + circuit.count)].elementsEqual(circuit) {
            let end = k + circuit.count
            if end == s.count || !isNameScalar(s[end]) { return end }
        }
        return nil
    }

    /// Drops every mention lying wholly inside one of `ranges` but not spanning all of it: a part of a name that a
    /// pass has widened over it.
    static func withoutMentions(insideAnyOf ranges: [Range<Int>], _ organizations: [FoundOrganization])
        -> [FoundOrganization]
    {
        guard !ranges.isEmpty else { return organizations }
        var result = organizations
        for index in result.indices {
            result[index].mentions.removeAll { mention in
                ranges.contains {
                    $0.lowerBound <= mention.start && mention.end <= $0.upperBound && $0 != mention.start..<mention.end
                }
            }
        }
        return result.filter { !$0.mentions.isEmpty }
    }

    private static let forThe = Array(" for the ".unicodeScalars)

    /// The US courts of appeals' circuits, as news writes them: ordinal words and numbers, the Federal and the
    /// District of Columbia circuits. Longer forms first, so that "Eleventh" is not read as an unfinished "E…".
    static let circuitNames: [[Unicode.Scalar]] = [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
        "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "Federal",
        "District of Columbia",
        "D.C.",
    ].map { Array(($0 + " Circuit").unicodeScalars) }
}

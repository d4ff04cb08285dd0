/// A court's name cut short: "the Madras High Court" reported as "Madras High", where the tagger read "High" as the
/// name's last word. A name does not end in the word that says which court it is. (A US appeals court's circuit
/// after it, "U.S. Court of Appeals for the Fourth Circuit", stays out: CoNLL-2003 train's gold ends the name at
/// "Appeals".)
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
}

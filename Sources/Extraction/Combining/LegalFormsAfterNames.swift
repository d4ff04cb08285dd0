/// Round 27: "HSBC Holdings plc agreed …": a legal form written in lowercase after the name, as British and Irish
/// companies style "plc" and some firms "ltd" or "llc". The guidelines keep legal suffixes in the span; the tagger,
/// which reads a capital as the sign of a name's word, stops before the lowercase one. CoNLL-2003 and web-news dev
/// write none in lowercase, so their gold says nothing against it.
extension CombinedOrganizationFinder {
    /// Widens each mention over a " plc", " ltd" or " llc" right after it that ends the word (a full stop may follow:
    /// "Ltd." is the suffix's own, and a sentence's stop is left out).
    static func widenedOverLowercaseLegalForms(_ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar])
        -> [FoundOrganization]
    {
        respanning(organizations, scalars) { mention in
            lowercaseLegalFormEnd(after: mention.end, scalars).map { mention.start..<$0 }
        }
    }

    /// The end of a lowercase legal form right after `end` (" plc"), if one is there.
    static func lowercaseLegalFormEnd(after end: Int, _ s: [Unicode.Scalar]) -> Int? {
        // The space and the first letter first: most mentions are followed by neither.
        guard end + 4 <= s.count, s[end] == " ", s[end + 1] == "p" || s[end + 1] == "l",
            end + 4 == s.count || !isNameScalar(s[end + 4])
        else { return nil }
        let word = s[(end + 1)..<(end + 4)]
        guard lowercaseLegalForms.contains(where: { $0.elementsEqual(word) }) else { return nil }
        return end + 4
    }

    private static let lowercaseLegalForms: [[Unicode.Scalar]] = ["plc", "ltd", "llc"].map { Array($0.unicodeScalars) }
}

/// Round 27: "OPEC+ agreed to raise output": a bloc named by its core's acronym and a plus for the members around it.
/// The rules and the tagger read "OPEC" and leave the "+" out, so the mention names another organization than the
/// article's. A plus after a name written otherwise is a product's ("Disney+", "Apple TV+"), and is left alone.
extension CombinedOrganizationFinder {
    /// Widens each mention in capitals (two letters or more) over a "+" right after it that no letter or digit
    /// follows.
    static func widenedOverAcronymPlus(_ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar])
        -> [FoundOrganization]
    {
        respanning(organizations, scalars) { mention in
            let end = mention.end
            guard end < scalars.count, scalars[end] == "+", end + 1 == scalars.count || !isNameScalar(scalars[end + 1]),
                mention.end - mention.start >= 2,
                scalars[mention.start..<end].allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A })
            else { return nil }
            return mention.start..<(end + 1)
        }
    }
}

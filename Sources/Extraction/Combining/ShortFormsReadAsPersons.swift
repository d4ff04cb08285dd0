/// A club or a firm named by the last word of its full name ("Villa" after "Aston Villa", "Stanley" after "Morgan
/// Stanley"), which the tagger, having never seen the word alone, types as a person's surname ("Villa bought him
/// from Chicago Fire"). The article has named the organization in full, and names no person with that surname.
extension CombinedOrganizationFinder {
    /// Adds each one-word span the tagger typed as a person that is the last word of a reported mention of two
    /// words or more (not after "of", "and" or "&": "Bank of England", "Johnson & Johnson") to that mention's
    /// organization, when the rules found that organization too (the tagger alone reads some persons' full names
    /// as organizations: "Note: Garnet Hathaway was ejected"), no person of two words or more the tagger typed ends
    /// in the word, it is no given name, and it lies in the regions and overlaps no reported mention.
    static func addingShortFormsReadAsPersons(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        isRuleName: (FoundOrganization) -> Bool, _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        let singles = entities.filter { span in
            span.label == "PER" && !scalars[span.start..<span.end].contains(" ")
        }
        guard !singles.isEmpty else { return organizations }
        let singleLengths = Set(singles.map { $0.end - $0.start })
        // Built at the first mention whose last word has a single's length and a capital: most documents have none.
        var singleTextsIfNeeded: Set<String>? = nil
        // The last words of the reported names of two words or more, with their organization (the first one). Only
        // a last word some single person span has is split further: most mentions end in no such word.
        var ownerOfLastWord: [String: Int] = [:]
        for (index, organization) in organizations.enumerated() {
            for mention in organization.mentions {
                // The last word's length and capital, read on the scalars, before any String is built.
                var wordStart = mention.end
                while wordStart > mention.start && scalars[wordStart - 1] != " " { wordStart -= 1 }
                guard wordStart > mention.start, singleLengths.contains(mention.end - wordStart),
                    ScalarClass.isUppercase(scalars[wordStart]),
                    let space = mention.text.lastIndex(of: " ")
                else { continue }
                let last = String(mention.text[mention.text.index(after: space)...])
                if singleTextsIfNeeded == nil {
                    singleTextsIfNeeded = Set(singles.map { ScalarClass.string(scalars[$0.start..<$0.end]) })
                }
                guard singleTextsIfNeeded!.contains(last), ownerOfLastWord[last] == nil else { continue }
                let words = mention.text.split(separator: " ")
                guard words.count >= 2, !["of", "and", "&"].contains(words[words.count - 2]),
                    last.first?.isUppercase == true, isRuleName(organization)
                else { continue }
                ownerOfLastWord[last] = index
            }
        }
        guard !ownerOfLastWord.isEmpty else { return organizations }
        // Surnames of the persons named in full.
        var surnames = Set<String>()
        for span in entities where span.label == "PER" {
            let words = scalars[span.start..<span.end].split(separator: " ")
            if words.count >= 2, let last = words.last { surnames.insert(ScalarClass.string(last)) }
        }
        var space = FreeNameSpace(regions: regions, organizations: organizations, length: scalars.count)
        var result = organizations
        var grown = Set<Int>()
        for span in singles {
            let text = ScalarClass.string(scalars[span.start..<span.end])
            guard let owner = ownerOfLastWord[text], !surnames.contains(text),
                !PersonNames.given.contains(text.lowercased())
            else { continue }
            let mention = Mention(start: span.start, end: span.end, text: text)
            guard space.admits(mention) else { continue }
            result[owner].mentions.append(mention)
            grown.insert(owner)
        }
        for index in grown { result[index].mentions.sort { $0.start < $1.start } }
        return result
    }
}

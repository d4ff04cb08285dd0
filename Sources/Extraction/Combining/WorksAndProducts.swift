/// Round 28: mentions that name a product or a work, not its maker: "its weight-loss drug Zepbound cut the risk",
/// "The programme, Panorama, will return", and an editorial column's title, "The Guardian view on water bills".
/// The guidelines leave products, programmes and works out; the tagger, trained on Reuters 1996, reads a
/// capitalised word it never saw by its place in the clause, and after a noun such a word is often a firm
/// ("carmaker Stellantis"). The noun says which: a drug, a programme or a film is made, not a maker. A paper's
/// column is titled "The Guardian view on …" (The Observer's, The Times's likewise): the words name the column,
/// a work, and the paper's name is part of its title; the paper is reported where the text names it as such.
extension CombinedOrganizationFinder {
    /// Drops each organization one of whose mentions stands right after a lowercase noun of a product or a work
    /// (`productKinds`: "drug Zepbound", or in apposition, "programme, Panorama,"), and each mention of a
    /// publication (`isPublicationName`) that opens a column's title (" view on ", " view of " after it). A name
    /// introduced as a product is that product wherever the article repeats it, so its organization goes whole; a
    /// paper's column title leaves the paper's other mentions.
    static func withoutWorksAndProducts(_ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar])
        -> [FoundOrganization]
    {
        // Most articles have neither: a mention is passed over on the scalars around it before a String is built.
        let isProduct = { (organization: FoundOrganization) in
            organization.mentions.contains { followsProductKind($0.start, end: $0.end, scalars) }
        }
        let isColumnTitle = { (mention: Mention) in
            opensColumnTitle(after: mention.end, scalars) && isPublicationName(mention.text)
        }
        guard organizations.contains(where: { isProduct($0) || $0.mentions.contains(where: isColumnTitle) }) else {
            return organizations
        }
        var result: [FoundOrganization] = []
        for var organization in organizations where !isProduct(organization) {
            organization.mentions.removeAll(where: isColumnTitle)
            guard let first = organization.mentions.first else { continue }
            if !organization.mentions.contains(where: { OrganizationKey.make($0.text) == organization.key }) {
                organization.name = first.text
                organization.key = OrganizationKey.make(first.text)
            }
            result.append(organization)
        }
        return result
    }

    /// Lowercase nouns of products and works that a name right after them is the name of: medicines, programmes,
    /// films and books, devices and software. Not "service", "app" or "platform" ("streaming service Tamasha",
    /// "messaging app Telegram": the guidelines make a service named for its company that company), nor "brand"
    /// or "label" (a firm).
    static let productKinds: Set<String> = [
        "drug", "vaccine", "jab", "pill", "medicine", "medication", "treatment", "therapy", "programme", "documentary",
        "series", "sitcom", "podcast", "film", "movie", "album", "novel", "chatbot", "smartphone", "handset",
        "console",
    ]

    /// Whether a word of `productKinds` ends right before `start`, a space between ("drug Zepbound"), or a comma
    /// and a space with a comma right after the name ("The programme, Panorama, will"): an apposition.
    static func followsProductKind(_ start: Int, end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard start >= 4, s[start - 1] == " " else { return false }
        var wordEnd = start - 1
        if s[start - 2] == "," {
            guard end < s.count, s[end] == "," else { return false }
            wordEnd = start - 2
        }
        var wordStart = wordEnd
        while wordStart > 0, wordEnd - wordStart <= 12, s[wordStart - 1].value >= 0x61, s[wordStart - 1].value <= 0x7A {
            wordStart -= 1
        }
        // The noun's length first: most names follow a longer or a shorter word, and then no String is built.
        guard (3...11).contains(wordEnd - wordStart), wordStart == 0 || !isNameScalar(s[wordStart - 1]) else {
            return false
        }
        return productKinds.contains(ScalarClass.string(s[wordStart..<wordEnd]))
    }

    /// Whether " view on " or " view of " follows `end`: a paper's editorial column opens its title so.
    static func opensColumnTitle(after end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard end + 9 <= s.count, s[end] == " ", s[end + 1] == "v", s[end + 2] == "i", s[end + 3] == "e",
            s[end + 4] == "w", s[end + 5] == " ", s[end + 6] == "o", s[end + 7] == "n" || s[end + 7] == "f",
            s[end + 8] == " "
        else { return false }
        return true
    }
}

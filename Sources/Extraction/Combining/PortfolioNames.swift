/// A name's first items, written before its last "and", belong to it. Two shapes of public bodies name themselves
/// by what they cover:
///
/// - a list of portfolios, written with commas and a last "and" ("the UK Foreign, Commonwealth and Development
///   Office"). The tagger reads the comma as a name's end and reports the list's tail ("Commonwealth and
///   Development Office"); the list's first item, capitalised words after "the", belongs to it.
///   (`TaggedOrganizationFinder.isPortfolioList` mends the other cut, a rule name that ends at the first comma.)
/// - two plain nouns joined by "and" before the body's head ("the Securities and Exchange Board of India", "the
///   University and College Union", "the Hospital and Healthsystem Association of Pennsylvania"). The rules end a
///   name at an "and" whose first side is a trade or an institution's word, and their boundary wins over the
///   tagger's longer span, so the name lost its first words ("Exchange Board of India").
extension CombinedOrganizationFinder {
    /// Widens a mention over the first items of its name (see above). The article's other names are asked only once
    /// a mention has the shape.
    static func widenedOverPortfolioLists(
        _ organizations: [FoundOrganization], entities: [EntitySpan] = [], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var reportedAlone: Set<String>? = nil
        return respanning(organizations, scalars) { mention in
            if let start = portfolioListStart(before: mention, scalars) { return start..<mention.end }
            if let end = portfolioListEnd(after: mention, entities: entities, scalars),
                !organizations.contains(where: { $0.mentions.contains { mention.end < $0.end && $0.start < end } })
            {
                return mention.start..<end
            }
            guard let start = andedItemStart(before: mention, entities: entities, scalars) else { return nil }
            // The first item is a name the article reports alone or a well-known name: two names ("the Treasury
            // and Federal Reserve Board" where the article names the Treasury).
            if reportedAlone == nil { reportedAlone = Set(organizations.map(\.key)) }
            let key = OrganizationKey.make(ScalarClass.string(scalars[start..<(mention.start - 5)]))
            guard !(reportedAlone?.contains(key) ?? false), !knownKeys.contains(key) else { return nil }
            return start..<mention.end
        }
    }

    /// Where the list's first item starts, when `mention` is the rest of a portfolio list (see above).
    static func portfolioListStart(before mention: Mention, _ s: [Unicode.Scalar]) -> Int? {
        // The cheap test first: a comma and a space right before the mention.
        guard mention.start >= 4, s[mention.start - 1] == " ", s[mention.start - 2] == ",",
            ByteSearch.contains(mention.text, andBytes),
            let last = mention.text.split(separator: " ").last, publicBodyHeads.contains(last.lowercased())
        else { return nil }
        // One to three capitalised words before the comma, on the same line.
        var start = mention.start - 2
        var words = 0
        while words < 3, start > 0, isNameScalar(s[start - 1]) {
            var k = start
            while k > 0, isNameScalar(s[k - 1]) { k -= 1 }
            guard ScalarClass.isUppercase(s[k]) else { break }
            start = k
            words += 1
            guard start >= 2, s[start - 1] == " ", isNameScalar(s[start - 2]) else { break }
            start -= 1
        }
        if s[start] == " " { start += 1 }
        guard words > 0, start < mention.start - 2, ScalarClass.isUppercase(s[start]) else { return nil }
        // What comes before the first item: "the ", or a sentence's start.
        let before = ScalarClass.string(s[max(0, start - 4)..<start])
        guard before == "the " || before == "The " || start == 0 || s[start - 1] == "\n" else { return nil }
        return start
    }

    /// Where the list ends, when `mention` is a body's head and its first portfolio ("Bureau of Alcohol", "Office
    /// for Students") and the tagger's organization runs on from it over more portfolios, capitalised words joined
    /// by commas and a last "and" (", Tobacco, Firearms and Explosives"). The rules end the name at the first
    /// comma, and the tagger's side keeps its whole span only for a ministry or a department
    /// (`TaggedOrganizationFinder.ministryOpenings`).
    static func portfolioListEnd(after mention: Mention, entities: [EntitySpan], _ s: [Unicode.Scalar]) -> Int? {
        // The cheap test first: a comma and a space right after the mention, then its first two words.
        guard mention.end + 2 < s.count, s[mention.end] == ",", s[mention.end + 1] == " ",
            ByteSearch.contains(mention.text, ofBytes) || ByteSearch.contains(mention.text, forBytes)
        else { return nil }
        let words = mention.text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[1] == "of" || words[1] == "for", isItemHead(words[0]),
            let whole = entities.overlapping(mention.start..<mention.end).first(where: {
                $0.start == mention.start && $0.end > mention.end + 2 && $0.label == "ORG"
            }),
            TaggedOrganizationFinder.isPortfolioList(ScalarClass.string(s[mention.end..<whole.end]))
        else { return nil }
        return whole.end
    }

    static let ofBytes = Array(" of ".utf8)
    static let forBytes = Array(" for ".utf8)

    /// Where the first item starts, when `mention` is the rest of a name of the shape "X and Y Head" or "X and Y
    /// Head of Z" (see above): right before the mention " and ", and before that one or two plain capitalised words
    /// (a capital, then lowercase letters: no acronym, place or given name) that the tagger typed as nothing or as
    /// part of one organization running on into the mention, after "the", a possessive's "'s" or a line's start.
    /// The mention holds no other "and", opens with a plain capitalised word and has a public body's head
    /// (`publicBodyHeads`, "Union", "Administration", "Bureau", "Service") last or right before its "of".
    static func andedItemStart(before mention: Mention, entities: [EntitySpan], _ s: [Unicode.Scalar]) -> Int? {
        // The cheap test first: " and " right before the mention, read from the scalars.
        let joint = mention.start - 5
        guard joint >= 2, s[joint] == " ", s[joint + 1] == "a", s[joint + 2] == "n", s[joint + 3] == "d",
            s[joint + 4] == " ", mention.end <= s.count, isPlainWord(s, from: mention.start),
            !ByteSearch.contains(mention.text, andBytes), !mention.text.contains("\n")
        else { return nil }
        let words = mention.text.split(separator: " ")
        let head = words.firstIndex(of: "of").map { $0 > 0 ? words[$0 - 1] : words[0] } ?? words[words.count - 1]
        guard words.count >= 2, isItemHead(head) else { return nil }
        // One or two plain capitalised words before the "and", on the same line; a sentence's "The" is no item.
        var start = joint
        var items = 0
        while items < 2, start >= 1, isNameScalar(s[start - 1]) {
            var k = start
            while k > 0, isNameScalar(s[k - 1]) { k -= 1 }
            guard isPlainWord(s, from: k), !isThe(s, k, start) else { break }
            let word = ScalarClass.string(s[k..<start]).lowercased()
            guard !PlaceNames.contains(word), !PersonNames.given.contains(word) else { return nil }
            start = k
            items += 1
            guard start >= 2, s[start - 1] == " " else { break }
            start -= 1
        }
        if s[start] == " " { start += 1 }
        guard items > 0, opensFirstItem(at: start, s) else { return nil }
        // The tagger typed none of the first item, or an organization that runs on into the mention.
        for entity in entities.overlapping(start..<joint) where entity.start < joint && start < entity.end {
            guard entity.label == "ORG", entity.start <= start, entity.end > mention.start else { return nil }
        }
        return start
    }

    /// Whether the word at `start` is a capital and two or more lowercase letters, then a space or the word's end.
    private static func isPlainWord(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        guard start < s.count, ScalarClass.isUppercase(s[start]) else { return false }
        var k = start + 1
        while k < s.count, isNameScalar(s[k]) {
            guard s[k].properties.isLowercase else { return false }
            k += 1
        }
        return k - start >= 3
    }

    /// What may stand before a name's first item: "the", a possessive's "'s", a line's or the text's start.
    private static func opensFirstItem(at start: Int, _ s: [Unicode.Scalar]) -> Bool {
        if start == 0 || s[start - 1] == "\n" { return true }
        guard start >= 4, s[start - 1] == " " else { return false }
        let (b, c) = (s[start - 3], s[start - 2])
        return isThe(s, start - 4, start - 1) || ((b == "'" || b == "’") && c == "s")
    }

    /// Whether the scalars `start..<end` are the word "the" or "The", standing alone.
    private static func isThe(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        end - start == 3 && (s[start] == "t" || s[start] == "T") && s[start + 1] == "h" && s[start + 2] == "e"
            && (start == 0 || !isNameScalar(s[start - 1]))
    }

    /// A public body's head word that ends a name of "and"-joined items.
    private static func isItemHead(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        return publicBodyHeads.contains(lower) || itemHeads.contains(lower)
    }

    /// Heads beyond `publicBodyHeads` that end such names ("University and College Union", "Food and Drug
    /// Administration", "Fish and Wildlife Service").
    static let itemHeads: Set<String> = [
        "union", "administration", "bureau", "service", "organization", "organisation",
    ]
}

/// "the UK Foreign, Commonwealth and Development Office": a ministry named by the list of its portfolios, written
/// with commas and a last "and". The tagger reads the comma as a name's end and reports the list's tail
/// ("Commonwealth and Development Office"); the list's first item, capitalised words after "the", belongs to it.
/// (`TaggedOrganizationFinder.isPortfolioList` mends the other cut, a rule name that ends at the first comma.)
extension CombinedOrganizationFinder {
    /// Widens a mention of the shape "Y and Z Head" (a public body's head word last, `publicBodyHeads`) over the
    /// capitalised words and the comma before it, when "the" or a sentence's start comes before those words.
    static func widenedOverPortfolioLists(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        respanning(organizations, scalars) { mention in
            portfolioListStart(before: mention, scalars).map { $0..<mention.end }
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
}

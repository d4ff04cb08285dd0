/// "Lithuanian second-hand fashion marketplace Vinted has raised …", "Private operators Flixtrain and Transdev were
/// not affected": a lowercase kind of organization right before a name the tagger typed as a place, a person or a
/// miscellaneous name. Modern business news introduces an unfamiliar company by its trade, and the tagger, which never
/// saw the name, reads it by its shape (a town, a surname). The rules' own reading of this shape
/// (`followsKindWord` in RuleNamesTheTaggerMissed.swift) needs the rules to have found the name; these names are
/// often single words no cue of the rules marks.
extension CombinedOrganizationFinder {
    /// Adds each span the tagger typed LOC, PER or MISC that starts one space after a kind word (`kindWordsBefore`),
    /// and, after a kind in the plural, the span joined to it by " and " or ", " when that one is typed so too
    /// ("operators Flixtrain and Transdev"): not a person's shape (a given name first), not a demonym, and not run
    /// into a capitalised word after it (the tagger's span is the whole name).
    static func addingNamesAfterKindWords(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        var previous: (span: EntitySpan, plural: Bool)? = nil
        for span in entities {
            guard span.label != "ORG" else { continue }
            // The kind first, which most spans have not, then the name's shape, which builds strings.
            let plural: Bool
            if let kind = kindWord(before: span.start, scalars) {
                plural = kind.hasSuffix("s")
            } else if let last = previous, last.plural, isJoined(last.span.end, span.start, scalars) {
                plural = true
            } else {
                continue
            }
            guard isStandaloneName(span, scalars) else { continue }
            let text = ScalarClass.string(scalars[span.start..<span.end])
            found.append(Mention(start: span.start, end: span.end, text: text))
            previous = (span, plural)
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Kinds of organization news writes right before a company's name: `nameKinds` and their plurals, and the
    /// trades of modern business news.
    /// Not "carrier": "aircraft carriers Vinson and Enterprise" are ships.
    static let kindWordsBefore: Set<String> = nameKinds.subtracting(["carrier"]).union(
        nameKinds.subtracting(["carrier"]).map { $0 + "s" }
    ).union([
        "marketplace", "marketplaces", "start-up", "start-ups", "fintech", "fintechs", "platform", "platforms",
        "streamer", "streamers", "supermarkets", "chain", "chains", "miner", "miners", "lenders", "banks", "airlines",
        "companies", "utilities", "subsidiary", "subsidiaries", "maker", "makers", "app", "apps", "housebuilder",
        "housebuilders", "brewer", "brewers", "bookmaker", "bookmakers",
    ])

    /// For each ASCII scalar, a bit per scalar count of the kinds that begin with it (all ASCII, under 64 scalars).
    static let kindLengthsByInitial: [UInt64] = (0..<128).map { value in
        kindWordsBefore.filter { $0.unicodeScalars.first?.value == UInt32(value) }.reduce(0) {
            $0 | 1 << UInt64($1.unicodeScalars.count)
        }
    }

    /// The kind word that ends one space before `start`, when a word that is not a name's stands before it.
    static func kindWord(before start: Int, _ s: [Unicode.Scalar]) -> String? {
        guard start >= 3, s[start - 1] == " " else { return nil }
        var k = start - 1
        while k > 0 && (s[k - 1].value >= 0x61 && s[k - 1].value <= 0x7A || s[k - 1] == "-") && start - 1 - k <= 14 {
            k -= 1
        }
        let length = start - 1 - k
        // A String only for a word whose first letter and length some kind has: most spans follow "the", "said".
        guard length >= 3, k == 0 || !isNameScalar(s[k - 1]), s[k].value < 0x80,
            kindLengthsByInitial[Int(s[k].value)] & (1 << UInt64(length)) != 0
        else { return nil }
        let word = ScalarClass.string(s[k..<(start - 1)])
        return kindWordsBefore.contains(word) ? word : nil
    }

    /// Whether only " and " or ", " stands between `end` and `start`.
    private static func isJoined(_ end: Int, _ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard end < start, start - end <= 5 else { return false }
        let between = ScalarClass.string(s[end..<start])
        return between == " and " || between == ", "
    }

    /// Whether the span is a whole name of a company's shape: not run into a capitalised word after it, not a
    /// demonym, not a given name and a surname, and with a lowercase letter (not a table's capitals).
    private static func isStandaloneName(_ span: EntitySpan, _ s: [Unicode.Scalar]) -> Bool {
        guard span.end < s.count, s[span.start..<span.end].contains(where: { $0.properties.isLowercase }) else {
            return false
        }
        if s[span.end] == " ", span.end + 1 < s.count, ScalarClass.isUppercase(s[span.end + 1]) { return false }
        let words = ScalarClass.string(s[span.start..<span.end]).split(separator: " ")
        guard let first = words.first else { return false }
        if words.count == 1 { return !PlaceNames.demonyms.contains(first.lowercased()) }
        return !PersonNames.given.contains(first.lowercased())
    }
}

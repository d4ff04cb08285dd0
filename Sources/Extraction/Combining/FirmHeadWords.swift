/// A name the tagger typed a place or a miscellaneous name whose last word is one only a firm's or a body's name
/// ends in: a trade or a corporate form ("Kedaara Capital", "Tianqi Lithium", "Vestiaire Collective", "Stan
/// Sport", "TNT Sports", "Esports Charts") or a sport, ending a league's or a governing body's name ("Super
/// Rugby"). The tagger, trained on Reuters 1996, reads an unfamiliar first word as a town and carries the type
/// over the whole name; the last word says what the name is. In CoNLL-2003 train and dev and web-news dev, no
/// gold place, person or MISC name of two words or more ends in one of these words ("West Bank" ends in "Bank",
/// which is therefore not one; "Gazzetta dello Sport" of CoNLL dev is an organization the tagger typed LOC).
extension CombinedOrganizationFinder {
    /// Adds each span the tagger typed LOC, MISC or PER of two words or more that ends in one of `firmHeadWords`, not
    /// in capitals (a table's rows) and not opening with a demonym ("Chinese Football" is a sport, not a body). A
    /// person's span since round 24 ("Zydus Lifesciences", "Marion Biotech" typed PER): no gold person of CoNLL-2003
    /// train or dev or web-news dev ends in one of these words, and the surnames that end names so ("David Steel",
    /// "Energy") are not among them.
    static func addingNamesEndingInFirmWords(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for span in entities where span.label == "LOC" || span.label == "MISC" || span.label == "PER" {
            // The last word's first letter must be a capital after a space: asked on the scalars before any string.
            var k = span.end
            while k > span.start && scalars[k - 1] != " " { k -= 1 }
            // A String only for a word whose first letter and length some head word has.
            guard k > span.start + 1, k < span.end, span.end - k < 64, scalars[k].value >= 0x41,
                scalars[k].value <= 0x5A,
                headLengthsByInitial[Int(scalars[k].value)] & (1 << UInt64(span.end - k)) != 0,
                firmHeadWords.contains(ScalarClass.string(scalars[k..<span.end]))
            else { continue }
            let text = ScalarClass.string(scalars[span.start..<span.end])
            guard text.unicodeScalars.contains(where: { $0.properties.isLowercase }),
                let first = text.split(separator: " ").first,
                !PlaceNames.demonyms.contains(first.lowercased())
            else { continue }
            found.append(Mention(start: span.start, end: span.end, text: text))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Words that end a firm's or a body's name and no place's, person's or event's. Not "Bank" ("West Bank"),
    /// "Games" (an event), "Energy" or "Steel" (surnames, and "Solar Energy" is a subject). "Industry" since round 27
    /// ("Hon Hai Precision Industry" typed MISC; the three sets' gold names ending in it are all organizations).
    /// Round 28: "Biotec" ("Panacea Biotec" typed LOC), "Biologics", "Semiconductor(s)", "Robotics", "Shipping",
    /// "Minerals": every gold name of the three sets ending in one of them is an organization.
    static let firmHeadWords: Set<String> = [
        "Capital", "Ventures", "Partners", "Holdings", "Investments", "Securities", "Sports", "Sport", "Media",
        "Motors", "Airlines", "Airways", "Pharma", "Pharmaceuticals", "Therapeutics", "Biotherapeutics",
        "Technologies", "Labs", "Mining", "Group", "Fund", "Charts", "Collective", "Insurance", "Telecom",
        "Logistics", "Networks", "Entertainment", "Studios", "Esports", "Lithium", "Petroleum", "Chemicals",
        "Electronics", "Bancorp", "Brewery", "Rugby", "Cricket", "Industries", "Cement", "Biotech", "Lifesciences",
        "Biosciences", "Aerospace", "Industry", "Biotec", "Biologics", "Semiconductor", "Semiconductors", "Robotics",
        "Shipping", "Minerals",
    ]

    /// For each ASCII scalar, a bit per scalar count of the head words that begin with it (all ASCII, under 64
    /// scalars).
    static let headLengthsByInitial: [UInt64] = (0..<128).map { value in
        firmHeadWords.filter { $0.unicodeScalars.first?.value == UInt32(value) }.reduce(0) {
            $0 | 1 << UInt64($1.unicodeScalars.count)
        }
    }
}

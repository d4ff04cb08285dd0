/// "the Indian Institute of Science", "the Chinese Academy of Sciences": a nationality that opens the name of an
/// institute, an academy or a university. The tagger learnt from Reuters to type a nationality before a name as a
/// miscellaneous word ("Brazilian Foreign Ministry", where CoNLL-2003 leaves it out) and so reports "Institute of
/// Science", which names nothing on its own. A name that starts with such a head word after a nationality has the
/// nationality in it: CoNLL-2003 train, dev and web-news dev have no gold name opening with one of these heads right
/// after a nationality, and three that hold the two ("Ukrainian Academy of Agrarian Sciences").
extension CombinedOrganizationFinder {
    /// Widens a mention that opens with an institution's head (`nationalInstitutionHeads`), or ends in a body of
    /// members' head (`memberBodyHeadsAsWritten`), over the nationality
    /// right before it, when no capitalised word comes before the nationality on its line; the widened mentions are
    /// regrouped under their key.
    static func widenedOverNationalInstitutions(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        respanning(organizations, scalars) { mention in
            nationalityStart(before: mention, scalars).map { $0..<mention.end }
        }
    }

    /// Where the nationality before `mention` starts, when the mention opens with an institution's head or ends in
    /// a body of members' head (see above).
    static func nationalityStart(before mention: Mention, _ s: [Unicode.Scalar]) -> Int? {
        // The cheap test first: a space and a lowercase letter before the mention, the end of the word before it.
        guard mention.start >= 4, s[mention.start - 1] == " ", s[mention.start - 2].value >= 0x61,
            s[mention.start - 2].value <= 0x7A
        else { return nil }
        guard opensWithInstitutionHead(mention.text) || endsWithMemberBodyHead(mention.text) else { return nil }
        var start = mention.start - 2
        while start > 0, isNameScalar(s[start - 1]) { start -= 1 }
        guard ScalarClass.isUppercase(s[start]),
            PlaceNames.demonyms.contains(ScalarClass.string(s[start..<(mention.start - 1)]).lowercased())
        else { return nil }
        // No capitalised word before the nationality on its line ("Tata Indian Institute" is some other run).
        if start >= 2, s[start - 1] == " ", isNameScalar(s[start - 2]) {
            var k = start - 2
            while k > 0, isNameScalar(s[k - 1]) { k -= 1 }
            guard !ScalarClass.isUppercase(s[k]) else { return nil }
        }
        return start
    }

    private static func opensWithInstitutionHead(_ text: String) -> Bool {
        let bytes = text.utf8
        // The heads' capitals: "Institute", "Academy", "University", "College", "School", "Museum", "Society",
        // "Federation" (and "Association", "Council").
        guard let lead = bytes.first,
            lead == 0x49 || lead == 0x41 || lead == 0x55 || lead == 0x43 || lead == 0x53
                || lead == 0x4D || lead == 0x46
        else { return false }
        let head = text[..<(bytes.firstIndex(of: 0x20) ?? bytes.endIndex)]
        return head.utf8.count >= 6 && head.utf8.count <= 11 && nationalInstitutionHeadsAsWritten.contains(String(head))
    }

    /// "Finnish Metalworkers' Union", "German Hospital Federation": a name of two words or more that ends in the
    /// head of a body of members holds the nationality before it (CoNLL-2003 train and dev and web-news dev have 32
    /// gold names that end so and open with a nationality, "Welsh National Farmers' Union", and none that leaves
    /// out a nationality written right before it).
    private static func endsWithMemberBodyHead(_ text: String) -> Bool {
        guard let space = text.utf8.lastIndex(of: 0x20), let lead = text.utf8.first, lead >= 0x41, lead <= 0x5A
        else { return false }
        let last = text[text.utf8.index(after: space)...]
        return last.utf8.count >= 5 && last.utf8.count <= 13 && memberBodyHeadsAsWritten.contains(String(last))
    }

    /// The last words of bodies of members as a name writes them ("Union").
    static let memberBodyHeadsAsWritten: Set<String> = [
        "Union", "Federation", "Confederation", "Association", "Council", "Congress",
    ]

    /// The heads as a name writes them ("Institute").
    static let nationalInstitutionHeadsAsWritten: Set<String> = Set(
        nationalInstitutionHeads.map { $0.prefix(1).uppercased() + $0.dropFirst() })

    /// Heads of institutions whose names open with the nationality ("Indian Institute", "Chinese Academy").
    static let nationalInstitutionHeads: Set<String> = [
        "institute", "academy", "university", "college", "school", "museum", "society", "association",
        "federation", "council",
    ]
}

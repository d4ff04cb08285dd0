/// "the Indian Institute of Science", "the Chinese Academy of Sciences": a nationality that opens the name of an
/// institute, an academy or a university. The tagger learnt from Reuters to type a nationality before a name as a
/// miscellaneous word ("Brazilian Foreign Ministry", where CoNLL-2003 leaves it out) and so reports "Institute of
/// Science", which names nothing on its own. A name that starts with such a head word after a nationality has the
/// nationality in it: CoNLL-2003 train, dev and web-news dev have no gold name opening with one of these heads right
/// after a nationality, and three that hold the two ("Ukrainian Academy of Agrarian Sciences").
extension CombinedOrganizationFinder {
    /// Widens a mention that opens with an institution's head (`nationalInstitutionHeads`) over the nationality
    /// right before it, when no capitalised word comes before the nationality on its line; the widened mentions are
    /// regrouped under their key.
    static func widenedOverNationalInstitutions(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        respanning(organizations, scalars) { mention in
            nationalityStart(before: mention, scalars).map { $0..<mention.end }
        }
    }

    /// Where the nationality before `mention` starts, when the mention opens with an institution's head (see above).
    static func nationalityStart(before mention: Mention, _ s: [Unicode.Scalar]) -> Int? {
        // The cheap test first: a space and a lowercase letter before the mention, the end of the word before it.
        guard mention.start >= 4, s[mention.start - 1] == " ", s[mention.start - 2].value >= 0x61,
            s[mention.start - 2].value <= 0x7A
        else { return nil }
        let bytes = mention.text.utf8
        // The heads' capitals: "Institute", "Academy", "University", "College", "School", "Museum", "Society",
        // "Federation" (and "Association", "Council").
        guard let lead = bytes.first,
            lead == 0x49 || lead == 0x41 || lead == 0x55 || lead == 0x43 || lead == 0x53
                || lead == 0x4D || lead == 0x46
        else { return nil }
        let head = mention.text[..<(bytes.firstIndex(of: 0x20) ?? bytes.endIndex)]
        guard head.utf8.count >= 6, head.utf8.count <= 11, nationalInstitutionHeadsAsWritten.contains(String(head))
        else { return nil }
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

    /// The heads as a name writes them ("Institute").
    static let nationalInstitutionHeadsAsWritten: Set<String> = Set(
        nationalInstitutionHeads.map { $0.prefix(1).uppercased() + $0.dropFirst() })

    /// Heads of institutions whose names open with the nationality ("Indian Institute", "Chinese Academy").
    static let nationalInstitutionHeads: Set<String> = [
        "institute", "academy", "university", "college", "school", "museum", "society", "association",
        "federation", "council",
    ]
}

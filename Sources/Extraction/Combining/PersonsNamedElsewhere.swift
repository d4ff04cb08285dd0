/// A name the tagger typed as a person in one place and as an organization in another ("Conservative Leader
/// Pierre Poilievre loses his seat" … "Pierre Poilievre's Conservatives were on track"): the context of a
/// possessive or a list of clubs misleads the tagger, and the article's other reading is the person's.
extension CombinedOrganizationFinder {
    /// Drops the mentions of organizations the rules do not know whose exact words the tagger typed as a person
    /// elsewhere in the article, or that a list joins to a person ("Josh Gibcus and Sam Banks"), when they are
    /// shaped as a person's name: a given name the rules know and one or two more words. A name the rules know
    /// ("Morgan Stanley", "Ralph Lauren") keeps both readings, and so does one of another shape: the tagger types a
    /// company ("KeyCorp", "Blue Origin") or a product as a person as often as it types a product as a company (on
    /// the dev pages and CoNLL dev, dropping every such mention removed as many right names as wrong ones).
    static func withoutPersonsNamedElsewhere(
        _ organizations: [FoundOrganization], isRuleName: (FoundOrganization) -> Bool, entities: [EntitySpan],
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        // Only a mention shaped as a person's name can be one (`persons` holds only such names), and most articles
        // have none in an organization the rules do not know: then nothing is worked out.
        guard
            organizations.contains(where: { organization in
                organization.mentions.contains { isGivenNameFirst($0.text) } && !isRuleName(organization)
            })
        else { return organizations }
        // The mentions' starts are gathered only when some mention is followed by a possessive: few are.
        var starts = Set<Int>()
        if organizations.contains(where: { $0.mentions.contains { isPossessiveAt($0.end, scalars) } }) {
            for organization in organizations {
                for mention in organization.mentions { starts.insert(mention.start) }
            }
        }
        var persons = Set<String>()
        for entity in entities where entity.label == "PER" && entity.end - entity.start <= 64 {
            let name = ScalarClass.string(scalars[entity.start..<entity.end])
            if isGivenNameFirst(name) { persons.insert(name) }
        }
        func isPerson(_ mention: Mention) -> Bool {
            isGivenNameFirst(mention.text)
                && (persons.contains(mention.text) || isListedWithPerson(mention, entities: entities, scalars)
                    || ownsNextOrganization(mention, starts: starts, scalars))
        }
        return organizations.compactMap { organization in
            guard !isRuleName(organization) else { return organization }
            var kept = organization
            kept.mentions.removeAll(where: isPerson)
            if kept.mentions.count == organization.mentions.count { return organization }
            return kept.mentions.isEmpty ? nil : kept
        }
    }

    /// Drops the one-word mentions of organizations the rules do not know that are the surname of a person the
    /// tagger typed in full elsewhere in the article ("Bukayo Saka's late strike" … "Saka's winner came in the 88th
    /// minute", the latter typed ORG): news names a person in full once and by surname after, and a tagger that
    /// never saw the surname reads it by the words around it. A name the rules know ("Dell" beside "Michael
    /// Dell") keeps both readings.
    static func withoutSurnamesOfPersons(
        _ organizations: [FoundOrganization], isRuleName: (FoundOrganization) -> Bool, entities: [EntitySpan],
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        func isOneWord(_ mention: Mention) -> Bool { !ByteSearch.holds(mention.text, byte: 0x20) }
        guard entities.contains(where: { $0.label == "PER" }),
            organizations.contains(where: { $0.mentions.contains(where: isOneWord) && !isRuleName($0) })
        else { return organizations }
        var surnames = Set<String>()
        for entity in entities where entity.label == "PER" && entity.end - entity.start <= 64 {
            let words = scalars[entity.start..<entity.end].split(separator: " ")
            if words.count >= 2, let last = words.last { surnames.insert(ScalarClass.string(last)) }
        }
        guard !surnames.isEmpty else { return organizations }
        return organizations.compactMap { organization in
            guard !isRuleName(organization) else { return organization }
            var kept = organization
            kept.mentions.removeAll { isOneWord($0) && surnames.contains($0.text) }
            if kept.mentions.count == organization.mentions.count { return organization }
            return kept.mentions.isEmpty ? nil : kept
        }
    }

    /// "Josh Gibcus and Sam Banks impressed": whether a person the tagger typed stands right before or after the
    /// mention, joined by "and" or a comma. Names listed together are of one kind.
    static func isListedWithPerson(_ mention: Mention, entities: [EntitySpan], _ scalars: [Unicode.Scalar]) -> Bool {
        entities.overlapping(max(0, mention.start - 7)..<min(scalars.count, mention.end + 7)).contains {
            entity in
            guard entity.label == "PER" else { return false }
            let gap: ArraySlice<Unicode.Scalar>
            if entity.end <= mention.start {
                gap = scalars[entity.end..<mention.start]
            } else if mention.end <= entity.start {
                gap = scalars[mention.end..<entity.start]
            } else {
                return false
            }
            return listJoiners.contains { gap.elementsEqual($0) }
        }
    }

    /// "Elon Musk's SpaceX", "Rupert Murdoch's News Corp": whether a possessive joins the mention to another
    /// organization's mention right after it. A company named after its owner is its owner's, and news writes a
    /// person's name before the company they own or run; a company that owns another one is a name the rules
    /// know or not shaped as a given name and a surname.
    static func ownsNextOrganization(_ mention: Mention, starts: Set<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        isPossessiveAt(mention.end, scalars) && starts.contains(mention.end + 3)
    }

    /// "'s " or "’s " at `k`, with a word after it.
    static func isPossessiveAt(_ k: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        k + 3 < scalars.count && (scalars[k] == "'" || scalars[k] == "’") && scalars[k + 1] == "s"
            && scalars[k + 2] == " "
    }

    /// What joins the names of a list.
    static let listJoiners: [[Unicode.Scalar]] = [" and ", ", ", ", and "].map { Array($0.unicodeScalars) }

    /// "Pierre Poilievre", "Marcus Rashford": two or three words, the first a given name the rules know.
    static func isGivenNameFirst(_ name: String) -> Bool {
        // Most mentions are one word: in ASCII the words are counted on the bytes before any String is made (as
        // `split(separator: " ")` does, a run of spaces is one separator; elsewhere a space may begin a character
        // with a combining mark, which is no separator, so the split counts).
        var words = 0
        var previous: UInt8 = 0x20
        var ascii = true
        for byte in name.utf8 {
            if previous == 0x20 && byte != 0x20 { words += 1 }
            previous = byte
            if byte >= 0x80 { ascii = false }
        }
        if ascii {
            guard words == 2 || words == 3, let first = capitalisedFirstWordLowercased(ascii: name) else {
                return false
            }
            return PersonNames.given.contains(first)
        }
        words = name.split(separator: " ").count
        guard words == 2 || words == 3, let first = name.split(separator: " ").first,
            first.unicodeScalars.first.map(ScalarClass.isUppercase) == true
        else { return false }
        return PersonNames.given.contains(first.lowercased())
    }

    /// The first word of an ASCII name (its bytes up to a space, the first piece `split(separator: " ")` gives),
    /// lowercased, when it opens with a capital; nil otherwise. Read from the bytes: splitting the name into
    /// Strings cost more than the look-up, and multi-word organizations are asked about at every mention.
    private static func capitalisedFirstWordLowercased(ascii name: String) -> String? {
        let utf8 = name.utf8
        guard let start = utf8.firstIndex(where: { $0 != 0x20 }), utf8[start] >= 0x41, utf8[start] <= 0x5A else {
            return nil
        }
        let word = utf8[start..<(utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex)]
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            var k = 0
            for byte in word {
                buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                k += 1
            }
            return k
        }
    }
}

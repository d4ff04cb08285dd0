/// An organization named before a person's role and the person ("Octopus Energy founder Greg Jackson", "UAW
/// President Ron Gettelfinger", "Federated Farmers dairy chair Richard McIntyre"): news writes a source's
/// employer, role and name as one phrase, and the tagger, which found the person, often leaves an unfamiliar
/// employer untyped.
extension CombinedOrganizationFinder {
    /// Roles written between an organization and the person who holds them.
    static let rolesAfterOrganizations: Set<String> = [
        "founder", "co-founder", "chief", "chairman", "chairwoman", "chair", "president", "President", "Chairman",
        "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "strategist", "director", "boss", "coach",
        "CEO", "CFO", "COO", "CTO", "executive", "secretary", "head", "owner", "partner",
    ]

    /// Words before a role that name a kind of post-holder or a unit, not an employer ("Acting Police chief").
    static let roleQualifiers: Set<String> = [
        "Acting", "Interim", "Incumbent", "Police", "Ministry", "Press", "Club", "National", "Team", "Company",
        "Airport", "Party", "State", "Federal", "Vice", "Assistant", "Associate", "Managing", "General", "Chief",
    ]

    /// Adds the capitalised run right before a role (`rolesAfterOrganizations`, perhaps after one lowercase word:
    /// "dairy chair") that the tagger typed a person's name right after, as an organization: a run of two or
    /// three words, or one word in capitals ("UAW"), that is the whole run (as `partyRun` reads it), holds no
    /// qualifier (`memberQualifiers`, `roleQualifiers`), is no place the rules know ("US President …"), and that
    /// the tagger typed nothing of, or typed exactly as a person. A single capitalised
    /// word is most often a unit or a kind of post-holder ("Ministry spokesman", "Bench coach", CoNLL train).
    static func addingFirmsBeforeRoles(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for person in entities where person.label == "PER" {
            guard let role = roleBefore(person.start, scalars),
                let firm = firmRun(endingAt: role.lowerBound - 1, scalars)
            else { continue }
            let mention = Mention(
                start: firm.lowerBound, end: firm.upperBound, text: ScalarClass.string(scalars[firm]))
            // Typed nothing, or typed exactly as a person: a person's name is never written before another's
            // role ("Hargreaves Lansdown analyst Susannah Streeter", the firm read as a person's name).
            let typed = entities.overlapping(firm).contains {
                $0.start < firm.upperBound && firm.lowerBound < $0.end
                    && !($0.start == firm.lowerBound && $0.end == firm.upperBound && $0.label == "PER")
            }
            if !typed { found.append(mention) }
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// The role and its one lowercase modifier, if any, that end one space before `start`.
    static func roleBefore(_ start: Int, _ s: [Unicode.Scalar]) -> Range<Int>? {
        guard start >= 3, s[start - 1] == " " else { return nil }
        func word(endingAt end: Int) -> Range<Int>? {
            var k = end
            while k > 0 && (isNameScalar(s[k - 1]) || s[k - 1] == "-") && end - k <= 14 { k -= 1 }
            return k < end ? k..<end : nil
        }
        // A String only for a word that opens as a role does: most persons follow "said", "by", "Mr" and the like.
        guard let role = word(endingAt: start - 1), role.count >= 3, role.count <= 12,
            s[role.lowerBound].value < 0x80,
            roleLengthsByInitial[Int(s[role.lowerBound].value)] & (1 << UInt64(role.count)) != 0,
            rolesAfterOrganizations.contains(ScalarClass.string(s[role]))
        else { return nil }
        // "chief executive": the role's second word, with its first before it.
        var lower = role.lowerBound
        let text = ScalarClass.string(s[role])
        if text == "executive" || text == "secretary",
            lower >= 2, s[lower - 1] == " ", let first = word(endingAt: lower - 1),
            ["chief", "general", "executive"].contains(ScalarClass.string(s[first]))
        {
            lower = first.lowerBound
        }
        // One lowercase modifier ("dairy chair", "health spokesman").
        if lower >= 2, s[lower - 1] == " ", let modifier = word(endingAt: lower - 1),
            s[modifier].allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }),
            !roleStopWords.contains(ScalarClass.string(s[modifier]))
        {
            lower = modifier.lowerBound
        }
        return lower..<role.upperBound
    }

    /// For each ASCII scalar, a bit per scalar count of `rolesAfterOrganizations` that begin with it (all ASCII, of
    /// three to twelve letters): looked up in a table where a set of scalars was hashed for every person.
    static let roleLengthsByInitial: [UInt64] = (0..<128).map { value in
        rolesAfterOrganizations.filter { $0.unicodeScalars.first?.value == UInt32(value) }.reduce(0) {
            $0 | 1 << UInt64($1.unicodeScalars.count)
        }
    }

    /// Lowercase words that end a clause rather than modify a role ("… said chairman …").
    static let roleStopWords: Set<String> = [
        "said", "says", "and", "or", "of", "the", "a", "an", "to", "for", "with", "by", "at", "as", "is", "was", "has",
        "had", "its", "their", "his", "her", "former", "new", "deputy", "vice", "acting", "interim", "its",
    ]

    /// The firm's run: what `partyRun` reads before a role, when it is two or three words or one word in capitals,
    /// and holds no qualifier.
    static func firmRun(endingAt end: Int, _ s: [Unicode.Scalar]) -> Range<Int>? {
        guard end > 0, s[end] == " ", let run = partyRun(endingAt: end, s) else { return nil }
        let words = ScalarClass.string(s[run]).split(separator: " ").map(String.init)
        // "US President Donald Trump": a country's or a city's post-holder.
        guard !words.contains(where: roleQualifiers.contains),
            !PlaceNames.contains(words.joined(separator: " ").lowercased())
        else { return nil }
        if words.count >= 2 { return run }
        let only = words[0].unicodeScalars
        return only.count >= 2 && only.count <= 5 && only.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A })
            ? run : nil
    }
}

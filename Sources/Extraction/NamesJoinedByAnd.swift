/// "Pick n Pay and Woolworths Holdings", "Africa Investment Fund and Verod-Kepple Africa Ventures": news lists two
/// companies with a bare "and", and the tagger, which reads "and" inside names ("Procter and Gamble", "Food and Drug
/// Administration"), reported the run as one. `splittingCoordinatedRuleNames` splits only where the rules found
/// both sides; here a side counts as a name alone by what it says about itself: its last word is a firm's form or a
/// legal suffix ("Holdings", "Ventures", "Fund", "plc"), an institution's head ("Council", "University"), or the
/// article reports it alone elsewhere. A single name's "and" joins words that are not names alone on both sides
/// ("Natural Sciences and Engineering Research Council": the left side ends in no head).
extension CombinedOrganizationFinder {
    /// Splits a reported mention at its one " and " where each side is two capitalised words or more, holds no
    /// connector ("of", "for", a comma: those are portfolio lists of one ministry) and stands as a name alone (see
    /// above); each side is regrouped under its own key.
    static func splittingNamesJoinedByAnd(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        // Most articles report no name holding " and ": then nothing is built.
        guard organizations.contains(where: { $0.mentions.contains { ByteSearch.contains($0.text, andBytes) } }) else {
            return organizations
        }
        // The keys of names the article reports alone, in the organizations' order.
        var reportedAlone = Set<String>()
        for organization in organizations
        where organization.mentions.contains(where: { !ByteSearch.contains($0.text, andBytes) }) {
            reportedAlone.insert(organization.key)
        }
        var result = organizations
        var parts: [Mention] = []
        for index in result.indices {
            result[index].mentions.removeAll { mention in
                guard ByteSearch.contains(mention.text, andBytes),
                    let sides = joinedNames(mention, reportedAlone: reportedAlone)
                else { return false }
                parts += [sides.left, sides.right]
                return true
            }
        }
        return regrouping(result, adding: parts)
    }

    /// The two names a mention joins with its one " and ", when both stand alone.
    static func joinedNames(_ mention: Mention, reportedAlone: Set<String>) -> (left: Mention, right: Mention)? {
        let halves = mention.text.components(separatedBy: " and ")
        guard halves.count == 2 else { return nil }
        let left = halves[0]
        let right = halves[1]
        guard isJoinableSide(left), isJoinableSide(right),
            standsAlone(left, reportedAlone), standsAlone(right, reportedAlone)
        else { return nil }
        let leftCount = left.unicodeScalars.count
        let rightStart = mention.start + leftCount + 5
        return (
            Mention(start: mention.start, end: mention.start + leftCount, text: left),
            Mention(start: rightStart, end: mention.end, text: right)
        )
    }

    /// Two words or more on one line, the first and last capitalised, no comma and no lowercase connector but the
    /// "n" of a shop's name ("Pick n Pay").
    static func isJoinableSide(_ side: String) -> Bool {
        let words = side.split(separator: " ")
        guard words.count >= 2, !side.contains(","), !side.contains("\n") else { return false }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            return ScalarClass.isUppercase(first) || ScalarClass.isDigit(first) || word == "n" || word == "&"
        }
    }

    /// Whether a side names an organization by itself: the article reports it alone, or its last word is a firm's
    /// form, a legal suffix or an institution's head.
    static func standsAlone(_ side: String, _ reportedAlone: Set<String>) -> Bool {
        if reportedAlone.contains(OrganizationKey.make(side)) { return true }
        guard let last = side.split(separator: " ").last else { return false }
        let word = String(last.prefix { $0 != "." }).lowercased()
        return firmForms.contains(word) || joinedFirmForms.contains(word) || corporateForms.contains(word)
            || OrganizationKey.legalSuffixes.contains(word) || institutionHeads.contains(word)
    }

    /// Firm forms beyond `firmForms` that end investors' and lenders' names ("… Africa Investment Fund").
    static let joinedFirmForms: Set<String> = ["fund", "funds", "investments", "bank", "airlines", "airways"]
}

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
    /// above), or where the mention follows another and a comma (a list's last items, each of one word or more);
    /// each side is regrouped under its own key.
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
        // Where reported mentions end: a mention right after one and a comma is a list's last items.
        var mentionEnds = Set<Int>()
        for organization in organizations { for mention in organization.mentions { mentionEnds.insert(mention.end) } }
        var result = organizations
        var parts: [Mention] = []
        for index in result.indices {
            result[index].mentions.removeAll { mention in
                guard ByteSearch.contains(mention.text, andBytes),
                    let sides = joinedNames(
                        mention, reportedAlone: reportedAlone,
                        endsList: mention.start >= 2 && mentionEnds.contains(mention.start - 2)
                            && scalars[mention.start - 2] == "," && scalars[mention.start - 1] == " ")
                else { return false }
                parts += [sides.left, sides.right]
                return true
            }
        }
        return regrouping(result, adding: parts)
    }

    /// The two names a mention joins with its one " and ", when both stand alone.
    static func joinedNames(
        _ mention: Mention, reportedAlone: Set<String>, endsList: Bool = false
    ) -> (left: Mention, right: Mention)? {
        let halves = mention.text.components(separatedBy: " and ")
        guard halves.count == 2 else { return nil }
        let left = halves[0]
        let right = halves[1]
        // After a list's comma ("First Bank, Norwest, Banc One and First Chicago"), the "and" is the list's last
        // joiner: each side is a name of one word or more, three words in all ("Marks and Spencer" is one name).
        let least = endsList ? 1 : 2
        guard isJoinableSide(left, least: least), isJoinableSide(right, least: least),
            left.split(separator: " ").count + right.split(separator: " ").count >= 3,
            endsList || (standsAlone(left, reportedAlone) && standsAlone(right, reportedAlone))
        else { return nil }
        let leftCount = left.unicodeScalars.count
        let rightStart = mention.start + leftCount + 5
        return (
            Mention(start: mention.start, end: mention.start + leftCount, text: left),
            Mention(start: rightStart, end: mention.end, text: right)
        )
    }

    /// `least` words or more (two unless after a list's comma) on one line, each capitalised, no comma and no
    /// lowercase connector but the "n" of a shop's name ("Pick n Pay").
    static func isJoinableSide(_ side: String, least: Int = 2) -> Bool {
        let words = side.split(separator: " ")
        guard words.count >= least, !side.contains(","), !side.contains("\n") else { return false }
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

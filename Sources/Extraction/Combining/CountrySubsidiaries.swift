/// "Volkswagen do Brasil", "Nestlé de México", "Banque de France": a multinational's national arm is named in the
/// country's language, the group's name, a connector ("do", "da", "de", "del", "du", "di") and the country. The
/// tagger, trained on English names that never hold a lowercase "do", ends the name at the group ("Volkswagen"),
/// which the guidelines count as a miss and a spurious name; the country after the connector makes the arm's name.
extension CombinedOrganizationFinder {
    /// Widens a mention over a connector and a country's name right after it (`isCountryAfterConnector`); the
    /// widened mentions are regrouped under their own key (the arm is not the group).
    static func widenedOverCountryArms(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        respanning(organizations, scalars) { mention in
            countryArmEnd(after: mention.end, scalars).map { mention.start..<$0 }
        }
    }

    /// Where " do Brasil" (a connector, one capitalised word that is a country, then no further letter) ends, when it
    /// starts at `end`.
    static func countryArmEnd(after end: Int, _ s: [Unicode.Scalar]) -> Int? {
        // The cheap test first: a space and a lowercase "d" right after the mention.
        guard end + 4 < s.count, s[end] == " ", s[end + 1] == "d" else { return nil }
        var k = end + 1
        while k < s.count, s[k].value >= 0x61, s[k].value <= 0x7A { k += 1 }
        guard k < s.count, s[k] == " ", countryConnectors.contains(ScalarClass.string(s[(end + 1)..<k])) else {
            return nil
        }
        let wordStart = k + 1
        guard wordStart < s.count, ScalarClass.isUppercase(s[wordStart]) else { return nil }
        var wordEnd = wordStart
        while wordEnd < s.count, isNameScalar(s[wordEnd]) { wordEnd += 1 }
        let country = ScalarClass.string(s[wordStart..<wordEnd]).lowercased()
        guard PlaceNames.countries.contains(country) || countriesInTheirLanguages.contains(country) else { return nil }
        return wordEnd
    }

    /// The connectors of Portuguese, Spanish, French and Italian names ("do", "de", "del", "du", "di").
    static let countryConnectors: Set<String> = ["do", "da", "de", "del", "du", "di"]

    /// Countries as their own languages write them, where that differs from English.
    static let countriesInTheirLanguages: Set<String> = [
        "brasil", "méxico", "españa", "espana", "italia", "perú", "panamá", "moçambique", "mocambique", "argentine",
        "colômbia", "belgique", "suisse",
    ]
}

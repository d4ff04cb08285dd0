/// Well-known organizations that the tagger left untagged ("Clegg now works for Facebook", "a letter posted on
/// Twitter"): the tagger, trained on Reuters 1996, never saw these names, and a short clause gives it too little
/// context. The rule-based finder's gazetteer (`KnownOrganizations`) knows them. Its names that are also ordinary
/// words or persons' names ("Apple", "Ford") are left out.
///
/// Measured on 2026-11-29 (`newsgraph eval`, mention-exact ORG F1): adding every such rule mention the tagger left
/// out cost CoNLL dev 0.0055. Those mentions were names the tagger had typed otherwise: a person ("Fox", "Takeda"),
/// a league or party written as MISC by CoNLL's guidelines, or a place. Two conditions remove these:
/// - the tagger gave the words no type at all;
/// - the name is not written in capitals only. "BP" and "GM" in Reuters' tables are basis points and games, and an
///   acronym's context is where the tagger does best.
/// With both, CoNLL dev does not move and web-news dev gains "Twitter" and "Google".
extension CombinedOrganizationFinder {
    /// Keys of the gazetteer's names that carry no "~" (ordinary word or person's name) or "+" (team nickname).
    static let knownKeys: Set<String> = Set(
        (KnownOrganizations.names + KnownOrganizations.more)
            .filter { !$0.hasPrefix("~") && !$0.hasPrefix("+") }
            .map(OrganizationKey.make))

    /// Whether a rule mention of a well-known organization stands where the tagger found nothing.
    static func standsUntagged(_ mention: Mention, entities: [EntitySpan]) -> Bool {
        mention.text.unicodeScalars.contains { $0.properties.isLowercase }
            && !entities.contains { $0.start < mention.end && mention.start < $0.end }
    }
}

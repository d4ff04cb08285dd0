/// The organization finder the product uses: the rule-based finder's organizations, completed by the trained
/// tagger's.
///
/// The two fail differently. The rules know modern names (a gazetteer, company and agency cue words, acronym
/// definitions, article-level linking) and are precise; the tagger, trained on Reuters 1996, generalises from
/// context to names it has never seen, but on modern pages it also tags venues, products and people. Measured on
/// both dev sets (docs/organizations.md), the best use of the tagger is as a second opinion: the rules' mentions
/// stand, and a tagger mention that overlaps none of them joins the rules' organization with the same key or alias,
/// or, when the rules found nothing of that name, counts only if the tagger names it at least twice in the
/// article (a single unsupported tag is more often noise than a missed organization).
public struct CombinedOrganizationFinder: OrganizationFinder {
    public let rules: RuleBasedOrganizationFinder
    public let tagged: TaggedOrganizationFinder
    /// Mentions a tagger-only organization needs to be reported.
    public var minimumTaggerOnlyMentions: Int

    public init(
        tagger: OrganizationTagger, rules: RuleBasedOrganizationFinder = .init(), minimumTaggerOnlyMentions: Int = 2
    ) {
        self.rules = rules
        self.tagged = TaggedOrganizationFinder(tagger: tagger)
        self.minimumTaggerOnlyMentions = minimumTaggerOnlyMentions
    }

    public func organizations(in text: String, regions: [Range<Int>]?) -> [FoundOrganization] {
        var result = rules.organizations(in: text, regions: regions)
        var taken = result.flatMap { $0.mentions.map { $0.start..<$0.end } }
        var indexByKey: [String: Int] = [:]
        for (index, organization) in result.enumerated() {
            for key in [organization.key] + organization.aliases.map(OrganizationKey.make) where indexByKey[key] == nil
            {
                indexByKey[key] = index
            }
        }
        for organization in tagged.organizations(in: text, regions: regions) {
            let fresh = organization.mentions.filter { mention in
                !taken.contains { $0.overlaps(mention.start..<mention.end) }
            }
            guard !fresh.isEmpty else { continue }
            let known = ([organization.key] + organization.aliases.map(OrganizationKey.make)).lazy
                .compactMap { indexByKey[$0] }.first
            if let index = known {
                result[index].mentions = (result[index].mentions + fresh).sorted { $0.start < $1.start }
            } else if fresh.count >= minimumTaggerOnlyMentions {
                indexByKey[organization.key] = result.count
                result.append(
                    FoundOrganization(
                        name: organization.name, key: organization.key, aliases: organization.aliases, mentions: fresh,
                        salience: organization.salience))
            } else {
                continue
            }
            taken += fresh.map { $0.start..<$0.end }
        }
        return result
    }
}

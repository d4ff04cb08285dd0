/// The rule-based finder's mentions, handed to the tagger as features (stacking).
///
/// The rules know modern names the 1996 training text never saw (a gazetteer, cue words, acronym definitions,
/// article-level linking); the tagger knows from context how far to trust them. Training computes the same
/// evidence on every training document, so the model learns the rules' reliability rather than copying them.
struct RuleEvidence: Sendable {
    /// Mentions by start, not overlapping.
    var mentions: [(start: Int, end: Int, strong: Bool)]

    init(_ organizations: [FoundOrganization]) {
        var list: [(start: Int, end: Int, strong: Bool)] = []
        for organization in organizations {
            let strong = organization.mentions.count > 1 || !organization.aliases.isEmpty
            for mention in organization.mentions { list.append((mention.start, mention.end, strong)) }
        }
        list.sort { $0.start < $1.start }
        var kept: [(start: Int, end: Int, strong: Bool)] = []
        for mention in list where kept.last.map({ $0.end <= mention.start }) ?? true { kept.append(mention) }
        mentions = kept
    }

    /// What the rule-based finder reports in `text` (the same call the finder makes).
    init(text: String, regions: [Range<Int>]?, rules: RuleBasedOrganizationFinder = .init()) {
        self.init(rules.organizations(in: text, regions: regions))
    }

    static let none = RuleEvidence([])

    /// The mentions lying wholly inside `range`.
    func mentions(within range: Range<Int>) -> [(start: Int, end: Int, strong: Bool)] {
        Array(mentions[indices(within: range)])
    }

    /// Where the mentions lying wholly inside `range` are in `mentions`: they are next to one another, since the
    /// mentions are ordered by start and do not overlap, so that their ends are ordered too. Asked of every tagger
    /// span, the slice costs no array of its own.
    func indices(within range: Range<Int>) -> Range<Int> {
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < mentions.count && mentions[end].start < range.upperBound && mentions[end].end <= range.upperBound {
            end += 1
        }
        return low..<end
    }

    /// Sets `TokenTraits.rule` for the tokens inside a mention.
    func mark(_ traits: inout [TokenTraits], _ tokens: [NewsToken]) {
        var m = 0
        for (t, token) in tokens.enumerated() {
            while m < mentions.count && mentions[m].end <= token.start { m += 1 }
            guard m < mentions.count, mentions[m].start <= token.start, token.end <= mentions[m].end else { continue }
            traits[t].rule = (token.start == mentions[m].start ? 1 : 2) | (mentions[m].strong ? 4 : 0)
        }
    }
}

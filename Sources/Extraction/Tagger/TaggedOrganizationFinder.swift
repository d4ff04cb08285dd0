/// Finds organizations with the trained tagger: every ORG span, grouped by canonical key, with a parenthesised
/// acronym right after a name ("China International Import Expo (CIIE)") joined to that name as an alias.
public struct TaggedOrganizationFinder: OrganizationFinder {
    public let tagger: OrganizationTagger

    public init(tagger: OrganizationTagger) { self.tagger = tagger }

    /// Decodes the model bytes (see `OrganizationModel.bytes()` in the executable's resource target).
    public init(modelBytes: [UInt8]) throws(TaggerModelError) {
        tagger = try OrganizationTagger(bytes: modelBytes)
    }

    public func organizations(in text: String, regions: [Range<Int>]?) -> [FoundOrganization] {
        organizations(in: text, regions: regions, evidence: RuleEvidence(text: text, regions: regions))
    }

    /// The tagger's organizations given the rule-based finder's evidence, when the caller already has it.
    func organizations(in text: String, regions: [Range<Int>]?, evidence: RuleEvidence) -> [FoundOrganization] {
        organizations(in: ScalarText(text), regions: regions, evidence: evidence)
    }

    /// The same, over text already decoded.
    func organizations(in scalars: ScalarText, regions: [Range<Int>]?, evidence: RuleEvidence) -> [FoundOrganization] {
        organizations(
            from: tagger.entities(in: scalars, evidence: evidence, regions: regions), in: scalars, regions: regions,
            evidence: evidence)
    }

    /// The same, from the tagger's entities of every type, when the caller needs them too.
    func organizations(
        from entities: [EntitySpan], in scalars: ScalarText, regions: [Range<Int>]?, evidence: RuleEvidence
    ) -> [FoundOrganization] {
        var spans = Self.widenedToAcronyms(
            Self.joinedAcrossRuleNames(entities.filter { $0.label == "ORG" }, evidence, scalars), scalars)
        // Each span through the steps in one pass (they are pure, so the order of the calls does not matter): the
        // chain of maps made an array per step and one per span for the names a coordination splits.
        var shaped: [EntitySpan] = []
        shaped.reserveCapacity(spans.count)
        func finish(_ span: EntitySpan) {
            for part in Self.splitAtParentPossessive(span, scalars) ?? [span] {
                guard let bounded = Self.withinRuleBoundary(Self.beforeMemberPost(part, scalars), evidence, scalars),
                    let kept = Self.withoutLeaderPost(Self.withoutLeadingPerson(bounded, scalars), scalars)
                else { continue }
                shaped.append(Self.withInitialsDot(kept, scalars))
            }
        }
        for whole in Self.widenedToRuleInstitutions(spans, entities: entities, evidence, scalars) {
            let whole = Self.withoutAboutHeading(
                Self.withOwnPossessive(Self.withAbbreviationDot(whole, scalars), scalars), scalars)
            // "X and Y": one name or several (NamesJoinedByAnd.swift).
            for name in Self.namesJoinedByAnd(whole, evidence, scalars) ?? [whole] { finish(name) }
        }
        spans = shaped
        if let regions {
            let cover = RegionCover(regions)
            spans = spans.filter { cover.encloses($0.start, $0.end) }
        }
        return Self.group(spans, in: scalars)
    }

    static func group(_ spans: [EntitySpan], in text: ScalarText) -> [FoundOrganization] {
        // Keys are hashed once per span: each key gets a slot, and its mentions, its acronym links and whether it was
        // folded into its name are kept by slot (a dictionary of lists by key hashed each key five times or more).
        var keys: [String] = []
        var lists: [[Mention]] = []
        // Sized for every span at once: grown as keys came, the table was rehashed several times per article.
        var slotOfKey = [String: Int](minimumCapacity: spans.count)
        var aliasOf: [(acronym: Int, name: Int)] = []  // the first name each acronym follows
        var previous: (slot: Int, end: Int)?
        for span in spans {
            let surface = text.string(span.start, span.end)
            let key = OrganizationKey.make(surface)
            guard !key.isEmpty else { continue }
            let slot: Int
            if let known = slotOfKey[key] {
                slot = known
            } else {
                slot = keys.count
                slotOfKey[key] = slot
                keys.append(key)
                lists.append([])
            }
            if let p = previous, p.slot != slot, isParenthesisedAcronym(surface, span, after: p.end, text),
                acronymFits(surface, lists[p.slot].first?.text ?? ""), !aliasOf.contains(where: { $0.acronym == slot })
            {
                aliasOf.append((slot, p.slot))
            }
            lists[slot].append(Mention(start: span.start, end: span.end, text: surface))
            previous = (slot, span.end)
        }
        // fold acronyms into their names
        var folded = [Bool](repeating: false, count: keys.count)
        for (acronym, name) in aliasOf where !folded[name] {
            lists[name] += lists[acronym]
            lists[acronym] = []
            folded[acronym] = true
        }
        var maxCount: Int? = nil
        for slot in keys.indices where !folded[slot] { maxCount = max(maxCount ?? 0, lists[slot].count) }
        let length = max(1, text.count)
        var found: [FoundOrganization] = []
        for slot in keys.indices where !folded[slot] {
            let key = keys[slot]
            let list = lists[slot].sorted { $0.start < $1.start }
            // The distinct texts and how often each is used, in a small array: a key has one or two spellings.
            var counts: [(text: String, count: Int)] = []
            for m in list {
                if let k = counts.firstIndex(where: { $0.text == m.text }) {
                    counts[k].count += 1
                } else {
                    counts.append((m.text, 1))
                }
            }
            let forms: [String]
            if counts.count == 1 {
                forms = [counts[0].text]
            } else {
                let acronyms = Set(aliasOf.filter { $0.name == slot }.map { keys[$0.acronym] })
                // Each form's facts worked out once, not at every comparison of the sort.
                forms = counts.map { form, count in
                    (
                        text: form, count: count, length: form.count,
                        isAcronym: !acronyms.isEmpty && acronyms.contains(OrganizationKey.make(form))
                    )
                }.sorted { a, b in
                    if a.isAcronym != b.isAcronym { return !a.isAcronym }
                    if a.count != b.count { return a.count > b.count }
                    if a.length != b.length { return a.length > b.length }
                    return a.text < b.text
                }.map(\.text)
            }
            let name = forms[0]
            let first = Double(list[0].start) / Double(length)
            let salience = 0.7 * Double(list.count) / Double(maxCount ?? 1) + 0.3 * (1 - first)
            found.append(
                FoundOrganization(
                    name: name, key: key, aliases: Array(forms.dropFirst()), mentions: list,
                    salience: (salience * 1000).rounded() / 1000))
        }
        return found.sorted {
            $0.salience != $1.salience ? $0.salience > $1.salience : $0.mentions[0].start < $1.mentions[0].start
        }
    }

    private static func isParenthesisedAcronym(
        _ surface: String, _ span: EntitySpan, after end: Int, _ text: ScalarText
    ) -> Bool {
        // `end < span.start`: the previous span may itself have taken the "(" ("… in Rwanda (" then "RDR)")
        guard span.start >= 1, end < span.start, span.end < text.count, text.scalars[span.start - 1] == "(",
            text.scalars[span.end] == ")"
        else { return false }
        for k in end..<(span.start - 1) where !isSpace(text.scalars[k]) { return false }
        let letters = surface.unicodeScalars.filter { isLetter($0) }
        return letters.count >= 2 && letters.count <= 8 && letters.allSatisfy { isUpper($0) }
    }

    private static func acronymFits(_ acronym: String, _ name: String) -> Bool {
        guard let a = acronym.unicodeScalars.first, let n = name.unicodeScalars.first(where: { isLetter($0) }) else {
            return false
        }
        return lowerASCII(a) == lowerASCII(n)
    }
}

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
            from: tagger.entities(in: scalars, evidence: evidence), in: scalars, regions: regions, evidence: evidence)
    }

    /// The same, from the tagger's entities of every type, when the caller needs them too.
    func organizations(
        from entities: [EntitySpan], in scalars: ScalarText, regions: [Range<Int>]?, evidence: RuleEvidence
    ) -> [FoundOrganization] {
        var spans = Self.widenedToAcronyms(
            Self.joinedAcrossRuleNames(entities.filter { $0.label == "ORG" }, evidence, scalars), scalars)
        spans = Self.widenedToRuleInstitutions(spans, entities: entities, evidence, scalars).map {
            Self.withOwnPossessive(Self.withAbbreviationDot($0, scalars), scalars)
        }
        spans = spans.flatMap { Self.coordinatedNames($0, evidence, scalars) ?? [$0] }
            .flatMap { Self.splitAtParentPossessive($0, scalars) ?? [$0] }
            .compactMap { Self.withinRuleBoundary($0, evidence, scalars) }
            .compactMap { Self.withoutLeaderPost(Self.withoutLeadingPerson($0, scalars), scalars) }
        if let regions {
            spans = spans.filter { span in regions.contains { $0.lowerBound <= span.start && span.end <= $0.upperBound }
            }
        }
        return Self.group(spans, in: scalars)
    }

    static func group(_ spans: [EntitySpan], in text: ScalarText) -> [FoundOrganization] {
        var order: [String] = []
        var mentions: [String: [Mention]] = [:]
        var aliasOf: [String: String] = [:]  // acronym key → name key
        var previous: (key: String, end: Int)?
        for span in spans {
            let surface = text.string(span.start, span.end)
            let key = OrganizationKey.make(surface)
            guard !key.isEmpty else { continue }
            if let p = previous, p.key != key, isParenthesisedAcronym(surface, span, after: p.end, text),
                acronymFits(surface, mentions[p.key]?.first?.text ?? "")
            {
                aliasOf[key] = aliasOf[key] ?? p.key
            }
            if mentions[key] == nil { order.append(key) }
            mentions[key, default: []].append(Mention(start: span.start, end: span.end, text: surface))
            previous = (key, span.end)
        }
        // fold acronyms into their names
        for (acronym, name) in aliasOf where mentions[name] != nil && acronym != name {
            mentions[name]! += mentions[acronym] ?? []
            mentions[acronym] = nil
        }
        let keys = order.filter { mentions[$0] != nil }
        let maxCount = keys.map { mentions[$0]!.count }.max() ?? 1
        let length = max(1, text.count)
        var found: [FoundOrganization] = []
        for key in keys {
            let list = mentions[key]!.sorted { $0.start < $1.start }
            var counts: [String: Int] = [:]
            for m in list { counts[m.text, default: 0] += 1 }
            let acronyms = aliasOf.isEmpty ? [] : Set(aliasOf.filter { $0.value == key }.map(\.key))
            // Each form's facts worked out once, not at every comparison of the sort.
            let forms = counts.map { form, count in
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
            let name = forms[0]
            let first = Double(list[0].start) / Double(length)
            let salience = 0.7 * Double(list.count) / Double(maxCount) + 0.3 * (1 - first)
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

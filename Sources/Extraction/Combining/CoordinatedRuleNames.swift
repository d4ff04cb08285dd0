/// "founded by ARCH Venture Partners and Population Health Partners": two firms of the same kind joined by "and",
/// which the tagger read as one name. The tagger's own split (`TaggedOrganizationFinder.coordinatedNames`) takes
/// parts of several words only after a list's comma or when each holds an institution's head word, since the rules
/// also split single names at "and" ("Guangdong Post and Telecommunications Administration"). Two parts that end in
/// the same word, or both in a firm's form word, are two names of one kind: one name does not say its head twice.
extension CombinedOrganizationFinder {
    /// Splits a reported mention at " and " where the rules found each side as a name of two words or more and the
    /// two sides end in the same word ("… Partners and … Partners") or both in a firm's form word ("Holdings",
    /// "Group", a legal suffix); each side joins the organization the rules gave it.
    static func splittingCoordinatedRuleNames(
        _ organizations: [FoundOrganization], ruled: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        // Most articles report no name holding " and ": then nothing is indexed.
        // (the mention's bytes searched directly: Foundation's `contains` cost a thousand instructions a mention)
        guard organizations.contains(where: { $0.mentions.contains { ByteSearch.contains($0.text, andBytes) } }) else {
            return organizations
        }
        var ruleAt: [Int: [(end: Int, rule: Int)]] = [:]
        for (index, organization) in ruled.enumerated() {
            for mention in organization.mentions { ruleAt[mention.start, default: []].append((mention.end, index)) }
        }
        func rule(_ start: Int, _ end: Int) -> Int? { ruleAt[start]?.first(where: { $0.end == end })?.rule }

        var result = organizations
        var parts: [(mention: Mention, rule: Int)] = []
        for o in result.indices {
            result[o].mentions.removeAll { mention in
                guard ByteSearch.contains(mention.text, andBytes), let split = splitPoint(mention, rule: rule, scalars)
                else {
                    return false
                }
                parts.append(split.left)
                parts.append(split.right)
                return true
            }
        }
        guard !parts.isEmpty else { return organizations }
        for part in parts {
            let key = ruled[part.rule].key
            if let slot = result.firstIndex(where: { $0.key == key }) {
                result[slot].mentions.append(part.mention)
                result[slot].mentions.sort { $0.start < $1.start }
            } else {
                var added = ruled[part.rule]
                added.mentions = [part.mention]
                result.append(added)
            }
        }
        return result.filter { !$0.mentions.isEmpty }
    }

    static let andBytes = Array(" and ".utf8)

    /// The two rule names a mention joins with " and ", when they qualify (see above).
    static func splitPoint(
        _ mention: Mention, rule: (Int, Int) -> Int?, _ scalars: [Unicode.Scalar]
    ) -> (left: (mention: Mention, rule: Int), right: (mention: Mention, rule: Int))? {
        let joiner = Array(" and ".unicodeScalars)
        var k = mention.start
        while k + joiner.count < mention.end {
            defer { k += 1 }
            guard scalars[k..<(k + joiner.count)].elementsEqual(joiner) else { continue }
            let right = k + joiner.count
            guard let leftRule = rule(mention.start, k), let rightRule = rule(right, mention.end) else { continue }
            let leftWords = scalars[mention.start..<k].split(separator: " ")
            let rightWords = scalars[right..<mention.end].split(separator: " ")
            guard leftWords.count >= 2, rightWords.count >= 2, let leftLast = leftWords.last,
                let rightLast = rightWords.last,
                leftLast.elementsEqual(rightLast) || (isFirmForm(leftLast) && isFirmForm(rightLast))
            else { continue }
            return (
                (Mention(start: mention.start, end: k, text: ScalarClass.string(scalars[mention.start..<k])), leftRule),
                (
                    Mention(start: right, end: mention.end, text: ScalarClass.string(scalars[right..<mention.end])),
                    rightRule
                )
            )
        }
        return nil
    }

    /// A firm's form word: a legal suffix or a corporate-form word ("Inc.", "plc", "Holdings", "Group", "Partners").
    private static func isFirmForm(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let lower = ScalarClass.string(word.prefix { $0 != "." }).lowercased()
        return OrganizationKey.legalSuffixes.contains(lower) || firmForms.contains(lower)
    }

    static let firmForms: Set<String> = ["group", "holding", "holdings", "partners", "capital", "ventures"]
}

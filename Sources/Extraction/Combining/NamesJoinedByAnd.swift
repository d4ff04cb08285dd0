/// "X and Y": one organization or two? News joins two names with a bare "and" ("Pick n Pay and Woolworths Holdings",
/// "Wellcome Trust and the Department of Biotechnology", "Spotify, Epic Games and Match Group"), and single names
/// hold "and" by nature ("Procter and Gamble", "Food and Drug Administration", "Guangdong Post and
/// Telecommunications Administration"). The tagger, trained on Reuters, reads both shapes as one name. The answer is
/// one decision, `JoinedNames.isSeveralNames`, over what the finder knows of the run's parts: whether the rules
/// found each part exactly, and strongly (more than once, or with an alias) or as one word; an institution's head
/// word in each part; an "and the" before a capitalised word (a name does not hold "and the"; the second name drops
/// its article); a list's comma before the run; the same last word or a firm's form ending both parts ("…
/// Partners and … Partners": one name does not say its head twice); a firm's form, a legal suffix or an
/// institution's head ending each part, or the article reporting each part alone. A parenthesised acronym that
/// spells the whole run, or a line break inside it, keeps it one name.
///
/// The decision is asked, with the evidence there is, on the tagger's span before the article's other names are
/// known (`TaggedOrganizationFinder.namesJoinedByAnd`) and on the mentions the combined finder reports once every
/// pass has added its names (`CombinedOrganizationFinder.splittingJoinedNames`). Where it is asked sets only what
/// is known: the rules' strength and an "and the" on the tagger's span, the names reported alone on the mentions.
struct JoinedNames {
    /// The run's parts, in order, as its joiners cut it.
    let parts: [String]
    /// The rules found each part exactly.
    var partsAreRuleNames = false
    /// Per part: the rules found it more than once or with an alias, or it is a single word; empty where unknown.
    var strongOrOneWord: [Bool] = []
    /// The second part opens with a capitalised word after "and the".
    var articleBeforeSecond = false
    /// A name and a list's comma come right before the run.
    var endsList = false
    /// The rules' names inside the run are joined by commas alone ("Lockheed Martin, Thales"), no "and", "or" or "&".
    var joinedByCommasOnly = false
    /// A parenthesised acronym after the run spells the whole of it, or the run crosses a line.
    var keptWhole = false
    /// The keys of the names the article reports alone; nil where they are not known yet.
    var reportedAlone: Set<String>? = nil

    /// Whether the run names several organizations (see above).
    var isSeveralNames: Bool {
        guard !keptWhole, parts.count >= 2 else { return false }
        if articleBeforeSecond { return true }
        if partsAreRuleNames {
            // "Guangdong Post and Telecommunications Administration" is one name whose words the rules split: a
            // part must be a single word or a name the document uses again, unless the run ends a list of names,
            // each part holds an institution's head word ("University of Oxford and Imperial College London"), or
            // two parts are of one kind.
            // A name holds a comma only before a list's last "and" or "&" ("Bureau of Alcohol, Tobacco and
            // Firearms", "Donaldson, Lufkin & Jenrette"): names joined by commas alone are a list's first items,
            // the tagger's span cut before its "and".
            if endsList || joinedByCommasOnly || parts.allSatisfy(Self.holdsInstitutionHead) { return true }
            if !strongOrOneWord.isEmpty, strongOrOneWord.allSatisfy({ $0 }) { return true }
            return parts.count == 2 && Self.areOfOneKind(parts[0], parts[1])
        }
        guard let reportedAlone, parts.count == 2 else { return false }
        let (left, right) = (parts[0], parts[1])
        // "Toronto-Dominion Bank and Bank of Nova Scotia": one name does not say its head twice, and "Toyota Motor
        // and Honda": a side of one word that names a company alone beside one that does too.
        if Self.shareHeadWord(left, right) || Self.hasKnownOneWordSide(left, right, reportedAlone) { return true }
        // After a list's comma ("First Bank, Norwest, Banc One and First Chicago"), the "and" is the list's
        // last joiner: each side is a name of one word or more, three words in all ("Marks and Spencer" is
        // one name). Otherwise each side is two capitalised words or more and stands as a name alone.
        let least = endsList ? 1 : 2
        guard Self.isJoinableSide(left, least: least), Self.isJoinableSide(right, least: least),
            left.split(separator: " ").count + right.split(separator: " ").count >= 3
        else { return false }
        return endsList || (Self.standsAlone(left, reportedAlone) && Self.standsAlone(right, reportedAlone))
            || (Self.isTeamShaped(left.split(separator: " ")) && Self.isTeamShaped(right.split(separator: " ")))
    }

    /// Two rule names of one kind: each of two words or more, ending in the same word or in firm forms ("…
    /// Partners and … Partners": one name does not say its head twice).
    static func areOfOneKind(_ left: String, _ right: String) -> Bool {
        let leftWords = left.unicodeScalars.split(separator: " ")
        let rightWords = right.unicodeScalars.split(separator: " ")
        guard leftWords.count >= 2, rightWords.count >= 2, let leftLast = leftWords.last,
            let rightLast = rightWords.last
        else { return false }
        return leftLast.elementsEqual(rightLast) || (isFirmForm(leftLast) && isFirmForm(rightLast))
            || (isFirmHeadWord(leftLast) && isFirmHeadWord(rightLast))
    }

    /// A word only a firm's or a body's name ends in (`firmHeadWords`: "Pharmaceuticals", "Pharma", "Motors"):
    /// "Glenmark Pharmaceuticals and Torrent Pharma" names two firms of one trade, as one name does not end twice.
    static func isFirmHeadWord(_ word: Substring.UnicodeScalarView) -> Bool {
        CombinedOrganizationFinder.firmHeadWords.contains(String(String.UnicodeScalarView(word)))
    }

    /// Whether a name holds an institution's head word ("University", "College", "Agency", …).
    static func holdsInstitutionHead(_ name: String) -> Bool {
        name.split(separator: " ").contains { CombinedOrganizationFinder.institutionHeads.contains($0.lowercased()) }
    }

    /// A firm's form word: a legal suffix or a corporate-form word ("Inc.", "plc", "Holdings", "Group", "Partners").
    static func isFirmForm(_ word: Substring.UnicodeScalarView) -> Bool {
        let lower = String(word.prefix { $0 != "." }).lowercased()
        return OrganizationKey.legalSuffixes.contains(lower) || CombinedOrganizationFinder.firmForms.contains(lower)
    }

    /// Firm forms beyond `firmForms` that end investors' and lenders' names ("… Africa Investment Fund").
    static let joinedFirmForms: Set<String> = ["fund", "funds", "investments", "bank", "airlines", "airways"]

    /// Lowercase words a name holds between its capitalised ones ("Bank of Nova Scotia", "Bureau for the …").
    static let nameConnectors: Set<Substring> = ["of", "the", "for", "de"]

    /// Whether both sides are names of two words or more on one line (capitalised words, `nameConnectors` inside,
    /// no comma) that hold the same capitalised word of three letters or more ("Toronto-Dominion Bank" and "Bank of
    /// Nova Scotia"): a single name holding "and" joins two different words ("Securities and Exchange Commission",
    /// "Bill and Melinda Gates Foundation"), and one that said its head on both sides would name two bodies.
    static func shareHeadWord(_ left: String, _ right: String) -> Bool {
        func capitalised(_ side: String) -> [Substring]? {
            let words = side.split(separator: " ")
            guard words.count >= 2, !side.contains(","), !side.contains("\n"), let first = words.first,
                let last = words.last, first.first?.isUppercase == true, last.first?.isUppercase == true
            else { return nil }
            var names: [Substring] = []
            for word in words {
                if nameConnectors.contains(word) { continue }
                guard let initial = word.unicodeScalars.first, ScalarClass.isUppercase(initial) else { return nil }
                if word.count >= 3, word != "The" { names.append(word) }
            }
            return names
        }
        guard let leftWords = capitalised(left), let rightWords = capitalised(right) else { return false }
        return leftWords.contains { rightWords.contains($0) }
    }

    /// Whether one side is a single capitalised word that the gazetteer knows as a company or the article reports
    /// alone ("Honda"), and the other side stands alone or opens with such a name ("Toyota Motor"): two companies
    /// each named as the article names them elsewhere. Names joined by "and" by nature ("Procter and Gamble",
    /// "Marks and Spencer") have no side that is a company alone.
    static func hasKnownOneWordSide(_ left: String, _ right: String, _ reportedAlone: Set<String>) -> Bool {
        func isKnownWord(_ word: Substring) -> Bool {
            guard let initial = word.unicodeScalars.first, ScalarClass.isUppercase(initial) else { return false }
            let key = OrganizationKey.make(String(word))
            return CombinedOrganizationFinder.knownKeys.contains(key) || reportedAlone.contains(key)
        }
        func isNamed(_ side: String) -> Bool {
            let words = side.split(separator: " ")
            guard !words.isEmpty, !side.contains(","), !side.contains("\n"),
                words.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false })
            else { return false }
            return standsAlone(side, reportedAlone) || isKnownWord(words[0])
        }
        let leftWords = left.split(separator: " ")
        let rightWords = right.split(separator: " ")
        if rightWords.count == 1, isKnownWord(rightWords[0]) { return isNamed(left) }
        if leftWords.count == 1, isKnownWord(leftWords[0]) { return isNamed(right) }
        return false
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

    /// Whether a side names an organization by itself: the article reports it alone, it is a well-known name
    /// (`CombinedOrganizationFinder.knownKeys`: "Goldman Sachs", "Morgan Stanley"), its last word is a firm's form, a
    /// legal suffix or an institution's head.
    static func standsAlone(_ side: String, _ reportedAlone: Set<String>) -> Bool {
        let key = OrganizationKey.make(side)
        if reportedAlone.contains(key) || CombinedOrganizationFinder.knownKeys.contains(key) { return true }
        let words = side.split(separator: " ")
        guard let last = words.last else { return false }
        let word = String(last.prefix { $0 != "." }).lowercased()
        return CombinedOrganizationFinder.firmForms.contains(word) || joinedFirmForms.contains(word)
            || CombinedOrganizationFinder.corporateForms.contains(word)
            || OrganizationKey.legalSuffixes.contains(word)
            || CombinedOrganizationFinder.institutionHeads.contains(word)
    }

    /// "Cleveland Cavaliers", "New York Knicks": a place's name and then one capitalised plural word that is no
    /// place or people ("Texans", "Canadians"), the shape of a club's name in sports news. A single name does not
    /// hold a place and a plural twice, so two such sides joined by "and" are two teams; one side alone is not
    /// enough ("U.S. Securities and Exchange Commission", "Shanghai Posts and Telecommunications Equipment Co").
    static func isTeamShaped(_ words: [Substring]) -> Bool {
        guard (2...4).contains(words.count), let last = words.last, last.count >= 4, last.hasSuffix("s"),
            !last.hasSuffix("ss"), let initial = last.unicodeScalars.first, ScalarClass.isUppercase(initial),
            last.dropFirst().allSatisfy({ $0.isLowercase }), !PlaceNames.contains(last.lowercased())
        else { return false }
        return PlaceNames.contains(words.dropLast().joined(separator: " ").lowercased())
    }
}

extension TaggedOrganizationFinder {
    /// The names a tagger span joins, when `JoinedNames` reads it as several: first at an "and the", then each
    /// piece at the joiners between the rules' names inside it. Nil when the span is one name.
    static func namesJoinedByAnd(_ span: EntitySpan, _ evidence: RuleEvidence, _ text: ScalarText) -> [EntitySpan]? {
        guard let pieces = splitAtAndThe(span, text) else { return coordinatedNames(span, evidence, text) }
        return pieces.flatMap { coordinatedNames($0, evidence, text) ?? [$0] }
    }

    /// "Wellcome Trust and the Department of Biotechnology": the span cut at its first "and the" before a
    /// capitalised word, the second name without its article, when `JoinedNames` reads two names.
    static func splitAtAndThe(_ span: EntitySpan, _ text: ScalarText) -> [EntitySpan]? {
        let s = text.scalars
        let joint = Array(" and the ".unicodeScalars)
        guard span.end - span.start > joint.count + 2, isUpper(s[span.start]) else { return nil }
        var k = span.start + 1
        while k + joint.count < span.end {
            if s[k] == " ", s[k + 1] == "a", s[k..<(k + joint.count)].elementsEqual(joint),
                isUpper(s[k + joint.count])
            {
                var run = JoinedNames(
                    parts: [text.string(span.start, k), text.string(k + joint.count, span.end)])
                run.articleBeforeSecond = true
                run.keptWhole = s[span.start..<span.end].contains("\n") || isSpelledByAcronym(span, text)
                guard run.isSeveralNames else { return nil }
                return [
                    EntitySpan(start: span.start, end: k, label: span.label),
                    EntitySpan(start: k + joint.count, end: span.end, label: span.label),
                ]
            }
            k += 1
        }
        return nil
    }

    /// "Steelers and Browns", "Google, Apple and Amazon": a span that is two or more of the rules' names with only
    /// joiners ("and", "or", "&", commas, a "the" after the joining word) between them is those names, when
    /// `JoinedNames` reads them as several. A single name with a connector inside ("Procter & Gamble") is one rule
    /// name, and is left whole.
    static func coordinatedNames(_ span: EntitySpan, _ evidence: RuleEvidence, _ text: ScalarText) -> [EntitySpan]? {
        // Most spans hold fewer than two rule names: they are settled without copying the mentions out.
        let indices = evidence.indices(within: span.start..<span.end)
        guard indices.count >= 2 else { return nil }
        let inside = evidence.mentions[indices]
        guard inside.first!.start == span.start, inside.last!.end == span.end else { return nil }
        let parts = inside.map { text.string($0.start, $0.end) }
        var run = JoinedNames(parts: parts)
        run.partsAreRuleNames = true
        // A part that ends in a firm's trade names a firm alone, as a strong one does ("Aisin and Toyota Industries").
        run.strongOrOneWord = zip(inside, parts).map {
            $0.strong || !$1.contains(" ") || JoinedNames.isFirmHeadWord($1.unicodeScalars.split(separator: " ").last!)
        }
        run.keptWhole = isSpelledByAcronym(span, text)
        run.endsList = !run.keptWhole && endsList(span, evidence, text)
        run.joinedByCommasOnly =
            !run.keptWhole
            && zip(inside, inside.dropFirst()).allSatisfy { before, after in
                after.start == before.end + 2 && text.scalars[before.end] == "," && text.scalars[before.end + 1] == " "
            }
        guard run.isSeveralNames else { return nil }
        for (before, after) in zip(inside, inside.dropFirst()) {
            guard before.end <= after.start else { return nil }
            let gap = text.string(before.end, after.start)
            var words = gap.split(separator: " ")
            // "Columbia University and the University of Pennsylvania": a "the" after the joining word.
            if words.count >= 2, words.last == "the" { words.removeLast() }
            guard !words.isEmpty, !gap.contains("\n"), words.allSatisfy({ coordinators.contains($0) }) else {
                return nil
            }
        }
        return inside.map { EntitySpan(start: $0.start, end: $0.end, label: span.label) }
    }

    /// Whether the span follows a rule name and a comma on the same line: the last items of a list of names.
    static func endsList(_ span: EntitySpan, _ evidence: RuleEvidence, _ text: ScalarText) -> Bool {
        let s = text.scalars
        guard span.start >= 3, s[span.start - 1] == " ", s[span.start - 2] == "," else { return false }
        let before = evidence.mentions(within: max(0, span.start - 80)..<(span.start - 2))
        return before.last?.end == span.start - 2
    }
}

extension CombinedOrganizationFinder {
    /// The reported mentions that `JoinedNames` reads as two names, split: first where the rules found each side
    /// (each side joins the organization the rules gave it), then by each side's own words and the names the
    /// article reports alone (each side regrouped under its own key).
    static func splittingJoinedNames(
        _ organizations: [FoundOrganization], ruled: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        splittingNamesJoinedByAnd(splittingCoordinatedRuleNames(organizations, ruled: ruled, scalars), scalars)
    }

    /// Splits a reported mention at " and " where the rules found each side and `JoinedNames` reads two names of
    /// one kind; each side joins the organization the rules gave it.
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

    static let firmForms: Set<String> = ["group", "holding", "holdings", "partners", "capital", "ventures"]

    /// The first " and " of a mention with a rule name on each side that `JoinedNames` reads as two names.
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
            let left = ScalarClass.string(scalars[mention.start..<k])
            let rightText = ScalarClass.string(scalars[right..<mention.end])
            var run = JoinedNames(parts: [left, rightText])
            run.partsAreRuleNames = true
            guard run.isSeveralNames else { continue }
            return (
                (Mention(start: mention.start, end: k, text: left), leftRule),
                (Mention(start: right, end: mention.end, text: rightText), rightRule)
            )
        }
        return nil
    }

    /// Splits a reported mention at its one " and " where `JoinedNames` reads each side as a name by its own words
    /// and the names the article reports alone; each side is regrouped under its own key.
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
                guard ByteSearch.contains(mention.text, andBytes) else { return false }
                if let items = listOfPlurals(mention) {
                    parts += items
                    return true
                }
                guard
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

    /// "Stormers, Bulls and Sharks": a list of three or more single capitalised plural words, commas and a last
    /// " and " between them, is the sides of a sports report or a list of clubs, never one name; its items. A
    /// firm of partners' surnames keeps a word that is no plural ("Bailard, Biehl and Kaiser", CoNLL train), and
    /// no CoNLL or web-news gold name is such a list.
    static func listOfPlurals(_ mention: Mention) -> [Mention]? {
        let halves = mention.text.components(separatedBy: " and ")
        guard halves.count == 2 else { return nil }
        let words = halves[0].components(separatedBy: ", ") + [halves[1]]
        guard words.count >= 3, words.allSatisfy(isPluralWord) else { return nil }
        var items: [Mention] = []
        var start = mention.start
        for (index, word) in words.enumerated() {
            let length = word.unicodeScalars.count
            items.append(Mention(start: start, end: start + length, text: word))
            // ", " between the first items, " and " before the last.
            start += length + (index == words.count - 2 ? 5 : 2)
        }
        return items
    }

    /// One capitalised word of four letters or more, lowercase after its capital, ending in a plural's "s" but not
    /// "ss" ("Sharks", "Bulls"; not "Ross").
    static func isPluralWord(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, ScalarClass.isUppercase(scalars[0]), scalars.last == "s",
            scalars[scalars.count - 2] != "s"
        else { return false }
        return scalars.dropFirst().allSatisfy { $0.properties.isLowercase }
    }

    /// The two names a mention joins with its one " and ", when `JoinedNames` reads two.
    static func joinedNames(
        _ mention: Mention, reportedAlone: Set<String>, endsList: Bool = false
    ) -> (left: Mention, right: Mention)? {
        let halves = mention.text.components(separatedBy: " and ")
        guard halves.count == 2 else { return nil }
        var run = JoinedNames(parts: halves)
        run.endsList = endsList
        run.reportedAlone = reportedAlone
        guard run.isSeveralNames else { return nil }
        let leftCount = halves[0].unicodeScalars.count
        let rightStart = mention.start + leftCount + 5
        return (
            Mention(start: mention.start, end: mention.start + leftCount, text: halves[0]),
            Mention(start: rightStart, end: mention.end, text: halves[1])
        )
    }
}

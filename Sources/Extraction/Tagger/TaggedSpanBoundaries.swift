/// Where the tagger's organization spans begin and end, set right with what the tagger cannot see: the rules'
/// names inside and around a span, the article's own acronym definitions, coordinated names, a name's own "'s" and
/// an abbreviation's dot. `TaggedOrganizationFinder.organizations(from:in:regions:evidence:)` applies them before
/// grouping; docs/organizations.md has what each changed on the dev sets.
extension TaggedOrganizationFinder {
    /// Where the tagger's span holds exactly one of the rules' names and more words around it ("deputy director
    /// of International Affairs and Trade of the California Office of Business and Economic Development"), the
    /// rules' boundary wins: they break runs at job titles, units and connectors, which a tagger trained on
    /// short Reuters names rarely sees. A span never ends in a dangling connector ("Global Initiatives &").
    static func withinRuleBoundary(_ span: EntitySpan, _ evidence: RuleEvidence, _ text: ScalarText) -> EntitySpan? {
        guard let span = beforeOpenParenthesis(span, text) else { return nil }
        let inside = evidence.indices(within: span.start..<span.end)
        if inside.count == 1 {
            let only = evidence.mentions[inside.lowerBound]
            if only.start != span.start || only.end != span.end, !continuesName(span, only.start..<only.end, text),
                !isSpelledByAcronym(span, text)
            {
                return EntitySpan(start: only.start, end: only.end, label: span.label)
            }
        }
        let s = text.scalars
        var end = span.end
        while end > span.start && (isSpace(s[end - 1]) || s[end - 1] == "&") { end -= 1 }
        if end < span.end {
            let words = text.string(span.start, end)
            for connector in [" and", " of", " the", " for"] where words.hasSuffix(connector) {
                end -= connector.unicodeScalars.count
                break
            }
            while end > span.start && isSpace(s[end - 1]) { end -= 1 }
        }
        return end > span.start ? EntitySpan(start: span.start, end: end, label: span.label) : nil
    }

    /// "Association of German Banks (BdB": a span that opens a parenthesis and does not close it ends before the
    /// parenthesis. The tagger, which sees "(" as one more token, ran the name into the acronym the article
    /// defines after it; the guidelines make a parenthesised acronym a mention of its own.
    static func beforeOpenParenthesis(_ span: EntitySpan, _ text: ScalarText) -> EntitySpan? {
        let s = text.scalars
        guard let open = s[span.start..<span.end].lastIndex(of: "("),
            !s[open..<span.end].contains(")")
        else { return span }
        var end = open
        while end > span.start && isSpace(s[end - 1]) { end -= 1 }
        return end > span.start ? EntitySpan(start: span.start, end: end, label: span.label) : nil
    }

    /// "Todd Boehly and Clearlake Capital": a person's name (a given name and a surname) joined by "and" or "&" to a
    /// name of two words or more is the person and an organization, and the span becomes the organization. A
    /// one-word continuation is the firm's own name ("John Wiley and Sons", "Edward D. Jones & Co").
    static func withoutLeadingPerson(_ span: EntitySpan, _ text: ScalarText) -> EntitySpan {
        let s = text.scalars
        var k = span.start
        var words = 1
        while k + 5 < span.end {
            if s[k] == " " {
                let isAnd = s[k + 1] == "a" && s[k + 2] == "n" && s[k + 3] == "d" && s[k + 4] == " "
                let isAmpersand = s[k + 1] == "&" && s[k + 2] == " "
                if isAnd || isAmpersand {
                    let rest = k + (isAnd ? 5 : 3)
                    let person = text.string(span.start, k).split(separator: " ")
                    let organization = text.string(rest, span.end).split(separator: " ")
                    guard (2...3).contains(person.count), organization.count >= 2,
                        person.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }),
                        PersonNames.given.contains(person[0].lowercased())
                    else { return span }
                    return EntitySpan(start: rest, end: span.end, label: span.label)
                }
                words += 1
                if words > 3 { return span }
            }
            k += 1
        }
        return span
    }

    /// "Senate Majority" of "Senate Majority Leader Chuck Schumer": the chamber, and a party's post in it. The span
    /// ends before "Majority" or "Minority" when "Leader" or "Whip" follows; nothing is left of a span that was only
    /// the post's first word.
    static func withoutLeaderPost(_ span: EntitySpan, _ text: ScalarText) -> EntitySpan? {
        let s = text.scalars
        var wordStart = span.end
        while wordStart > span.start && s[wordStart - 1] != " " { wordStart -= 1 }
        // Compared scalar by scalar: asked of every span, writing its last word into a String cost more.
        let last = s[wordStart..<span.end]
        guard last.elementsEqual("Majority".unicodeScalars) || last.elementsEqual("Minority".unicodeScalars),
            span.end + 1 < s.count, s[span.end] == " "
        else {
            return span
        }
        var nextEnd = span.end + 1
        while nextEnd < s.count && ScalarClass.isLetter(s[nextEnd]) { nextEnd += 1 }
        let next = text.string(span.end + 1, nextEnd)
        guard next == "Leader" || next == "Whip" || next == "Leaders" else { return span }
        var end = wordStart
        while end > span.start && s[end - 1] == " " { end -= 1 }
        return end > span.start ? EntitySpan(start: span.start, end: end, label: span.label) : nil
    }

    /// "Fine Gael TD Colm Burke", "Labour MP": a party, a member's post and perhaps the member, read as one name.
    /// The span ends before the post (`CombinedOrganizationFinder.memberPosts`), and the party stays: a span that
    /// ended at the post was dropped whole as a job title. A span that opens with the post is left as it is ("MP
    /// for Stockton North" is a seat: `isPostForPlace`).
    static func beforeMemberPost(_ span: EntitySpan, _ text: ScalarText) -> EntitySpan {
        let s = text.scalars
        var k = span.start
        while k < span.end {
            guard s[k] == " ", k + 2 < span.end, s[k + 1] == "M" || s[k + 1] == "T" || s[k + 1] == "c" else {
                k += 1
                continue
            }
            var end = k + 1
            while end < span.end && ScalarClass.isLetter(s[end]) { end += 1 }
            if end == span.end || s[end] == " ",
                CombinedOrganizationFinder.memberPosts.contains(text.string(k + 1, end))
            {
                return EntitySpan(start: span.start, end: k, label: span.label)
            }
            k = end
        }
        return span
    }

    /// "Warner Bros." + "Discovery Inc.": two tagger names a single space apart that together are one rule name
    /// are that name (the tagger, trained on Reuters, ends names at "Bros." or "Co."). Once the article has such a
    /// name, its other occurrences the tagger split the same way join too ("Warner Bros." + "Discovery will …").
    static func joinedAcrossRuleNames(_ spans: [EntitySpan], _ evidence: RuleEvidence, _ text: ScalarText)
        -> [EntitySpan]
    {
        guard spans.count >= 2 else { return spans }
        func adjacent(_ a: EntitySpan, _ b: EntitySpan) -> Bool {
            b.start == a.end + 1 && text.scalars[a.end] == " "
        }
        var joinedKeys = Set<String>()
        for (a, b) in zip(spans, spans.dropFirst()) where adjacent(a, b) {
            if evidence.mentions(within: a.start..<b.end).contains(where: { $0.start == a.start && $0.end == b.end }) {
                joinedKeys.insert(OrganizationKey.make(text.string(a.start, b.end)))
            }
        }
        guard !joinedKeys.isEmpty else { return spans }
        var out: [EntitySpan] = []
        var k = 0
        while k < spans.count {
            if k + 1 < spans.count, adjacent(spans[k], spans[k + 1]),
                joinedKeys.contains(OrganizationKey.make(text.string(spans[k].start, spans[k + 1].end)))
            {
                out.append(EntitySpan(start: spans[k].start, end: spans[k + 1].end, label: spans[k].label))
                k += 2
            } else {
                out.append(spans[k])
                k += 1
            }
        }
        return out
    }

    /// Words that join coordinated names ("Steelers and Browns", "Google, Apple and Amazon").
    static let coordinators: Set<Substring> = ["and", "or", "&", ","]
    /// Words that link a unit to the organization after it ("International Affairs of the …").
    static let unitConnectors: Set<Substring> = ["of", "for", "the"]
    /// Words inside a name's run of capitalised words ("Bank of the West", "Bear Stearns & Co").
    static let nameConnectors: Set<Substring> = ["of", "&", "for", "in", "de", "du", "des", "la", "le"]

    /// Whether the tagger's words around a rule name inside its span go on with the name ("Kansai Electric" +
    /// "Power", "Organisation for Security and Cooperation" + "in Europe", "Bear Stearns" + "& Co Inc"): capitalised
    /// words and the connectors names use. Not when the rules cut for a reason the tagger may have missed: a job
    /// title ("Deputy Director of"), a lowercase word, a person's given name ("European Union Gordon Sondland"), a
    /// second name joined by "and" ("Driefontein Consolidated and Gold Fields"), a "the" that opens another phrase
    /// ("Billboard the Doobies"), a unit in front of its organization ("International Affairs of the California
    /// Office of Business": the guidelines make parent and unit two names).
    static func continuesName(_ span: EntitySpan, _ rule: Range<Int>, _ text: ScalarText) -> Bool {
        let before = text.string(span.start, rule.lowerBound)
        let after = text.string(rule.upperBound, span.end)
        guard !before.contains("\n"), !after.contains("\n") else { return false }
        if before.isEmpty, isPortfolioList(after),
            ministryOpenings.contains(where: { opening in
                text.string(rule.lowerBound, min(rule.upperBound, rule.lowerBound + opening.unicodeScalars.count))
                    == opening
            })
        {
            return true
        }
        let words = (before + " " + after).split(separator: " ")
        guard !words.isEmpty else { return false }
        if before.isEmpty, isFieldAfterHead(after, rule, text) { return true }
        if isSeatAfterHead(after, rule, text) { return false }
        // "The White House said …": a sentence's capital "The" before a rule name is the sentence's article, not
        // the name's own "The" ("The New York Times" keeps it mid-sentence, where the rules see it too).
        if before == "The ", after.isEmpty, opensSentence(at: span.start, text.scalars) { return false }
        // "International Affairs of the California Office of Business": a unit of the organization the rules named.
        let lead = before.split(separator: " ")
        if let last = lead.last, unitConnectors.contains(last) { return false }
        var previous: Substring = ""
        for word in words {
            defer { previous = word }
            if nameConnectors.contains(word) { continue }
            if word == "the" {
                guard previous == "of" || previous == "for" else { return false }
                continue
            }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase || first == "(" else {
                return false
            }
            let lower = word.lowercased()
            let singular = lower.hasSuffix("s") ? String(lower.dropLast()) : lower
            // Members in the plural after "of" name the body ("American Association of University Professors",
            // "American Federation of Teachers"); a title after the name is a post ("Deputy Director of").
            let isMembers = lower != singular && text.string(rule.lowerBound, rule.upperBound).contains(" of ")
            if (ExclusionLexicon.titles.contains(lower) || ExclusionLexicon.titles.contains(singular)) && !isMembers
                || PersonNames.given.contains(lower)
            {
                return false
            }
        }
        return true
    }

    /// Whether `start` opens a sentence: the text's start, or after a line break or a sentence's end mark, with
    /// spaces and an opening quotation mark between.
    static func opensSentence(at start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = start
        while k > 0, s[k - 1] == " " || s[k - 1] == "\"" || s[k - 1] == "“" { k -= 1 }
        return k == 0 || s[k - 1] == "\n" || s[k - 1] == "." || s[k - 1] == "!" || s[k - 1] == "?"
    }

    /// Names of ministries that list their portfolios ("Department for Environment, Food and Rural Affairs",
    /// "Ministry of Economy, Trade and Industry"), which the rules end at the first comma.
    static let ministryOpenings = ["Department for ", "Department of ", "Ministry of ", "Ministry for "]

    /// ", Food and Rural Affairs", ", Housing and Communities": more portfolios, capitalised words joined by commas
    /// and a last "and", to the span's end.
    static func isPortfolioList(_ after: String) -> Bool {
        guard after.hasPrefix(", ") else { return false }
        var sawAnd = false
        var expectingWord = true
        for word in after.dropFirst(2).split(separator: " ") {
            if word == "and" && !expectingWord && !sawAnd {
                sawAnd = true
                expectingWord = true
                continue
            }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase, !sawAnd || !word.hasSuffix(",")
            else { return false }
            let bare = word.hasSuffix(",") ? word.dropLast() : word
            guard bare.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return false }
            expectingWord = word.hasSuffix(",")
        }
        return sawAnd && !expectingWord
    }

    /// Whether the span is followed by a parenthesised acronym that spells the initials of its capitalised words
    /// ("Medicines and Healthcare products Regulatory Agency (MHRA)"): the article's own definition of the name
    /// confirms the tagger's boundary over a rule cut at a lowercase word.
    static func isSpelledByAcronym(_ span: EntitySpan, _ text: ScalarText) -> Bool {
        guard let acronym = acronym(after: span.end, text.scalars) else { return false }
        return initials(text.scalars[span.start..<span.end]) == acronym
    }

    /// The capitals of a parenthesised acronym right after `end` ("… Commission (ACCC)" → "ACCC"), if any. An
    /// acronym written as a word ("Securities and Exchange Board of India (Sebi)", the house style of Indian and
    /// British papers) gives its letters in capitals: a capital and two to five lowercase letters.
    static func acronym(after end: Int, _ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var k = end
        while k < s.count && s[k] == " " { k += 1 }
        guard k < s.count, s[k] == "(" else { return nil }
        var acronym: [Unicode.Scalar] = []
        var lowercase = 0
        k += 1
        while k < s.count, s[k] != ")", acronym.count <= 8 {
            if isUpper(s[k]) && lowercase == 0 {
                acronym.append(s[k])
            } else if acronym.count == lowercase + 1, s[k].value >= 0x61, s[k].value <= 0x7A,
                let upper = Unicode.Scalar(s[k].value - 0x20)
            {
                acronym.append(upper)
                lowercase += 1
            } else {
                return nil
            }
            k += 1
        }
        guard k < s.count, s[k] == ")", acronym.count >= 2 else { return nil }
        return lowercase == 0 || (acronym.count >= 3 && acronym.count <= 6) ? acronym : nil
    }

    /// The capitals that open the words (and hyphenated parts) of a run of text.
    static func initials(_ words: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var initials: [Unicode.Scalar] = []
        var atWordStart = true
        for scalar in words {
            if atWordStart && isUpper(scalar) { initials.append(scalar) }
            atWordStart = scalar == " " || scalar == "-"
        }
        return initials
    }

    /// Words that may stand inside a name an acronym spells without giving it a letter.
    static let acronymConnectors: Set<String> = ["and", "of", "for", "the", "&", "on", "in", "de", "du", "des"]

    /// "Australian Competition" + "Consumer Commission (ACCC)": where a parenthesised acronym spells the initials of
    /// the capitalised words before it only when earlier words on the line are counted too, the span is widened to
    /// them and takes in the spans it covers. The tagger (and the rules before it) broke the name at its "and"; the
    /// article's own definition says where the name starts.
    static func widenedToAcronyms(_ spans: [EntitySpan], _ text: ScalarText) -> [EntitySpan] {
        let s = text.scalars
        var result = spans
        var removed = Set<Int>()
        for i in result.indices where !removed.contains(i) {
            let span = result[i]
            guard let acronym = acronym(after: span.end, s) else { continue }
            let own = initials(s[span.start..<span.end])
            guard own.count < acronym.count, acronym.suffix(own.count).elementsEqual(own) else { continue }
            var start = span.start
            var widened: Int? = nil
            // Word by word backwards over capitalised words and connectors on the same line, at most eight words.
            for _ in 0..<8 {
                guard start >= 2, s[start - 1] == " " else { break }
                var wordStart = start - 1
                while wordStart > 0 && s[wordStart - 1] != " " && s[wordStart - 1] != "\n" { wordStart -= 1 }
                let word = ScalarClass.string(s[wordStart..<(start - 1)])
                guard let first = word.unicodeScalars.first else { break }
                if acronymConnectors.contains(word) {
                    start = wordStart
                    continue
                }
                guard isUpper(first), word.unicodeScalars.allSatisfy({ isLetter($0) || $0 == "-" }) else { break }
                start = wordStart
                let spelled = initials(s[start..<span.end])
                if spelled == acronym {
                    widened = start
                    break
                }
                if spelled.count >= acronym.count { break }
            }
            guard let widened else { continue }
            result[i].start = widened
            for j in result.indices where j != i && result[j].start >= widened && result[j].end <= span.start {
                removed.insert(j)
            }
        }
        return result.indices.filter { !removed.contains($0) }.map { result[$0] }
    }

    /// "Harvard" of "Harvard Medical School": where the tagger typed only part of a rule name that ends in an
    /// institution's head word, and gave the rest of its words no type, the rule name is the span. The tagger learnt
    /// from Reuters that a university's name alone is the organization; the guidelines make the school inside it
    /// one name.
    static func widenedToRuleInstitutions(
        _ spans: [EntitySpan], entities: [EntitySpan], _ evidence: RuleEvidence, _ text: ScalarText
    ) -> [EntitySpan] {
        var result: [EntitySpan] = []
        for span in spans {
            if let last = result.last, last.start <= span.start, span.end <= last.end { continue }
            let around = max(0, span.start - 80)..<min(text.count, span.end + 80)
            let rule = evidence.mentions[evidence.indices(within: around)].first {
                $0.start <= span.start && span.end <= $0.end && $0.end - $0.start > span.end - span.start
            }
            guard let rule, isInstitutionAround(span, rule.start..<rule.end, entities: entities, text) else {
                result.append(span)
                continue
            }
            // The guidelines drop a leading "The" that the rules keep at a sentence's start.
            let start = text.string(rule.start, min(rule.end, rule.start + 4)) == "The " ? rule.start + 4 : rule.start
            while let last = result.last, start <= last.start, last.end <= rule.end { result.removeLast() }
            result.append(EntitySpan(start: start, end: rule.end, label: span.label))
        }
        return result
    }

    /// Whether the words of `rule` around `span` are untyped capitalised words or connectors on one line, and the
    /// rule name ends in an institution's head word (`CombinedOrganizationFinder.institutionHeads`).
    static func isInstitutionAround(
        _ span: EntitySpan, _ rule: Range<Int>, entities: [EntitySpan], _ text: ScalarText
    ) -> Bool {
        let name = text.string(rule.lowerBound, rule.upperBound)
        guard !name.contains("\n"), let last = name.split(separator: " ").last,
            CombinedOrganizationFinder.institutionHeads.contains(last.lowercased())
        else { return false }
        let typedAround = entities.overlapping(rule).contains { entity in
            entity.start < rule.upperBound && rule.lowerBound < entity.end
                && (entity.start < span.start || entity.end > span.end)
                && !(entity.start == span.start && entity.end == span.end)
        }
        guard !typedAround else { return false }
        let extra = text.string(rule.lowerBound, span.start) + " " + text.string(span.end, rule.upperBound)
        return extra.split(separator: " ").allSatisfy { word in
            nameConnectors.contains(word) || word == "the" || word.unicodeScalars.first.map(isUpper) == true
        }
    }

    /// "Ben & Jerry's, which Unilever bought", "Lowe's was also": an "'s" that no noun follows (a comma, a full stop,
    /// a verb) is the name's own, not a possessive, and the guidelines keep it (Lowe's). The tokenizer splits it off
    /// as it does every possessive.
    static func withOwnPossessive(_ span: EntitySpan, _ text: ScalarText) -> EntitySpan {
        let s = text.scalars
        let end = span.end
        guard end + 1 < s.count, s[end] == "'" || s[end] == "’", s[end + 1] == "s" else { return span }
        let owned = EntitySpan(start: span.start, end: end + 2, label: span.label)
        guard end + 2 < s.count else { return owned }
        let next = s[end + 2]
        if next == "," || next == "." || next == ";" || next == ":" || next == ")" || next == "\n" {
            // "Macy's." but not "Macy's.com" or a decimal
            return end + 3 < s.count && isAlnum(s[end + 3]) ? span : owned
        }
        guard next == " " else { return span }
        var wordEnd = end + 3
        while wordEnd < s.count && isLetter(s[wordEnd]) && wordEnd - end < 16 { wordEnd += 1 }
        return verbsAfterName.contains(text.string(end + 3, wordEnd)) ? owned : span
    }

    /// Verbs that follow a name and never a possessive's noun (not "plans": "informed of OM's plans").
    static let verbsAfterName: Set<String> = [
        "was", "is", "has", "had", "said", "says", "will", "would", "did", "does", "announced", "reported",
        "declined", "agreed", "could", "can", "may", "might",
    ]

    /// A name ending in an abbreviation at the end of a line gets its dot back ("Ceres Robotics Inc" + "." →
    /// "Ceres Robotics Inc."): the tokenizer gives that dot to the sentence, as CoNLL's annotation does, but readers
    /// and modern annotation keep it with the name.
    static func withAbbreviationDot(_ span: EntitySpan, _ text: ScalarText) -> EntitySpan {
        let s = text.scalars
        guard span.end < s.count, s[span.end] == ".", span.end + 1 == s.count || s[span.end + 1] != "." else {
            return span
        }
        var start = span.end
        while start > span.start && isLetter(s[start - 1]) { start -= 1 }
        guard start < span.end, start == span.start || !isAlnum(s[start - 1]) else { return span }
        guard Abbreviations.contains(s, start, span.end) || endsInDottedInitials(span, s) else { return span }
        return EntitySpan(start: span.start, end: span.end + 1, label: span.label)
    }

    /// The span with the dot after its dotted initials ("Nestlé S.A" + "."), asked again after the rules' boundary
    /// won: the rules end such a name where the sentence's dot begins, as the tokenizer reads it.
    static func withInitialsDot(_ span: EntitySpan, _ text: ScalarText) -> EntitySpan {
        let s = text.scalars
        guard span.end < s.count, s[span.end] == ".", span.end + 1 == s.count || s[span.end + 1] != ".",
            endsInDottedInitials(span, s)
        else { return span }
        return EntitySpan(start: span.start, end: span.end + 1, label: span.label)
    }

    /// Whether the span's last word is initials joined by dots that lack the last one ("Nestlé S.A" of "Nestlé
    /// S.A.", "Ahold N.V", "Bank of America N.A"): such a word is never written without its last dot, so the dot
    /// after it is the name's as well as the sentence's.
    static func endsInDottedInitials(_ span: EntitySpan, _ s: [Unicode.Scalar]) -> Bool {
        var k = span.end
        var dots = 0
        while k > span.start {
            var letters = 0
            while k > span.start && isLetter(s[k - 1]) && letters < 3 {
                k -= 1
                letters += 1
            }
            guard letters >= 1, letters <= 2 else { return false }
            guard k > span.start, s[k - 1] == "." else { break }
            k -= 1
            dots += 1
        }
        return dots >= 1 && (k == span.start || s[k - 1] == " ")
    }
}

extension [EntitySpan] {
    /// The spans that overlap `range`, for spans ordered by start and not overlapping one another (the tagger's):
    /// their ends are ordered too, so the first is found by binary search and a look-up costs no pass over a long
    /// document's spans.
    func overlapping(_ range: Range<Int>) -> ArraySlice<EntitySpan> {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].end <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < count && self[end].start < range.upperBound { end += 1 }
        return self[low..<end]
    }

    /// Whether a span overlaps `range` without being exactly it: the tagger read those words otherwise (a longer
    /// name around them, a name cut inside them).
    func typeOtherwise(_ range: Range<Int>) -> Bool {
        overlapping(range).contains {
            $0.start < range.upperBound && range.lowerBound < $0.end
                && !($0.start == range.lowerBound && $0.end == range.upperBound)
        }
    }
}

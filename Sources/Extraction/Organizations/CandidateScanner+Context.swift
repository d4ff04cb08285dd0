extension CandidateScanner {
    /// Whether a capitalised span reads as a person: starts with a given name, or is a known surname.
    func isPersonLike(_ c: Candidate, surnames: ArticleVocabulary) -> Bool {
        let first = tokens[c.lo].lower
        let given = PersonNames.given.contains(first, asciiHash: tokens[c.lo].lowerHash)
        if c.hi - c.lo >= 2 && given { return true }
        if c.hi - c.lo == 1 && (given || surnames.contains(first, asciiHash: tokens[c.lo].lowerHash)) { return true }
        if c.hi - c.lo >= 2 && surnames.contains(tokens[c.hi - 1].lower, asciiHash: tokens[c.hi - 1].lowerHash)
            && !tokens[c.hi - 1].isHead
        {
            return true
        }
        // "Reliever Mark Acre": a given name inside, followed by another capitalised word.
        for k in c.lo..<(c.hi - 1)
        where PersonNames.given.contains(tokens[k].lower, asciiHash: tokens[k].lowerHash) && tokens[k + 1].isNameWord {
            if !(k + 1..<c.hi).contains(where: { tokens[$0].isHead }) { return true }
        }
        return false
    }

    /// Whether a span is no organization whatever its context: a place, a calendar word, a title.
    func isExcluded(_ c: Candidate, allowingTitles: Bool = false) -> Bool {
        isPlace(c.lo, c.hi) || isExcludedOtherThanPlace(c, allowingTitles: allowingTitles)
    }

    /// `isExcluded` for a span known not to be a place (`isPlace` asked already).
    func isExcludedOtherThanPlace(_ c: Candidate, allowingTitles: Bool = false) -> Bool {
        if c.hi - c.lo == 1 && tokens[c.lo].isHead && !tokens[c.lo].isAllCaps { return true }
        let last = tokens[c.hi - 1].lower
        let lastHash = tokens[c.hi - 1].lowerHash
        if Self.placeHeads.contains(last, asciiHash: lastHash)
            || OrganizationCues.nonOrganizationHeads.contains(last, asciiHash: lastHash)
        {
            return true
        }
        for k in c.lo..<c.hi {
            let l = tokens[k].lower
            let h = tokens[k].lowerHash
            if ExclusionLexicon.calendar.contains(l, asciiHash: h) || (tokens[k].isTitle && !allowingTitles)
                || ExclusionLexicon.neverNames.contains(l, asciiHash: h)
            {
                return true
            }
        }
        if c.evidence == .acronym
            && ExclusionLexicon.nonOrganizationAcronyms.contains(tokens[c.lo].lower, asciiHash: tokens[c.lo].lowerHash)
        {
            return true
        }
        return false
    }

    /// A city or state standing for its team: "Pittsburgh center Maurkice Pouncey", "Cleveland DL Larry".
    func isTeamByPlace(_ c: Candidate) -> Bool {
        isCityOrRegion(c) && isTeamByPosition(c)
    }

    /// A place that is not a country or a nationality (those stand for nations, which are places).
    func isCityOrRegion(_ c: Candidate) -> Bool {
        isPlace(c.lo, c.hi) && isCityOrRegion(place: c)
    }

    /// `isCityOrRegion` for a span known to be a place (`isPlace` asked already).
    func isCityOrRegion(place c: Candidate) -> Bool {
        if c.hi - c.lo == 1 {
            // One word is its own phrase, with its hash at hand.
            let word = tokens[c.lo].lower
            let hash = tokens[c.lo].lowerHash
            return
                !(PlaceNames.countries.contains(word, asciiHash: hash)
                || PlaceNames.demonyms.contains(word, asciiHash: hash))
        }
        let phrase = (c.lo..<c.hi).map { tokens[$0].lower }.joined(separator: " ")
        return !(PlaceNames.countries.contains(phrase) || PlaceNames.demonyms.contains(phrase))
    }

    /// A name followed by a playing position and a person: "Huskies quarterback Marcus Childers".
    func isTeamByPosition(_ c: Candidate) -> Bool {
        guard c.hi + 1 < tokens.count else { return false }
        // Fields read in place: copying the token would retain and release its two strings.
        let p = c.hi
        let isPosition =
            (tokens[p].isLowercase && Self.positions.contains(tokens[p].lower, asciiHash: tokens[p].lowerHash))
            || (tokens[p].isAllCaps
                && Self.positionAbbreviations.contains(tokens[p].text, asciiHash: tokens.textHash(at: p)))
        guard tokens[p].kind == .word, isPosition else { return false }
        for k in c.hi + 1..<min(tokens.count, c.hi + 4) where tokens[k].isNameWord && !tokens[k].isTitle {
            return true
        }
        return false
    }

    static let positions: WordSet = [
        "quarterback", "center", "guard", "tackle", "coach", "linebacker", "receiver", "cornerback", "safety",
        "kicker", "punter", "pitcher", "catcher", "outfielder", "infielder", "shortstop", "goalie", "goaltender",
        "goalkeeper", "defenseman", "defender", "midfielder", "striker", "winger", "manager", "rookie", "starter",
        "reliever", "closer", "slugger", "captain", "lineman", "fullback", "halfback", "flanker", "batsman",
        "bowler", "skipper", "coordinator", "forward", "point", "running", "wide", "tight", "defensive",
        "offensive", "star", "head",
    ]

    static let positionAbbreviations: WordSet = [
        "QB", "WR", "RB", "TE", "DL", "DE", "DT", "LB", "CB", "OL", "OT", "OG", "FS", "SS", "LHP", "RHP", "GK",
    ]

    /// "(NYSE: GM)", "(Nasdaq: AAPL)", "(AAPL.O)", "(7203.T)": a stock ticker after a company's name.
    func isTicker(after paren: Int) -> Bool {
        guard paren + 3 < tokens.count, tokens[paren].text == "(" else { return false }
        let a = tokens[paren + 1]
        let b = tokens[paren + 2]
        if Self.exchanges.contains(a.text.uppercased()) && b.text == ":" { return true }
        if (a.isAllCaps || a.kind == .number) && b.text == "." && paren + 4 < tokens.count
            && tokens[paren + 3].isNameWord && tokens[paren + 3].text.utf8.count <= 2 && tokens[paren + 4].text == ")"
        {
            return true
        }
        return false
    }

    static let exchanges: WordSet = [
        "NYSE", "NASDAQ", "LSE", "TSX", "ASX", "OTC", "OTCQX", "AMEX", "HKEX", "SGX", "NSE", "BSE", "TSE",
        "FRA", "XETRA", "EURONEXT", "SIX", "KRX", "JSE", "TASE", "CSE", "TSXV", "NYSEAMERICAN",
    ]

    static let personCompatibleNouns: WordSet = ["rival", "rivals", "sponsor", "sponsors", "side", "team"]

    static let percentWords: WordSet = ["percent", "%", "pct", "per", "cents", "pence", "cent"]

    /// For "X and Y", the start of X's capitalised run when the span is Y.
    func coordinationStart(_ c: Candidate) -> Int? {
        guard c.lo >= 2, tokens[c.lo - 1].text == "and" || tokens[c.lo - 1].text == "or" else { return nil }
        var k = c.lo - 2
        guard tokens[k].isNameWord else { return nil }
        while k > 0 && tokens[k - 1].isNameWord && continues(from: k - 1, to: k) { k -= 1 }
        return k
    }

    /// The words lo..<hi joined by single spaces.
    func phrase(_ lo: Int, _ hi: Int) -> String { (lo..<hi).map { tokens[$0].normalized }.joined(separator: " ") }

    /// Capitalised runs the article puts where places go: after "in", "near", "city of", "town of".
    static func placeLikeRuns(_ tokens: [Token]) -> Set<String> {
        var out: Set<String> = []
        var i = 1
        while i < tokens.count {
            defer { i += 1 }
            // "in", "near" and "of" are lowercase words: anything else before the run is no place word.
            guard tokens[i].isNameWord, !tokens[i - 1].isNameWord, tokens[i - 1].isLowercase else { continue }
            // Byte counts first: an unequal string comparison is a call into the runtime, and each of these words
            // is equal only to itself.
            let p = tokens[i - 1].text
            let n = p.utf8.count
            let placeWord =
                (n == 2 && p == "in") || (n == 4 && p == "near")
                || (n == 2 && p == "of" && i >= 2
                    && Self.placeNouns.contains(tokens[i - 2].lower, asciiHash: tokens[i - 2].lowerHash))
            guard placeWord else { continue }
            var e = i + 1
            while e < tokens.count && tokens[e].isNameWord && tokens[e].spaceBefore && tokens[e].newlinesBefore == 0 {
                e += 1
            }
            // A run of one word (most) is that word: joining a one-word array made two allocations.
            out.insert(e == i + 1 ? tokens[i].normalized : (i..<e).map { tokens[$0].normalized }.joined(separator: " "))
        }
        return out
    }

    static let placeNouns: WordSet = [
        "city", "town", "village", "province", "state", "region", "capital", "suburb", "district", "county",
        "port", "island", "outskirts", "streets", "centre", "center", "heart",
    ]

    static let prepositions: WordSet = ["of", "at", "for", "with", "in", "on", "from", "to", "by", "that", "which"]

    /// Last words that make a capitalised sequence a place ("Fresno County", "Main Street").
    static let placeHeads: WordSet = [
        "county", "city", "province", "district", "township", "island", "islands", "street", "avenue", "road",
        "boulevard", "river", "lake", "mountain", "mountains", "valley", "park", "square", "bridge", "beach", "bay",
        "coast", "peninsula", "region", "state", "village", "town", "heights", "hills", "canyon", "desert",
        "ocean", "sea", "strait", "highway", "freeway", "plaza", "mall", "stadium", "arena", "field", "hall",
    ]

    /// Whether the words around the span say it is an organization ("shares of X", "X CEO",
    /// "X's chief executive", "X, a biotech company", "carrier X", "X said in a statement").
    func hasOrganizationContext(_ c: Candidate) -> Bool {
        let n = tokens.count
        // Tokens are read by index throughout: a copy of one (`let p = tokens[k]`) retains and releases its two
        // strings, and this is asked of every pending candidate.
        if let start = coordinationStart(c), start >= 1 {
            // "investment banks Merrill Lynch and SBC Warburg": the noun before the first covers the second.
            let p = start - 1
            if tokens[p].kind == .word && tokens[p].isLowercase
                && OrganizationCues.precedingNouns.contains(tokens[p].lower, asciiHash: tokens[p].lowerHash)
                && tokens[p].lower.hasSuffix("s")
            {
                return true
            }
        }
        if c.lo >= 1 {
            let p = c.lo - 1
            if tokens[p].kind == .word && (tokens[p].isLowercase || tokens[p].sentenceStart)
                && OrganizationCues.precedingNouns.contains(tokens[p].lower, asciiHash: tokens[p].lowerHash)
            {
                // "rival Merlene Ottey": people have rivals too; a two-word unknown name needs more.
                if !(Self.personCompatibleNouns.contains(tokens[p].lower, asciiHash: tokens[p].lowerHash)
                    && c.hi - c.lo >= 2)
                {
                    return true
                }
            }
            if c.lo >= 2 {
                let pp = c.lo - 2
                if tokens[pp].kind == .word && tokens[p].kind == .word
                    && OrganizationCues.precedingPairEnds.contains(tokens[p].lower, asciiHash: tokens[p].lowerHash)
                    && OrganizationCues.precedingPairs.contains(tokens[pp].lower + " " + tokens[p].lower)
                {
                    return true
                }
            }
        }
        // "the OSCE", "the MQM": an acronym as the head of a definite noun phrase.
        if c.hi - c.lo == 1 && c.lo >= 1 && tokens[c.lo].isAcronymShaped && tokens[c.lo - 1].text == "the"
            && tokens[c.lo].text.utf8.count >= 3 && !tokens[c.lo].inHeadline
            && (c.hi == n || !(tokens[c.hi].isNameWord || tokens[c.hi].kind == .number))
        {
            return true
        }
        // A name the article also writes as a place ("in Sakai", "city of Sakai") needs more than "officials".
        // (Most articles write no such place: the phrase is joined only when there is one to compare with.)
        if placeLikeStarts?.contains(tokens[c.lo].normalized, asciiHash: tokens[c.lo].normalizedHash) == true
            && placeLike.contains(phrase(c.lo, c.hi))
        {
            return false
        }
        guard c.hi < n else { return false }
        let next = c.hi
        if tokens[next].kind == .possessive {
            if c.hi + 1 < n,
                OrganizationCues.afterPossessive.contains(tokens[c.hi + 1].lower, asciiHash: tokens[c.hi + 1].lowerHash)
            {
                return true
            }
            return false
        }
        if tokens[next].kind == .word && (tokens[next].isLowercase || tokens[next].isAllCaps)
            && OrganizationCues.followingWords.contains(tokens[next].lower, asciiHash: tokens[next].lowerHash)
        {
            return true
        }
        if tokens[next].kind == .word
            && OrganizationCues.priceMoves.contains(tokens[next].text, asciiHash: tokens.textHash(at: next))
            && c.hi + 4 < n
            && !OrganizationCues.indexes.contains(tokens[c.lo].lower, asciiHash: tokens[c.lo].lowerHash)
            && !isPlace(c.lo, c.hi)
            && !(c.lo..<c.hi).contains(where: { tokens[$0].text.contains(where: \.isNumber) })
        {
            // "Alcatel Alsthom fell 1.7 percent": a share price.
            for k in c.hi + 1...c.hi + 4
            where Self.percentWords.contains(tokens[k].lower, asciiHash: tokens[k].lowerHash) { return true }
        }
        // The next token's text is read once: in a function this long, each `tokens[next].text` was compiled as a
        // copy of the whole token (its two strings retained and released) rather than a read of the one field.
        let nextText = tokens[next].text
        if nextText == "(" && isTicker(after: c.hi) { return true }
        // The "said" patterns below fit people with unknown given names too: single words only.
        if (nextText == "said" || nextText == "says") && c.hi - c.lo == 1 {
            // "Kestrel said on Tuesday it would …": people are "he" or "she".
            var k = c.hi + 1
            if k + 1 < n && tokens[k].text == "on"
                && ExclusionLexicon.calendar.contains(tokens[k + 1].lower, asciiHash: tokens[k + 1].lowerHash)
            {
                k += 2
            }
            if k < n && tokens[k].text == "that" { k += 1 }
            if k < n && (tokens[k].text == "it" || tokens[k].text == "its") { return true }
            if c.hi + 3 < n && tokens[c.hi + 1].text == "in" && tokens[c.hi + 2].text == "a"
                && tokens[c.hi + 3].text == "statement"
            {
                return true
            }
        }
        if nextText == "," && c.hi + 2 < n {
            let article = tokens[c.hi + 1].text
            guard article == "a" || article == "an" || article == "the" else { return false }
            var k = c.hi + 2
            while k < n && k < c.hi + 10 {
                let text = tokens[k].text  // read once, as `nextText`
                if tokens[k].kind == .punctuation && text != "-" { break }
                if tokens[k].kind == .word
                    && OrganizationCues.appositionNouns.contains(tokens[k].lower, asciiHash: tokens[k].lowerHash)
                {
                    // "Shiraz, the evening newspaper Resalat": the name after the noun is the organization.
                    return !(k + 1 < n && tokens[k + 1].isNameWord)
                }
                if tokens[k].kind == .word && (text == "who" || text == "whose" || tokens[k].isTitle) {
                    return false
                }
                if tokens[k].kind == .word
                    && Self.prepositions.contains(text, asciiHash: tokens.textHash(at: k))
                {
                    break
                }
                k += 1
            }
        }
        return false
    }
}

extension CandidateScanner {
    /// Candidate spans of the whole token array, in text order.
    func candidates() -> [Candidate] {
        var out: [Candidate] = []
        let runs = runs()
        // Most runs give one candidate or none.
        out.reserveCapacity(runs.count + 8)
        for run in runs {
            segment(run.lo, run.hi, complement: run.complement, into: &out)
        }
        return out
    }

    /// Splits one run into candidates: a head-word span, gazetteer hits, and unknown gaps.
    private func segment(
        _ lo: Int, _ hi: Int, complement: Bool, into out: inout [Candidate]
    ) {
        var start = lo
        // "South Korea-based LG Electronics", "Viacom Inc-owned Paramount": the name follows the modifier.
        for k in lo..<min(hi - 1, lo + 4) where tokens[k].containsHyphen && Self.isOriginModifier(tokens[k].lower) {
            start = k + 1
        }
        // Each word is judged once: the first word kept without the vocabulary is judged again with it from the
        // same answer (`Stripping.byVocabulary`), not from scratch.
        var answer = start < hi ? stripping(start, hi) : .keep
        while start < hi && answer == .strip {
            start += 1
            if start < hi { answer = stripping(start, hi) }
        }
        // A sentence-initial word also written in lowercase is no name, unless a head word follows.
        if lastHead(start, hi) == nil {
            while start < hi && (answer == .strip || answer == .byVocabulary && isWrittenLowercase(start)) {
                start += 1
                if start < hi { answer = stripping(start, hi) }
            }
        }
        guard start < hi else { return }
        if isPlace(start, hi) {
            // Kept as unknown: a city can stand for its team ("Pittsburgh center Maurkice Pouncey").
            out.append(Candidate(lo: start, hi: hi, evidence: .unknown))
            return
        }
        let headline = tokens[start].inHeadline
        if !headline || isolatedInHeadline(start, hi), let h = lastHead(start, hi) {
            var end = h + 1
            if end < hi && tokens[end].isConnector { end = hi }
            while end < hi && tokens[end].isLegalSuffix { end += 1 }
            if end == hi { end = legalSuffixAfterComma(end) }
            // "Ameris Bank Amphitheatre", "Xfinity Center" in a listing: venues.
            if (end < hi && Self.venueWords.contains(tokens[end].lower, asciiHash: tokens[end].lowerHash))
                || (headline && Self.venueWords.contains(tokens[h].lower, asciiHash: tokens[h].lowerHash))
            {
                return
            }
            // A gazetteer name running past the head wins ("Major League Baseball").
            if let e = gazetteer.longestMatch(in: tokens, at: start, limit: hi), e.usage == .plain,
                start + e.words.count > end
            {
                end = start + e.words.count
                out.append(Candidate(lo: start, hi: end, evidence: .gazetteer))
                if end < hi { segment(end, hi, complement: false, into: &out) }
                return
            }
            headSpans(start, end, complement: complement, into: &out)
            if end < hi { segment(end, hi, complement: false, into: &out) }
            return
        }
        if !headline, tokens[start].text == "Air", start + 1 < hi, tokens[start + 1].lower != "force" {
            // Airlines: "Air Astana", "Air New Zealand".
            let end = hi - start <= 4 ? hi : start + 2
            out.append(Candidate(lo: start, hi: end, evidence: .head))
            if end < hi { segment(end, hi, complement: false, into: &out) }
            return
        }
        var i = start
        var gapStart = start
        while i < hi {
            if let hit = gazetteerHit(at: i, runStart: start, hi: hi, headline: headline) {
                flushGap(gapStart, hit.lo, headline, &out)
                out.append(Candidate(lo: hit.lo, hi: hit.hi, evidence: .gazetteer))
                i = hit.hi
                gapStart = i
            } else {
                i += 1
            }
        }
        flushGap(gapStart, hi, headline, &out)
    }

    /// A short run in a Title Case line set off by punctuation or the line's ends ("Julie Tolkacheva, Moscow
    /// Newsroom"): a name, not a headline's words.
    private func isolatedInHeadline(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo <= 4, !tokens[lo].isAllCaps else { return false }
        let before = lo == 0 || tokens[lo].newlinesBefore > 0 || tokens[lo - 1].kind == .punctuation
        let after = hi == tokens.count || tokens[hi].newlinesBefore > 0 || tokens[hi].kind == .punctuation
        return before && after
    }

    /// A head-word span, split into parent and unit when it starts with a gazetteer name
    /// ("White House" + "National Security Council"); sponsor-named venues ("Pepsi Center") are no span.
    private func headSpans(_ start: Int, _ end: Int, complement: Bool, into out: inout [Candidate]) {
        guard let e = gazetteer.longestMatch(in: tokens, at: start, limit: end), e.usage == .plain,
            start + e.words.count < end, !tokens[end - 1].isLegalSuffix
        else {
            out.append(Candidate(lo: start, hi: end, evidence: .head, hasComplement: complement))
            return
        }
        let cut = start + e.words.count
        // "The Australian Competition and Consumer Commission": a word joined by "and" to the next names the head's
        // field with it, so the gazetteer name ("The Australian", a newspaper) only opens the whole name and is
        // no parent of its own.
        if cut + 2 < end && tokens[cut + 1].text == "and" && !tokens[cut].isHead {
            let lo =
                tokens[start].lowerIsThe && (tokens[start].sentenceStart || tokens[start].inHeadline)
                ? start + 1 : start
            out.append(Candidate(lo: lo, hi: end, evidence: .head, hasComplement: complement))
            return
        }
        if end - cut == 1 && Self.venueWords.contains(tokens[cut].lower, asciiHash: tokens[cut].lowerHash) { return }
        if !tokens[cut].isConnector && lastHead(cut, end) != nil
            && !OrganizationCues.weakHeads.contains(tokens[end - 1].lower, asciiHash: tokens[end - 1].lowerHash)
        {
            out.append(Candidate(lo: start, hi: cut, evidence: .gazetteer))
            out.append(Candidate(lo: cut, hi: end, evidence: .head))
        } else if (cut..<end).allSatisfy({
            OrganizationCues.weakHeads.contains(tokens[$0].lower, asciiHash: tokens[$0].lowerHash)
        }) {
            out.append(Candidate(lo: start, hi: cut, evidence: .gazetteer))
        } else {
            out.append(Candidate(lo: start, hi: end, evidence: .head, hasComplement: complement))
        }
    }

    /// Words that make "<sponsor> <word>" a venue, not an organization.
    static let venueWords: WordSet = [
        "arena", "center", "centre", "stadium", "amphitheatre", "amphitheater", "pavilion", "theatre", "theater",
        "field", "park", "garden", "gardens", "dome", "bowl", "coliseum", "hall", "auditorium", "ballpark",
        "speedway", "plaza", "tower", "building", "square", "forum", "racetrack", "raceway", "club",
    ]

    /// A model designation after a maker's name ("Airbus A350", "Boeing 787"): the whole is a product.
    func isModel(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].spaceBefore, tokens[k].newlinesBefore == 0 else { return false }
        let t = tokens[k]
        let digits = t.text.unicodeScalars.filter { Tokenizer.isDigit($0) }.count
        if t.kind == .word { return digits > 0 }
        guard t.kind == .number, digits == t.text.unicodeScalars.count, digits == 3 || digits == 4 else {
            return false
        }
        return !(t.text.hasPrefix("19") || t.text.hasPrefix("20")) || digits == 3
    }

    private func flushGap(
        _ lo: Int, _ hi: Int, _ headline: Bool, _ out: inout [Candidate]
    ) {
        guard hi > lo, !headline else { return }
        var start = lo
        while start < hi && shouldStrip(start, hi) { start += 1 }
        guard start < hi, hi - start <= 5 else { return }
        var evidence: Candidate.Evidence = hi - start == 1 && tokens[start].isAcronymShaped ? .acronym : .unknown
        if hasAmpersand(start, hi) { evidence = .ampersand }
        out.append(Candidate(lo: start, hi: hi, evidence: evidence))
    }

    /// "Steptoe & Johnson", "PG&E": an ampersand between capitalised words names a firm.
    private func hasAmpersand(_ lo: Int, _ hi: Int) -> Bool {
        // The ampersand first: nearly every run has none, and the place test (a phrase joined for a run that starts
        // like a place) costs more. The tests are pure, so their order does not change the answer.
        guard holdsAmpersand(lo, hi) else { return false }
        if isPlace(lo, hi) || Self.venueWords.contains(tokens[hi - 1].lower, asciiHash: tokens[hi - 1].lowerHash) {
            return false
        }
        return !CandidateScanner.placeHeads.contains(tokens[hi - 1].lower, asciiHash: tokens[hi - 1].lowerHash)
    }

    /// An "&" token inside the run, or a word of the run holding one ("PG&E") that is no non-organization acronym.
    private func holdsAmpersand(_ lo: Int, _ hi: Int) -> Bool {
        // Fields read in place: copying each token retained and released its two strings.
        for k in lo..<hi {
            if tokens[k].isMark(UInt8(ascii: "&")) && k > lo && k + 1 < hi { return true }
            // The byte search on the borrowed bytes: `utf8.contains` walked the view's iterator a byte at a time.
            if tokens[k].kind == .word && tokens[k].text.utf8.count >= 3
                && Token.withBytes(tokens[k].text, { $0.contains(UInt8(ascii: "&")) })
                && Token.holds(tokens[k].text, "&")
                && !ExclusionLexicon.nonOrganizationAcronyms.contains(tokens[k].lower, asciiHash: tokens[k].lowerHash)
            {
                return true
            }
        }
        return false
    }

    static let indexWords: WordSet = ["index", "average", "industrial", "industrials", "composite", "futures"]

    static func isOriginModifier(_ l: String) -> Bool {
        // Every ending below has a hyphen, so a word without one (almost all) needs no suffix test.
        guard l.utf8.contains(UInt8(ascii: "-")) else { return false }
        return l.hasSuffix("-seeded") || l.hasSuffix("-based") || l.hasSuffix("-owned") || l.hasSuffix("-backed")
            || l.hasSuffix("-led")
            || l.hasSuffix("-controlled") || l.hasSuffix("-listed") || l.hasSuffix("-headquartered")
    }

    /// Whether the token at `k` is furniture before a name: a sentence opener, a title, a month, "Oakland-based".
    func shouldStrip(_ k: Int, _ hi: Int, vocabulary: Bool = true) -> Bool {
        switch stripping(k, hi) {
        case .strip: return true
        case .keep: return false
        case .byVocabulary: return vocabulary && isWrittenLowercase(k)
        }
    }

    /// `shouldStrip`'s answer before the article's vocabulary is asked.
    enum Stripping {
        case strip
        case keep
        /// Kept, unless the vocabulary shows the word is a common one (`isWrittenLowercase`).
        case byVocabulary
    }

    /// See `shouldStrip`.
    func stripping(_ k: Int, _ hi: Int) -> Stripping {
        // Fields read in place: copying the token would retain and release its two strings.
        let l = tokens[k].lower
        if tokens[k].isConnector { return .strip }
        if let e = gazetteer.longestMatch(in: tokens, at: k, limit: hi), e.usage != .team { return .keep }
        // "with The We Company": a capital "The" inside a sentence belongs to the name. (The byte count first: an
        // unequal string comparison is a call, and only "The" itself equals "The".)
        if tokens[k].text.utf8.count == 3 && tokens[k].text == "The" && !tokens[k].sentenceStart
            && !tokens[k].inHeadline && k + 1 < hi
        {
            return .keep
        }
        let h = tokens[k].lowerHash
        if tokens[k].lowerIsThe || ExclusionLexicon.neverNames.contains(l, asciiHash: h)
            || ExclusionLexicon.calendar.contains(l, asciiHash: h)
        {
            return .strip
        }
        if tokens[k].containsHyphen && Self.isOriginModifier(l) { return .strip }
        if tokens[k].isTitle && !(k + 1 < hi && tokens[k + 1].isHead) { return .strip }
        if tokens[k].sentenceStart || tokens[k].inHeadline {
            // "Developer Valve", "Rival Lowe's": a common noun that introduces a company.
            if ExclusionLexicon.sentenceOpeners.contains(l, asciiHash: h) { return .strip }
            if OrganizationCues.precedingNouns.contains(l, asciiHash: h) { return k + 1 < hi ? .strip : .keep }
            return .byVocabulary
        }
        return .keep
    }

    /// A sentence-initial word the article also writes in lowercase, and no head word or acronym: a common word.
    private func isWrittenLowercase(_ k: Int) -> Bool {
        lowercaseWords.contains(tokens[k].lower, asciiHash: tokens[k].lowerHash) && !tokens[k].isHead
            && !tokens[k].isAllCaps
    }

    /// The last head word in start..<hi with a naming word before it ("Bay Area Council"), or followed
    /// by a complement that holds one ("University of Westmarch").
    private func lastHead(_ start: Int, _ hi: Int) -> Int? {
        func naming(_ k: Int) -> Bool { !tokens[k].isHead && !tokens[k].isConnector }
        var h = hi - 1
        while h >= start {
            if tokens[h].isHead {
                if (start..<h).contains(where: naming) { return h }
                // "Energy Ministry", "Police Department": a strong head after another head word.
                if h > start && !tokens[h].isLegalSuffix
                    && !OrganizationCues.weakHeads.contains(tokens[h].lower, asciiHash: tokens[h].lowerHash)
                    && (start..<h).contains(where: { tokens[$0].isHead && !tokens[$0].isLegalSuffix })
                {
                    return h
                }
                if h + 2 < hi && tokens[h + 1].isConnector && (h + 2..<hi).contains(where: naming) { return h }
            }
            h -= 1
        }
        return nil
    }

    /// "Acme, Inc." keeps its suffix.
    private func legalSuffixAfterComma(_ end: Int) -> Int {
        guard end + 1 < tokens.count, tokens[end].text == ",", tokens[end + 1].isLegalSuffix,
            tokens[end + 1].spaceBefore, tokens[end + 1].newlinesBefore == 0
        else { return end }
        return end + 2
    }

    /// A gazetteer name at `i` that may be used here; team nicknames take the city before them.
    private func gazetteerHit(at i: Int, runStart: Int, hi: Int, headline: Bool) -> (lo: Int, hi: Int)? {
        let limit = hi < tokens.count && tokens[hi].kind == .possessive ? hi + 1 : hi
        var entry = gazetteer.longestMatch(in: tokens, at: i, limit: limit)
        if entry == nil && headline && tokens[i].isAllCaps {
            entry = gazetteer.longestCaselessMatch(in: tokens, at: i, limit: hi, upperIndex: gazetteerUpper)
            if let e = entry, e.words.first?.uppercased() == e.words.first { entry = nil }
        }
        guard let e = entry else { return nil }
        let end = i + e.words.count
        // "(NYSE: GM)": the exchange in a ticker is no mention.
        if i > 0 && tokens[i - 1].text == "(" && end < tokens.count && tokens[end].text == ":" { return nil }
        if isModel(end) { return nil }
        // "Dow Jones Industrial Average", "Hang Seng Index": the run names an index.
        if end < hi
            && OrganizationCues.nonOrganizationHeads.contains(tokens[hi - 1].lower, asciiHash: tokens[hi - 1].lowerHash)
        {
            return nil
        }
        // "the Dow Jones industrial average": an index.
        if end == hi && hi < tokens.count && tokens[hi].isLowercase
            && Self.indexWords.contains(tokens[hi].lower, asciiHash: tokens[hi].lowerHash)
        {
            return nil
        }
        if end < hi && Self.venueWords.contains(tokens[end].lower, asciiHash: tokens[end].lowerHash) { return nil }
        switch e.usage {
        case .plain:
            // "Ajax Amsterdam", "Toyota Australia": a place closing the run belongs to the name.
            if end < hi && hi - end <= 3 && isPlace(end, hi) && !tokens[end].isAllCaps { return (i, hi) }
            return (i, end)
        case .standalone:
            return i == runStart && end == hi ? (i, end) : nil
        case .team:
            for k in runStart..<i where isPlace(k, i) { return (k, end) }
            if i == runStart && i > 0 && tokens[i - 1].lowerIsThe { return (i, end) }
            return nil
        }
    }
}

extension CandidateScanner {
    /// Candidate spans of the whole token array, in text order.
    func candidates() -> [Candidate] {
        var out: [Candidate] = []
        for run in runs() {
            segment(run.lo, run.hi, complement: run.complement, into: &out)
        }
        return out
    }

    /// Splits one run into candidates: a head-word span, gazetteer hits, and unknown gaps.
    private func segment(
        _ lo: Int, _ hi: Int, complement: Bool, into out: inout [Candidate]
    ) {
        var start = lo
        while start < hi && shouldStrip(start, hi) { start += 1 }
        guard start < hi else { return }
        let headline = tokens[start].inHeadline
        if !headline, let h = lastHead(start, hi) {
            var end = h + 1
            if end < hi && tokens[end].isConnector { end = hi }
            while end < hi && tokens[end].isLegalSuffix { end += 1 }
            if end == hi { end = legalSuffixAfterComma(end) }
            // A gazetteer name that covers the head ("New York Times") is taken as it is.
            out.append(Candidate(lo: start, hi: end, evidence: .head, hasComplement: complement))
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

    private func flushGap(
        _ lo: Int, _ hi: Int, _ headline: Bool, _ out: inout [Candidate]
    ) {
        guard hi > lo, !headline else { return }
        var start = lo
        while start < hi && shouldStrip(start, hi) { start += 1 }
        guard start < hi, hi - start <= 5 else { return }
        let evidence: Candidate.Evidence =
            hi - start == 1 && tokens[start].isAcronymShaped ? .acronym : .unknown
        out.append(Candidate(lo: start, hi: hi, evidence: evidence))
    }

    /// Whether the token at `k` is furniture before a name: a sentence opener, a title, a month, "Oakland-based".
    func shouldStrip(_ k: Int, _ hi: Int) -> Bool {
        let t = tokens[k]
        let l = t.lower
        if t.isConnector { return true }
        if let e = gazetteer.longestMatch(in: tokens, at: k, limit: hi), e.usage != .team { return false }
        if l == "the" || ExclusionLexicon.neverNames.contains(l) || ExclusionLexicon.calendar.contains(l) {
            return true
        }
        if l.hasSuffix("-based") || l.hasSuffix("-owned") || l.hasSuffix("-backed") || l.hasSuffix("-led") {
            return true
        }
        if t.isTitle && !(k + 1 < hi && tokens[k + 1].isHead) { return true }
        if t.sentenceStart || t.inHeadline {
            if ExclusionLexicon.sentenceOpeners.contains(l) { return true }
            if lowercaseWords.contains(l) && !t.isHead && !t.isAllCaps { return true }
        }
        return false
    }

    /// The last head word in start..<hi with a naming word before it ("Bay Area Council"), or followed
    /// by a complement that holds one ("University of Westmarch").
    private func lastHead(_ start: Int, _ hi: Int) -> Int? {
        func naming(_ k: Int) -> Bool { !tokens[k].isHead && !tokens[k].isConnector }
        var h = hi - 1
        while h >= start {
            if tokens[h].isHead {
                if (start..<h).contains(where: naming) { return h }
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
        var entry = gazetteer.longestMatch(in: tokens, at: i, limit: hi)
        if entry == nil && headline && tokens[i].isAllCaps {
            entry = gazetteer.longestCaselessMatch(in: tokens, at: i, limit: hi, upperIndex: gazetteerUpper)
            if let e = entry, e.words.first?.uppercased() == e.words.first { entry = nil }
        }
        guard let e = entry else { return nil }
        let end = i + e.words.count
        switch e.usage {
        case .plain:
            return (i, end)
        case .standalone:
            return i == runStart && end == hi ? (i, end) : nil
        case .team:
            for k in runStart..<i where isPlace(k, i) { return (k, end) }
            if i == runStart && i > 0 && tokens[i - 1].lower == "the" { return (i, end) }
            return nil
        }
    }
}

/// First pass: finds capitalised name runs, joins them across connectors, and splits them into candidate
/// spans with evidence (gazetteer, head word, legal suffix, ampersand), leaving the rest as unknown.
struct CandidateScanner {
    let tokens: [Token]
    let gazetteer: NameLexicon
    let gazetteerUpper: [String: [String]]
    /// Every word the article writes in lowercase: a capitalised form of one at a sentence start is no name.
    let lowercaseWords: ArticleVocabulary
    /// Capitalised runs the article uses as places ("in Sakai"); see `placeLikeRuns`.
    let placeLike: Set<String>
    /// The first word of each of `placeLike`, nil when there is none: a span can spell one of those runs only if its
    /// first word is one of these, and asking this spares joining the span's words for the others. (Words are
    /// joined by U+0020, which no canonical equivalence reaches across, so a run equals a span only word by word.)
    let placeLikeStarts: ArticleVocabulary?

    init(
        tokens: [Token], gazetteer: NameLexicon, gazetteerUpper: [String: [String]],
        lowercaseWords: ArticleVocabulary, placeLike: Set<String>
    ) {
        self.tokens = tokens
        self.gazetteer = gazetteer
        self.gazetteerUpper = gazetteerUpper
        self.lowercaseWords = lowercaseWords
        self.placeLike = placeLike
        if placeLike.isEmpty {
            placeLikeStarts = nil
        } else {
            var starts = ArticleVocabulary()
            for run in placeLike {
                let scalars = run.unicodeScalars
                starts.insert(String(scalars[..<(scalars.firstIndex(of: " ") ?? scalars.endIndex)]))
            }
            placeLikeStarts = starts
        }
    }

    /// A run of name words, maybe joined across connectors.
    struct Run {
        var lo: Int
        var hi: Int
        var complement = false
    }

    /// Maximal runs of name words on one line (a wrapped line may continue a run), broken before titles
    /// that introduce a person ("Fed Chairman Jerome Powell" → "Fed" | "Chairman Jerome Powell").
    func runs() -> [Run] {
        var out: [Run] = []
        // A run takes a name word and what stops it: room for one per eight tokens spares growing the array in
        // nearly every article (no answer depends on its capacity).
        out.reserveCapacity(tokens.count / 8 + 8)
        let n = tokens.count
        var i = 0
        while i < n {
            guard tokens[i].isNameWord else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n {
                // "People's Liberation Army", "County Sheriff's Department": a possessive inside a name.
                if tokens[j].kind == .possessive
                    && (Self.possessiveInNames.contains(tokens[j - 1].lower, asciiHash: tokens[j - 1].lowerHash)
                        || j >= 2 && Self.isSaint(tokens[j - 2].text))
                    && j + 1 < n && tokens[j + 1].isNameWord && continues(from: j, to: j + 1)
                {
                    j += 2
                    continue
                }
                guard tokens[j].isNameWord && continues(from: j - 1, to: j) else { break }
                if tokens[j].isTitle && !tokens[j - 1].isTitle && j + 1 < n && tokens[j + 1].isNameWord
                    && !tokens[j + 1].isHead && continues(from: j, to: j + 1)
                {
                    break
                }
                if ExclusionLexicon.calendar.contains(tokens[j].lower, asciiHash: tokens[j].lowerHash)
                    && !tokens[j - 1].isConnector
                {
                    break
                }
                j += 1
            }
            out.append(Run(lo: i, hi: j))
            i = j
        }
        return joinAcrossConnectors(out)
    }

    /// "St. Peter's Hospital": "St.", "St" or "Saint" (compared directly: an array literal here was built for
    /// every word of every run).
    private static func isSaint(_ text: String) -> Bool { text == "St." || text == "St" || text == "Saint" }

    /// Whether token `b` continues a name that token `a` is in: same region, whitespace between, and at
    /// most one line break (a wrapped line), unless either side is a headline line.
    func continues(from a: Int, to b: Int) -> Bool {
        let tb = tokens[b]
        if tb.region != tokens[a].region || !tb.spaceBefore { return false }
        if tb.newlinesBefore == 0 { return true }
        if tb.newlinesBefore > 1 || tb.inHeadline || tokens[a].inHeadline { return false }
        // Only prose wrapped at a fixed width: the line before is long.
        var k = a
        while k > 0 && tokens[k].newlinesBefore == 0 { k -= 1 }
        return a - k >= 8
    }

    /// Words whose possessive can sit inside a name ("People's Bank", "Mayor's Office").
    static let possessiveInNames: WordSet = [
        "people", "sheriff", "attorney", "attorneys", "children", "women", "men", "veterans", "farmers", "workers",
        "citizens", "nurses", "teachers", "governor", "mayor", "president", "solicitor", "prosecutor",
        "comptroller", "treasurer", "secretary", "auditor", "commissioner", "consumers", "writers", "lawyers",
        "moody", "lloyd", "mcdonald", "macy", "sotheby", "christie", "kellogg", "lowe", "dillard", "sainsbury",
    ]

    /// Words after "and" that continue a firm's name.
    private static let firmEndings: WordSet = ["co", "co.", "company", "sons", "partners", "associates"]

    /// Heads that take an "on" complement ("Council on Foreign Relations").
    private static let onHeads: WordSet = [
        "council", "institute", "commission", "committee", "conference", "panel", "center", "centre", "forum",
        "coalition", "alliance", "board", "office",
    ]

    private static let ofLike: WordSet = [
        "of", "for", "on", "de", "du", "des", "del", "della", "di", "da", "do", "dos", "la", "le", "van", "von",
        "der", "für", "upon",
    ]

    /// Joins "Port" + "of" + "Oakland Authority", "Securities" + "and" + "Exchange Commission",
    /// "Johnson" + "&" + "Johnson", and continues an "of" complement with "and" ("Office of Business and
    /// Economic Development").
    private func joinAcrossConnectors(_ runs: [Run]) -> [Run] {
        var out: [Run] = []
        out.reserveCapacity(runs.count)
        for run in runs {
            guard var last = out.last, let gap = connectorGap(last, run) else {
                out.append(run)
                continue
            }
            let joined: Bool
            let a = tokens[last.hi - 1]
            let b = tokens[run.lo]
            if a.inHeadline || b.inHeadline {
                joined = false
            } else if gazetteerCrosses(last, run) {
                joined = true
            } else if (b.isTitle && !gap.hasSuffix(" the"))
                || PersonNames.given.contains(b.lower, asciiHash: b.lowerHash)
                || (run.lo..<run.hi).contains(where: {
                    ExclusionLexicon.calendar.contains(tokens[$0].lower, asciiHash: tokens[$0].lowerHash)
                })
            {
                joined = false
            } else if gap == "&" {
                joined = true
            } else if gap == "on" || gap == "on the" {
                joined = Self.onHeads.contains(a.lower, asciiHash: a.lowerHash)
            } else if Self.ofLike.contains(gap) || gap.hasSuffix(" the") {
                joined = OrganizationCues.complementHeads.contains(a.lower, asciiHash: a.lowerHash) && gap != "and the"
            } else if gap == "and" {
                if Self.firmEndings.contains(b.lower, asciiHash: b.lowerHash) {
                    joined = true  // "Morgan Stanley and Co Inc"
                } else if namesWholeSide(last) || namesWholeSide(run) {
                    joined = false  // "Ford and General Motors" are two
                } else if tokens[run.hi - 1].isHead && !hasHead(last) && !isPlace(last.lo, last.hi) {
                    joined = true
                } else if last.complement, let c = complementStart(last), !isPlace(c, last.hi),
                    gazetteerSpan(last.lo, last.hi) == nil, gazetteerSpan(run.lo, run.hi) == nil
                {
                    joined = true
                } else {
                    joined = false
                }
            } else {
                joined = false
            }
            if joined {
                last.hi = run.hi
                if gap != "&" && gap != "and" { last.complement = true }
                out[out.count - 1] = last
            } else {
                out.append(run)
            }
        }
        return out
    }

    /// Whether a gazetteer name spells the whole of `run` ("Ford", "General Motors"). A name that is only the start of a longer run ("The Australian" of "The
    /// Australian Competition" + "and" + "Consumer Commission") does not make the run a name of its own: a
    /// newspaper or a country's body opening a run of capitals is the start of a longer name.
    private func namesWholeSide(_ run: Run) -> Bool {
        guard let e = gazetteer.longestMatch(in: tokens, at: run.lo, limit: run.hi) else { return false }
        return run.lo + e.words.count == run.hi
    }

    /// Whether a gazetteer name starts in `a` and ends past it ("U.S. Securities" + "and" + "Exchange
    /// Commission" meets "Securities and Exchange Commission").
    private func gazetteerCrosses(_ a: Run, _ b: Run) -> Bool {
        for p in a.lo..<a.hi {
            if let e = gazetteer.longestMatch(in: tokens, at: p, limit: b.hi), p + e.words.count > a.hi { return true }
        }
        return false
    }

    /// The connector words between two runs ("of", "of the", "and", "&"), or nil when anything else
    /// separates them.
    private func connectorGap(_ a: Run, _ b: Run) -> String? {
        let gap = b.lo - a.hi
        guard gap == 1 || gap == 2 else { return nil }
        for k in a.hi...b.lo where !continues(from: k - 1, to: k) { return nil }
        let first = tokens[a.hi]
        guard first.isConnector else { return nil }
        if gap == 1 { return first.text }
        let second = tokens[a.hi + 1]
        guard
            second.text == "the" && (Self.ofLike.contains(first.text, asciiHash: first.textHash) || first.text == "and")
        else { return nil }
        return first.text + " the"
    }

    /// Index of the first word after the last "of"-like connector in a joined run.
    private func complementStart(_ run: Run) -> Int? {
        var k = run.hi - 1
        while k > run.lo {
            if Self.ofLike.contains(tokens[k].text, asciiHash: tokens.textHash(at: k)) { return k + 1 }
            k -= 1
        }
        return nil
    }

    private func hasHead(_ run: Run) -> Bool {
        (run.lo..<run.hi).contains { tokens[$0].isHead }
    }

    /// Whether tokens lo..<hi spell a place or nationality.
    func isPlace(_ lo: Int, _ hi: Int) -> Bool {
        guard hi > lo, hi - lo <= 5 else { return false }
        if hi - lo == 1 { return PlaceNames.contains(tokens[lo].lower, asciiHash: tokens[lo].lowerHash) }
        guard PlaceNames.phraseStarts.contains(tokens[lo].lower, asciiHash: tokens[lo].lowerHash) else { return false }
        var phrase = tokens[lo].lower
        for k in lo + 1..<hi {
            phrase += " "
            phrase += tokens[k].lower
        }
        return PlaceNames.contains(phrase)
    }

    /// The gazetteer entry spelling exactly tokens lo..<hi, if any.
    func gazetteerSpan(_ lo: Int, _ hi: Int) -> NameLexicon.Entry? {
        guard let e = gazetteer.longestMatch(in: tokens, at: lo, limit: hi), e.words.count == hi - lo else {
            return nil
        }
        return e
    }
}

/// Second pass, over the whole article: accepts candidates, links acronyms, repeats the names the
/// article introduced (full names, short forms, acronyms), links inverted names, and groups everything
/// into one set of mentions per organization.
struct DocumentResolver {
    /// One accepted span and the organization it belongs to.
    struct Resolved: Sendable {
        var lo: Int
        var hi: Int
        var group: Int
        var evidence: Candidate.Evidence
        var hasComplement = false
    }

    /// The resolver's answer: mentions by group root, and definite descriptions ("the council").
    struct Outcome {
        var mentions: [Resolved]
        /// Token index of the head word of each definite description, with its group.
        var definiteReferences: [(index: Int, group: Int)]
    }

    let scanner: CandidateScanner
    let sports: SportsContext
    var tokens: [Token] { scanner.tokens }

    var mentions: [Resolved] = []
    var covered: [Bool]
    /// For each covered token, the index of its mention in `mentions`.
    var owner: [Int]
    var parent: [Int] = []
    var lexicon = NameLexicon()
    /// Groups whose names are not repeated elsewhere (a city standing for its team).
    var unrepeated: Set<Int> = []
    /// Groups whose names may be matched case-insensitively in ALL CAPS lines.
    var caseless: Set<Int> = []
    /// Groups by the place their name starts with ("Buffalo" → "Buffalo Bills").
    var byPlacePrefix: [[String]: Int] = [:]
    /// The words' positions, indexed once when a long article first needs them (`standsAlone`).
    var wordPositions: WordPositions?

    init(scanner: CandidateScanner) {
        self.scanner = scanner
        sports = SportsContext(tokens: scanner.tokens)
        covered = Array(repeating: false, count: scanner.tokens.count)
        owner = Array(repeating: -1, count: scanner.tokens.count)
    }

    mutating func resolve(_ candidates: [Candidate], surnames: ArticleVocabulary, teams: [Range<Int>]) -> Outcome {
        // The scanner's fields read through a local: in a mutating method, each `scanner.…` or `tokens[…]` of the
        // stored property copied the scanner (or the whole resolver) to the stack first. (`scanner` is a `let`.)
        let scanner = self.scanner
        for t in teams { add(t.lowerBound, t.upperBound, evidence: .context, group: nil) }
        var pending: [Candidate] = []
        for c in candidates {
            // Asked once: a team by place is a city or region first, and a place is excluded (`isExcluded` asks
            // `isPlace` first; the tests are pure, so asking it here once gives the same answers).
            let place = !c.isAccepted && scanner.isPlace(c.lo, c.hi)
            let cityOrRegion = place && scanner.isCityOrRegion(place: c)
            if c.isAccepted && c.evidence != .gazetteer && isQuotedTitle(c.lo, c.hi) {
                continue  // "The Ministry of Utmost Happiness": the title of a work
            } else if c.isAccepted {
                add(c.lo, c.hi, evidence: c.evidence, group: nil, complement: c.hasComplement)
            } else if cityOrRegion && (scanner.isTeamByPosition(c) || sports.isTeam(c)) {
                // Not repeated: the same city elsewhere is most often the place.
                if let g = add(c.lo, c.hi, evidence: .context, group: nil) { unrepeated.insert(g) }
            } else if !place && !scanner.isExcludedOtherThanPlace(c) && !scanner.isPersonLike(c, surnames: surnames) {
                if (sports.isTeam(c) && sports.looksLikeTeamName(c)) || scanner.isTeamByPosition(c) {
                    add(c.lo, c.hi, evidence: .context, group: nil)
                } else {
                    pending.append(c)
                }
            }
        }
        linkDefinitions(pending)
        registerNames(from: 0)
        propagate()
        // Context speaks for names the strong rules did not find; those are repeated in turn.
        let before = mentions.count
        for c in pending where !(c.lo..<c.hi).contains(where: { covered[$0] }) {
            if scanner.hasOrganizationContext(c) { add(c.lo, c.hi, evidence: .context, group: nil) }
        }
        if mentions.count > before {
            registerNames(from: before)
            propagate()
        }
        linkInitials()
        linkInvertedNames()
        linkKnownAliases()
        // "Buffalo quarterback Josh Allen" is the Buffalo Bills when the article names them.
        for m in mentions where unrepeated.contains(m.group) {
            if let g = byPlacePrefix[words(m.lo, m.hi)] { union(g, m.group) }
        }
        let refs = definiteReferences()
        var out = mentions
        for k in out.indices { out[k].group = find(out[k].group) }
        out.sort { $0.lo < $1.lo }
        return Outcome(mentions: out, definiteReferences: refs.map { ($0.index, find($0.group)) })
    }

    // MARK: - Groups

    /// Whether tokens lo..<hi fill a pair of quotation marks exactly.
    func isQuotedTitle(_ lo: Int, _ hi: Int) -> Bool {
        guard lo > 0, hi < tokens.count else { return false }
        let open = tokens[lo - 1].text
        let close = tokens[hi].text
        return (open == "\u{201C}" && close == "\u{201D}") || (open == "\"" && close == "\"")
            || (open == "\u{2018}" && close == "\u{2019}")
    }

    /// The mention ending at token `hi`, if any (tokens are covered at most once, so there is one).
    func mentionEnding(at hi: Int) -> Resolved? {
        guard hi > 0, covered[hi - 1] else { return nil }
        return mentionIndex(covering: hi - 1).map { mentions[$0] }.flatMap { $0.hi == hi ? $0 : nil }
    }

    /// The index of the mention starting at token `lo`, if any.
    func mentionIndex(startingAt lo: Int) -> Int? {
        guard lo < covered.count, covered[lo], let k = mentionIndex(covering: lo) else { return nil }
        return mentions[k].lo == lo ? k : nil
    }

    /// The index of the mention covering token `i`.
    func mentionIndex(covering i: Int) -> Int? {
        guard i < owner.count, owner[i] >= 0 else { return nil }
        return owner[i]
    }

    @discardableResult
    mutating func add(
        _ lo: Int, _ hi: Int, evidence: Candidate.Evidence, group: Int?, complement: Bool = false
    ) -> Int? {
        guard lo < hi, !(lo..<hi).contains(where: { covered[$0] }) else { return nil }
        let g: Int
        if let group {
            g = group
        } else {
            g = parent.count
            parent.append(g)
        }
        for k in lo..<hi {
            covered[k] = true
            owner[k] = mentions.count
        }
        mentions.append(Resolved(lo: lo, hi: hi, group: g, evidence: evidence, hasComplement: complement))
        return g
    }

    mutating func find(_ g: Int) -> Int {
        var r = g
        while parent[r] != r { r = parent[r] }
        var k = g
        while parent[k] != r {
            let next = parent[k]
            parent[k] = r
            k = next
        }
        return r
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a)
        let rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    func words(_ lo: Int, _ hi: Int) -> [String] { (lo..<hi).map { tokens[$0].normalized } }

    // MARK: - Acronym definitions

    /// "Full Name (ACR)": accepts a pending full name (or the capitalised words before the parenthesis),
    /// and the acronym as a mention of the same group.
    mutating func linkDefinitions(_ pending: [Candidate]) {
        // Built at the first parenthesised word: most articles define no acronym, and were spared hashing every
        // pending candidate into it.
        var pendingByEnd: [Int: Candidate]? = nil
        var i = 1
        while i + 2 < tokens.count {
            defer { i += 1 }
            // The kind first: a "(" is always punctuation, and comparing every word's text with it cost a call; then
            // the bytes, since comparing each comma and full stop with it did too.
            guard tokens[i].kind == .punctuation, tokens[i].isMark(UInt8(ascii: "(")), tokens[i + 2].text == ")"
            else { continue }
            let acronym = tokens[i + 1]
            guard acronym.kind == .word, acronym.isAllCaps || acronym.isCapitalized,
                !ExclusionLexicon.nonOrganizationAcronyms.contains(acronym.lower, asciiHash: acronym.lowerHash)
            else { continue }
            if pendingByEnd == nil {
                var byEnd: [Int: Candidate] = [:]
                byEnd.reserveCapacity(pending.count)
                for c in pending where c.hi - c.lo >= 2 { byEnd[c.hi] = c }
                pendingByEnd = byEnd
            }
            var group: Int? = nil
            if let m = mentionEnding(at: i) {
                if AcronymLinker.abbreviates(acronym.text, tokens, m.lo..<m.hi) {
                    group = m.group
                } else if definedRunStart(before: i, acronym: acronym.text, overMentions: true) != nil {
                    // "United Nations Special Commission (UNSCOM)": parent and unit stay two spans; the
                    // acronym goes with the unit.
                    group = m.group
                }
            } else if let c = pendingByEnd?[i], AcronymLinker.abbreviates(acronym.text, tokens, c.lo..<c.hi) {
                group = add(c.lo, c.hi, evidence: .definition, group: nil)
            } else if let lo = definedRunStart(before: i, acronym: acronym.text) {
                group = add(lo, i, evidence: .definition, group: nil)
            }
            guard let g = group else { continue }
            if let existing = mentionIndex(startingAt: i + 1) {
                union(g, mentions[existing].group)
            } else {
                add(i + 1, i + 2, evidence: .definition, group: g)
            }
        }
    }

    /// The start of the longest run of capitalised words (and connectors) ending before `paren` that the
    /// acronym abbreviates ("New York State Attorney General (NYAG)").
    func definedRunStart(before paren: Int, acronym: String, overMentions: Bool = false) -> Int? {
        var k = paren
        while k > 0, tokens[k - 1].isNameWord || tokens[k - 1].isConnector || tokens[k - 1].text == "the",
            k == paren || scanner.continues(from: k - 1, to: k)
        {
            k -= 1
        }
        var lo = k
        while lo < paren - 1 {
            let t = tokens[lo]
            if t.isNameWord
                && !(t.sentenceStart && ExclusionLexicon.sentenceOpeners.contains(t.lower, asciiHash: t.lowerHash))
                && !ExclusionLexicon.calendar.contains(t.lower, asciiHash: t.lowerHash)
                && (overMentions || !(lo..<paren).contains(where: { covered[$0] }))
                && AcronymLinker.abbreviates(acronym, tokens, lo..<paren)
            {
                let probe = Candidate(lo: lo, hi: paren, evidence: .unknown)
                return scanner.isExcluded(probe, allowingTitles: true) ? nil : lo
            }
            lo += 1
        }
        return nil
    }

    // MARK: - Names the article introduced

    private static let companyHeads: WordSet = [
        "group", "holdings", "holding", "technologies", "technology", "airlines", "airline", "airways", "motors",
        "pharmaceuticals", "pharma", "labs", "biotech", "systems", "partners", "capital", "media", "entertainment",
        "foods", "brands", "energy", "robotics", "therapeutics", "biosciences", "networks", "communications",
        "industries", "enterprises", "ventures", "investments", "software", "solutions", "logistics", "company",
        "corporation", "studios", "semiconductor", "electronics", "aerospace", "automotive", "insurance",
        "financial", "bancorp", "resources", "petroleum", "mining", "steel", "chemicals", "consulting", "platforms",
    ]

    /// Units of government and administration that follow a place's name ("Kent County Council", "Penn State").
    static let localUnits: WordSet = [
        "county", "city", "borough", "district", "town", "township", "parish", "village", "province", "state",
        "municipal", "metropolitan", "regional", "shire",
    ]

    /// Common first words that never stand alone for a longer name ("National", "General", "First").
    private static let generic: WordSet = [
        "national", "general", "first", "united", "american", "international", "global", "new", "royal",
        "federal", "central", "western", "eastern", "northern", "southern", "north", "south", "east", "west",
        "great", "grand", "state", "city", "county", "public", "private", "world", "universal", "standard",
        "union", "people's", "peoples", "supreme", "high", "home", "metro", "capital", "pacific", "atlantic",
        "saint", "st.", "san", "los", "las", "santa", "old", "big", "young", "free", "open", "social", "digital",
        "data", "smart", "green", "blue", "red", "black", "white", "golden", "silver", "modern", "advanced",
        "applied", "integrated", "strategic", "allied", "associated", "consolidated", "continental", "premier",
        "prime", "true", "best", "top", "super", "mega", "global", "tech", "bio", "media", "news", "daily",
    ]

    /// Puts every accepted name, its acronym and its short forms in the article's lexicon.
    mutating func registerNames(from first: Int) {
        for m in mentions[first...] where !unrepeated.contains(m.group) {
            let w = words(m.lo, m.hi)
            if let known = lexicon.id(of: w) {
                union(known, m.group)
                continue
            }
            let single = w.count == 1
            let strong = m.evidence >= .definition
            lexicon.insert(w, usage: single && !strong ? .standalone : .plain, id: m.group)
            if strong { caseless.insert(m.group) }
            guard w.count >= 2, strong else { continue }
            let leadingWord = leadingWordOfLongerName(m.lo, m.hi)
            for form in shortForms(m.lo, m.hi) {
                if let known = lexicon.id(of: form), form.count == 1 {
                    // A short form already found alone ("Chiefs" after "Kansas City Chiefs") is the same one; not
                    // the first word of a name that goes on with more than company words: "Starbucks" found
                    // before "Starbucks Workers United" is the company, not its workers' union.
                    if form == leadingWord { continue }
                    union(known, m.group)
                }
                // Nor a leading word the article writes alone before the longer name, whether or not a rule found
                // it there: "The House on Wednesday passed …" before "the House Freedom Caucus" is the House
                // (articles give a name in full before they shorten it).
                if form == leadingWord, standsAlone(form[0], before: m.lo, unlessFollowedBy: m.lo + 1) { continue }
                lexicon.insert(form, usage: .standalone, id: m.group)
            }
            if let p = placePrefixEnd(m.lo, m.hi) { byPlacePrefix[words(m.lo, p)] = m.group }
        }
    }

    /// Whether the word `word` (normalised) stands as a word token before token `end`, not followed by the word of
    /// token `next` (the longer name's second word).
    mutating func standsAlone(_ word: String, before end: Int, unlessFollowedBy next: Int) -> Bool {
        let tokens = self.tokens  // see `resolve`
        guard next < tokens.count else { return false }
        let second = tokens[next].normalized
        // A scan is cheapest up to a few thousand tokens; past that, asking once per name would be quadratic.
        if end > Self.longestScan {
            if wordPositions == nil { wordPositions = WordPositions(tokens) }
            return wordPositions!.stands(word, before: end, unlessBefore: second)
        }
        for i in 0..<end where tokens[i].kind == .word && tokens[i].normalized == word {
            if i + 1 < tokens.count && tokens[i + 1].normalized == second { continue }
            return true
        }
        return false
    }

    /// The longest stretch of tokens `standsAlone` scans rather than indexes.
    static let longestScan = 4_096

    /// The first word of a name whose other words are not all company heads or legal suffixes ("Starbucks" of
    /// "Starbucks Workers United", "Goldman" of "Goldman Sachs"; not "Kestrel" of "Kestrel Biotech Inc.").
    func leadingWordOfLongerName(_ lo: Int, _ hi: Int) -> [String]? {
        var end = hi
        while end - lo > 1 && (tokens[end - 1].isLegalSuffix || tokens[end - 1].text == ",") { end -= 1 }
        var core = end
        while core - lo > 1 && Self.companyHeads.contains(tokens[core - 1].lower, asciiHash: tokens[core - 1].lowerHash)
        { core -= 1 }
        return core - lo >= 2 ? words(lo, lo + 1) : nil
    }

    /// "Kestrel Biotech Inc." → "Kestrel Biotech", "Kestrel"; "Emirates Airline" → "Emirates".
    func shortForms(_ lo: Int, _ hi: Int) -> [[String]] {
        var end = hi
        while end - lo > 1 && tokens[end - 1].isLegalSuffix { end -= 1 }
        if end - lo > 1 && tokens[end - 1].text == "," { end -= 1 }
        var forms: [[String]] = []
        if end < hi { forms.append(words(lo, end)) }
        guard (lo..<end).allSatisfy({ !tokens[$0].isConnector && tokens[$0].kind != .punctuation }) else {
            return forms
        }
        // "Kansas City Chiefs" → "Chiefs", "Pittsburgh Post-Gazette" → "Post-Gazette".
        if let p = placePrefixEnd(lo, end), end - p == 1, isDistinctive(p, end) { forms.append(words(p, end)) }
        var core = end
        while core - lo > 1 && Self.companyHeads.contains(tokens[core - 1].lower, asciiHash: tokens[core - 1].lowerHash)
        { core -= 1 }
        if core < end && core - lo >= 1 && isDistinctive(lo, core) { forms.append(words(lo, core)) }
        // Not the place before a local unit: "Kent" of "Kent County Council" is the county ("Sandwich, Kent").
        if core - lo >= 2 && isDistinctive(lo, lo + 1) && !tokens[lo + 1].isHead
            && !Self.localUnits.contains(tokens[lo + 1].lower, asciiHash: tokens[lo + 1].lowerHash)
        {
            forms.append(words(lo, lo + 1))
        }
        return forms
    }

    /// The end of a leading place in a longer name ("Kansas City" in "Kansas City Chiefs"), if any.
    func placePrefixEnd(_ lo: Int, _ hi: Int) -> Int? {
        guard hi - lo >= 2 else { return nil }
        for p in stride(from: min(hi - 1, lo + 3), to: lo, by: -1) where scanner.isPlace(lo, p) {
            return (lo..<hi).allSatisfy({ !tokens[$0].isConnector }) ? p : nil
        }
        return nil
    }

    /// Whether a short form is specific enough to stand for the full name.
    func isDistinctive(_ lo: Int, _ hi: Int) -> Bool {
        if scanner.isPlace(lo, hi) { return false }
        if hi - lo == 1 {
            let t = tokens[lo]
            let l = t.lower
            let h = t.lowerHash
            if Self.generic.contains(l, asciiHash: h) || PersonNames.given.contains(l, asciiHash: h) || t.isHead
                || t.isTitle
            {
                return false
            }
            if ExclusionLexicon.sentenceOpeners.contains(l, asciiHash: h)
                || ExclusionLexicon.calendar.contains(l, asciiHash: h)
            {
                return false
            }
            if scanner.lowercaseWords.contains(l, asciiHash: h) || t.text.unicodeScalars.count < 3 { return false }
            // "Panamanian", "Congolese": nationality adjectives are no short names.
            if l.hasSuffix("ian") || l.hasSuffix("ese") || l.hasSuffix("ean") { return false }
        }
        return true
    }

    /// Whether each token lies on a wire dateline ("NEW YORK 1996-08-22"): a short line ending in a date. (By token
    /// index, so that asking costs an array read rather than a hashed set look-up.)
    func datelineTokens() -> [Bool] {
        var out = [Bool](repeating: false, count: tokens.count)
        var a = 0
        while a < tokens.count {
            var b = a + 1
            while b < tokens.count && tokens[b].newlinesBefore == 0 { b += 1 }
            let last = b - 1
            if b - a <= 6 && tokens[last].kind == .number && tokens[last].containsHyphen
                && tokens[last].text.utf8.count >= 8 && Token.holds(tokens[last].text, "-")
            {
                for k in a..<b { out[k] = true }
            }
            a = b
        }
        return out
    }

    /// Finds every further occurrence of a lexicon name not yet covered.
    mutating func propagate() {
        guard lexicon.count > 0 else { return }
        let tokens = self.tokens  // see `resolve`
        let datelines = datelineTokens()
        // Built when first needed: most articles have no name-shaped word in a capitals headline.
        var upper: [String: [String]]? = nil
        var i = 0
        while i < tokens.count {
            // Fields read in place: copying the token would retain and release its two strings.
            guard !covered[i], tokens[i].isNameWord, !datelines[i] else {
                i += 1
                continue
            }
            var entry = lexicon.longestMatch(in: tokens, at: i, limit: tokens.count)
            // Only names of the `caseless` groups are kept from a match in capitals: with none, no match is (and
            // the index of capitalised first words is not built).
            if entry == nil && !caseless.isEmpty && tokens[i].inHeadline && tokens[i].isAllCaps {
                if upper == nil { upper = lexicon.upperIndex() }
                entry = lexicon.longestCaselessMatch(in: tokens, at: i, limit: tokens.count, upperIndex: upper!)
                // Only names with strong evidence are matched in capitals ("KESTREL BIOTECH INC").
                if let e = entry, e.usage != .plain || !caseless.contains(e.id) { entry = nil }
            }
            if let e = entry, fitsAlone(i, i + e.words.count, e) {
                add(i, i + e.words.count, evidence: .propagated, group: e.id)
                i += e.words.count
            } else {
                i += 1
            }
        }
    }

    /// A repeated name must not be part of a longer capitalised name, unless it is in a headline or is
    /// a multi-word name.
    func fitsAlone(_ lo: Int, _ hi: Int, _ e: NameLexicon.Entry) -> Bool {
        if (lo..<hi).contains(where: { covered[$0] }) { return false }
        if scanner.isModel(hi) { return false }
        if tokens[lo].inHeadline { return true }
        if e.usage == .plain && hi - lo >= 2 { return true }
        if lo > 0 && tokens[lo - 1].isNameWord && scanner.continues(from: lo - 1, to: lo) && !tokens[lo - 1].isTitle
            && !(tokens[lo - 1].sentenceStart
                && ExclusionLexicon.sentenceOpeners.contains(tokens[lo - 1].lower, asciiHash: tokens[lo - 1].lowerHash))
        {
            return false
        }
        if hi < tokens.count && tokens[hi].isNameWord && scanner.continues(from: hi - 1, to: hi) && !tokens[hi].isTitle
        {
            return false
        }
        return true
    }
}

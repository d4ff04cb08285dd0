/// Turns a tokenized document into hashed feature indices, one list per token.
///
/// Features look at the token, two tokens either side, word shapes, affixes, capitalisation in context (sentence
/// start, all-capitals headline line), cue words of organization names, and how the same word is written elsewhere
/// in the document. Each feature is a (template, value) pair hashed into `1 << bits` buckets.
struct FeatureExtractor: Sendable {
    let bits: Int
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    /// Whether the lexicon and gazetteer features exist (models trained without those resources lack them).
    let hasLexicon: Bool
    let hasGazetteer: Bool

    init(bits: Int, lexicon: Lexicon, gazetteer: Gazetteer) {
        self.bits = bits
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        hasLexicon = !lexicon.common.isEmpty
        hasGazetteer = gazetteer.longest > 0
    }

    /// Feature buckets of a document: token `t` owns `buckets[offsets[t]..<offsets[t + 1]]`; `buckets` may be
    /// longer than `offsets.last` (spare capacity).
    struct DocumentFeatures {
        var buckets: [UInt32] = []
        var offsets: [Int32] = [0]
    }

    // MARK: traits

    func traits(_ tokens: [NewsToken], _ sentences: [Range<Int>], _ text: ScalarText) -> [TokenTraits] {
        var out = [TokenTraits](repeating: TokenTraits(), count: tokens.count)
        // A word's own traits follow from its spelling, and most tokens of a document repeat an earlier spelling
        // ("the", ",", a name): the first occurrence of each spelling (by `exact`, the hash the scorer also caches
        // by) works them out and looks the word up, the repeats copy them.
        var firstOf = HashedKeyMap<Int32>(capacity: tokens.count / 2 + 8, empty: -1)
        var source = [Int32](repeating: -1, count: tokens.count)
        var firsts = [Int](repeating: 0, count: tokens.count)
        var firstCount = 0
        text.scalars.withUnsafeBufferPointer { s in
            out.withUnsafeMutableBufferPointer { out in
                source.withUnsafeMutableBufferPointer { source in
                    firsts.withUnsafeMutableBufferPointer { firsts in
                        for (t, token) in tokens.enumerated() {
                            var exact = FeatureHash.offset
                            var scalarBits: UInt32 = 0
                            for k in token.start..<token.end {
                                exact = FeatureHash.add(exact, s[k].value)
                                scalarBits |= s[k].value
                            }
                            let first = firstOf.insertIfAbsent(FeatureHash.mix(exact), Int32(t))
                            if first < 0 {
                                out[t] =
                                    scalarBits < 0x80
                                    ? asciiWordTraits(s, token.start, token.end, exact: exact)
                                    : wordTraits(s, token.start, token.end)
                                firsts[firstCount] = t
                                firstCount &+= 1
                            } else {
                                source[t] = first
                            }
                        }
                    }
                }
            }
        }
        firsts.removeLast(tokens.count - firstCount)
        // Look-ups all together after the long loop above, in one batch (`Lexicon.classes`): the table is larger
        // than the nearer caches, and its loads overlap only when no branch on what a slot held comes between them.
        var lowers = [UInt64](repeating: 0, count: firsts.count)
        var classes = [UInt8](repeating: 0, count: firsts.count)
        for (i, t) in firsts.enumerated() { lowers[i] = out[t].lower }
        lowers.withUnsafeBufferPointer { lowers in
            classes.withUnsafeMutableBufferPointer { lexicon.classes(of: lowers, into: $0.baseAddress!) }
        }
        // distinct lowercase forms, numbered as they first appear ("The" and "the" share one)
        var lowerSlots = HashedKeyMap<Int32>(capacity: firsts.count / 2 + 8, empty: -1)
        var lowerCount: Int32 = 0
        // through a buffer: every store into the array checked its uniqueness
        out.withUnsafeMutableBufferPointer { out in
            for (i, t) in firsts.enumerated() {
                let (lexical, keyword) = Lexicon.split(classes[i])
                out[t].keyword = keyword
                if out[t].capital != .number && out[t].capital != .punctuation { out[t].lexical = lexical }
                let slot = lowerSlots.insertIfAbsent(out[t].lower, lowerCount)
                if slot < 0 {
                    out[t].lowerIndex = lowerCount
                    lowerCount += 1
                } else {
                    out[t].lowerIndex = slot
                }
            }
            for t in out.indices where source[t] >= 0 { out[t] = out[Int(source[t])] }
        }
        markContext(&out, tokens, sentences, text.scalars, lowerCount: Int(lowerCount))
        if gazetteer.longest > 0 { markGazetteerNames(&out) }
        return out
    }

    /// Sentence starts, capitals lines, parentheses and document-wide casing.
    private func markContext(
        _ traits: inout [TokenTraits], _ tokens: [NewsToken], _ sentences: [Range<Int>], _ s: [Unicode.Scalar],
        lowerCount: Int
    ) {
        // through a buffer: every store into the array checked its uniqueness (one call a token and field)
        traits.withUnsafeMutableBufferPointer { traits in
            tokens.withUnsafeBufferPointer { tokens in
                markContext(traits, tokens, sentences, s, lowerCount: lowerCount)
            }
        }
    }

    private func markContext(
        _ traits: UnsafeMutableBufferPointer<TokenTraits>, _ tokens: UnsafeBufferPointer<NewsToken>,
        _ sentences: [Range<Int>], _ s: [Unicode.Scalar], lowerCount: Int
    ) {
        for sentence in sentences {
            var t = sentence.lowerBound
            while t < sentence.upperBound && traits[t].capital == .punctuation { t += 1 }
            if t < sentence.upperBound { traits[t].sentenceStart = true }
            var depth = 0
            for k in sentence {
                let c = s[tokens[k].start]
                if c == ")" || c == "]" { depth = max(0, depth - 1) }
                traits[k].insideParentheses = depth > 0
                if c == "(" || c == "[" { depth += 1 }
            }
        }
        // lines written in capitals
        var lineStart = 0
        for t in 0...tokens.count {
            if t == tokens.count || (t > 0 && tokens[t].newlinesBefore > 0) {
                var upperWords = 0
                var lowerWords = 0
                for k in lineStart..<t {
                    switch traits[k].capital {
                    case .allCaps: upperWords += 1
                    case .lower, .mixed: lowerWords += 1
                    case .initial where tokens[k].length > 1: lowerWords += 1
                    default: break
                    }
                }
                if upperWords >= 2 && lowerWords == 0 {
                    for k in lineStart..<t { traits[k].capsLine = true }
                }
                lineStart = t
            }
        }
        // casing of each word elsewhere in the document
        var counts = [SIMD2<Int32>](repeating: SIMD2(), count: lowerCount)
        counts.withUnsafeMutableBufferPointer { counts in
            for t in traits.indices {
                let capital = traits[t].capital
                if capital == .lower {
                    counts[Int(traits[t].lowerIndex)][1] &+= 1
                } else if (capital == .initial || capital == .mixed) && !traits[t].sentenceStart
                    && !traits[t].capsLine
                {
                    counts[Int(traits[t].lowerIndex)][0] &+= 1
                }
            }
            for t in traits.indices {
                let capital = traits[t].capital
                guard capital != .punctuation && capital != .number else { continue }
                let selfCapital =
                    (capital == .initial || capital == .mixed) && !traits[t].sentenceStart && !traits[t].capsLine
                let selfLower = capital == .lower
                let seen = counts[Int(traits[t].lowerIndex)]
                traits[t].capitalElsewhere = seen[0] - (selfCapital ? 1 : 0) > 0
                traits[t].lowerElsewhere = seen[1] - (selfLower ? 1 : 0) > 0
            }
        }
    }

    /// Longest gazetteer match starting at each capitalised token.
    private func markGazetteerNames(_ traits: inout [TokenTraits]) {
        var t = 0
        let n = traits.count
        // The filter word of every capitalised word, asked for first: the filter is larger than the nearest caches,
        // and prefetches, unlike the loads of the loop (each followed by a branch on what it read), retire at once
        // and overlap. Longer keys are only looked up when the words so far begin a name (`Gazetteer.continues`),
        // which few capitalised words do.
        for s in 0..<n {
            let c = traits[s].capital
            guard c == .initial || c == .allCaps || c == .mixed else { continue }
            gazetteer.prefetch(Gazetteer.extend(Gazetteer.seed, traits[s].lower))
        }
        while t < n {
            let c = traits[t].capital
            guard c == .initial || c == .allCaps || c == .mixed else {
                t += 1
                continue
            }
            var key = Gazetteer.seed
            var best = 0
            var bestMask: UInt8 = 0
            for length in 1...min(gazetteer.longest, n - t) {
                key = Gazetteer.extend(key, traits[t + length - 1].lower)
                let entry = gazetteer.entry(key)
                let mask = entry & ~Gazetteer.continues
                if mask != 0 {
                    best = length
                    bestMask = mask
                }
                if entry & Gazetteer.continues == 0 { break }
            }
            guard best > 0 else {
                t += 1
                continue
            }
            for k in t..<(t + best) {
                traits[k].gazetteer = UInt64(bestMask) | (k == t ? 16 : 32) | (best > 1 ? 64 : 0)
            }
            t += best
        }
    }

    // MARK: features

    static let outside: UInt64 = 0x5151_5151_5151_5151
    /// Upper bound of features per token (`buckets` is over-allocated by this much per token; `offsets` tell the
    /// real extent).
    static let maximumPerToken = 48

    /// Appends the features of every token of `sentence` to `out` (training's view: all features of a document,
    /// kept for many epochs). A token's features are its intrinsic ones, then its context ones.
    func features(_ traits: [TokenTraits], _ sentence: Range<Int>, into out: inout DocumentFeatures) {
        let needed = Int(out.offsets[out.offsets.count - 1]) + sentence.count * Self.maximumPerToken
        if out.buckets.count < needed {
            out.buckets.append(contentsOf: repeatElement(0, count: max(needed - out.buckets.count, out.buckets.count)))
        }
        traits.withUnsafeBufferPointer { traits in
            out.buckets.withUnsafeMutableBufferPointer { buffer in
                var writer = FeatureWriter(bits: bits, base: buffer.baseAddress!)
                writer.count = Int(out.offsets[out.offsets.count - 1])
                for t in sentence {
                    let start = writer.count
                    intrinsicFeatures(traits[t], into: &writer)
                    contextFeatures(traits, t, sentence, into: &writer)
                    precondition(writer.count - start <= Self.maximumPerToken)
                    out.offsets.append(Int32(writer.count))
                }
            }
        }
    }

    /// Features that depend only on the word's own form (its exact spelling decides them all), so every
    /// occurrence of a word has the same ones: the tagger computes and scores them once per distinct word of a
    /// document (see `WeightTable.firstPassScores`). Anything that looks at the context or the document belongs
    /// in `contextFeatures`.
    @inline(__always) func intrinsicFeatures(_ tr: TokenTraits, into writer: inout FeatureWriter) {
        var out = writer  // a local copy, as in `contextFeatures`
        defer { writer = out }
        out.add(1, 0)
        out.add(2, tr.lower)
        out.add(3, tr.exact)
        out.add(4, tr.shape)
        out.add(5, tr.shortShape)
        if tr.length > 1 { out.add(6, tr.prefixes.0) }
        if tr.length > 2 { out.add(7, tr.prefixes.1) }
        if tr.length > 3 { out.add(8, tr.prefixes.2) }
        if tr.length > 4 { out.add(9, tr.prefixes.3) }
        if tr.length > 1 { out.add(10, tr.suffixes.0) }
        if tr.length > 2 { out.add(11, tr.suffixes.1) }
        if tr.length > 3 { out.add(12, tr.suffixes.2) }
        if tr.length > 4 { out.add(13, tr.suffixes.3) }
    }

    /// Features of token `t` that look beyond the word: its neighbours within `sentence`, its position, the
    /// document. Add a feature family here with a template number not used before (values are hashed with
    /// `FeatureHash.combine`; what they need per token goes into `TokenTraits`), raise `maximumPerToken` if needed,
    /// and bump `OrganizationTagger.currentFeatureSet`: as `own(template, value)` when the value reads nothing but
    /// token `t`'s own traits, all of them covered by `ownKey` (add any new one there), else as
    /// `near(template, value)`. `Part` picks which of the two kinds a call writes (the tagger caches the sum of a
    /// token's own features per `ownKey`, see `WeightTable.firstPassScores`); training writes both, in this order.
    @inline(__always) func contextFeatures<Part: ContextPart>(
        _ traits: UnsafeBufferPointer<TokenTraits>, _ t: Int, _ sentence: Range<Int>, into out: inout FeatureWriter,
        _ part: Part.Type = WholeContext.self
    ) {
        // A local copy of the writer: through `out` (an inout, in memory) every feature's store would also store
        // the count back, since the compiler cannot tell the bucket stores from the writer's own fields.
        var writer = out
        defer { out = writer }
        @inline(__always) func own(_ template: UInt64, _ value: UInt64) {
            if Part.own { writer.add(template, value) }
        }
        @inline(__always) func near(_ template: UInt64, _ value: UInt64) {
            if Part.neighbours { writer.add(template, value) }
        }
        // Features whose values are small class codes: the tagger's first pass finds their rows by value
        // (`ClassFeatureRows`, when `Part.byValue`); the buckets, and so the rows, are the same either way.
        @inline(__always) func ownClass(_ template: UInt64, _ value: UInt64) {
            if Part.own { if Part.byValue { writer.addClass(template, value) } else { writer.add(template, value) } }
        }
        @inline(__always) func nearClass(_ template: UInt64, _ value: UInt64) {
            if Part.neighbours {
                if Part.byValue { writer.addClass(template, value) } else { writer.add(template, value) }
            }
        }
        let a = sentence.lowerBound
        let b = sentence.upperBound
        // Neighbours by their distance `d` from `t` (a literal at every call, so the side tests fold away): `t`
        // is inside the sentence, so one before it is inside when at or after `a`, one after it when before `b`.
        @inline(__always) func inside(_ d: Int) -> Bool { d < 0 ? t &+ d >= a : d > 0 ? t &+ d < b : true }
        @inline(__always) func lower(_ d: Int) -> UInt64 {
            inside(d) ? traits[t &+ d].lower : Self.outside &+ UInt64(d < 0 ? 1 : 2)
        }
        @inline(__always) func short(_ d: Int) -> UInt64 {
            inside(d) ? traits[t &+ d].shortShape : Self.outside &+ UInt64(d < 0 ? 1 : 2)
        }
        @inline(__always) func cap(_ d: Int) -> UInt64 {
            inside(d) ? traits[t &+ d].capital.rawValue : (d < 0 ? 20 : 21)
        }
        @inline(__always) func gazetteerAt(_ d: Int) -> UInt64 { inside(d) ? traits[t &+ d].gazetteer : 255 }
        @inline(__always) func lexical(_ d: Int) -> UInt64 { inside(d) ? traits[t &+ d].lexical : 5 }
        @inline(__always) func keyword(_ d: Int) -> UInt64 { inside(d) ? traits[t &+ d].keyword.rawValue : 9 }
        @inline(__always) func rule(_ d: Int) -> UInt64 { inside(d) ? traits[t &+ d].rule : 15 }
        let tr = traits[t]
        let lowerBefore = lower(-1)
        let lowerAfter = lower(1)
        let shortBefore = short(-1)
        let shortAfter = short(1)
        let capital = tr.capital.rawValue
        near(14, lowerBefore)
        near(15, lowerAfter)
        near(16, lower(-2))
        near(17, lower(2))
        near(18, shortBefore)
        near(19, shortAfter)
        near(20, FeatureHash.combine(lowerBefore, tr.lower))
        near(21, FeatureHash.combine(tr.lower, lowerAfter))
        near(22, FeatureHash.combine(FeatureHash.combine(shortBefore, tr.shortShape), shortAfter))
        let position: UInt64 = (tr.sentenceStart ? 1 : 0) | (tr.capsLine ? 2 : 0)
        ownClass(23, capital << 4 | position)
        ownClass(24, keyword(0))
        nearClass(25, keyword(-1) << 4 | cap(0))
        nearClass(26, keyword(1) << 4 | cap(0))
        nearClass(27, nameHeadAhead(traits, t, b))
        let document: UInt64 = (tr.capitalElsewhere ? 1 : 0) | (tr.lowerElsewhere ? 2 : 0)
        ownClass(28, document << 8 | capital << 4 | position)
        ownClass(29, UInt64(min(tr.length, 10)) << 4 | capital)
        ownClass(30, (tr.insideParentheses ? 16 : 0) | capital)
        nearClass(31, cap(-1) << 10 | cap(0) << 5 | cap(1))
        near(32, FeatureHash.combine(lowerBefore, capital))
        near(33, FeatureHash.combine(lowerAfter, capital &+ 100))
        own(34, FeatureHash.combine(tr.shape, position))
        if tr.capsLine { own(35, FeatureHash.combine(tr.lower, document)) }
        if hasLexicon {
            ownClass(38, tr.lexical << 8 | capital << 4 | position)
            nearClass(39, lexical(-1) << 12 | tr.lexical << 8 | lexical(1) << 4 | cap(0))
        }
        if hasGazetteer {
            ownClass(40, tr.gazetteer << 4 | capital)
            nearClass(41, gazetteerAt(-1) << 8 | gazetteerAt(1))
        }
        ownClass(42, tr.rule << 4 | capital)
        nearClass(43, rule(-1) << 8 | tr.rule << 4 | rule(1))
        ownClass(44, tr.rule << 8 | tr.gazetteer & 15 << 4 | tr.keyword.rawValue)
        near(36, FeatureHash.combine(short(-2), shortBefore))
        near(37, FeatureHash.combine(shortAfter, short(2)))
    }

    /// Everything the `own` features of `contextFeatures` read, folded with the word's spelling (`exact`, which
    /// decides its hashes, length, capitalisation and classes): two tokens with the same key have the same own
    /// features. The flags: `TokenTraits.ownFlags` (the tagger's first pass matches the pair itself, `OwnKeySlots`).
    @inline(__always) static func ownKey(_ tr: TokenTraits) -> UInt64 {
        FeatureHash.combine(tr.exact, tr.ownFlags)
    }

    /// The nearest organization or legal cue word ahead within a run of capitalised words and connectors:
    /// its class and distance, 0 when none.
    @inline(__always) private func nameHeadAhead(
        _ traits: UnsafeBufferPointer<TokenTraits>, _ t: Int, _ end: Int
    ) -> UInt64 {
        guard
            traits[t].capital == .initial || traits[t].capital == .allCaps || traits[t].capital == .mixed
                || traits[t].keyword == .connector
        else { return 0 }
        var k = t + 1
        while k < end && k <= t &+ 5 {
            let tr = traits[k]
            if tr.keyword == .organization || tr.keyword == .legal {
                if tr.capital == .lower { return 0 }
                return tr.keyword.rawValue << 4 | UInt64(k - t)
            }
            let capitalised = tr.capital == .initial || tr.capital == .allCaps || tr.capital == .mixed
            if !capitalised && tr.keyword != .connector { return 0 }
            k += 1
        }
        return 0
    }
}

/// Which of a token's context features a call of `FeatureExtractor.contextFeatures` writes: those that read only
/// the token's own traits (`own`), those that read its neighbours or its sentence (`neighbours`), or both.
/// Constant per type, so each specialisation keeps only its own half of the feature list.
protocol ContextPart {
    static var own: Bool { get }
    static var neighbours: Bool { get }
    /// Class features go to the writer's rows by value (`FeatureWriter.addClass`) rather than to its buckets.
    static var byValue: Bool { get }
}

extension ContextPart {
    static var byValue: Bool { false }
}

/// Every context feature (training, and any caller that does not cache).
enum WholeContext: ContextPart {
    static var own: Bool { true }
    static var neighbours: Bool { true }
}

/// The features a token's `FeatureExtractor.ownKey` decides.
enum OwnContext: ContextPart {
    static var own: Bool { true }
    static var neighbours: Bool { false }
}

/// The features that look at other tokens.
enum NeighbourContext: ContextPart {
    static var own: Bool { false }
    static var neighbours: Bool { true }
}

/// `OwnContext` with the class features' rows found by value (the tagger's first pass).
enum OwnContextByValue: ContextPart {
    static var own: Bool { true }
    static var neighbours: Bool { false }
    static var byValue: Bool { true }
}

/// `NeighbourContext` with the class features' rows found by value (the tagger's first pass).
enum NeighbourContextByValue: ContextPart {
    static var own: Bool { false }
    static var neighbours: Bool { true }
    static var byValue: Bool { true }
}

/// Where `FeatureExtractor` writes a token's features: hashed (template, value) buckets appended to caller-owned
/// storage, so training (all features of a document, kept) and tagging (one token at a time, scored at once) share
/// one definition of the features and the tagger allocates nothing per feature.
struct FeatureWriter {
    /// Buckets are the top `bits` bits of the 64-bit hash.
    let shift: UInt64
    let base: UnsafeMutablePointer<UInt32>
    /// Buckets written so far (the next one goes to `base[count]`).
    var count = 0
    /// For `addClass`: the first pass's `ClassFeatureRows.rows`, and where the rows it finds go (`rows[rowCount]`
    /// next). Writers that only hash leave them unset.
    var classRows: UnsafePointer<Int32>? = nil
    var rows: UnsafeMutablePointer<Int>? = nil
    var rowCount = 0

    init(bits: Int, base: UnsafeMutablePointer<UInt32>) {
        // at most 31 bits, so that the shift is 33 or more and `add` may skip the mixer's last step (the model
        // reader takes at most 26)
        precondition((1...31).contains(bits), "feature buckets of \(bits) bits")
        shift = UInt64(64 - bits)
        self.base = base
    }

    /// Appends the bucket of feature `value` of `template`: the top bits of `FeatureHash.combine(template ×
    /// constant, value)`, from `FeatureHash.mixedBeforeLastStep`, whose top 31 bits are the same.
    @inline(__always) mutating func add(_ template: UInt64, _ value: UInt64) {
        // `&>>`: the shift is 64 - bits, always under 64, so masking it changes nothing and saves a branch
        let hash = FeatureHash.mixedBeforeLastStep(
            FeatureHash.combined(template &* 0x9e37_79b9_7f4a_7c15, value))
        base[count] = UInt32(truncatingIfNeeded: hash &>> shift)
        count &+= 1
    }

    /// Appends the row of class feature `value` of `template` (`ClassFeatureRows`) when the model has one, as
    /// `WeightTable.Scratch.locate` would from its bucket; a value outside the template's range is hashed (`add`).
    @inline(__always) mutating func addClass(_ template: UInt64, _ value: UInt64) {
        let slot = ClassFeatureRows.slot(template)
        guard value < UInt64(slot.size) else { return add(template, value) }
        let row = classRows.unsafelyUnwrapped[slot.base &+ Int(truncatingIfNeeded: value)]
        rows.unsafelyUnwrapped[rowCount] = Int(truncatingIfNeeded: row)
        // kept only when present (an absent row is -1, sign bit set), as `locate` keeps only present rows
        rowCount &+= Int(truncatingIfNeeded: (UInt32(bitPattern: row) &>> 31) ^ 1)
    }
}

/// Second-pass features: how the first pass labelled the same word, the same name, longer names containing the word,
/// and names whose initials spell the word, elsewhere in the same document (after Krishnan & Manning 2006).
///
/// These let the second pass make the labels of a document agree ("Magna" after "Magna International"; "NAPM"
/// after "National Association of Purchasing Management"; a team name in a results table after its first mention).
struct DocumentConsistency {
    let bits: Int
    let labels: LabelSet

    private struct Counts {
        var byType = SIMD8<Int32>()
        mutating func add(_ type: Int, _ n: Int32 = 1) { byType[type] &+= n }
    }

    /// Entity type index of each label: 0 for O, k + 1 for the k-th type (BIO layout "O", "B-T", "I-T", …).
    @inline(__always) private func type(_ label: Int) -> Int { (label + 1) / 2 }

    private func capitalised(_ tr: TokenTraits) -> Bool {
        tr.capital == .initial || tr.capital == .allCaps || tr.capital == .mixed || tr.capital == .alphanumeric
    }

    /// Features of every token of the document, from the first pass's labels; token `t` owns
    /// `buckets[offsets[t]..<offsets[t + 1]]`.
    func features(
        _ tokens: [NewsToken], _ traits: [TokenTraits], _ firstPass: [Int], _ text: ScalarText
    ) -> FeatureExtractor.DocumentFeatures {
        let n = tokens.count
        // spans of the first pass
        var spanOf = [Int32](repeating: -1, count: n)
        var spans: [(start: Int, end: Int, type: Int, key: UInt64)] = []
        var t = 0
        while t < n {
            let y = firstPass[t]
            guard y != 0 else {
                t += 1
                continue
            }
            var e = t + 1
            while e < n && firstPass[e] != 0 && !labels.begins[firstPass[e]] && type(firstPass[e]) == type(y) { e += 1 }
            var key: UInt64 = 0x1234
            for k in t..<e {
                key = FeatureHash.combine(key, traits[k].lower)
                spanOf[k] = Int32(spans.count)
            }
            spans.append((t, e, type(y), key))
            t = e
        }
        // Tallies by word are arrays by the word's number (`TokenTraits.lowerIndex`), not tables hashed at every
        // capitalised token.
        var words = 0
        for tr in traits { words = max(words, Int(tr.lowerIndex) + 1) }
        // capitalised occurrences of each word as linked lists: first[word], then next[k]
        var first = [Int32](repeating: -1, count: words)
        var last = [Int32](repeating: -1, count: words)
        var next = [Int32](repeating: -1, count: n)
        var tokenCounts = [Counts](repeating: Counts(), count: words)
        for k in 0..<n where capitalised(traits[k]) {
            let word = Int(traits[k].lowerIndex)
            let previous = last[word]
            if previous < 0 { first[word] = Int32(k) } else { next[Int(previous)] = Int32(k) }
            last[word] = Int32(k)
            tokenCounts[word].add(type(firstPass[k]))
        }
        var spanCounts = HashedKeyMap<Counts>(capacity: spans.count + 8, empty: Counts())
        var insideLonger = [Counts](repeating: Counts(), count: words)
        var initials = HashedKeyMap<Counts>(capacity: spans.count + 8, empty: Counts())
        for span in spans {
            spanCounts.update(span.key) { $0.add(span.type) }
            guard span.end - span.start >= 2 else { continue }
            var acronym = FeatureHash.offset
            var letters = 0
            for k in span.start..<span.end where capitalised(traits[k]) {
                insideLonger[Int(traits[k].lowerIndex)].add(span.type)
                let c = text.scalars[tokens[k].start]
                acronym = FeatureHash.add(acronym, lowerASCII(c).value)
                letters += 1
            }
            if letters >= 2 { initials.update(FeatureHash.mix(acronym)) { $0.add(span.type) } }
        }

        // Buckets go straight into storage sized for the most a token can have (`maximumPerToken`), through a
        // pointer: appending to the array checked its uniqueness and capacity at every bucket.
        var offsets = [Int32](repeating: 0, count: n + 1)
        let tallies = Tallies(
            first: first, tokens: tokenCounts, spans: spanCounts, insideLonger: insideLonger, initials: initials)
        let buckets = [UInt32](unsafeUninitializedCapacity: max(1, n * Self.maximumPerToken)) { storage, written in
            var out = FeatureWriter(bits: bits, base: storage.baseAddress!)
            offsets.withUnsafeMutableBufferPointer { offsets in
                traits.withUnsafeBufferPointer { traits in
                    aggregate(tokens, traits, firstPass, text, spans, spanOf, next, tallies, into: &out, offsets)
                }
            }
            written = out.count
        }
        return FeatureExtractor.DocumentFeatures(buckets: buckets, offsets: offsets)
    }

    /// Most buckets one token gets: templates 101, 102, 104–107 once, 103 once per other type (at most 8), 110
    /// and 111 at most 8 times each.
    static let maximumPerToken = 30

    /// What the first pass did across the document, by word, name and initials.
    private struct Tallies {
        /// A word's first capitalised occurrence (then `next` in `features`), by `lowerIndex`.
        let first: [Int32]
        /// First-pass types of a word's capitalised occurrences, by `lowerIndex`.
        let tokens: [Counts]
        /// First-pass types of the names with a key.
        let spans: HashedKeyMap<Counts>
        /// Types of the names of two or more tokens containing a word, by `lowerIndex`.
        let insideLonger: [Counts]
        /// Types of the names of two or more tokens whose initials hash to a key.
        let initials: HashedKeyMap<Counts>
    }

    /// The features of every token, written to `writer`, the end of token `k`'s at `offsets[k + 1]`.
    @inline(__always) private func aggregate(
        _ tokens: [NewsToken], _ traits: UnsafeBufferPointer<TokenTraits>, _ firstPass: [Int], _ text: ScalarText,
        _ spans: [(start: Int, end: Int, type: Int, key: UInt64)], _ spanOf: [Int32], _ next: [Int32],
        _ tallies: Tallies, into writer: inout FeatureWriter, _ offsets: UnsafeMutableBufferPointer<Int32>
    ) {
        let n = tokens.count
        // a local copy of the writer, as in `FeatureExtractor.contextFeatures`
        var out = writer
        defer { writer = out }
        // the distinct words around the other occurrences of a word (at most 12 each side), in two buffers reused
        // for every word
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 24) { around in
            let left = around.baseAddress!
            let right = left + 12
            for k in 0..<n {
                let tr = traits[k]
                if capitalised(tr) {
                    let own = type(firstPass[k])
                    let capital = tr.capital.rawValue
                    let word = Int(tr.lowerIndex)
                    let counts = tallies.tokens[word].byType
                    var others = counts
                    others[own] &-= 1
                    if let (majority, total) = majority(others) {
                        out.add(101, UInt64(majority) << 8 | UInt64(min(total, 3)) << 4 | capital)
                        out.add(102, UInt64(majority) << 4 | UInt64(own))
                        for ty in 0..<8 where others[ty] > 0 {
                            let share = Int(others[ty]) * 4 / Int(total)
                            out.add(103, UInt64(ty) << 4 | UInt64(min(share, 3)))
                        }
                    }
                    var longer = tallies.insideLonger[word].byType
                    if spanOf[k] >= 0 {
                        let span = spans[Int(spanOf[k])]
                        if span.end - span.start >= 2 { longer[span.type] &-= 1 }
                        var same = tallies.spans[span.key].byType
                        same[span.type] &-= 1
                        if let (majority, _) = majority(same) {
                            let position: UInt64 = k == span.start ? 1 : 2
                            out.add(104, UInt64(majority) << 4 | position)
                        }
                    }
                    let longerMajority = majority(longer)
                    if let (majority, _) = longerMajority {
                        out.add(105, UInt64(majority) << 4 | UInt64(own))
                    }
                    let occurrences = Int(counts.wrappedSum())
                    let frequency: UInt64 = occurrences <= 1 ? 0 : occurrences == 2 ? 1 : occurrences <= 5 ? 2 : 3
                    out.add(107, UInt64(own) << 8 | (longerMajority == nil ? 0 : 16) | frequency)
                    // words around the other occurrences (context aggregation)
                    var lefts = 0
                    var rights = 0
                    var j = Int(tallies.first[word])
                    var visited = 0
                    while j >= 0 && visited < 12 {
                        defer {
                            j = Int(next[j])
                            visited += 1
                        }
                        if j == k { continue }
                        let l = j > 0 ? traits[j - 1].lower : FeatureExtractor.outside
                        let r = j + 1 < n ? traits[j + 1].lower : FeatureExtractor.outside
                        if !Self.holds(left, lefts, l) {
                            left[lefts] = l
                            lefts &+= 1
                        }
                        if !Self.holds(right, rights, r) {
                            right[rights] = r
                            rights &+= 1
                        }
                    }
                    for i in 0..<min(lefts, 8) { out.add(110, left[i]) }
                    for i in 0..<min(rights, 8) { out.add(111, right[i]) }
                    if tr.capital == .allCaps && tokens[k].length >= 2 && tokens[k].length <= 8 {
                        var acronym = FeatureHash.offset
                        for i in tokens[k].start..<tokens[k].end where isLetter(text.scalars[i]) {
                            acronym = FeatureHash.add(acronym, lowerASCII(text.scalars[i]).value)
                        }
                        if let (majority, _) = majority(tallies.initials[FeatureHash.mix(acronym)].byType) {
                            out.add(106, UInt64(majority))
                        }
                    }
                }
                offsets[k + 1] = Int32(truncatingIfNeeded: out.count)
            }
        }
    }

    /// Whether `words[0..<count]` holds `word`.
    @inline(__always) private static func holds(_ words: UnsafeMutablePointer<UInt64>, _ count: Int, _ word: UInt64)
        -> Bool
    {
        for i in 0..<count where words[i] == word { return true }
        return false
    }

    /// The most frequent type (lowest index on ties) and the total, nil when all counts are zero.
    private func majority(_ counts: SIMD8<Int32>) -> (Int, Int)? {
        var best = -1
        var total = 0
        for ty in 0..<8 where counts[ty] > 0 {
            total += Int(counts[ty])
            if best < 0 || counts[ty] > counts[best] { best = ty }
        }
        return best < 0 ? nil : (best, total)
    }
}

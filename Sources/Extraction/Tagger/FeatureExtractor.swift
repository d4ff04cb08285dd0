/// Turns a tokenized document into hashed feature indices, one list per token.
///
/// Features look at the token, two tokens either side, word shapes, affixes, capitalisation in context (sentence
/// start, all-capitals headline line), cue words of organization names, and how the same word is written elsewhere
/// in the document. Each feature is a (template, value) pair hashed into `1 << bits` buckets.
struct FeatureExtractor: Sendable {
    let bits: Int
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    init(bits: Int, lexicon: Lexicon, gazetteer: Gazetteer) {
        self.bits = bits
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// Feature buckets of a document: token `t` owns `buckets[offsets[t]..<offsets[t + 1]]`; `buckets` may be
    /// longer than `offsets.last` (spare capacity).
    struct DocumentFeatures {
        var buckets: [UInt32] = []
        var offsets: [Int32] = [0]
    }

    // MARK: traits

    func traits(_ tokens: [NewsToken], _ sentences: [Range<Int>], _ text: ScalarText) -> [TokenTraits] {
        let s = text.scalars
        var out = [TokenTraits](repeating: TokenTraits(), count: tokens.count)
        var lowerBuffer: [UInt32] = []
        lowerBuffer.reserveCapacity(64)
        for (t, token) in tokens.enumerated() {
            var tr = TokenTraits()
            var exact = FeatureHash.offset
            var lower = FeatureHash.offset
            var shape = FeatureHash.offset
            var short = FeatureHash.offset
            var lastClass: UInt32 = 0
            var run = 0
            var uppers = 0
            var lowers = 0
            var digits = 0
            var others = 0
            lowerBuffer.removeAll(keepingCapacity: true)
            var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            for k in token.start..<token.end {
                let c = s[k]
                exact = FeatureHash.add(exact, c.value)
                let cls: UInt32
                if c.value < 0x80 {
                    let v = c.value
                    if v >= 0x41 && v <= 0x5A {
                        cls = 88  // X
                        uppers += 1
                        lowerBuffer.append(v + 32)
                    } else if v >= 0x61 && v <= 0x7A {
                        cls = 120  // x
                        lowers += 1
                        lowerBuffer.append(v)
                    } else if v >= 0x30 && v <= 0x39 {
                        cls = 100  // d
                        digits += 1
                        lowerBuffer.append(v)
                    } else {
                        cls = v
                        others += 1
                        lowerBuffer.append(v == 0x2019 ? 0x27 : v)
                    }
                } else if isUpper(c) {
                    cls = 88
                    uppers += 1
                    for u in c.properties.lowercaseMapping.unicodeScalars { lowerBuffer.append(u.value) }
                } else if isLower(c) || isLetter(c) {
                    cls = 120
                    lowers += 1
                    lowerBuffer.append(c.value)
                } else if isDigit(c) {
                    cls = 100
                    digits += 1
                    lowerBuffer.append(c.value)
                } else {
                    cls = c.value == 0x2019 ? 0x27 : c.value
                    others += 1
                    lowerBuffer.append(cls)
                }
                if cls == lastClass {
                    run += 1
                } else {
                    run = 1
                    short = FeatureHash.add(short, cls)
                }
                if run <= 2 { shape = FeatureHash.add(shape, cls) }
                lastClass = cls
            }
            for (n, v) in lowerBuffer.enumerated() {
                lower = FeatureHash.add(lower, v)
                switch n {
                case 0: prefixes.0 = lower
                case 1: prefixes.1 = lower
                case 2: prefixes.2 = lower
                case 3: prefixes.3 = lower
                default: break
                }
            }
            let count = lowerBuffer.count
            var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var h = FeatureHash.offset
            for k in 0..<min(4, count) {
                h = FeatureHash.add(h, lowerBuffer[count - 1 - k])
                switch k {
                case 0: suffixes.0 = h
                case 1: suffixes.1 = h
                case 2: suffixes.2 = h
                default: suffixes.3 = h
                }
            }
            tr.exact = FeatureHash.mix(exact)
            tr.lower = FeatureHash.mix(lower)
            tr.shape = FeatureHash.mix(shape)
            tr.shortShape = FeatureHash.mix(short)
            tr.prefixes = prefixes
            tr.suffixes = suffixes
            tr.length = count
            let letters = uppers + lowers
            if letters == 0 {
                tr.capital = digits > 0 ? .number : .punctuation
            } else if digits > 0 {
                tr.capital = .alphanumeric
            } else if lowers == 0 {
                tr.capital = uppers == 1 && others == 0 ? .initial : .allCaps
            } else if uppers == 0 {
                tr.capital = .lower
            } else if isUpper(s[token.start]) && uppers == 1 {
                tr.capital = .initial
            } else {
                tr.capital = .mixed
            }
            let (lexical, keyword) = lexicon.classify(lowerHash: tr.lower)
            tr.keyword = keyword
            if letters > 0 { tr.lexical = lexical }
            out[t] = tr
        }
        markContext(&out, tokens, sentences, s)
        if gazetteer.longest > 0 { markGazetteerNames(&out) }
        return out
    }

    /// Sentence starts, capitals lines, parentheses and document-wide casing.
    private func markContext(
        _ traits: inout [TokenTraits], _ tokens: [NewsToken], _ sentences: [Range<Int>], _ s: [Unicode.Scalar]
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
        var counts = HashedKeyMap<SIMD2<Int32>>(capacity: tokens.count / 2 + 8, empty: SIMD2())
        for t in traits.indices {
            let tr = traits[t]
            if tr.capital == .lower {
                counts.update(tr.lower) { $0[1] &+= 1 }
            } else if (tr.capital == .initial || tr.capital == .mixed) && !tr.sentenceStart && !tr.capsLine {
                counts.update(tr.lower) { $0[0] &+= 1 }
            }
        }
        for t in traits.indices {
            let tr = traits[t]
            guard tr.capital != .punctuation && tr.capital != .number else { continue }
            let selfCapital = (tr.capital == .initial || tr.capital == .mixed) && !tr.sentenceStart && !tr.capsLine
            let selfLower = tr.capital == .lower
            let seen = counts[tr.lower]
            traits[t].capitalElsewhere = seen[0] - (selfCapital ? 1 : 0) > 0
            traits[t].lowerElsewhere = seen[1] - (selfLower ? 1 : 0) > 0
        }
    }

    /// Longest gazetteer match starting at each capitalised token.
    private func markGazetteerNames(_ traits: inout [TokenTraits]) {
        var t = 0
        let n = traits.count
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
                let mask = gazetteer.mask(key)
                if mask != 0 {
                    best = length
                    bestMask = mask
                }
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

    @inline(__always) private func bucket(_ template: UInt64, _ value: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: FeatureHash.combine(template &* 0x9e37_79b9_7f4a_7c15, value) >> UInt64(64 - bits))
    }

    static let outside: UInt64 = 0x5151_5151_5151_5151
    /// Upper bound of features per token (`buckets` is over-allocated by this much per token; `offsets` tell the
    /// real extent).
    static let maximumPerToken = 48

    /// How many of a token's first features depend only on the word itself (templates 1–13, emitted first).
    @inline(__always) static func intrinsicCount(_ tr: TokenTraits) -> Int { 5 + 2 * max(0, min(tr.length - 1, 4)) }

    /// Appends the features of every token of `sentence` to `out`.
    func features(_ traits: [TokenTraits], _ sentence: Range<Int>, into out: inout DocumentFeatures) {
        let a = sentence.lowerBound
        let b = sentence.upperBound
        @inline(__always) func lower(_ k: Int) -> UInt64 {
            k >= a && k < b ? traits[k].lower : Self.outside &+ UInt64(k < a ? 1 : 2)
        }
        @inline(__always) func short(_ k: Int) -> UInt64 {
            k >= a && k < b ? traits[k].shortShape : Self.outside &+ UInt64(k < a ? 1 : 2)
        }
        @inline(__always) func cap(_ k: Int) -> UInt64 {
            k >= a && k < b ? traits[k].capital.rawValue : (k < a ? 20 : 21)
        }
        @inline(__always) func gazetteerAt(_ k: Int) -> UInt64 { k >= a && k < b ? traits[k].gazetteer : 255 }
        @inline(__always) func lexical(_ k: Int) -> UInt64 { k >= a && k < b ? traits[k].lexical : 5 }
        @inline(__always) func keyword(_ k: Int) -> UInt64 { k >= a && k < b ? traits[k].keyword.rawValue : 9 }
        @inline(__always) func rule(_ k: Int) -> UInt64 { k >= a && k < b ? traits[k].rule : 15 }
        var m = Int(out.offsets[out.offsets.count - 1])
        let needed = m + sentence.count * Self.maximumPerToken
        if out.buckets.count < needed {
            out.buckets.append(contentsOf: repeatElement(0, count: max(needed - out.buckets.count, out.buckets.count)))
        }
        out.buckets.withUnsafeMutableBufferPointer { buffer in
            for t in sentence {
                let tr = traits[t]
                let start = m
                @inline(__always) func add(_ b: UInt32) {
                    buffer[m] = b
                    m += 1
                }
                add(bucket(1, 0))
                add(bucket(2, tr.lower))
                add(bucket(3, tr.exact))
                add(bucket(4, tr.shape))
                add(bucket(5, tr.shortShape))
                if tr.length > 1 { add(bucket(6, tr.prefixes.0)) }
                if tr.length > 2 { add(bucket(7, tr.prefixes.1)) }
                if tr.length > 3 { add(bucket(8, tr.prefixes.2)) }
                if tr.length > 4 { add(bucket(9, tr.prefixes.3)) }
                if tr.length > 1 { add(bucket(10, tr.suffixes.0)) }
                if tr.length > 2 { add(bucket(11, tr.suffixes.1)) }
                if tr.length > 3 { add(bucket(12, tr.suffixes.2)) }
                if tr.length > 4 { add(bucket(13, tr.suffixes.3)) }
                add(bucket(14, lower(t - 1)))
                add(bucket(15, lower(t + 1)))
                add(bucket(16, lower(t - 2)))
                add(bucket(17, lower(t + 2)))
                add(bucket(18, short(t - 1)))
                add(bucket(19, short(t + 1)))
                add(bucket(20, FeatureHash.combine(lower(t - 1), tr.lower)))
                add(bucket(21, FeatureHash.combine(tr.lower, lower(t + 1))))
                add(bucket(22, FeatureHash.combine(FeatureHash.combine(short(t - 1), tr.shortShape), short(t + 1))))
                let position: UInt64 = (tr.sentenceStart ? 1 : 0) | (tr.capsLine ? 2 : 0)
                add(bucket(23, tr.capital.rawValue << 4 | position))
                add(bucket(24, keyword(t)))
                add(bucket(25, keyword(t - 1) << 4 | cap(t)))
                add(bucket(26, keyword(t + 1) << 4 | cap(t)))
                add(bucket(27, nameHeadAhead(traits, t, b)))
                let document: UInt64 = (tr.capitalElsewhere ? 1 : 0) | (tr.lowerElsewhere ? 2 : 0)
                add(bucket(28, document << 8 | tr.capital.rawValue << 4 | position))
                add(bucket(29, UInt64(min(tr.length, 10)) << 4 | tr.capital.rawValue))
                add(bucket(30, (tr.insideParentheses ? 16 : 0) | tr.capital.rawValue))
                add(bucket(31, cap(t - 1) << 10 | cap(t) << 5 | cap(t + 1)))
                add(bucket(32, FeatureHash.combine(lower(t - 1), tr.capital.rawValue)))
                add(bucket(33, FeatureHash.combine(lower(t + 1), tr.capital.rawValue &+ 100)))
                add(bucket(34, FeatureHash.combine(tr.shape, position)))
                if tr.capsLine { add(bucket(35, FeatureHash.combine(tr.lower, document))) }
                if !lexicon.common.isEmpty {
                    add(bucket(38, tr.lexical << 8 | tr.capital.rawValue << 4 | position))
                    add(bucket(39, lexical(t - 1) << 12 | tr.lexical << 8 | lexical(t + 1) << 4 | cap(t)))
                }
                if gazetteer.longest > 0 {
                    add(bucket(40, tr.gazetteer << 4 | tr.capital.rawValue))
                    add(bucket(41, gazetteerAt(t - 1) << 8 | gazetteerAt(t + 1)))
                }
                add(bucket(42, tr.rule << 4 | tr.capital.rawValue))
                add(bucket(43, rule(t - 1) << 8 | tr.rule << 4 | rule(t + 1)))
                add(bucket(44, tr.rule << 8 | tr.gazetteer & 15 << 4 | tr.keyword.rawValue))
                add(bucket(36, FeatureHash.combine(short(t - 2), short(t - 1))))
                add(bucket(37, FeatureHash.combine(short(t + 1), short(t + 2))))
                assert(m - start <= Self.maximumPerToken)
                out.offsets.append(Int32(m))
            }
        }
    }

    /// The nearest organization or legal cue word ahead within a run of capitalised words and connectors:
    /// its class and distance, 0 when none.
    private func nameHeadAhead(_ traits: [TokenTraits], _ t: Int, _ end: Int) -> UInt64 {
        guard
            traits[t].capital == .initial || traits[t].capital == .allCaps || traits[t].capital == .mixed
                || traits[t].keyword == .connector
        else { return 0 }
        var k = t + 1
        while k < end && k <= t + 5 {
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

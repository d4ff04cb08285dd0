/// A word's own traits from its scalars: the hashes of its spellings, prefixes and suffixes, its shapes and its
/// capitalisation class (no look-ups, no context). `FeatureExtractor.traits` works them out once per distinct
/// spelling of a document.
extension FeatureExtractor {
    /// `wordTraits` of a word whose scalars are all ASCII (most words of English news), given its `exact` hash
    /// before mixing: every scalar lowercases to one scalar, so the prefixes and suffixes are hashed from the word's
    /// first and last four scalars after the main loop, which keeps few values live in that loop (`wordTraits`
    /// keeps so many that the compiler moves most of them between registers and the stack at every scalar).
    @inline(__always) func asciiWordTraits(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, exact: UInt64
    ) -> TokenTraits {
        @inline(__always) func lowered(_ v: UInt32) -> UInt32 { v &- 0x41 < 26 ? v &+ 32 : v }
        var lower = FeatureHash.offset
        var shape = FeatureHash.offset
        var short = FeatureHash.offset
        var lastClass: UInt32 = 0
        var run = 0
        var uppers = 0
        var lowers = 0
        var digits = 0
        for k in start..<end {
            let v = s[k].value
            let cls: UInt32
            if v &- 0x41 < 26 {
                cls = 88  // X
                uppers &+= 1
            } else if v &- 0x61 < 26 {
                cls = 120  // x
                lowers &+= 1
            } else if v &- 0x30 < 10 {
                cls = 100  // d
                digits &+= 1
            } else {
                cls = v
            }
            lower = FeatureHash.add(lower, lowered(v))
            if cls == lastClass {
                run &+= 1
            } else {
                run = 1
                short = FeatureHash.add(short, cls)
            }
            if run <= 2 { shape = FeatureHash.add(shape, cls) }
            lastClass = cls
        }
        let count = end &- start
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var h = FeatureHash.offset
        var g = FeatureHash.offset
        // Prefix and suffix hashes of one to four letters, each extending the one before.
        withUnsafeMutableBytes(of: &prefixes) { prefixBytes in
            withUnsafeMutableBytes(of: &suffixes) { suffixBytes in
                for k in 0..<min(count, 4) {
                    h = FeatureHash.add(h, lowered(s[start &+ k].value))
                    prefixBytes.storeBytes(of: h, toByteOffset: k &* 8, as: UInt64.self)
                    g = FeatureHash.add(g, lowered(s[end &- 1 &- k].value))
                    suffixBytes.storeBytes(of: g, toByteOffset: k &* 8, as: UInt64.self)
                }
            }
        }
        var tr = TokenTraits()
        tr.exact = FeatureHash.mix(exact)
        tr.lower = FeatureHash.mix(lower)
        tr.shape = FeatureHash.mix(shape)
        tr.shortShape = FeatureHash.mix(short)
        tr.prefixes = prefixes
        tr.suffixes = suffixes
        tr.length = count
        tr.capital = Self.capitalization(
            uppers: uppers, lowers: lowers, digits: digits, others: count &- uppers &- lowers &- digits,
            startsUpper: s[start].value &- 0x41 < 26)
        return tr
    }

    /// The capitalisation class of a word from the counts of its scalars' classes.
    @inline(__always) private static func capitalization(
        uppers: Int, lowers: Int, digits: Int, others: Int, startsUpper: Bool
    ) -> Capitalization {
        let letters = uppers + lowers
        if letters == 0 { return digits > 0 ? .number : .punctuation }
        if digits > 0 { return .alphanumeric }
        if lowers == 0 { return uppers == 1 && others == 0 ? .initial : .allCaps }
        if uppers == 0 { return .lower }
        if startsUpper && uppers == 1 { return .initial }
        return .mixed
    }

    /// Hashes and classes of the word `s[start..<end]` by itself (no look-ups, no context).
    @inline(never) func wordTraits(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int
    ) -> TokenTraits {
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
        // The lowercase form is hashed as it is produced: prefixes from its first four scalars, suffixes (below)
        // from its last four, kept in a window, so no buffer is needed.
        var count = 0
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var window: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        @inline(__always) func push(_ v: UInt32) {
            lower = FeatureHash.add(lower, v)
            switch count {
            case 0: prefixes.0 = lower
            case 1: prefixes.1 = lower
            case 2: prefixes.2 = lower
            case 3: prefixes.3 = lower
            default: break
            }
            count &+= 1
            window = (v, window.0, window.1, window.2)
        }
        for k in start..<end {
            let c = s[k]
            exact = FeatureHash.add(exact, c.value)
            let cls: UInt32
            if c.value < 0x80 {
                let v = c.value
                if v >= 0x41 && v <= 0x5A {
                    cls = 88  // X
                    uppers &+= 1
                    push(v &+ 32)
                } else if v >= 0x61 && v <= 0x7A {
                    cls = 120  // x
                    lowers &+= 1
                    push(v)
                } else if v >= 0x30 && v <= 0x39 {
                    cls = 100  // d
                    digits &+= 1
                    push(v)
                } else {
                    cls = v
                    others &+= 1
                    push(v)
                }
            } else if isUpper(c) {
                cls = 88
                uppers &+= 1
                for u in BeyondASCII.lowercaseMapping(c).unicodeScalars { push(u.value) }
            } else if isLower(c) || isLetter(c) {
                cls = 120
                lowers &+= 1
                push(c.value)
            } else if isDigit(c) {
                cls = 100
                digits &+= 1
                push(c.value)
            } else {
                cls = c.value == 0x2019 ? 0x27 : c.value
                others &+= 1
                push(cls)
            }
            if cls == lastClass {
                run &+= 1
            } else {
                run = 1
                short = FeatureHash.add(short, cls)
            }
            if run <= 2 { shape = FeatureHash.add(shape, cls) }
            lastClass = cls
        }
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var h = FeatureHash.offset
        if count > 0 {
            h = FeatureHash.add(h, window.0)
            suffixes.0 = h
        }
        if count > 1 {
            h = FeatureHash.add(h, window.1)
            suffixes.1 = h
        }
        if count > 2 {
            h = FeatureHash.add(h, window.2)
            suffixes.2 = h
        }
        if count > 3 {
            h = FeatureHash.add(h, window.3)
            suffixes.3 = h
        }
        tr.exact = FeatureHash.mix(exact)
        tr.lower = FeatureHash.mix(lower)
        tr.shape = FeatureHash.mix(shape)
        tr.shortShape = FeatureHash.mix(short)
        tr.prefixes = prefixes
        tr.suffixes = suffixes
        tr.length = count
        tr.capital = Self.capitalization(
            uppers: uppers, lowers: lowers, digits: digits, others: others, startsUpper: isUpper(s[start]))
        return tr
    }
}

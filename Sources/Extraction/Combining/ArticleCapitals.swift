/// Where an article's capitals, commas and scalars beyond ASCII stand, found in one pass for the glue passes that
/// look for a name where a capital opens a word.
///
/// Several passes after the tagger (`addingUntaggedFirmNames`, `addingCamelCaseNames`, the game reports'
/// nicknames, `wholeWordStarts`) each read every scalar of the article to find the capitals they start from, about
/// one scalar in twenty-five. Found once here (eight scalars tested together, as `ScalarSearch.nextCapital` does),
/// each pass steps from capital to capital instead. The stops are exactly those of
/// `ScalarSearch.nextCapital(in:from:orComma: true)`: an ASCII capital, a comma or any scalar beyond ASCII (where
/// Unicode's capitals are), so a pass that stepped with `nextCapital` visits the same offsets in the same order.
struct ArticleCapitals: Sendable {
    /// Offsets of the stops, ascending.
    let stops: [Int]
    /// Offsets of the ASCII capitals, ascending, grouped by letter: "A"'s first, then "B"'s…
    private let byLetter: [Int]
    /// Where each letter's group starts in `byLetter`, and (entry 26) its end.
    private let letterStarts: [Int]
    /// The article's length in scalars.
    let count: Int

    init(_ scalars: [Unicode.Scalar]) {
        count = scalars.count
        // Written through pointers: an array's append (a uniqueness and a capacity check) and the tallies' bounds
        // checks at each of an article's thousand-odd stops cost more than finding them.
        var perLetter = [Int](repeating: 0, count: 27)
        var found = 0
        let stops = scalars.withUnsafeBufferPointer { text in
            [Int](unsafeUninitializedCapacity: text.count) { out, written in
                perLetter.withUnsafeMutableBufferPointer { tally in
                    Self.forEachStop(in: text) { k in
                        out[found] = k
                        found &+= 1
                        let letter = Int(text[k].value) &- 0x41
                        if letter >= 0 && letter < 26 { tally[letter &+ 1] &+= 1 }
                    }
                }
                written = found
            }
        }
        for letter in 1...26 { perLetter[letter] &+= perLetter[letter &- 1] }
        letterStarts = perLetter
        // Counting sort: each letter's offsets in text order.
        var next = perLetter
        byLetter = scalars.withUnsafeBufferPointer { text in
            [Int](unsafeUninitializedCapacity: perLetter[26]) { out, written in
                next.withUnsafeMutableBufferPointer { next in
                    for k in stops {
                        let letter = Int(text[k].value) &- 0x41
                        guard letter >= 0 && letter < 26 else { continue }
                        out[next[letter]] = k
                        next[letter] &+= 1
                    }
                }
                written = perLetter[26]
            }
        }
        self.stops = stops
    }

    /// Calls `body` with each offset whose scalar is an ASCII capital, a comma or beyond ASCII, in text order.
    /// Eight scalars are tested together, two to a 64-bit word, and each word's stops are taken from its bits; see
    /// `ScalarSearch.nextCapital` for the lane arithmetic.
    @inline(__always)
    static func forEachStop(in text: UnsafeBufferPointer<Unicode.Scalar>, _ body: (Int) -> Void) {
        let count = text.count
        guard let base = text.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let top: UInt64 = 0x8000_0000_8000_0000
        @inline(__always) func atLeast(_ word: UInt64, _ value: UInt64) -> UInt64 { word &- (value | value << 32) }
        @inline(__always) func stops(_ word: UInt64) -> UInt64 {
            let lanes = word | top
            let capital = atLeast(lanes, 0x41) & ~atLeast(lanes, 0x5B)
            let comma = atLeast(lanes, 0x2C) & ~atLeast(lanes, 0x2D)
            return (capital | comma | atLeast(lanes, 0x80)) & top
        }
        var k = 0
        #if _endian(little)
            // the word's low lane is the first scalar: its top bit is bit 31, the second scalar's bit 63
            @inline(__always) func report(_ bits: UInt64, _ first: Int) {
                var bits = bits
                while bits != 0 {
                    body(first &+ bits.trailingZeroBitCount &>> 5)
                    bits &= bits &- 1
                }
            }
            while k &+ 8 <= count {
                let bytes = k &* 4
                let s0 = stops(raw.loadUnaligned(fromByteOffset: bytes, as: UInt64.self))
                let s1 = stops(raw.loadUnaligned(fromByteOffset: bytes &+ 8, as: UInt64.self))
                let s2 = stops(raw.loadUnaligned(fromByteOffset: bytes &+ 16, as: UInt64.self))
                let s3 = stops(raw.loadUnaligned(fromByteOffset: bytes &+ 24, as: UInt64.self))
                if s0 | s1 | s2 | s3 != 0 {
                    report(s0, k)
                    report(s1, k &+ 2)
                    report(s2, k &+ 4)
                    report(s3, k &+ 6)
                }
                k &+= 8
            }
        #endif
        while k < count {
            let value = text[k].value
            if value &- 0x41 < 26 || value >= 0x80 || value == 0x2C { body(k) }
            k &+= 1
        }
    }

    /// The first stop at or after `k`, or `count` when there is none; `cursor` (an index into `stops`, starting at
    /// 0) carries the search on from the last answer, so that a pass moving forward reads each stop once.
    @inline(__always)
    func stop(atOrAfter k: Int, cursor: inout Int) -> Int {
        while cursor < stops.count && stops[cursor] < k { cursor &+= 1 }
        return cursor < stops.count ? stops[cursor] : count
    }

    /// The offsets of the ASCII capital `letter` ("A" to "Z"), ascending; empty for any other scalar.
    func offsets(of letter: Unicode.Scalar) -> ArraySlice<Int> {
        let index = Int(letter.value) &- 0x41
        guard index >= 0 && index < 26 else { return [] }
        return byLetter[letterStarts[index]..<letterStarts[index &+ 1]]
    }
}

import Foundation

/// Where given scalars stand in an article's decoded text, found with `memchr` on the array's bytes.
///
/// Several glue steps look for a rare mark ("/" of a wire credit, ", the " of an apposition, "MP" of a member's
/// post) and read around it. Stepping scalar by scalar through the whole article to find the mark cost each of them
/// more than all the rest of its work; `memchr` moves through the same bytes many at a time. A scalar is four
/// bytes, its low byte first on a little-endian machine: a hit is kept only at a scalar's first byte and when the
/// whole scalar is the one sought (so "ⰰ", U+2C30, is no comma). Big-endian machines and scalars whose low byte is
/// zero take the plain loop. Inlined, so that each caller's test of a hit is inlined into the search loop rather
/// than called through a closure at every hit.
enum ScalarSearch {
    /// The first offset at or after `start` where `scalars` holds `target`, or nil.
    @inline(__always)
    static func next(_ target: Unicode.Scalar, in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int)
        -> Int?
    {
        guard start < scalars.count, let base = scalars.baseAddress else { return nil }
        let low = Int32(target.value & 0xFF)
        #if _endian(little)
            if low != 0 {
                let raw = UnsafeRawPointer(base)
                let end = scalars.count * 4
                var from = max(0, start) * 4
                while from < end, let hit = memchr(raw + from, low, end - from) {
                    let offset = raw.distance(to: UnsafeRawPointer(hit))
                    if offset & 3 == 0 && scalars[offset >> 2] == target { return offset >> 2 }
                    from = offset + 1
                }
                return nil
            }
        #endif
        var k = max(0, start)
        while k < scalars.count && scalars[k] != target { k += 1 }
        return k < scalars.count ? k : nil
    }

    /// The first offset at or after `start` whose scalar is an ASCII capital or lies beyond ASCII (where
    /// Unicode's capitals are), or with `orComma` is a comma; `scalars.count` when there is none. The passes that
    /// look for a name where a capital opens a word read every scalar of the article, and most are lowercase
    /// letters, spaces and punctuation that they pass over: eight scalars are tested together, two to a 64-bit
    /// word, where the scalar-by-scalar loop took about ten instructions for each.
    ///
    /// Each scalar's lane gets its top bit set (a scalar is below 2^21), so that subtracting a small constant
    /// never borrows from the lane above and leaves the top bit set exactly when the scalar is at least the
    /// constant: a capital is at least "A" and not at least "[". Written on plain integers rather than `SIMD8`:
    /// this compiler turned the vector comparisons (`.==`, `.<`) into a loop over the lanes through memory, which
    /// cost more than the scalar loop.
    @inline(__always)
    static func nextCapital(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, orComma: Bool = false)
        -> Int
    {
        let count = scalars.count
        guard let base = scalars.baseAddress, start < count else { return count }
        var k = max(0, start)
        let raw = UnsafeRawPointer(base)
        let top: UInt64 = 0x8000_0000_8000_0000
        @inline(__always) func atLeast(_ word: UInt64, _ value: UInt64) -> UInt64 { word &- (value | value << 32) }
        @inline(__always) func stops(_ word: UInt64) -> UInt64 {
            let lanes = word | top
            var stop = atLeast(lanes, 0x41) & ~atLeast(lanes, 0x5B) | atLeast(lanes, 0x80)
            if orComma { stop |= atLeast(lanes, 0x2C) & ~atLeast(lanes, 0x2D) }
            return stop
        }
        while k &+ 8 <= count {
            let bytes = k &* 4
            let s0 = stops(raw.loadUnaligned(fromByteOffset: bytes, as: UInt64.self)) & top
            let s1 = stops(raw.loadUnaligned(fromByteOffset: bytes &+ 8, as: UInt64.self)) & top
            let s2 = stops(raw.loadUnaligned(fromByteOffset: bytes &+ 16, as: UInt64.self)) & top
            let s3 = stops(raw.loadUnaligned(fromByteOffset: bytes &+ 24, as: UInt64.self)) & top
            if s0 | s1 | s2 | s3 != 0 {
                #if _endian(little)
                    // the first scalar is the word's low lane: the stop is the lowest top bit set
                    let (word, bits) = s0 != 0 ? (0, s0) : s1 != 0 ? (1, s1) : s2 != 0 ? (2, s2) : (3, s3)
                    return k &+ 2 &* word &+ bits.trailingZeroBitCount &>> 5
                #else
                    break
                #endif
            }
            k &+= 8
        }
        // the stop among the last few scalars (or, on a big-endian machine, in the eight found above)
        while k < count {
            let value = scalars[k].value
            if value &- 0x41 < 26 || value >= 0x80 || (orComma && value == 0x2C) { return k }
            k &+= 1
        }
        return count
    }

    /// Calls `body` with each offset of `scalars` that holds one of `targets`, in text order.
    @inline(__always)
    static func forEachOffset(of targets: [Unicode.Scalar], in scalars: [Unicode.Scalar], _ body: (Int) -> Void) {
        _ = firstOffset(of: targets, in: scalars) { k in
            body(k)
            return false
        }
    }

    /// The first offset of `scalars` that holds one of `targets` and satisfies `accepts`, asked in text order.
    @inline(__always)
    static func firstOffset(
        of targets: [Unicode.Scalar], in scalars: [Unicode.Scalar], where accepts: (Int) -> Bool
    ) -> Int? {
        guard !targets.isEmpty else { return nil }
        return scalars.withUnsafeBufferPointer { text in
            // The next hit of each target; the smallest is asked about and its target searched again past it.
            var nexts = targets.map { next($0, in: text, from: 0) ?? Int.max }
            while true {
                var which = 0
                for t in nexts.indices where nexts[t] < nexts[which] { which = t }
                let k = nexts[which]
                guard k != Int.max else { return nil }
                if accepts(k) { return k }
                nexts[which] = next(targets[which], in: text, from: k + 1) ?? Int.max
            }
        }
    }
}

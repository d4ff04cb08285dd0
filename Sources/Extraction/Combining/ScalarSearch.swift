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

import Foundation

/// The page's blocks lowered as `PhraseMatcher.lowered(lines:)` lowers them (joined by "\n"), as UTF-8 in one
/// buffer, built once per page: the headline scores ask whether each candidate is written again nearby, and the
/// source finder counts its leading names through the whole page, both over this text.
///
/// Why counting on these bytes is `SourceFinder.count` on the lowered scalars: lowering maps each scalar on its
/// own, so the lowered join is the join of the lowered blocks, and a range of whole blocks here is the lowered
/// join of those blocks. A needle's first byte is a lead byte, so it only matches where a scalar starts, and a
/// byte match of whole scalars is a scalar match; the letters-only boundary test reads the same scalars, and the
/// range's ends count as spaces as the text's ends do. Matches are taken left to right without overlap, as there.
struct LoweredPage {
    let bytes: [UInt8]
    /// Where each block's lowered bytes start; one more entry, one past the end plus one, closes the last block.
    private let starts: [Int]

    init(_ blocks: some Collection<TextBlock>) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        bytes.reserveCapacity(blocks.reduce(blocks.count) { $0 + $1.text.utf8.count })
        starts.reserveCapacity(blocks.count + 1)
        for (k, block) in blocks.enumerated() {
            if k > 0 { bytes.append(0x0A) }
            starts.append(bytes.count)
            HeadlineEchoes.appendLowered(block.text, to: &bytes)
        }
        starts.append(bytes.count + 1)
        self.bytes = bytes
        self.starts = starts
    }

    /// The bytes of blocks `blocks` joined by "\n" (a non-empty range of block indices).
    func byteRange(of blocks: Range<Int>) -> Range<Int> {
        starts[blocks.lowerBound]..<(starts[blocks.upperBound] - 1)
    }

    /// For each block, whether its lowered bytes hold one of `needles` (non-empty byte strings without "\n"), in
    /// one pass per needle over the page (`memchr` on its first byte) rather than one search per block. A needle
    /// without "\n" lies within one block, the one whose range holds its first byte.
    func blocksHolding(_ needles: [[UInt8]]) -> [Bool] {
        var holding = [Bool](repeating: false, count: starts.count - 1)
        bytes.withUnsafeBufferPointer { h in
            guard let base = h.baseAddress else { return }
            for needle in needles where !needle.isEmpty && needle.count <= h.count {
                let last = h.count - needle.count
                var i = 0
                while i <= last {
                    guard let found = memchr(base + i, Int32(needle[0]), last - i + 1) else { break }
                    let k = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    var m = 1
                    while m < needle.count && h[k + m] == needle[m] { m += 1 }
                    if m == needle.count { holding[block(at: k)] = true }
                    i = k + 1
                }
            }
        }
        return holding
    }

    /// For each block, whether its lowered bytes hold `needle` (non-empty, without "\n"), found by Horspool's
    /// skips (`firstMatch`) in one pass over the page: a long needle moves the window by most of its length, where
    /// a search of each line on its own, or `memchr` on a common first letter, stops far more often. After a match
    /// the search goes on from the next block (a block holds it or not).
    func blocksHolding(one needle: [UInt8]) -> [Bool] {
        var holding = [Bool](repeating: false, count: starts.count - 1)
        guard !needle.isEmpty, needle.count <= bytes.count else { return holding }
        bytes.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { skips in
                    let m = n.count
                    skips.initialize(repeating: m)
                    for j in 0..<(m - 1) { skips[Int(n[j])] = m - 1 - j }
                    var i = 0
                    while let k = Self.firstMatch(n, in: h, from: i, skips: skips) {
                        let b = block(at: k)
                        holding[b] = true
                        i = starts[b + 1]
                    }
                }
            }
        }
        return holding
    }

    /// The block whose bytes hold byte offset `k` (the last block starting at or before it).
    private func block(at k: Int) -> Int {
        var lo = 0
        var hi = starts.count - 2
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= k { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Exactly `min(SourceFinder.count(needle scalars, in: lowered join of `blocks`), limit)`, for `needle` the
    /// UTF-8 of lowered scalars.
    func count(_ needle: [UInt8], inBlocks blocks: Range<Int>, atMost limit: Int) -> Int {
        guard !blocks.isEmpty else { return 0 }
        let range = byteRange(of: blocks)
        return bytes.withUnsafeBufferPointer { page in
            needle.withUnsafeBufferPointer { n in
                Self.count(n, in: UnsafeBufferPointer(rebasing: page[range]), atMost: limit)
            }
        }
    }

    /// `count(lowered bytes of block k, inBlocks: blocks, atMost: limit)`, the needle read from the page itself.
    func count(blockBytes k: Int, inBlocks blocks: Range<Int>, atMost limit: Int) -> Int {
        guard !blocks.isEmpty else { return 0 }
        let range = byteRange(of: blocks)
        let needle = byteRange(of: k..<(k + 1))
        return bytes.withUnsafeBufferPointer { page in
            Self.count(
                UnsafeBufferPointer(rebasing: page[needle]), in: UnsafeBufferPointer(rebasing: page[range]),
                atMost: limit)
        }
    }

    /// Exactly `min(count, limit)` of `SourceFinder.count`'s left-to-right matches (on bytes), each found by
    /// `firstMatch`: the naive scan moves one byte at a time past every position where the needle does not lie
    /// whole, so jumping to the next one where it does (the first at or after the scan's place) skips only
    /// positions the scan would pass over.
    static func count(_ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> Int {
        guard limit > 0, n.count > 0, n.count <= h.count else { return 0 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { skips in
            // Horspool's table: how far the window may move when its last byte is this one.
            let m = n.count
            skips.initialize(repeating: m)
            for j in 0..<(m - 1) { skips[Int(n[j])] = m - 1 - j }
            var total = 0
            var i = 0
            while let k = firstMatch(n, in: h, from: i, skips: skips) {
                if !HeadlineEchoes.isLetter(before: k, h) && !HeadlineEchoes.isLetter(at: k + m, h) {
                    total += 1
                    if total >= limit { return total }
                    i = k + m
                } else {
                    i = k + 1
                }
            }
            return total
        }
    }

    /// The first place at or after `start` where `n` lies whole in `h`, by Horspool's search: each window is
    /// compared from its last byte, and moved by `skips` of that byte, which is never past a place the needle
    /// lies (it moves to the needle's last earlier copy of the byte). A headline's bytes over a header's are a
    /// few windows, where `memchr` stopped at every copy of the headline's first letter and compared there.
    private static func firstMatch(
        _ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, from start: Int,
        skips: UnsafeMutableBufferPointer<Int>
    ) -> Int? {
        let m = n.count
        let lastByte = n[m - 1]
        var k = start
        let last = h.count - m
        while k <= last {
            let byte = h[k + m - 1]
            if byte == lastByte {
                var j = 0
                while j < m - 1 && h[k + j] == n[j] { j += 1 }
                if j == m - 1 { return k }
            }
            k += skips[Int(byte)]
        }
        return nil
    }
}

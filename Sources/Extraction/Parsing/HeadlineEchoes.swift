/// Whether a headline candidate is written again in the header's neighbourhood (breadcrumb, gallery, share text):
/// exactly `SourceFinder.count(PhraseMatcher.lowered(text), in: PhraseMatcher.lowered(neighbourhood joined by
/// "\n")) > 1`, computed without joining and rescanning the whole neighbourhood for every candidate.
///
/// Why the answers agree: lowering maps each scalar on its own, so the lowered neighbourhood is the blocks' lowered
/// texts joined by "\n". A needle without "\n" never spans a join, and the letters-only boundary test sees "\n" at a
/// join as it sees the text's edge, so the count over the whole is the sum of the counts block by block; a block
/// shorter than the needle holds none. Counting on UTF-8 bytes finds the same matches: a needle's first byte is a
/// lead byte, so it only matches where a scalar starts, and a byte match of whole scalars is a scalar match.
struct HeadlineEchoes {
    /// The neighbourhood's blocks, lowered, as UTF-8 bytes.
    private var lowered: [[UInt8]] = []
    private let texts: ArraySlice<TextBlock>

    init(_ neighbourhood: ArraySlice<TextBlock>) {
        texts = neighbourhood
    }

    /// Whether `text` occurs more than once among the blocks (a block's own line counts once).
    mutating func isRepeated(_ text: String) -> Bool {
        let needle = Self.loweredBytes(text)
        guard !needle.contains(0x0A) else {
            // A line holding a line break could span blocks: count over the joined text as before.
            let whole = PhraseMatcher.lowered(texts.map(\.text).joined(separator: "\n"))
            return SourceFinder.count(PhraseMatcher.lowered(text), in: whole) > 1
        }
        if lowered.isEmpty { lowered = texts.map { Self.loweredBytes($0.text) } }
        var total = 0
        for block in lowered where block.count >= needle.count {
            total += Self.count(needle, in: block, atMost: 2 - total)
            if total > 1 { return true }
        }
        return false
    }

    /// Exactly `min(SourceFinder.count(needle, in: PhraseMatcher.lowered(neighbourhood joined by "\n")), limit)`
    /// for a needle already lowered: the same block-by-block count on bytes as `isRepeated` (see the type's note).
    mutating func count(lowered needle: [Unicode.Scalar], atMost limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        guard !needle.contains("\n") else {
            let whole = PhraseMatcher.lowered(lines: texts.map(\.text))
            return min(SourceFinder.count(needle, in: whole), limit)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(needle.count)
        for s in needle { UTF8.encode(s) { bytes.append($0) } }
        if lowered.isEmpty { lowered = texts.map { Self.loweredBytes($0.text) } }
        var total = 0
        for block in lowered where block.count >= bytes.count {
            total += Self.count(bytes, in: block, atMost: limit - total)
            if total >= limit { return limit }
        }
        return total
    }

    /// `PhraseMatcher.lowered` as UTF-8.
    static func loweredBytes(_ text: String) -> [UInt8] {
        // ASCII lowers byte by byte, in one pass over the contiguous bytes that stops at the first other byte.
        var copy = text
        let ascii: [UInt8]? = copy.withUTF8 { bytes in
            var isASCII = true
            let out = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for i in 0..<bytes.count {
                    let b = bytes[i]
                    if b >= 0x80 {
                        isASCII = false
                        break
                    }
                    buffer[i] = b &- 0x41 < 26 ? b + 32 : b
                    count = i + 1
                }
            }
            return isASCII ? out : nil
        }
        if let ascii { return ascii }
        // Scalar by scalar as `PhraseMatcher.lowered` maps them, encoded as they come.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            if s.value < 0x80 {
                bytes.append(s.value >= 0x41 && s.value <= 0x5A ? UInt8(s.value + 32) : UInt8(s.value))
            } else if s.properties.isUppercase {
                bytes.append(contentsOf: String(s).lowercased().utf8)
            } else {
                UTF8.encode(s) { bytes.append($0) }
            }
        }
        return bytes
    }

    /// `SourceFinder.count` on bytes, stopping once it reaches `limit`.
    static func count(_ needle: [UInt8], in haystack: [UInt8], atMost limit: Int) -> Int {
        guard let first = needle.first, needle.count <= haystack.count else { return 0 }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var total = 0
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count && !isLetter(before: i, h) && !isLetter(at: i + n.count, h) {
                            total += 1
                            if total >= limit { return total }
                            i += n.count
                            continue
                        }
                    }
                    i += 1
                }
                return total
            }
        }
    }

    /// Whether the scalar ending just before byte `i` is a letter (the text's start counts as a space).
    private static func isLetter(before i: Int, _ h: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0 && h[start] & 0xC0 == 0x80 { start -= 1 }
        return isLetter(at: start, h)
    }

    /// Whether the scalar starting at byte `i` is a letter (the text's end counts as a space).
    private static func isLetter(at i: Int, _ h: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i < h.count else { return false }
        let lead = h[i]
        if lead < 0x80 { return ScalarClass.isLetter(Unicode.Scalar(lead)) }
        var iterator = UnsafeBufferPointer(rebasing: h[i...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return ScalarClass.isLetter(scalar)
    }
}

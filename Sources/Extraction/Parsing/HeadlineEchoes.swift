/// Whether a headline candidate is written again in the header's neighbourhood (breadcrumb, gallery, share text):
/// exactly `SourceFinder.count(PhraseMatcher.lowered(text), in: PhraseMatcher.lowered(neighbourhood joined by
/// "\n")) > 1`, counted on the page's lowered bytes (`LoweredPage`, which says why the counts agree) rather than by
/// joining and rescanning the neighbourhood's scalars for every candidate.
struct HeadlineEchoes {
    private let page: LoweredPage
    /// The neighbourhood: indices of the page's blocks.
    private let blocks: Range<Int>

    init(_ neighbourhood: ArraySlice<TextBlock>) {
        page = LoweredPage(neighbourhood)
        blocks = 0..<neighbourhood.count
    }

    /// The neighbourhood `blocks` of a page already lowered.
    init(page: LoweredPage, blocks: Range<Int>) {
        self.page = page
        self.blocks = blocks
    }

    /// Whether `text` occurs more than once among the blocks (a block's own line counts once).
    func isRepeated(_ text: String) -> Bool {
        page.count(Self.loweredBytes(text), inBlocks: blocks, atMost: 2) > 1
    }

    /// `isRepeated(text of the page's block k)`, its lowered bytes read from the page.
    func isRepeated(block k: Int) -> Bool {
        page.count(blockBytes: k, inBlocks: blocks, atMost: 2) > 1
    }

    /// `PhraseMatcher.lowered` as UTF-8.
    static func loweredBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendLowered(text, to: &bytes)
        return bytes
    }

    /// Appends `PhraseMatcher.lowered(text)` as UTF-8 to `bytes`.
    static func appendLowered(_ text: String, to bytes: inout [UInt8]) {
        var copy = text
        copy.withUTF8 { source in
            // Copy the bytes, then lower them in place: an ASCII capital moves by 32, and any other scalar keeps its
            // bytes unless it is an uppercase one outside ASCII, the loop's only scalar whose bytes change (and
            // maybe their number). Such scalars are rare; a text holding one is lowered again by the loop below.
            let start = bytes.count
            bytes.append(contentsOf: source)
            let lowered = bytes.withUnsafeMutableBufferPointer { out in
                var k = start
                while k < out.count {
                    // Eight ASCII bytes at a time, lowered together (`foldedASCII`); a word holding any other byte
                    // goes byte by byte.
                    if k &+ 8 <= out.count, let base = out.baseAddress {
                        let word = UnsafeMutableRawPointer(base + k)
                        let w = word.loadUnaligned(as: UInt64.self)
                        if w & 0x8080_8080_8080_8080 == 0 {
                            word.storeBytes(of: Self.foldedASCII(w), as: UInt64.self)
                            k += 8
                            continue
                        }
                    }
                    let b = out[k]
                    if b < 0x80 {
                        if b &- 0x41 < 26 { out[k] = b + 32 }
                        k += 1
                        continue
                    }
                    let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    let scalar = Self.scalar(UnsafeBufferPointer(rebasing: out[k..<(k + width)]))
                    if !ScalarClass.isCaseless(scalar) && ScalarClass.isUppercase(scalar) { return false }
                    k += width
                }
                return true
            }
            if lowered { return }
            bytes.removeSubrange(start...)
            // Scalar by scalar as `PhraseMatcher.lowered` maps them: ASCII by its byte, an uppercase scalar by its
            // lowercase String, any other scalar (punctuation, quotes, lowercase letters) by its own bytes.
            var i = 0
            let n = source.count
            while i < n {
                let b = source[i]
                if b < 0x80 {
                    bytes.append(b &- 0x41 < 26 ? b + 32 : b)
                    i += 1
                    continue
                }
                let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                let scalar = Self.scalar(UnsafeBufferPointer(rebasing: source[i..<(i + width)]))
                if !ScalarClass.isCaseless(scalar) && ScalarClass.isUppercase(scalar) {
                    bytes.append(contentsOf: String(scalar).lowercased().utf8)
                } else {
                    bytes.append(contentsOf: source[i..<(i + width)])
                }
                i += width
            }
        }
    }

    /// Eight ASCII bytes (each below 0x80) with their capitals lowered, as `b &- 0x41 < 26 ? b + 32 : b` lowers
    /// each: adding 0x3F to a byte sets its top bit exactly when it is 0x41 ("A") or more, adding 0x25 when it is
    /// 0x5B (past "Z") or more, and no sum carries into the next byte (0x7F + 0x3F < 0x100). A capital has bit 0x20
    /// clear, so setting it adds 32.
    @inline(__always)
    static func foldedASCII(_ w: UInt64) -> UInt64 {
        let fromA = w &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = w &+ 0x2525_2525_2525_2525
        return w | ((fromA & ~pastZ & 0x8080_8080_8080_8080) >> 2)
    }

    /// The scalar of one whole UTF-8 sequence (a String's bytes are valid UTF-8).
    private static func scalar(_ sequence: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var iterator = sequence.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return "\u{FFFD}" }
        return scalar
    }

    /// Whether the scalar ending just before byte `i` is a letter (the text's start counts as a space).
    static func isLetter(before i: Int, _ h: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0 && h[start] & 0xC0 == 0x80 { start -= 1 }
        return isLetter(at: start, h)
    }

    /// Whether the scalar starting at byte `i` is a letter (the text's end counts as a space).
    static func isLetter(at i: Int, _ h: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i < h.count else { return false }
        let lead = h[i]
        if lead < 0x80 { return ScalarClass.isLetter(Unicode.Scalar(lead)) }
        var iterator = UnsafeBufferPointer(rebasing: h[i...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return ScalarClass.isLetter(scalar)
    }
}

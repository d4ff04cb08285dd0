/// Class, id, role and itemprop values read on their scalars. A page gives most of its elements such values (about
/// 440 a page over the 91 dev pages), and each was made a String, its references decoded, hashed into a table of the
/// page's values and, when new (four values in ten), split into words: about 3,000 instructions a value for the
/// furniture hint and 1,700 for the hidden test. A plain value (ASCII without "&": `HTMLAttributes.Value.plain`)
/// is its scalars as they stand, so both answers are read off them in one pass each, with no String.
extension HTMLRenderer {
    /// `wordClasses(value)` of the plain value whose scalars are `value`. `forEachWord` splits the UTF-8 bytes at
    /// every byte that is no ASCII letter and before a capital that follows a small letter; on ASCII scalars each
    /// byte is a scalar, so the words are the same runs of scalars, lowered. Each word is classed as there: packed
    /// (byte k at bits 8k) and looked up when it has up to 8 letters, else looked up as a String; a listed strong
    /// word or a negative prefix makes it strong, else it adds what the lists say.
    static func wordClasses(plain value: ArraySlice<Unicode.Scalar>) -> UInt8 {
        var classes: UInt8 = 0
        let packed = packedListedClass
        let prefixes = negativePrefixesByFirst
        // The word being read: where it starts, how long it is, its first eight letters lowered and packed.
        var start = value.startIndex
        var length = 0
        var key: UInt64 = 0
        var previousLower = false
        func classify() {
            let listed: UInt8
            if length <= 8 {
                listed = UInt8(truncatingIfNeeded: packed.value(key))
            } else {
                listed = listedClass[ScalarClass.lowercased(value[start..<start + length])] ?? 0
            }
            let opensWithPrefix = prefixes[Int(truncatingIfNeeded: key & 0xFF)].contains { prefix in
                guard prefix.count <= length else { return false }
                for k in prefix.indices where Self.loweredLetter(value[start + k]) != prefix[k] { return false }
                return true
            }
            classes |= listed == strongClass || opensWithPrefix ? strongClass : listed
        }
        var i = value.startIndex
        while i < value.endIndex {
            let v = value[i].value
            let folded = v | 0x20
            if folded &- 0x61 < 26 && v &- 0x41 < 58 {
                let upper = v <= 0x5A
                if upper && previousLower && length > 0 {
                    classify()
                    length = 0
                }
                if length == 0 {
                    start = i
                    key = 0
                }
                if length < 8 { key |= UInt64(folded) << UInt64(8 &* length) }
                length += 1
                previousLower = !upper
            } else {
                if length > 0 { classify() }
                length = 0
                previousLower = false
            }
            i += 1
        }
        if length > 0 { classify() }
        return classes
    }

    /// An ASCII letter scalar lowered, as a byte.
    @inline(__always)
    private static func loweredLetter(_ s: Unicode.Scalar) -> UInt8 {
        UInt8(truncatingIfNeeded: s.value | 0x20)
    }

    /// The renderer's `classHides(value)` of the plain value whose scalars are `value`: on ASCII it asks whether
    /// the value with its capitals lowered holds one of `hiddenClasses`' bytes, and each scalar is a byte there.
    static func classHides(_ value: ArraySlice<Unicode.Scalar>) -> Bool {
        let needles = hiddenClasses
        var i = value.startIndex
        while i < value.endIndex {
            let v = value[i].value
            let lowered = v &- 0x41 < 26 ? v + 32 : v
            // "sr-only" and "screen-reader" open with "s", "visually-hidden" with "v".
            if lowered == 0x73 || lowered == 0x76 {
                for needle in needles where needle[0] == lowered && value.endIndex - i >= needle.count {
                    var k = 1
                    while k < needle.count {
                        let w = value[i + k].value
                        if (w &- 0x41 < 26 ? w + 32 : w) != UInt32(needle[k]) { break }
                        k += 1
                    }
                    if k == needle.count { return true }
                }
            }
            i += 1
        }
        return false
    }
}

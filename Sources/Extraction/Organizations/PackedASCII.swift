/// A token's text of at most 15 ASCII bytes, held in two machine words the way Swift holds a short string inline:
/// bytes 0–7 in `low` and 8–14 in `high`, little end first, unused bytes zero.
///
/// Nearly every token of an article is that short. Held this way, its shape (capitals, letters, dots, hyphens) is
/// counted a word at a time rather than a scalar at a time, its lowercase form is one addition, its
/// `WordSet.asciiHash` needs no buffer, and its `String` is the two words themselves (see `string(inPlace:)`).
/// `Token.of` packs the scalars once, checking for ASCII as it goes, where it used to walk them four times
/// (ASCII check, counts, text, lowercase text).
struct PackedASCII: Equatable {
    var low: UInt64
    var high: UInt64
    var count: Int

    /// The longest text held: Swift's inline string capacity on 64-bit platforms.
    static let capacity = 15

    init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    /// `scalars[start..<end]`, or nil when it is empty, longer than `capacity` or not all ASCII.
    @inline(__always) init?(_ scalars: [Unicode.Scalar], start: Int, end: Int) {
        guard let packed = scalars.withUnsafeBufferPointer({ PackedASCII($0, start: start, end: end) }) else {
            return nil
        }
        self = packed
    }

    /// The same, read through the tokenizer's buffer pointer: the array's bounds check at every scalar cost as much
    /// as the packing itself (`start..<end` lies inside the buffer; the tokenizer cut it from there).
    @inline(__always) init?(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, start: Int, end: Int) {
        let count = end &- start
        guard count > 0 && count <= Self.capacity else { return nil }
        precondition(start >= 0 && end <= scalars.count)
        let base = scalars.baseAddress! + start
        var low: UInt64 = 0
        var high: UInt64 = 0
        var any: UInt32 = 0
        var k = 0
        while k < count && k < 8 {
            let v = base[k].value
            any |= v
            low |= UInt64(truncatingIfNeeded: v & 0xFF) << UInt64(8 &* k)
            k &+= 1
        }
        while k < count {
            let v = base[k].value
            any |= v
            high |= UInt64(truncatingIfNeeded: v & 0xFF) << UInt64(8 &* (k &- 8))
            k &+= 1
        }
        guard any < 0x80 else { return nil }
        self.init(low: low, high: high, count: count)
    }

    /// The byte at `index` (below `count`).
    @inline(__always) func byte(_ index: Int) -> UInt8 {
        index < 8
            ? UInt8(truncatingIfNeeded: low >> UInt64(8 * index))
            : UInt8(truncatingIfNeeded: high >> UInt64(8 * (index - 8)))
    }

    /// The first `n` bytes (n ≤ `count`).
    @inline(__always) func prefix(_ n: Int) -> PackedASCII {
        n <= 8
            ? PackedASCII(low: low & Self.mask(n), high: 0, count: n)
            : PackedASCII(low: low, high: high & Self.mask(n - 8), count: n)
    }

    /// The low `bytes` bytes of a word set (bytes ≤ 8).
    @inline(__always) private static func mask(_ bytes: Int) -> UInt64 {
        bytes >= 8 ? ~0 : (1 << UInt64(8 * bytes)) &- 1
    }

    /// Bytes in `lo...hi`, as the top bit of each such byte. Every byte is below 0x80, so adding to one byte never
    /// carries into the next: `byte + 0x80 - lo` has its top bit set when byte ≥ lo, `byte + 0x7F - hi` when
    /// byte > hi.
    @inline(__always) func bytes(from lo: UInt8, through hi: UInt8) -> (low: UInt64, high: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeast = ones &* UInt64(0x80 - lo)
        let above = ones &* UInt64(0x7F - hi)
        let tops: UInt64 = 0x8080_8080_8080_8080
        return (((low &+ atLeast) & ~(low &+ above)) & tops, ((high &+ atLeast) & ~(high &+ above)) & tops)
    }

    /// How many bytes are in `lo...hi`.
    @inline(__always) func count(from lo: UInt8, through hi: UInt8) -> Int {
        let m = bytes(from: lo, through: hi)
        return m.low.nonzeroBitCount + m.high.nonzeroBitCount
    }

    /// The text with A–Z lowercased: 0x20 added to each capital (its top-bit marker shifted down two places).
    @inline(__always) func lowercased() -> PackedASCII {
        let capitals = bytes(from: 65, through: 90)
        return PackedASCII(low: low &+ (capitals.low >> 2), high: high &+ (capitals.high >> 2), count: count)
    }

    /// `WordSet.asciiHash(bytes:)` of the text, from the words themselves: that hash reads eight bytes at a time,
    /// little end first, and the bytes after the last full eight as one word, which is what `low` and `high` hold.
    // Inlined: every token asks it once or twice, and the call cost a third of the work.
    @inline(__always) var asciiHash: UInt64 {
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(truncatingIfNeeded: count)
        if count >= 8 {
            h = (h ^ low) &* 0xbf58_476d_1ce4_e5b9
            h ^= h >> 29
            if count > 8 { h = (h ^ high) &* 0xbf58_476d_1ce4_e5b9 }
        } else if count > 0 {
            h = (h ^ low) &* 0xbf58_476d_1ce4_e5b9
        }
        h = (h ^ (h >> 32)) &* 0x94d0_49bb_1331_11eb
        return h ^ (h >> 29)
    }

    /// The text as a `String`. With `inPlace` (pass `PackedASCII.stringsInPlace`), the string is made from the
    /// two words and the inline-ASCII marker and length in the top byte, which is exactly how Swift stores a
    /// short ASCII string; otherwise it is written byte by byte through `String(unsafeUninitializedCapacity:)`,
    /// which ends in the same bits after a call, a copy and a UTF-8 check per string.
    @inline(__always) func string(inPlace: Bool) -> String {
        if inPlace { return Self.string(bits: (low, high | Self.smallASCIIMarker(count))) }
        return writtenString()
    }

    /// The string whose two words are `bits`, moved out of memory bound to `String` rather than copied:
    /// `unsafeBitCast` copies, and a copied string is retained (a call into the runtime, even though an inline
    /// string has nothing to count). The words are stored through a raw pointer, which may write memory of any type.
    @inline(__always) private static func string(bits: (UInt64, UInt64)) -> String {
        withUnsafeTemporaryAllocation(of: String.self, capacity: 1) { buffer in
            let slot = buffer.baseAddress!
            let raw = UnsafeMutableRawPointer(slot)
            raw.storeBytes(of: bits.0, as: UInt64.self)
            raw.storeBytes(of: bits.1, toByteOffset: 8, as: UInt64.self)
            return slot.move()
        }
    }

    /// The top byte of an inline ASCII string's second word: the immortal, inline and ASCII flags and the length.
    @inline(__always) private static func smallASCIIMarker(_ count: Int) -> UInt64 {
        (0xE0 | UInt64(truncatingIfNeeded: count)) << 56
    }

    @inline(never) private func writtenString() -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count { buffer[k] = byte(k) }
            return count
        }
    }

    /// Whether `string(inPlace: true)` gives exactly the bits `String` itself makes for the same text, checked once
    /// per process on texts of every length: the layout of an inline string is the standard library's, not a
    /// promise, so on a platform or a Swift release where it differs the strings are written the ordinary way.
    static let stringsInPlace: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        let sample = Array("Post-Gazette.U.S".utf8)
        let scalars = sample.map { Unicode.Scalar($0) }
        for n in 1...capacity {
            guard let packed = PackedASCII(scalars, start: 0, end: n) else { return false }
            let written = packed.writtenString()
            let bits = unsafeBitCast(written, to: (UInt64, UInt64).self)
            guard bits.0 == packed.low && bits.1 == packed.high | smallASCIIMarker(n),
                Array(written.utf8) == Array(sample[0..<n])
            else { return false }
        }
        return true
    }()
}

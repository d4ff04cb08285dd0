import CPrefetch

/// An immutable map from 32-bit keys to a byte, for the lexicon and the gazetteer, which every token consults.
///
/// One 8-byte slot per entry (key in the high half, value in the low byte) at most half full, so that a look-up
/// costs one memory access, not the two of `HashedKeyMap`'s separate key and value arrays, and the tables take half
/// the cache. With `filterBits`, a blocked Bloom filter (one 64-bit word per key, three bits set in it) answers most
/// misses from a few kilobytes that stay in the cache: most token sequences tried against the gazetteer are no name.
struct PackedByteMap: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    private let filter: [UInt64]
    private let filterMask: Int

    /// - Parameters:
    ///   - entries: distinct keys (0 counts as 1, as in `HashedKeyMap`) and their values; values of 0 may be left out.
    ///   - filterBits: Bloom filter bits per entry, 0 for none.
    init(_ entries: [(key: UInt32, value: UInt8)], filterBits: Int = 0) {
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        var filterSize = 1
        if filterBits > 0 {
            while filterSize * 64 < entries.count * filterBits { filterSize *= 2 }
        }
        var filter = [UInt64](repeating: filterBits > 0 ? 0 : ~0, count: filterSize)
        for (key, value) in entries where value != 0 {
            let key = Self.stored(key)
            var i = Self.home(key) & mask
            while slots[i] != 0 && slots[i] >> 32 != UInt64(key) { i = (i + 1) & mask }
            slots[i] = UInt64(key) << 32 | UInt64(value)
            if filterBits > 0 {
                let (word, bits) = Self.filterProbe(key, filterSize - 1)
                filter[word] |= bits
            }
        }
        self.slots = slots
        self.mask = mask
        self.filter = filter
        self.filterMask = filterSize - 1
    }

    @inline(__always) private static func stored(_ key: UInt32) -> UInt32 { key == 0 ? 1 : key }

    @inline(__always) private static func home(_ key: UInt32) -> Int { Int(truncatingIfNeeded: key ^ (key >> 17)) }

    /// The entries of two lists, each in increasing key order, as one list in increasing key order, as storing
    /// `a` and then `b` in a `HashedKeyMap` left them (how the lexicon and the gazetteer built their tables, without
    /// that table): key 0 counts as 1, a repeat of a key within `a` replaces its value, and `b`'s value of a key is
    /// or-ed into it.
    static func merging(_ a: [(key: UInt32, value: UInt8)], _ b: [(key: UInt32, value: UInt8)]) -> [(
        key: UInt32, value: UInt8
    )] {
        var out: [(key: UInt32, value: UInt8)] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            // on equal keys `a` first, so that `b`'s values are or-ed into `a`'s last one
            let takeA = j == b.count || (i < a.count && stored(a[i].key) <= stored(b[j].key))
            let (key, value) = takeA ? (stored(a[i].key), a[i].value) : (stored(b[j].key), b[j].value)
            if let last = out.last, last.key == key {
                out[out.count - 1].value = takeA ? value : last.value | value
            } else {
                out.append((key, value))
            }
            if takeA { i += 1 } else { j += 1 }
        }
        return out
    }

    /// The filter word of a key and the three bits it sets there (from bits of the key the slot index does not use).
    @inline(__always) private static func filterProbe(_ key: UInt32, _ mask: Int) -> (Int, UInt64) {
        let h = UInt64(key) &* 0x9e37_79b9_7f4a_7c15
        let bits = (1 as UInt64) << (h >> 58) | (1 as UInt64) << ((h >> 52) & 63) | (1 as UInt64) << ((h >> 46) & 63)
        return (Int(truncatingIfNeeded: h >> 20) & mask, bits)
    }

    /// The values of many keys (0 when absent), as `self[key]` gives them. The home slots of all keys are loaded
    /// first, in a loop of independent loads with no branch on what they hold, each asked for `prefetchDistance`
    /// keys ahead, which the processor keeps in flight together; the few keys their home slot does not settle (it holds another key) are then looked up alone.
    func values(of keys: UnsafeBufferPointer<UInt32>, into values: UnsafeMutablePointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: keys.count) { unsettled in
            var count = 0
            slots.withUnsafeBufferPointer { slots in
                for i in keys.indices {
                    // the home slot of a key further on, on its way while this one is loaded (see
                    // `WeightTable.Scratch.prefetchIndex` for why a prefetch does better than the load alone)
                    if i &+ Self.prefetchDistance < keys.count {
                        cprefetch_read(
                            slots.baseAddress! + (Self.home(Self.stored(keys[i &+ Self.prefetchDistance])) & mask))
                    }
                    let key = UInt64(Self.stored(keys[i]))
                    let slot = slots[Self.home(UInt32(truncatingIfNeeded: key)) & mask]
                    values[i] = slot >> 32 == key ? UInt8(truncatingIfNeeded: slot) : 0
                    unsettled[count] = i
                    count &+= slot != 0 && slot >> 32 != key ? 1 : 0
                }
            }
            for k in 0..<count { values[unsettled[k]] = self[keys[unsettled[k]]] }
        }
    }

    /// How many keys ahead `values(of:into:)` asks for a home slot.
    static let prefetchDistance = 16

    /// Asks for the filter word of `key` (a hint: the look-up itself stays `self[key]`).
    @inline(__always) func prefetchFilter(_ key: UInt32) {
        let (word, _) = Self.filterProbe(Self.stored(key), filterMask)
        filter.withUnsafeBufferPointer { cprefetch_read($0.baseAddress! + word) }
    }

    /// The value of `key`, 0 when absent.
    @inline(__always) subscript(key: UInt32) -> UInt8 {
        let key = Self.stored(key)
        let (word, bits) = Self.filterProbe(key, filterMask)
        return filter.withUnsafeBufferPointer { filter in
            guard filter[word] & bits == bits else { return 0 }
            return slots.withUnsafeBufferPointer { slots in
                var i = Self.home(key) & mask
                while true {
                    let slot = slots[i]
                    if slot >> 32 == UInt64(key) { return UInt8(truncatingIfNeeded: slot) }
                    if slot == 0 { return 0 }
                    i = (i &+ 1) & mask
                }
            }
        }
    }
}

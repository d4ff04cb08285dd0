/// Short ASCII words packed into integers (`BlockFeatures.packedStopwords`), each with a value, in an
/// open-addressing table hashed by one multiplication: a look-up per word of the page, cheaper than a `Set` or
/// `Dictionary`, which hash every key with a seeded SipHash.
struct PackedWordTable: Sendable {
    /// 0 marks an empty slot: a packed word is never 0 (it holds at least one non-zero byte).
    private let keys: [UInt64]
    private let values: [UInt64]
    private let shift: UInt64
    private let mask: Int

    /// - Parameter entries: Packed words and their values (a value of 0 reads as absent).
    init(_ entries: [UInt64: UInt64]) {
        var bits = 4
        while 1 << bits < entries.count * 2 { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [UInt64](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
        mask = (1 << bits) - 1
        for (key, value) in entries where key != 0 {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    /// The packed words, each with the value 1.
    init(words: Set<UInt64>) {
        self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, UInt64(1)) }))
    }

    /// Set by `BlockFeatures.packedStopwords`: every ASCII word of the list it packed is in the table (none is
    /// longer than 8 bytes), so an ASCII word the table cannot hold is in no such list.
    var holdsEveryASCIIWord = false

    /// The value stored for `key`, or 0.
    @inline(__always)
    func value(_ key: UInt64) -> UInt64 {
        guard key != 0 else { return 0 }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(key) != 0 }
}

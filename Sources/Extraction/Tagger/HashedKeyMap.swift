/// A small open-addressing map from already-hashed 64-bit keys to values, much cheaper than `Dictionary` (which
/// re-hashes every key with SipHash) for the per-document tallies of the feature extractor.
struct HashedKeyMap<Value> {
    private var keys: [UInt64]
    private var values: [Value]
    private var mask: Int
    private(set) var count = 0
    private let empty: Value

    init(capacity: Int, empty: Value) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: empty, count: size)
        mask = size - 1
        self.empty = empty
    }

    /// Key 0 marks an empty slot, so 0 is stored as 1 (a hash collision of no consequence).
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) private func slot(_ key: UInt64) -> (index: Int, found: Bool) {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = keys[i]
            if k == key { return (i, true) }
            if k == 0 { return (i, false) }
            i = (i + 1) & mask
        }
    }

    subscript(key: UInt64) -> Value {
        get {
            let (i, found) = slot(Self.stored(key))
            return found ? values[i] : empty
        }
        set {
            let key = Self.stored(key)
            let (i, found) = slot(key)
            if found {
                values[i] = newValue
                return
            }
            keys[i] = key
            values[i] = newValue
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    /// The value of `key` if present; otherwise stores `value` under `key` and returns `empty`.
    @inline(__always) mutating func insertIfAbsent(_ key: UInt64, _ value: Value) -> Value {
        let key = Self.stored(key)
        let (i, found) = slot(key)
        if found { return values[i] }
        keys[i] = key
        values[i] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return empty
    }

    /// Applies `change` to the value of `key` (starting from `empty`).
    @inline(__always) mutating func update(_ key: UInt64, _ change: (inout Value) -> Void) {
        let key = Self.stored(key)
        let (i, found) = slot(key)
        if found {
            change(&values[i])
            return
        }
        keys[i] = key
        values[i] = empty
        change(&values[i])
        count += 1
        if count * 2 > keys.count { grow() }
    }

    /// Every entry, keys as stored (0 as 1), in no particular order.
    var entries: [(key: UInt64, value: Value)] {
        var out: [(key: UInt64, value: Value)] = []
        out.reserveCapacity(count)
        for (i, key) in keys.enumerated() where key != 0 { out.append((key, values[i])) }
        return out
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value](repeating: empty, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (i, key) in oldKeys.enumerated() where key != 0 {
            let (j, _) = slot(key)
            keys[j] = key
            values[j] = oldValues[i]
        }
    }
}
extension HashedKeyMap: Sendable where Value: Sendable {}

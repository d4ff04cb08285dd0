extension BodySelector {
    /// For each block, the number of its lowercased text among the blocks of fewer than 400 scalars (-1 for longer
    /// ones) and of its opening (first 60 scalars) among the blocks of 60 or more (-1 for shorter ones): equal texts
    /// (as Strings) share a number, and numbers are given out in block order from 0. A block repeated on the page
    /// (a menu entry, a dumped copy of the story) shares its number with its copies.
    static func keyGroups(_ texts: [String], _ features: [BlockFeatures]) -> (lowered: [Int], openings: [Int]) {
        var seen = KeyGroups(capacity: texts.count)
        var openings = KeyGroups(capacity: features.count { $0.scalarCount >= 60 })
        var seenGroup = [Int](repeating: -1, count: texts.count)
        var openingGroup = [Int](repeating: -1, count: texts.count)
        // A plain key's bytes decide its number only on a page without the Kelvin sign (see `KeyGroups`).
        let bytesDecide = !features.contains { $0.hasKelvinSign }
        for i in texts.indices {
            let count = features[i].scalarCount
            if count < 400 {
                seenGroup[i] =
                    bytesDecide && features[i].hasPlainKey
                    ? seen.group(
                        plain: foldedHash(texts[i]), block: i, equals: { foldedEqual(texts[$0], texts[i]) },
                        key: { ScalarClass.lowercased(texts[i]) })
                    : seen.group(of: ScalarClass.lowercased(texts[i]))
            }
            if count >= 60 {
                // A plain opening of 60 scalars is the text's first 60 bytes.
                openingGroup[i] =
                    bytesDecide && features[i].plainPrefix >= 60
                    ? openings.group(
                        plain: openingHash(texts[i], bytes: 60), block: i,
                        equals: { texts[$0].utf8.prefix(60).elementsEqual(texts[i].utf8.prefix(60)) },
                        key: { ScalarClass.prefix(texts[i], scalars: 60) })
                    : openings.group(of: ScalarClass.prefix(texts[i], scalars: 60))
            }
        }
        return (seenGroup, openingGroup)
    }

    /// Numbers a page's block keys (a lowered text, an opening) so that equal keys share a number, as a
    /// `[String: Int]` keyed by the keys themselves would, without building and hashing a String for most keys.
    ///
    /// A plain key (ASCII without ";" and "`", and for a lowered text also the quotes and dashes of
    /// `BlockFeatures.isPlainPunctuation`) is its own normalization, so it equals another String only if that
    /// String normalizes to the same scalars. The scalars outside ASCII that normalize into ASCII are U+212A (to
    /// "K"), U+037E (to ";") and U+1FEF (to "`") (see `ByteSearch`), and none normalizes into the quotes and dashes
    /// with ASCII; a plain key holds neither of the last two's images, and a page without the Kelvin sign has none of
    /// the first (nor does a lowered key of another block: no scalar outside ASCII but U+212A lowers into a plain
    /// key's scalars alone). So on such a page a plain key
    /// equals exactly the plain keys with the same bytes, and those are numbered by a hash of a few of their bytes
    /// (checked byte for byte against the key that first took the hash); every other key, and a plain one whose
    /// hash an unequal key took first, is numbered through the Strings. Equal keys always take the same way: the
    /// first to come decides it for the others.
    struct KeyGroups {
        private var byString: [String: Int] = [:]
        /// The hashes taken, in an open-addressing table of twice the keys' number (it never fills): each slot's
        /// hash, the block that took it (-1: an empty slot) and that block's number. One multiplication places a
        /// hash, where a `Dictionary` hashed each again with a seeded SipHash.
        private var hashes: [UInt64]
        private var claimants: [Int]
        private var claimed: [Int]
        private let shift: UInt64
        /// How many numbers are given out: the next key not met yet gets this one.
        private(set) var count = 0

        /// Numbers for up to `capacity` keys.
        init(capacity: Int) {
            var bits = 4
            while 1 << bits < capacity * 2 { bits += 1 }
            hashes = [UInt64](repeating: 0, count: 1 << bits)
            claimants = [Int](repeating: -1, count: 1 << bits)
            claimed = [Int](repeating: 0, count: 1 << bits)
            shift = UInt64(64 - bits)
            byString.reserveCapacity(capacity)
        }

        /// The number of `key`.
        mutating func group(of key: String) -> Int {
            func read(_ slot: inout Int) -> Int { slot }
            let group = read(&byString[key, default: count])
            if group == count { count += 1 }
            return group
        }

        /// The number of block `block`'s plain key, hashed to `hash`; `equals(other)` says whether block `other`'s
        /// key has the same bytes, and `key()` builds the key for the Strings' way.
        mutating func group(
            plain hash: UInt64, block: Int, equals: (Int) -> Bool, key: () -> String
        ) -> Int {
            let mask = claimants.count - 1
            var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while claimants[slot] >= 0 {
                if hashes[slot] == hash { return equals(claimants[slot]) ? claimed[slot] : group(of: key()) }
                slot = (slot + 1) & mask
            }
            hashes[slot] = hash
            claimants[slot] = block
            claimed[slot] = count
            count += 1
            return count - 1
        }
    }

    /// A hash of a plain text's bytes lowered as ASCII (capitals moved by 32): their count, the first 16 and the
    /// last 16. Texts that share it are told apart byte for byte (`foldedEqual`).
    static func foldedHash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
            func mix(_ k: Int) {
                let b = bytes[k]
                hash = (hash ^ UInt64(b &- 0x41 < 26 ? b + 32 : b)) &* 0x0000_0100_0000_01B3
            }
            for k in 0..<min(bytes.count, 16) { mix(k) }
            for k in max(min(bytes.count, 16), bytes.count - 16)..<bytes.count { mix(k) }
            return hash
        }
    }

    /// Whether two plain texts lower as ASCII to the same bytes.
    static func foldedEqual(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count else { return false }
                for k in 0..<x.count where x[k] != y[k] {
                    guard (x[k] &- 0x41 < 26 ? x[k] + 32 : x[k]) == (y[k] &- 0x41 < 26 ? y[k] + 32 : y[k]) else {
                        return false
                    }
                }
                return true
            }
        }
    }

    /// A hash of a text's first `count` bytes (all there are when fewer), as they are.
    static func openingHash(_ text: String, bytes count: Int) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for k in 0..<min(bytes.count, count) { hash = (hash ^ UInt64(bytes[k])) &* 0x0000_0100_0000_01B3 }
            return hash
        }
    }
}

/// 64-bit hashing for feature keys: FNV-1a over scalars, finished with the SplitMix64 mixer.
/// Stable across runs and platforms (unlike `Hasher`), so models trained anywhere decode anywhere.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func add(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* prime }

    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 { mix(a ^ (b &* 0x2545_f491_4f6c_dd1d)) }

    static func string(_ s: String) -> UInt64 {
        var h = offset
        for u in s.unicodeScalars { h = add(h, u.value) }
        return mix(h)
    }
}

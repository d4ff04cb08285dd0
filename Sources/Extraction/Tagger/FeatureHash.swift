/// 64-bit hashing for feature keys: FNV-1a over scalars, finished with the SplitMix64 mixer.
/// Stable across runs and platforms (unlike `Hasher`), so models trained anywhere decode anywhere.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func add(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* prime }

    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        let z = mixedBeforeLastStep(x)
        return z ^ (z >> 31)
    }

    /// `mix` without its last step, `z ^ (z >> 31)`, which changes no bit above bit 32: `mix(x) >> s ==
    /// mixedBeforeLastStep(x) >> s` for every shift `s` of 33 or more (the bits `z >> 31` brings down end up shifted
    /// out). A feature's bucket is the hash's top bits (`FeatureWriter`, at most 31 of them), so it is taken from
    /// this, three instructions fewer per feature.
    @inline(__always) static func mixedBeforeLastStep(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        return (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    }

    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 { mix(combined(a, b)) }

    /// What `combine` mixes.
    @inline(__always) static func combined(_ a: UInt64, _ b: UInt64) -> UInt64 { a ^ (b &* 0x2545_f491_4f6c_dd1d) }

    static func string(_ s: String) -> UInt64 {
        var h = offset
        for u in s.unicodeScalars { h = add(h, u.value) }
        return mix(h)
    }
}

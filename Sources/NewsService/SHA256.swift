import CSHA256

/// SHA-256 (FIPS 180-4), enough to fingerprint article text without pulling in a crypto package.
///
/// Whole blocks go to the processor's SHA extensions when it has them (`CSHA256`, about 20 times fewer instructions
/// than the portable rounds); otherwise, and on other architectures, to the portable rounds in the same C file, so
/// the round constants are written once.
struct SHA256 {
    /// Whether this processor runs the SHA extensions; asked once (cpuid).
    static let accelerated = csha256_accelerated() != 0

    /// The digest of `bytes` as 64 lowercase hex digits; `accelerated` false forces the portable rounds (tests
    /// check both paths against the same digests).
    static func hex(of bytes: [UInt8], accelerated: Bool = SHA256.accelerated) -> String {
        var state: [UInt32] = [
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
        ]
        // Whole blocks straight from the input; only the tail (one or two blocks) is copied for padding: copying and
        // padding the whole text cost more than the accelerated rounds.
        let wholeBlocks = bytes.count / 64
        var tail = Array(bytes[(wholeBlocks * 64)...])
        let bitLength = UInt64(bytes.count) &* 8
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        let compress = accelerated ? csha256_compress : csha256_compress_portable
        state.withUnsafeMutableBufferPointer { state in
            bytes.withUnsafeBufferPointer { compress(state.baseAddress, $0.baseAddress, wholeBlocks) }
            tail.withUnsafeBufferPointer { compress(state.baseAddress, $0.baseAddress, $0.count / 64) }
        }
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for word in state {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xf)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

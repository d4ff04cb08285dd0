import Testing

@testable import Extraction

@Suite("Feature buckets")
struct FeatureBucketTests {
    /// `FeatureWriter` takes a bucket from the mixer without its last step; for every width of bucket it allows
    /// (1 to 31 bits) the top bits are those of the full mix, so every feature lands in the bucket it always did.
    @Test func bucketsAreTheTopBitsOfTheFullMix() {
        var x: UInt64 = 0x0123_4567_89ab_cdef
        var differing = 0
        for _ in 0..<20_000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for bits in 1...31 {
                let shift = UInt64(64 - bits)
                if FeatureHash.mix(x) >> shift != FeatureHash.mixedBeforeLastStep(x) >> shift { differing += 1 }
            }
        }
        #expect(differing == 0)
    }

    /// The writer's buckets against the full `combine`, for features of several templates and widths.
    @Test func writerBucketsMatchTheFullCombine() {
        for bits in [8, 20, 26, 31] {
            var buckets = [UInt32](repeating: 0, count: 64)
            buckets.withUnsafeMutableBufferPointer { buffer in
                var writer = FeatureWriter(bits: bits, base: buffer.baseAddress!)
                for k in 0..<64 { writer.add(UInt64(k % 45), UInt64(k) &* 0x9E37_79B9) }
            }
            let expected = (0..<64).map { k in
                UInt32(
                    truncatingIfNeeded: FeatureHash.combine(
                        UInt64(k % 45) &* 0x9e37_79b9_7f4a_7c15, UInt64(k) &* 0x9E37_79B9)
                        >> UInt64(64 - bits))
            }
            #expect(buckets == expected, "\(bits) bits")
        }
    }
}

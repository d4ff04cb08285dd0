import Foundation
import Testing

@testable import NewsService

@Suite("SHA-256")
struct SHA256Tests {
    /// FIPS 180-4 examples and lengths around the block and padding boundaries (55, 56, 63, 64, 65 bytes), and
    /// 225 bytes (three whole blocks and a tail), checked against `sha256sum`.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (String(repeating: "a", count: 63), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (String(repeating: "a", count: 65), "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (
            String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 5),
            "8a9eeb29b20c994c4ba92ab776d1b7aa62245dae9ca6519c41ee429fba7ed106"
        ),
    ])
    func knownDigests(input: String, digest: String) {
        #expect(SHA256.hex(of: Array(input.utf8)) == digest)
        #expect(SHA256.hex(of: Array(input.utf8), accelerated: false) == digest)
    }

    /// The SHA extensions' path (when this processor has them) and the portable rounds agree on every length from
    /// 0 to 300 bytes and on a page-sized input: block boundaries, padding into a second block, many blocks.
    @Test func acceleratedMatchesPortable() {
        var bytes: [UInt8] = []
        var seed: UInt32 = 0x9E37_79B9
        for _ in 0..<11_000 {
            seed = seed &* 1_664_525 &+ 1_013_904_223
            bytes.append(UInt8(truncatingIfNeeded: seed >> 24))
        }
        for count in Array(0...300) + [4_095, 4_096, 11_000] {
            let input = Array(bytes.prefix(count))
            #expect(SHA256.hex(of: input) == SHA256.hex(of: input, accelerated: false), "\(count) bytes")
        }
    }

    /// A million "a" (FIPS 180-4's long example), on the default path.
    @Test func millionA() {
        let digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hex(of: Array(repeating: UInt8(ascii: "a"), count: 1_000_000)) == digest)
    }

    /// On this project's x86-64 machines the accelerated path is the one taken (so the tests above exercise it).
    @Test func acceleratedOnSHAProcessors() {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        if cpuinfo.contains(" sha_ni") { #expect(SHA256.accelerated) }
    }
}

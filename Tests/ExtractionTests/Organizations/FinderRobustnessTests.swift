import Testing

@testable import Extraction

@Suite("Robustness")
struct FinderRobustnessTests {
    /// A small deterministic generator (SplitMix64), so the test is reproducible.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces = [
        "Acme", "Group", "Inc.", "of", "the", "The", "&", "AT&T", "U.S.", "(", ")", "ACME", "’s", "'s", ",", ".",
        "\n", "\n\n", " ", " ", " ", "Council", "Mr.", "John", "Smith", "said", "it", "shares", "3-1", "2", "-",
        "“", "”", "🎉", "Émile", "v", ":", "Bank", "for", "and", "Paris", "beat", "goal", "quarterback", "Inc",
        "NYSE", "St.", "John's", "Hospital", "Co.", "Ltd", "\r\n", "é", "\u{301}", "Ministry", "Energy",
    ]

    @Test("random text never breaks offsets or mention order")
    func randomText() {
        var g = Generator(state: 42)
        let finder = RuleBasedOrganizationFinder(options: .init(definiteDescriptionMentions: true))
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(g.next() % 60) {
                text += g.pick(Self.pieces)
                if g.next() % 3 == 0 { text += " " }
            }
            let count = text.unicodeScalars.count
            var regions: [Range<Int>]? = nil
            if g.next() % 2 == 0 && count > 0 {
                let a = Int(g.next() % UInt64(count + 5))
                let b = Int(g.next() % UInt64(count + 5))
                regions = [min(a, b)..<max(a, b), 0..<Int(g.next() % UInt64(count + 1))]
            }
            let orgs = finder.organizations(in: text, regions: regions)
            #expect(offsetsAreExact(orgs, in: text))
            for org in orgs {
                #expect(!org.mentions.isEmpty)
                #expect(org.mentions.map(\.start) == org.mentions.map(\.start).sorted())
                #expect((0...1).contains(org.salience))
                #expect(!org.key.isEmpty)
            }
        }
    }
}

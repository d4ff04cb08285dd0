import Testing

@testable import Extraction

@Suite("Own key slots")
struct OwnKeySlotsTests {
    /// Each token's slot and whether it was new, handed out in token order as the first pass asks.
    static func slots(_ traits: [TokenTraits]) -> [(slot: Int32, isNew: Bool)] {
        traits.withUnsafeBufferPointer { traits in
            OwnKeySlots.with(traits) { slots in traits.indices.map { slots.slot(traits, $0) } }
        }
    }

    @Test func tokensShareASlotExactlyWhenTheyShareAnOwnKey() throws {
        let reading = try SyntheticTaggerReading()
        let traits = reading.traits
        let given = Self.slots(traits)
        var slotOfKey: [UInt64: Int32] = [:]
        for (t, tr) in traits.enumerated() {
            let key = FeatureExtractor.ownKey(tr)
            if let slot = slotOfKey[key] {
                #expect(given[t].slot == slot && !given[t].isNew, "token \(t)")
            } else {
                // a new key gets the next slot number
                #expect(given[t].isNew && given[t].slot == Int32(slotOfKey.count), "token \(t)")
                slotOfKey[key] = given[t].slot
            }
        }
        #expect(slotOfKey.count < traits.count)
    }

    @Test func oneLowercaseFormKeepsItsSpellingsAndPositionsApart() {
        // "The" at a sentence start, "the" inside, "THE" in a capitals line: one word number, three slots
        var the = TokenTraits()
        the.exact = FeatureHash.string("the")
        the.capital = .lower
        var sentenceThe = the
        sentenceThe.exact = FeatureHash.string("The")
        sentenceThe.capital = .initial
        sentenceThe.sentenceStart = true
        var capsThe = sentenceThe
        capsThe.exact = FeatureHash.string("THE")
        capsThe.sentenceStart = false
        capsThe.capsLine = true
        var insideThe = the
        insideThe.insideParentheses = true
        let given = Self.slots([sentenceThe, the, capsThe, the, insideThe, sentenceThe, insideThe])
        #expect(given.map(\.slot) == [0, 1, 2, 1, 3, 0, 3])
        #expect(given.map(\.isNew) == [true, true, true, false, true, false, false])
    }
}

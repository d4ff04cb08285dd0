import Testing

@testable import Extraction

@Suite("Names that open with a number")
struct NumberLedNamesTests {
    func organization(_ form: String, at starts: [Int], in text: String) -> FoundOrganization {
        let mentions = starts.map { Mention(start: $0, end: $0 + form.unicodeScalars.count, text: form) }
        return FoundOrganization(name: form, key: OrganizationKey.make(form), mentions: mentions)
    }

    func starts(of form: String, in text: String) -> [Int] {
        let scalars = Array(text.unicodeScalars)
        let word = Array(form.unicodeScalars)
        return scalars.indices.filter { k in
            k + word.count <= scalars.count && scalars[k..<(k + word.count)].elementsEqual(word)
        }
    }

    @Test("The number written before every mention is the name's")
    func widened() {
        let text = "Cloud9 And 100 Thieves Exit\n\nCloud9 and 100 Thieves will leave. 100 Thieves said so."
        let result = CombinedOrganizationFinder.widenedOverLeadingNumbers(
            [organization("Thieves", at: starts(of: "Thieves", in: text), in: text)], Array(text.unicodeScalars))
        #expect(result[0].name == "100 Thieves")
        #expect(result[0].mentions.map(\.text) == ["100 Thieves", "100 Thieves", "100 Thieves"])
    }

    @Test("Not a quantity, a score or a name written once")
    func notWidened() {
        for text in [
            "It ordered 100 Boeing jets. Boeing said so.", "Leeds 2 Chelsea 1\nLeeds 2 Chelsea 1",
            "The firm 21 Labs grew.", "It paid $100 Acme shares and $100 Acme bonds.",
        ] {
            let form = ["Boeing", "Chelsea", "Labs", "Acme"].first { text.contains($0) }!
            let result = CombinedOrganizationFinder.widenedOverLeadingNumbers(
                [organization(form, at: starts(of: form, in: text), in: text)], Array(text.unicodeScalars))
            #expect(result[0].name == form, "\(text)")
        }
    }
}

import Testing

@testable import Extraction

/// The served finder's glue answers some questions by shortcuts (bytes for ASCII keys, slices for the rules'
/// evidence, pre-tests before word lists): each must answer as the general code it stands in front of. The served
/// predictions are checked byte for byte against the previous build; these tests pin the same promise per function.
@Suite("Served finder glue shortcuts agree with the general code")
struct ServedGlueFastPathTests {
    @Test("a key ends in a corporate-form word by its bytes exactly when hasSuffix says so")
    func corporateFormEndings() {
        let keys = [
            "alibaba group", "alibaba group holding", "tata motors", "group", " group", "the company", "companygroup",
            "nestlé group", "société générale company", "holdings", "x holdings", "x holding", "corporation",
            "x corporations", "x corporation", "", "x grou", "café group", "x\u{301} group",
        ]
        for key in keys {
            let general = CombinedOrganizationFinder.corporateForms.contains { key.hasSuffix(" " + $0) }
            #expect(CombinedOrganizationFinder.endsInCorporateForm(key) == general, "\(key)")
        }
    }

    @Test("the rules' mentions inside a range are one slice of the evidence, the ones the filter finds")
    func evidenceSlices() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            // Mentions by start and not overlapping, some empty, as RuleEvidence keeps them.
            var mentions: [FoundOrganization] = []
            var at = 0
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                at += Int.random(in: 0...4, using: &generator)
                let end = at + Int.random(in: 0...5, using: &generator)
                let mention = Mention(start: at, end: end, text: "x")
                mentions.append(FoundOrganization(name: "x", key: "x", mentions: [mention]))
                at = end
            }
            let evidence = RuleEvidence(mentions)
            for _ in 0..<20 {
                let lower = Int.random(in: 0...(at + 2), using: &generator)
                let range = lower..<(lower + Int.random(in: 0...12, using: &generator))
                let filtered = evidence.mentions.filter {
                    $0.start >= range.lowerBound && $0.start < range.upperBound && $0.end <= range.upperBound
                }
                let slice = evidence.mentions[evidence.indices(within: range)]
                #expect(slice.map(\.start) == filtered.map(\.start) && slice.map(\.end) == filtered.map(\.end))
                #expect(evidence.mentions(within: range).map(\.start) == filtered.map(\.start))
            }
        }
    }

    @Test("the pre-tests before the word lists let every listed word through")
    func listPreTests() {
        for word in CombinedOrganizationFinder.rolesBeforeNames {
            let first = Int(word.utf8.first! - 0x61)
            let lengths = CombinedOrganizationFinder.roleLengthsByFirstLetter[first]
            #expect(lengths & (1 << UInt64(word.utf8.count)) != 0, "\(word)")
        }
        for acronym in CombinedOrganizationFinder.commodityAcronyms {
            #expect(CombinedOrganizationFinder.commodityInitials[Int(acronym.unicodeScalars.first!.value)])
        }
        let lists = [
            CombinedOrganizationFinder.streetWords, CombinedOrganizationFinder.venueHeads,
            CombinedOrganizationFinder.lawHeads, CombinedOrganizationFinder.jobTitles,
            DocumentResolver.localUnits.words,
        ]
        for word in lists.joined() { #expect(CombinedOrganizationFinder.nonOrganizationLastWords.contains(word)) }
        #expect(!CombinedOrganizationFinder.nonOrganizationLastWords.contains("bank"))
    }

    @Test("a name's shape is still judged after the pre-tests")
    func shapesAfterPreTests() {
        func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
        let street = scalars("on Gladstone Avenue today")
        #expect(CombinedOrganizationFinder.namesNoOrganization(street, 3, 19))
        let bank = scalars("at Gladstone Bank today")
        #expect(!CombinedOrganizationFinder.namesNoOrganization(bank, 3, 17))
        let gas = scalars("LNG prices")
        #expect(CombinedOrganizationFinder.namesNoOrganization(gas, 0, 3))
        let analyst = scalars("said Gartner analyst Sid Nag on Monday")
        #expect(CombinedOrganizationFinder.isNamedAfterRole(analyst, 21, 28))
        let person = scalars("Elizabeth A. Burton")
        #expect(CombinedOrganizationFinder.isPersonShaped(person, 0, person.count))
        #expect(!CombinedOrganizationFinder.isPersonShaped(scalars("Bank of A. Burton"), 0, 17))
    }

    @Test("grouping by slot folds a parenthesised acronym into its name and orders the spellings")
    func groupingBySlot() {
        let text = ScalarText(
            "China International Import Expo (CIIE) opened. The CIIE and china international import expo.")
        let spans = [
            EntitySpan(start: 0, end: 31, label: "ORG"), EntitySpan(start: 33, end: 37, label: "ORG"),
            EntitySpan(start: 51, end: 55, label: "ORG"), EntitySpan(start: 60, end: 91, label: "ORG"),
        ]
        let found = TaggedOrganizationFinder.group(spans, in: text)
        #expect(found.count == 1)
        #expect(found.first?.name == "China International Import Expo")
        #expect(found.first?.aliases == ["china international import expo", "CIIE"])
        #expect(found.first?.mentions.map(\.start) == [0, 33, 51, 60])
    }

    @Test("a person-shaped name is judged on the words split at spaces, whatever shortcut counts them")
    func givenNameFirstCountsWordsAsSplitDoes() {
        let names = [
            "Pierre Poilievre", "Marcus Rashford Jr", "Josh", "Josh  Gibcus", " Josh Gibcus", "Josh Gibcus ",
            "Josh Gibcus and Sam Banks", "josh gibcus", "Émile Zola", "José María Aznar", "Sam \u{301}Banks",
            "Sam \u{301} Banks", "Maria  Lopez  Diaz", "", " ", "Sam Banks Holdings Ltd",
        ]
        for name in names {
            let words = name.split(separator: " ")
            let general =
                (words.count == 2 || words.count == 3)
                && words.first.map {
                    $0.unicodeScalars.first.map(ScalarClass.isUppercase) == true
                        && PersonNames.given.contains($0.lowercased())
                } == true
            #expect(CombinedOrganizationFinder.isGivenNameFirst(name) == general, "\(name)")
        }
    }
}

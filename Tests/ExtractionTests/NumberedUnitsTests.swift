import Testing

@testable import Extraction

@Suite("Units named by number, and lists ending in an acronym")
struct NumberedUnitsTests {
    func organization(_ form: String, in text: String) -> FoundOrganization {
        FoundOrganization(name: form, key: OrganizationKey.make(form), mentions: [mentionOf(form, in: text)])
    }

    @Test("A station, a district or a local takes the number that names it")
    func unitNumbers() {
        let text = "Its director told BBC Radio 4 that Jon Holden, president of IAM District 751, would speak."
        let scalars = Array(text.unicodeScalars)
        let result = CombinedOrganizationFinder.widenedOverUnitNumbers(
            [organization("BBC Radio", in: text), organization("IAM", in: text)], scalars)
        #expect(result.map(\.name) == ["BBC Radio 4", "IAM District 751"])
        #expect(result.map { $0.mentions.map(\.text) } == [["BBC Radio 4"], ["IAM District 751"]])
    }

    @Test("Not a score, a share, a decimal or a unit word that is no unit")
    func notUnitNumbers() {
        for (text, form) in [
            ("Leeds Local 4-1 win", "Leeds"), ("BBC Radio 4% share", "BBC Radio"),
            ("BBC Radio 4.5 million listeners", "BBC Radio"), ("Arsenal 2 Tottenham 1", "Arsenal"),
            ("Boeing 737 deliveries", "Boeing"), ("BBC Radio 12345 listeners", "BBC Radio"),
        ] {
            let result = CombinedOrganizationFinder.widenedOverUnitNumbers(
                [organization(form, in: text)], Array(text.unicodeScalars))
            #expect(result.map(\.name) == [form], "\(text)")
        }
    }

    @Test("A list ending in an acronym is split into the name and the acronym")
    func trailingAcronym() {
        let text = "colleagues at the Peter Doherty Institute for Infection and Immunity and CSIRO said"
        let form = "Peter Doherty Institute for Infection and Immunity and CSIRO"
        let result = CombinedOrganizationFinder.splittingTrailingAcronyms(
            [organization(form, in: text)], Array(text.unicodeScalars))
        #expect(result.map(\.name) == ["Peter Doherty Institute for Infection and Immunity", "CSIRO"])
        // One word before "and", or a last word that is no acronym: left as it is.
        for (text, form) in [
            ("shares of AT and T rose", "AT and T"),
            ("the Securities and Exchange Commission", "Securities and Exchange Commission"),
            ("Research and Development Corp and Co", "Research and Development Corp and Co"),
        ] {
            let kept = CombinedOrganizationFinder.splittingTrailingAcronyms(
                [organization(form, in: text)], Array(text.unicodeScalars))
            #expect(kept.map(\.name) == [form])
        }
    }
}

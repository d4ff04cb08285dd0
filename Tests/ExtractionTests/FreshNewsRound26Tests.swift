import Testing

@testable import Extraction

/// The names of `organizations` with their mentions' texts, sorted, for comparing a pass's output in one line.
private func round26MentionTexts(_ organizations: [FoundOrganization]) -> [String] {
    organizations.flatMap { $0.mentions.map(\.text) }.sorted()
}

@Suite("Fresh news, round 26: college teams, courts, campuses, partnerships and short forms")
struct FreshNewsRound26Tests {
    @Test("A state the tagger typed a place before ' State' is the state's university; a longer name is left")
    func stateUniversityCutAtTheState() {
        let text = "Ohio State scored late. Troopers of the Ohio State Highway Patrol said so."
        // The tagger's "Ohio" twice: before "State scored" and before "State Highway Patrol".
        let entities = [spanOf("Ohio", in: text, "LOC"), EntitySpan(start: 40, end: 44, label: "LOC")]
        let result = CombinedOrganizationFinder.addingStateUniversities(
            [], entities: entities, regions: nil, Array(text.unicodeScalars))
        #expect(round26MentionTexts(result) == ["Ohio State"])
        #expect(result.first?.mentions.first?.start == 0)
    }

    @Test("An appeals court's circuit is part of its name, and the circuit read alone is dropped")
    func appealsCourtTakesItsCircuit() {
        let text =
            "A panel of the U.S. Court of Appeals for the Ninth Circuit ruled. The Court of Appeals for the region."
        let reported = [organizationOf("U.S. Court of Appeals", in: text), organizationOf("Ninth Circuit", in: text)]
        let result = CombinedOrganizationFinder.widenedOverCircuits(reported, Array(text.unicodeScalars))
        #expect(round26MentionTexts(result) == ["U.S. Court of Appeals for the Ninth Circuit"])
    }

    @Test("A university's campus after a comma is part of its name; a country or a listed school is not")
    func universityTakesItsCampus() {
        let text = """
            Scientists at the University of California, Berkeley, and the University of Sydney, Australia, agree. \
            Teams from the University of Chicago, Northwestern, and Yale met.
            """
        let reported = ["University of California", "University of Sydney", "University of Chicago"].map {
            organizationOf($0, in: text)
        }
        let entities = [
            spanOf("Berkeley", in: text, "LOC"), spanOf("Australia", in: text, "LOC"),
            spanOf("Northwestern", in: text, "ORG"),
        ]
        let result = CombinedOrganizationFinder.widenedOverCampuses(
            reported + [organizationOf("Berkeley", in: text)], entities: entities, Array(text.unicodeScalars))
        #expect(
            round26MentionTexts(result) == [
                "University of California, Berkeley", "University of Chicago", "University of Sydney",
            ])
    }

    @Test("'Rivals' opening a sentence is cut from the bank's name after it")
    func rivalsIsNoPartOfTheName() {
        #expect(CombinedOrganizationFinder.leadingWordToCut("Rivals Wells Fargo") == 7)
        #expect(CombinedOrganizationFinder.leadingWordToCut("Rivals") == nil)
    }

    @Test("A firm's first word alone, typed a place or MISC, is its short form; a country's or one after 'the' is not")
    func firstWordOfAFirmIsItsShortForm() {
        let text =
            "Southwest Airlines will assign seats. Southwest shares rose. China Securities said China grew on the Southwest route."
        let reported = [organizationOf("Southwest Airlines", in: text), organizationOf("China Securities", in: text)]
        let entities = [
            spanOf("Southwest Airlines", in: text), EntitySpan(start: 38, end: 47, label: "LOC"),
            EntitySpan(start: 83, end: 88, label: "LOC"), EntitySpan(start: 101, end: 110, label: "LOC"),
        ]
        let result = CombinedOrganizationFinder.addingFirstWordShortForms(
            reported, entities: entities, regions: nil, Array(text.unicodeScalars))
        #expect(round26MentionTexts(result) == ["China Securities", "Southwest", "Southwest Airlines"])
    }

    @Test("A one-word name the article reports is found again after 'the' where the tagger left it untyped")
    func oneWordNameAfterThe() {
        let text =
            "Teamsters reach deal\nThe Teamsters and UPS agreed. The Teamsters Union hall and the Teamsters' vote."
        let entities = [spanOf("UPS", in: text)]
        // The last occurrence is typed by the tagger (as a people's word here), and is left as it reads it.
        let typed = EntitySpan(start: 84, end: 93, label: "MISC")
        let result = CombinedOrganizationFinder.addingOneWordNamesAfterThe(
            [organizationOf("Teamsters", in: text)], entities: entities + [typed], regions: nil,
            Array(text.unicodeScalars))
        #expect(result.first?.mentions.map(\.start) == [0, 25])
    }

    @Test("Partners' surnames before a last '&' are one firm's name; a sentence's adverb or a listed firm is not")
    func partnershipTakesItsPartners() {
        let text =
            "Analysts at Keefe, Bruyette & Woods agreed. Separately, Johnson & Johnson and Goldman, Sachs & Co met."
        let reported = ["Bruyette & Woods", "Johnson & Johnson", "Sachs & Co"].map { organizationOf($0, in: text) }
        let entities = [spanOf("Keefe", in: text, "LOC"), spanOf("Goldman", in: text, "ORG")]
        let result = CombinedOrganizationFinder.widenedOverPartners(
            reported + [organizationOf("Keefe", in: text)], entities: entities, Array(text.unicodeScalars))
        #expect(round26MentionTexts(result) == ["Johnson & Johnson", "Keefe, Bruyette & Woods", "Sachs & Co"])
    }

    @Test("'.com' after a reported name is part of the company's name, with the tagger's legal suffix; a link is not")
    func dotComCompanyKeepsItsAddress() {
        let text = "Ring is owned by Amazon.com Inc, it said. Booking.com fell. See Expedia.com/deals for more."
        let reported = ["Amazon", "Booking", "Expedia"].map { organizationOf($0, in: text) }
        let entities = [spanOf("Amazon.com Inc", in: text)]
        let result = CombinedOrganizationFinder.widenedOverDotCom(
            reported, entities: entities, Array(text.unicodeScalars))
        #expect(round26MentionTexts(result) == ["Amazon.com Inc", "Booking.com", "Expedia"])
    }
}

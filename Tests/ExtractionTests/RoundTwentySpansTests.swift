import Testing

@testable import Extraction

/// An organization named `form` with one mention, its first occurrence in `text`, keyed as the finder keys it.
private func named(_ form: String, in text: String) -> FoundOrganization {
    FoundOrganization(name: form, key: OrganizationKey.make(form), mentions: [mentionOf(form, in: text)])
}

@Suite("Span boundaries of round 20: joins by 'and', leading words, country arms, portfolio lists")
struct RoundTwentySpansTests {
    @Test("Two names joined by 'and' split where each side is a name alone by its own words or the article")
    func joinedNamesSplit() {
        let text =
            "Backed by Kestrel Growth Fund and Orbis Ferro Holdings. Later Tamsin Rail and Orbis Ferro Holdings met."
        let scalars = Array(text.unicodeScalars)
        let found = CombinedOrganizationFinder.splittingNamesJoinedByAnd(
            [
                named("Kestrel Growth Fund and Orbis Ferro Holdings", in: text),
                named("Tamsin Rail and Orbis Ferro Holdings", in: text),
            ], scalars)
        #expect(
            found.map(\.name) == [
                "Tamsin Rail and Orbis Ferro Holdings", "Kestrel Growth Fund", "Orbis Ferro Holdings",
            ])
        #expect(found[1].mentions.map(\.start) == [spanOf("Kestrel Growth Fund", in: text).start])
    }

    @Test("One name with 'and' inside stays whole: a one-word side, a side with no head, a connector")
    func singleNamesKept() {
        let text =
            "The Brill and Stanton Agency, the Natural Sciences and Engineering Research Council and the Ministry of Tin and Copper Board."
        let scalars = Array(text.unicodeScalars)
        let names = [
            "Brill and Stanton Agency", "Natural Sciences and Engineering Research Council",
            "Ministry of Tin and Copper Board",
        ]
        let found = CombinedOrganizationFinder.splittingNamesJoinedByAnd(names.map { named($0, in: text) }, scalars)
        #expect(found.map(\.name) == names)
    }

    @Test("A sentence's 'The' before a public body's name and a descriptor before a company are cut")
    func leadingWordsCut() {
        let text = "ACCRA - The Kestrel Cocoa Board met. Rival Orbis Air grew. The Daily Kestrel wrote."
        let found = CombinedOrganizationFinder.withoutLeadingDescriptors(
            ["The Kestrel Cocoa Board", "Rival Orbis Air", "The Daily Kestrel"].map { named($0, in: text) })
        #expect(found.map(\.name) == ["Kestrel Cocoa Board", "The Daily Kestrel", "Orbis Air"])
        #expect(found[0].mentions.map(\.text) == ["Kestrel Cocoa Board"])
        #expect(found[0].mentions[0].start == spanOf("Kestrel Cocoa Board", in: text).start)
    }

    @Test("A group's name followed by a connector and a country is its national arm")
    func countryArms() {
        let text = "Kestrel do Brasil and Orbis de Mexico cut shifts; Lula da Silva met Ferro da Costa."
        let scalars = Array(text.unicodeScalars)
        let found = CombinedOrganizationFinder.widenedOverCountryArms(
            ["Kestrel", "Orbis", "Ferro"].map { named($0, in: text) }, scalars)
        #expect(found.map(\.name) == ["Ferro", "Kestrel do Brasil", "Orbis de Mexico"])
    }

    @Test("A ministry named by a list of portfolios takes the list's first item")
    func portfolioLists() {
        let text = "It is backed by the Kestrel Foreign, Trade and Development Office. Orbis, Ferro and Tin Office."
        let scalars = Array(text.unicodeScalars)
        let found = CombinedOrganizationFinder.widenedOverPortfolioLists(
            ["Trade and Development Office", "Ferro and Tin Office"].map { named($0, in: text) }, scalars)
        #expect(found.map(\.name) == ["Ferro and Tin Office", "Kestrel Foreign, Trade and Development Office"])
    }

    @Test("A nationality right before an institute's name opens it; not after another capitalised word")
    func nationalInstitutions() {
        let text =
            "Researchers at the Indian Institute of Kestrel met. The Orbis Indian Academy of Ferro and Polish Ministry met."
        let scalars = Array(text.unicodeScalars)
        let found = CombinedOrganizationFinder.widenedOverNationalInstitutions(
            ["Institute of Kestrel", "Academy of Ferro", "Ministry"].map { named($0, in: text) }, scalars)
        #expect(found.map(\.name) == ["Academy of Ferro", "Ministry", "Indian Institute of Kestrel"])
        #expect(found[2].mentions[0].start == spanOf("Indian Institute", in: text).start)
    }

    @Test("'Office' after a post's possessive takes the post holder's name in; not after a company's possessive")
    func postHolderOffices() {
        let text =
            "The Federal Public Kestrel Defender's Office joined. Orbis's Office opened. the Ferro Mayor's Office"
        let scalars = Array(text.unicodeScalars)
        let offices = [
            spanOf("Office joined", in: text).start, spanOf("Office opened", in: text).start,
            text.unicodeScalars.count - 6,
        ]
        let found = CombinedOrganizationFinder.widenedOverPostHolders(
            [
                FoundOrganization(
                    name: "Office", key: "office",
                    mentions: offices.map { Mention(start: $0, end: $0 + 6, text: "Office") })
            ],
            scalars)
        #expect(found.map(\.name) == ["Office", "Federal Public Kestrel Defender's Office", "Ferro Mayor's Office"])
        #expect(found[0].mentions.map(\.start) == [offices[1]])
    }

    @Test("A post, a given name and a surname are a person; an institution named after one stays")
    func titledPersons() {
        let text = "Justice Nancy Kestrel wrote. Prince Charles Hospital and Judge Orbis Ferro met."
        let found = CombinedOrganizationFinder.withoutTitledPersons(
            ["Justice Nancy Kestrel", "Prince Charles Hospital", "Judge Orbis Ferro"].map { named($0, in: text) })
        #expect(found.map(\.name) == ["Prince Charles Hospital", "Judge Orbis Ferro"])
    }

    @Test("The last items of a list of reported names split at 'and'; not a two-word name ('Marks and Spencer')")
    func listTailsSplit() {
        let text = "Heads of Kestrel Bank, Orbis, Tamsin One and Ferro Chicago met. Stores: Orbis, Brill and Stanton."
        let scalars = Array(text.unicodeScalars)
        var orbis = named("Orbis", in: text)
        orbis.mentions.append(mentionOf("Orbis, Brill", in: text))
        orbis.mentions[1].end = orbis.mentions[1].start + 5
        orbis.mentions[1].text = "Orbis"
        let found = CombinedOrganizationFinder.splittingNamesJoinedByAnd(
            [
                named("Kestrel Bank", in: text), orbis, named("Tamsin One and Ferro Chicago", in: text),
                named("Brill and Stanton", in: text),
            ], scalars)
        #expect(found.map(\.name) == ["Kestrel Bank", "Orbis", "Brill and Stanton", "Tamsin One", "Ferro Chicago"])
    }

    @Test("A month before a name dates it and is cut; 'May' and 'March' open names and stay")
    func leadingMonthsCut() {
        let text = "The August Kestrel Association of Ferro index rose. May Orbis Stores fell."
        let found = CombinedOrganizationFinder.withoutLeadingDescriptors(
            ["August Kestrel Association of Ferro", "May Orbis Stores"].map { named($0, in: text) })
        #expect(found.map(\.name) == ["May Orbis Stores", "Kestrel Association of Ferro"])
    }

    @Test("A year before a name of two words and an age before a name are cut; a year and one word stay")
    func leadingDatesCut() {
        let text = "a dissident of the 1979 Kestrel Wall movement, a 20-year-old Orbis striker and 1860 Ferro fans"
        let found = CombinedOrganizationFinder.withoutLeadingDescriptors(
            ["1979 Kestrel Wall", "20-year-old Orbis", "1860 Ferro"].map { named($0, in: text) })
        #expect(found.map(\.name) == ["1860 Ferro", "Kestrel Wall", "Orbis"])
    }
}

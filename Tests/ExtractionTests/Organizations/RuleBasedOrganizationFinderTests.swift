import Testing

@testable import Extraction

@Suite("Rule-based organization finder")
struct RuleBasedOrganizationFinderTests {
    @Test("companies with legal suffixes, possessives, ampersands and context are found")
    func companies() {
        let text = """
            Kestrel Biotech Inc. said on Tuesday it would buy Harlow Therapeutics Ltd for $2 billion. Kestrel, \
            an Oakland-based company founded in 2012, expects the deal to close next year. Shares of Pinecrest \
            rose 4% after the announcement. Acme Corp's chief executive, Dana Whitfield, told Reuters that \
            Johnson & Johnson and AT&T were also interested.
            """
        let orgs = findOrganizations(text)
        let kestrel = organization("Kestrel Biotech Inc.", in: orgs)
        #expect(kestrel?.mentions.map(\.text) == ["Kestrel Biotech Inc.", "Kestrel"])
        #expect(kestrel?.aliases == ["Kestrel"])
        #expect(kestrel?.key == "kestrel biotech")
        #expect(organization("Harlow Therapeutics Ltd", in: orgs) != nil)
        #expect(organization("Pinecrest", in: orgs) != nil)
        #expect(organization("Acme Corp", in: orgs)?.mentions.first?.text == "Acme Corp")
        #expect(organization("Reuters", in: orgs) != nil)
        #expect(organization("Johnson & Johnson", in: orgs) != nil)
        #expect(organization("AT&T", in: orgs) != nil)
        #expect(!mentionTexts(orgs).contains { $0.contains("Dana") || $0.contains("Oakland") || $0 == "Tuesday" })
        #expect(offsetsAreExact(orgs, in: text))
    }

    @Test("agencies, universities and a defined acronym are found and linked")
    func agenciesAndAcronyms() {
        let text = """
            The Northfield Water Authority (NWA) approved the plan on Monday. NWA officials said the University \
            of Westmarch and the National Institute of Coastal Studies would monitor the site. A spokesperson for \
            the Department of Harbors and Waterways declined to comment. Mayor Elena Ruiz praised the NWA.
            """
        let orgs = findOrganizations(text)
        let nwa = organization("Northfield Water Authority", in: orgs)
        #expect(nwa?.aliases == ["NWA"])
        #expect(nwa?.mentions.map(\.text) == ["Northfield Water Authority", "NWA", "NWA", "NWA"])
        #expect(organization("University of Westmarch", in: orgs) != nil)
        #expect(organization("National Institute of Coastal Studies", in: orgs) != nil)
        #expect(organization("Department of Harbors and Waterways", in: orgs) != nil)
        #expect(!mentionTexts(orgs).contains { $0.contains("Elena") || $0.contains("Ruiz") })
        #expect(offsetsAreExact(orgs, in: text))
    }

    @Test("an undefined acronym counts when its context says it is a company")
    func undefinedAcronymWithContext() {
        let text = "ZPX shares fell 3% on Friday. Later ZPX said in a statement that demand was weak. GDP grew."
        let orgs = findOrganizations(text)
        #expect(organization("ZPX", in: orgs)?.mentions.count == 2)
        #expect(organization("GDP", in: orgs) == nil)
    }

    @Test("a name wrapped over two lines is one mention")
    func lineWrappedName() {
        let text = """
            After years in the private sector, she was hired last spring by the Riverside Community
            Foundation to lead its grants programme.
            """
        let orgs = findOrganizations(text)
        #expect(orgs.map(\.name) == ["Riverside Community Foundation"])
        #expect(orgs.first?.mentions.first?.text == "Riverside Community\nFoundation")
        #expect(offsetsAreExact(orgs, in: text))
    }

    @Test("a Title Case headline yields only names the body confirms")
    func titleCaseHeadline() {
        let text = """
            Brightwater Energy Group Signs Supply Deal With Cobalt Mining Ltd

            Brightwater Energy Group said on Monday it had signed a supply deal with Cobalt Mining Ltd.
            """
        let orgs = findOrganizations(text)
        #expect(Set(orgs.map(\.name)) == ["Brightwater Energy Group", "Cobalt Mining Ltd"])
        #expect(organization("Cobalt Mining Ltd", in: orgs)?.mentions.last?.text == "Cobalt Mining Ltd.")
        #expect(orgs.allSatisfy { $0.mentions.count == 2 })
        #expect(orgs.first?.mentions.first?.start == 0)
    }

    @Test("offsets count Unicode scalars past curly quotes, accents and emoji")
    func offsetsWithNonASCII() {
        let text =
            "“Great news,” said 🎉 the Lakeside Rowing Club’s captain. Émile — who works for Nordvik Shipping AG — agreed."
        let orgs = findOrganizations(text)
        let club = organization("Lakeside Rowing Club", in: orgs)
        #expect(club?.mentions.first?.text == "Lakeside Rowing Club")
        #expect(club?.mentions.first?.start == 25)
        #expect(organization("Nordvik Shipping AG", in: orgs) != nil)
        #expect(offsetsAreExact(orgs, in: text))
    }

    @Test("an inverted name joins its direct form")
    func invertedName() {
        let text = """
            The Harbor Development Agency Export Office opened in May. Staff from the Export Office of the Harbor \
            Development Agency met buyers in June.
            """
        let orgs = findOrganizations(text)
        #expect(orgs.count == 1)
        #expect(orgs.first?.name == "Harbor Development Agency Export Office")
        #expect(orgs.first?.aliases == ["Export Office of the Harbor Development Agency"])
        #expect(orgs.first?.mentions.count == 2)
    }

    @Test("only the given regions are searched, with offsets into the whole text")
    func regionsHonoured() {
        let text = "Title about Orion Labs\n\nBody mentions Vega Systems Inc. here.\n\nFooter: Talon Media Group."
        let body = text.unicodeScalars.count - "\n\nFooter: Talon Media Group.".unicodeScalars.count
        let orgs = findOrganizations(text, regions: [0..<22, 24..<body])
        #expect(Set(orgs.map(\.name)) == ["Orion Labs", "Vega Systems Inc."])
        #expect(orgs.first?.name == "Orion Labs")
        #expect(offsetsAreExact(orgs, in: text))
    }

    @Test("people, places and calendar words are not organizations")
    func peopleAndPlaces() {
        let text = """
            Senator Maria Lopez met President Ortega in Lisbon on Friday. The delegation from Texas and Fresno \
            County visited Brazil and Silicon Valley in March. Tom Becker and Sarah Kim flew to Tokyo.
            """
        #expect(findOrganizations(text).isEmpty)
    }

    @Test("definite descriptions become mentions only when asked")
    func definiteDescriptions() {
        let text = "The Glenmoor Arts Council met on Monday. Later the council approved a budget."
        let plain = findOrganizations(text)
        #expect(plain.first?.mentions.count == 1)
        let finder = RuleBasedOrganizationFinder(options: .init(definiteDescriptionMentions: true))
        let withReferences = finder.organizations(in: text, regions: nil)
        #expect(withReferences.first?.mentions.map(\.text) == ["Glenmoor Arts Council", "council"])
    }

    @Test("salience stays within 0...1 and ranks the most named organization first")
    func salience() {
        let text = """
            Corvid Analytics Ltd hired staff. Corvid Analytics Ltd grew. Corvid Analytics Ltd moved. \
            Analysts at Brisk Partners were surprised.
            """
        let orgs = findOrganizations(text)
        #expect(orgs.map(\.name) == ["Corvid Analytics Ltd", "Brisk Partners"])
        #expect(orgs.allSatisfy { (0...1).contains($0.salience) })
    }

    @Test("empty and name-free text yields nothing")
    func emptyText() {
        #expect(findOrganizations("").isEmpty)
        #expect(findOrganizations("nothing to see here, just lowercase words.").isEmpty)
    }
}

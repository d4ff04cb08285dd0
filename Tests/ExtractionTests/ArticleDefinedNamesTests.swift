import Testing

@testable import Extraction

@Suite("Names an article settles for itself: defined acronyms, cities named for their teams, persons")
struct ArticleDefinedNamesTests {
    @Test("A span that opens a parenthesis and leaves it open ends before it")
    func openParenthesis() {
        let story = "The Federation of Dutch Bakers (NBOV said prices would rise; the Union of Tilers (UoT) agreed."
        let text = ScalarText(story)
        func trimmed(_ form: String) -> String? {
            TaggedOrganizationFinder.beforeOpenParenthesis(spanOf(form, in: story), text).map {
                text.string($0.start, $0.end)
            }
        }
        #expect(trimmed("Federation of Dutch Bakers (NBOV") == "Federation of Dutch Bakers")
        #expect(trimmed("Union of Tilers (UoT)") == "Union of Tilers (UoT)")
        #expect(trimmed("Union of Tilers") == "Union of Tilers")
    }

    @Test("An acronym written as a word spells its name's initials like one in capitals")
    func wordShapedAcronym() {
        func letters(_ text: String) -> String? {
            let scalars = Array(text.unicodeScalars)
            return TaggedOrganizationFinder.acronym(after: 0, scalars).map { String(String.UnicodeScalarView($0)) }
        }
        #expect(letters(" (Sebi) said") == "SEBI")
        #expect(letters(" (Ofcom)") == "OFCOM")
        #expect(letters(" (Nasscomm)") == nil)
        #expect(letters(" (ACCC)") == "ACCC")
        #expect(letters(" (Ab)") == nil)
        #expect(letters(" (SeBi)") == nil)
        #expect(letters(" (Thursday)") == nil)
    }

    @Test("A defined acronym the tagger typed MISC or nothing is its organization's, wherever the story writes it")
    func definedAcronyms() {
        let story = """
            HKMA warns on lending

            The Hong Kong Monetary Authority (HKMA) raised its base rate. HKMA officials said HKMA Lane, a street, \
            was closed. Analysts at Mizuho said the HKMA had little choice.
            """
        let name = organizationOf("Hong Kong Monetary Authority", in: story)
        let officials = spanOf("HKMA officials", in: story)
        let entities = [
            spanOf("HKMA", in: story, "MISC"),
            EntitySpan(start: officials.start, end: officials.start + 4, label: "MISC"),
            spanOf("HKMA Lane", in: story, "LOC"),
        ]
        let result = CombinedOrganizationFinder.addingDefinedAcronyms(
            [name], entities: entities, regions: nil, Array(story.unicodeScalars))
        let texts = result[0].mentions.map(\.text)
        // The headline's, the parenthesis's, the untyped "the HKMA" and the MISC one; not the street.
        #expect(texts == ["HKMA", "Hong Kong Monetary Authority", "HKMA", "HKMA", "HKMA"])
        #expect(result[0].aliases == ["HKMA"])
        // Letters that spell no initials of the name are left alone.
        let other = "The Port Authority (PANYNJ) met."
        let unchanged = CombinedOrganizationFinder.addingDefinedAcronyms(
            [organizationOf("Port Authority", in: other)], entities: [], regions: nil, Array(other.unicodeScalars))
        #expect(unchanged[0].mentions.count == 1)
    }

    @Test("A city typed as a place is its team where the story names the team in full")
    func citiesStandingForTeams() {
        let story = """
            The Portland Trail Blazers beat the Utah Jazz 111-98. Portland shot 51% and Utah never led. \
            Fans in Portland cheered; the mayor of Utah County did not.
            """
        let entities = [
            Self.span(at: "Portland shot", length: 8, "LOC", in: story),
            Self.span(at: "Utah never", length: 4, "LOC", in: story),
            Self.span(at: "Portland cheered", length: 8, "LOC", in: story),
            Self.span(at: "Utah County", length: 11, "LOC", in: story),
        ]
        let teams = [organizationOf("Portland Trail Blazers", in: story), organizationOf("Utah Jazz", in: story)]
        let result = CombinedOrganizationFinder.addingPlacesStandingForTeams(
            teams, entities: entities, regions: nil, Array(story.unicodeScalars))
        // Not "in Portland", and not "Utah County", which opens no team's name.
        #expect(result[0].mentions.map(\.text) == ["Portland Trail Blazers", "Portland"])
        #expect(result[1].mentions.map(\.text) == ["Utah Jazz", "Utah"])
        #expect(CombinedOrganizationFinder.endsInTeamNickname("Chennai Super Kings"))
        #expect(!CombinedOrganizationFinder.endsInTeamNickname("Boston Scientific"))
        #expect(!CombinedOrganizationFinder.endsInTeamNickname("Thunder"))
    }

    @Test("An organization the rules do not know, typed as a person elsewhere in the story, is the person")
    func personsNamedElsewhere() {
        let story = """
            Opposition leader Sarah Whitcombe lost her seat. Sarah Whitcombe's Reform Alliance won 40 seats, and \
            Ralph Lauren shares fell after Ralph Lauren spoke.
            """
        let entities = [
            Self.span(at: "Sarah Whitcombe lost", length: 15, "PER", in: story),
            Self.span(at: "Ralph Lauren spoke", length: 12, "PER", in: story),
        ]
        let possessive = Self.span(at: "Sarah Whitcombe's", length: 15, "ORG", in: story)
        let whitcombe = FoundOrganization(
            name: "Sarah Whitcombe", key: "sarah whitcombe",
            mentions: [Mention(start: possessive.start, end: possessive.end, text: "Sarah Whitcombe")])
        let organizations = [
            whitcombe, organizationOf("Reform Alliance", in: story), organizationOf("Ralph Lauren", in: story),
        ]
        let kept = CombinedOrganizationFinder.withoutPersonsNamedElsewhere(
            organizations, isRuleName: { $0.name == "Ralph Lauren" }, entities: entities, Array(story.unicodeScalars))
        // A name the rules know keeps both readings.
        #expect(kept.map(\.name) == ["Reform Alliance", "Ralph Lauren"])
    }

    @Test("A given name and a surname listed with a person the tagger typed is a person too")
    func listedWithPerson() {
        let story = "Coach Ellis praised Tom Harlow and Sarah Quince, while Bank of Leeds and Peter Marsh said nothing."
        let entities = [
            Self.span(at: "Tom Harlow", length: 10, "PER", in: story),
            Self.span(at: "Peter Marsh", length: 11, "PER", in: story),
        ]
        let quince = organizationOf("Sarah Quince", in: story)
        let bank = organizationOf("Bank of Leeds", in: story)
        #expect(
            CombinedOrganizationFinder.isListedWithPerson(
                mentionOf("Sarah Quince", in: story), entities: entities,
                Array(story.unicodeScalars)))
        let kept = CombinedOrganizationFinder.withoutPersonsNamedElsewhere(
            [quince, bank], isRuleName: { _ in false }, entities: entities, Array(story.unicodeScalars))
        // "Bank of Leeds" is listed with a person too, but is no person's name.
        #expect(kept.map(\.name) == ["Bank of Leeds"])
    }

    @Test("A given name and a surname before a possessive and another organization is its owner, a person")
    func ownerBeforeCompany() {
        let story = "Launches by Jane Corvell's Orbitra and Fenwick Group's Tarvex Labs rose, said Tom Hale’s office."
        let corvell = organizationOf("Jane Corvell", in: story)
        let fenwick = organizationOf("Fenwick Group", in: story)
        let hale = organizationOf("Tom Hale", in: story)
        let organizations = [
            corvell, organizationOf("Orbitra", in: story), fenwick, organizationOf("Tarvex Labs", in: story), hale,
        ]
        // No person typed anywhere: the possessive before a company is enough.
        let kept = CombinedOrganizationFinder.withoutPersonsNamedElsewhere(
            organizations, isRuleName: { _ in false }, entities: [], Array(story.unicodeScalars))
        // "Fenwick Group" is no given name and a surname; "Tom Hale’s office" names no organization after it.
        #expect(kept.map(\.name) == ["Orbitra", "Fenwick Group", "Tarvex Labs", "Tom Hale"])
    }

    @Test("The wire service a press release credits in its dateline is an organization")
    func wireServiceCredits() {
        let release = """
            OTTAWA, March 3, 2025 /CNW/ -- Maple Robotics Inc. today announced a partnership.
            BOSTON, May 1, 2025 (BUSINESS WIRE)--Lumen Works said revenue rose.
            Sales rose 12% in 2024 /year/ and fell (slightly) -- analysts said.
            """
        let found = CombinedOrganizationFinder.addingWireServiceCredits(
            [], regions: nil, Array(release.unicodeScalars))
        #expect(found.map(\.name) == ["CNW", "BUSINESS WIRE"])
    }

    @Test("A name an apposition calls a kind of organization is an organization")
    func appositives() {
        let story = """
            Ofmar, the maritime regulator, said fees would rise. The Tilers Guild, the union, said little. \
            Frenta, the Dutch carmaker, rose. Jane Hollis, the union's leader, and Tom Reyes, the union boss, left. \
            Sarah Quince, the club said, had resigned. In London, the company said prices rose. On Monday, the \
            company, a lender, said no.
            """
        let scalars = Array(story.unicodeScalars)
        let found = CombinedOrganizationFinder.addingAppositiveOrganizations(
            [], entities: [Self.span(at: "London", length: 6, "LOC", in: story)], regions: nil, scalars)
        #expect(found.map(\.name) == ["Ofmar", "Tilers Guild", "Frenta"])
        #expect(CombinedOrganizationFinder.isAppositiveKind(from: 0, Array("financial watchdog, said".unicodeScalars)))
        #expect(!CombinedOrganizationFinder.isAppositiveKind(from: 0, Array("union's leader,".unicodeScalars)))
        #expect(!CombinedOrganizationFinder.isAppositiveKind(from: 0, Array("company said prices".unicodeScalars)))
    }

    /// The first `length` scalars from the first occurrence of `anchor`, as a tagger span.
    static func span(at anchor: String, length: Int, _ label: String, in story: String) -> EntitySpan {
        let start = spanOf(anchor, in: story).start
        return EntitySpan(start: start, end: start + length, label: label)
    }
}

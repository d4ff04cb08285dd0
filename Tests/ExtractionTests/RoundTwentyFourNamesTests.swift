import Testing

@testable import Extraction

@Suite("Round 24: courts, lists, state universities and bodies typed MISC")
struct RoundTwentyFourNamesTests {
    /// `text` at offset 4 of "The `text` said.", typed a place by the tagger, as `isInstitutionReadAsPlace` reads it.
    func courtReadAsPlace(_ text: String) -> Bool {
        let mention = Mention(start: 4, end: 4 + text.unicodeScalars.count, text: text)
        let scalars = Array(("The " + text + " said.").unicodeScalars)
        let entities = [EntitySpan(start: mention.start, end: mention.end, label: "LOC")]
        return CombinedOrganizationFinder.isInstitutionReadAsPlace(mention, entities: entities, scalars)
    }

    @Test("A court named by its kind is an institution; a tennis ground's court is a place")
    func courts() {
        #expect(courtReadAsPlace("Delhi High Court"))
        #expect(courtReadAsPlace("Seoul District Court"))
        #expect(courtReadAsPlace("Federal Court of Appeals"))
        #expect(!courtReadAsPlace("Stadium Court"))
        #expect(!courtReadAsPlace("Earls Court"))
    }

    @Test("A rule name the tagger read as a person is reported when 'and' joins it to an organization")
    func personJoinedToOrganization() {
        let text = "Alerts named products made by Marion Biotech and Maiden Pharmaceuticals."
        let scalars = Array(text.unicodeScalars)
        let person = spanOf("Marion Biotech", in: text, "PER")
        let maiden = spanOf("Maiden Pharmaceuticals", in: text)
        let mention = mentionOf("Marion Biotech", in: text)
        #expect(CombinedOrganizationFinder.isCoordinatedWithOrganization(mention, entities: [person, maiden], scalars))
        // A person's span wider than the rule name still wins.
        let wider = EntitySpan(start: person.start - 3, end: person.end, label: "PER")
        #expect(!CombinedOrganizationFinder.isCoordinatedWithOrganization(mention, entities: [wider, maiden], scalars))
    }

    /// The parts `coordinatedNames` cuts a tagger span of the whole `text` into, with each of `names` a rule name.
    func split(_ text: String, _ names: [String]) -> [String]? {
        let scalars = ScalarText(text)
        let organizations = names.map { organizationOf($0, in: text) }
        let span = EntitySpan(start: 0, end: scalars.scalars.count, label: "ORG")
        return TaggedOrganizationFinder.coordinatedNames(span, RuleEvidence(organizations), scalars)?.map {
            scalars.string($0.start, $0.end)
        }
    }

    @Test("Two firms of one trade, or rule names joined by a comma alone, are several names")
    func firmsOfOneTradeAndCommaLists() {
        #expect(
            split("Glenmark Pharmaceuticals and Torrent Pharma", ["Glenmark Pharmaceuticals", "Torrent Pharma"])
                == ["Glenmark Pharmaceuticals", "Torrent Pharma"])
        #expect(split("Lockheed Martin, Thales", ["Lockheed Martin", "Thales"]) == ["Lockheed Martin", "Thales"])
        // One name whose words the rules split stays whole.
        #expect(
            split(
                "British Securities and Investments Board", ["British Securities", "Investments Board"]) == nil)
    }

    @Test("A list's first item typed a place is an organization when two reported names follow it")
    func listOpener() {
        let story = """
            Its members include Amazon, Google and Meta. Joseph Kuhn, Advanced Medical and IMED president, spoke. \
            Britain, Ofcom and Ofwat agreed.
            """
        let scalars = Array(story.unicodeScalars)
        let reported = ["Google", "Meta", "Advanced Medical", "IMED", "Ofcom", "Ofwat"].map {
            organizationOf($0, in: story)
        }
        let entities = [
            spanOf("Amazon", in: story, "LOC"), spanOf("Joseph Kuhn", in: story, "PER"),
            spanOf("Britain", in: story, "LOC"),
        ]
        let result = CombinedOrganizationFinder.addingListedOrganizations(
            reported, entities: entities, regions: nil, scalars)
        // A place first in a list of organizations is one; a person or a country is not.
        #expect(result.map(\.name).contains("Amazon"))
        #expect(!result.map(\.name).contains("Joseph Kuhn"))
        #expect(!result.map(\.name).contains("Britain"))
    }

    @Test("A state's name and 'State' typed a place is its university; 'Washington State' and others are not")
    func stateUniversities() {
        let story = """
            He represents players at Louisiana State and Florida State. Washington State sued, Empire State rose, \
            and Lagos State voted. PENN STATE 21.
            """
        let entities = ["Louisiana State", "Florida State", "Washington State", "Empire State", "Lagos State"].map {
            spanOf($0, in: story, "LOC")
        }
        let result = CombinedOrganizationFinder.addingStateUniversities(
            [], entities: entities, regions: nil, Array(story.unicodeScalars))
        #expect(result.map(\.name) == ["Louisiana State", "Florida State"])
    }

    @Test("A MISC span ending in an institution's head or 'Unions' is an organization; a confederation is not")
    func institutionsReadAsMisc() {
        let story = """
            The National Music Publishers' Association sued. The Confederation of Japan Automobile Workers' Unions \
            and the Brazilian Football Confederation met. A Hollywood Association Award went to ACME ASSOCIATION.
            """
        let entities = [
            "National Music Publishers' Association", "Confederation of Japan Automobile Workers' Unions",
            "Brazilian Football Confederation", "ACME ASSOCIATION",
        ].map { spanOf($0, in: story, "MISC") }
        let result = CombinedOrganizationFinder.addingInstitutionsReadAsMisc(
            [], entities: entities, regions: nil, Array(story.unicodeScalars))
        #expect(
            result.map(\.name) == [
                "National Music Publishers' Association", "Confederation of Japan Automobile Workers' Unions",
            ])
    }

    @Test("A court's name cut before 'Court' is widened over it; an appeals court's circuit is not")
    func courtNamesCutShort() {
        let story = """
            The Madras High Court ruled. An appeal went to the US Court of Appeals for the Fourth Circuit, and the \
            Stadium Court crowd and the Supreme Courtyard waited.
            """
        let scalars = Array(story.unicodeScalars)
        let cut = [organizationOf("Madras High", in: story), organizationOf("US Court of Appeals", in: story)]
        let result = CombinedOrganizationFinder.widenedOverCourtWords(cut, scalars)
        #expect(result.map(\.name).sorted() == ["Madras High Court", "US Court of Appeals"])
        // Not after a word that says no court's kind, nor before a longer word.
        let others = [organizationOf("Stadium", in: story), organizationOf("the Supreme", in: story)]
        #expect(
            CombinedOrganizationFinder.widenedOverCourtWords(others, scalars).map(\.name) == ["Stadium", "the Supreme"])
    }

    @Test("A person's span ending in a firm's trade is a firm; a one-word name and a firm's trade are two names")
    func firmTradesReadAsPersons() {
        let story = "A petition by Novartis against Zydus Lifesciences failed, and David Steel spoke."
        let entities = [spanOf("Zydus Lifesciences", in: story, "PER"), spanOf("David Steel", in: story, "PER")]
        let result = CombinedOrganizationFinder.addingNamesEndingInFirmWords(
            [], entities: entities, regions: nil, Array(story.unicodeScalars))
        #expect(result.map(\.name) == ["Zydus Lifesciences"])
        #expect(
            split("Aisin and Toyota Industries", ["Aisin", "Toyota Industries"]) == ["Aisin", "Toyota Industries"])
    }

    @Test("A school's name before its athletic director or a college sport's players is its teams")
    func collegeTeams() {
        let story = """
            Vanderbilt athletic director Malcolm Turner spoke after a case brought by Dartmouth basketball players. \
            Brazilian football players and England football coach Glenn Hoddle watched; Texas weather was fine.
            """
        let entities = [
            spanOf("Vanderbilt", in: story, "MISC"), spanOf("Dartmouth", in: story, "MISC"),
            spanOf("Brazilian", in: story, "MISC"), spanOf("England", in: story, "LOC"),
            spanOf("Texas", in: story, "LOC"),
        ]
        let result = CombinedOrganizationFinder.addingCollegeTeams(
            [], entities: entities, regions: nil, Array(story.unicodeScalars))
        #expect(result.map(\.name) == ["Vanderbilt", "Dartmouth"])
    }

    @Test("A rule name read as a person right before its analysts is a firm")
    func firmBeforeAnalysts() {
        let text = "Bernstein analysts said so, and Seguin spokeswoman Anne agreed."
        let scalars = Array(text.unicodeScalars)
        let bernstein = mentionOf("Bernstein", in: text)
        let seguin = mentionOf("Seguin", in: text)
        let entities = [spanOf("Bernstein", in: text, "PER"), spanOf("Seguin", in: text, "PER")]
        #expect(CombinedOrganizationFinder.precedesAnalysts(bernstein, entities: entities, scalars))
        #expect(!CombinedOrganizationFinder.precedesAnalysts(seguin, entities: entities, scalars))
    }
}

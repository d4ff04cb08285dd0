import Testing

@testable import Extraction

private func named(_ form: String, in text: String) -> FoundOrganization {
    FoundOrganization(name: form, key: OrganizationKey.make(form), mentions: [mentionOf(form, in: text)])
}

@Suite("Round 22: names the tagger left untyped in a firm's context, and the openers of members' bodies")
struct RoundTwentyTwoNamesTests {
    static let story = """
        STOCKHOLM - Truckmaker Kestrava, owned by Orbis, cut jobs. He told broadcaster Sport Vox that the Verdo \
        union would strike. Tamsor, which owns a stake in Ferro, agreed. Lawmaker Brillo said so, and the company \
        Tuesday said the planemaker Orbair grew.
        Insurer Raises Stake In Bank
        """

    @Test("A trade, a capitalised trade opening a sentence, 'the … union' and ', which owns' mark an untyped name")
    func untypedNamesAdded() {
        let scalars = Array(Self.story.unicodeScalars)
        let found = CombinedOrganizationFinder.addingUntaggedFirmNames(
            [], entities: [spanOf("Orbis", in: Self.story, "ORG")], regions: nil, scalars)
        // Not a person's maker ("Lawmaker"), a weekday after a trade, nor a title-case headline's verbs.
        #expect(found.map(\.name) == ["Kestrava", "Sport Vox", "Verdo", "Tamsor", "Orbair"])
        #expect(found[1].mentions[0].start == spanOf("Sport Vox", in: Self.story).start)
    }

    @Test("A name the tagger typed is left to the passes that read its type, unless a capitalised trade opens it")
    func typedNamesLeft() {
        let scalars = Array(Self.story.unicodeScalars)
        let entities = [
            spanOf("Kestrava", in: Self.story, "PER"), spanOf("Sport", in: Self.story, "LOC"),
            spanOf("Verdo", in: Self.story, "MISC"), spanOf("Tamsor", in: Self.story, "ORG"),
            spanOf("Orbair", in: Self.story, "LOC"),
        ]
        let found = CombinedOrganizationFinder.addingUntaggedFirmNames(
            [], entities: entities, regions: nil, scalars)
        // "Truckmaker Kestrava": the tagger read the trade as the sentence's first word, and the name after it as
        // a person; exactly the name, typed no organization, is read as the trade says.
        #expect(found.map(\.name) == ["Kestrava"])
    }

    @Test("A sentence's 'The' before a union's or a confederation's name is cut")
    func leadingTheBeforeUnions() {
        let text = "The Kestrel Taxpayers' Union praised it. The Orbis Confederation met. The Ferro Times wrote."
        let found = CombinedOrganizationFinder.withoutLeadingDescriptors(
            ["The Kestrel Taxpayers' Union", "The Orbis Confederation", "The Ferro Times"].map { named($0, in: text) })
        #expect(found.map(\.name) == ["Kestrel Taxpayers' Union", "Orbis Confederation", "The Ferro Times"])
    }

    @Test("A nationality right before a name ending in 'Union' or 'Federation' opens it; one word stays")
    func nationalitiesBeforeMembersBodies() {
        let text = "In Finland, the Finnish Kestrel Workers' Union and the German Orbis Federation met a Swedish Union."
        let scalars = Array(text.unicodeScalars)
        let found = CombinedOrganizationFinder.widenedOverNationalInstitutions(
            ["Kestrel Workers' Union", "Orbis Federation", "Union"].map { named($0, in: text) }, scalars)
        #expect(
            found.map(\.name).sorted() == ["Finnish Kestrel Workers' Union", "German Orbis Federation", "Union"])
    }
}

@Suite("Round 22: names of no organization, a competition named for its entrants and a person's hyphenated names")
struct NamesOfNoOrganizationTests {
    @Test("'Champions League' and 'Nations League' are dropped; a league of clubs and the body that runs one stay")
    func competitionsDropped() {
        let text = "UEFA runs the Champions League and the Nations League; the Kestrel Premier League grew."
        var uefa = named("UEFA", in: text)
        uefa.mentions.append(mentionOf("Champions League", in: text))
        let found = CombinedOrganizationFinder.withoutNamesOfNoOrganization(
            [uefa, named("Nations League", in: text), named("Kestrel Premier League", in: text)])
        #expect(found.map(\.name) == ["UEFA", "Kestrel Premier League"])
        #expect(found[0].mentions.map(\.text) == ["UEFA"])
    }

    @Test("Two given names joined by a hyphen open a person; a firm's hyphenated name stays")
    func hyphenatedGivenNamesDropped() {
        let text = "Karl-Anthony Orbis added 22 points. Hewlett-Packard Kestrel and Mercedes-Benz Ferro grew."
        let found = CombinedOrganizationFinder.withoutNamesOfNoOrganization(
            ["Karl-Anthony Orbis", "Hewlett-Packard Kestrel", "Mercedes-Benz Ferro"].map { named($0, in: text) })
        #expect(found.map(\.name) == ["Hewlett-Packard Kestrel", "Mercedes-Benz Ferro"])
    }
}

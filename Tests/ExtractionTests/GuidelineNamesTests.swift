import OrganizationModel
import Testing

@testable import Extraction

@Suite("Names the product's guidelines read differently from CoNLL: venues, the White House")
struct GuidelineNamesTests {
    func namesNone(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return CombinedOrganizationFinder.namesNoOrganization(scalars, 0, scalars.count)
    }

    @Test("A venue is no organization, even with a sponsor's name in it; names that only contain a venue word are")
    func venues() {
        #expect(namesNone("Shoreline Amphitheatre"))
        #expect(namesNone("Ameris Bank Amphitheatre"))
        #expect(namesNone("Mohegan Sun Arena"))
        #expect(namesNone("BB&T Pavilion"))
        #expect(!namesNone("Arena"))
        #expect(!namesNone("Arena Football League"))
        #expect(!namesNone("Cleveland Clinic Medical Center"))
        #expect(!namesNone("Rock & Roll Hall of Fame"))
    }

    @Test("A law or an agreement is no organization; a job title in front of a name is none either")
    func lawsAndTitles() {
        #expect(namesNone("Digital Markets Act"))
        #expect(namesNone("First Amendment"))
        #expect(namesNone("Paris Agreement"))
        #expect(namesNone("Texas Attorney"))
        #expect(!namesNone("Act"))
        #expect(!namesNone("Penn Treaty"))
        #expect(!namesNone("ACT Party"))
    }

    @Test("A place's local unit before an office's title is a post, not the government")
    func localPosts() {
        func post(_ text: String, _ mention: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            return CombinedOrganizationFinder.namesNoOrganization(scalars, 0, mention.unicodeScalars.count)
        }
        #expect(post("Montpelier City Manager Bill Fraser said", "Montpelier City"))
        #expect(post("Fairfax County Executive Jeff McKay", "Fairfax County"))
        #expect(!post("Fairfax County said", "Fairfax County"))
        #expect(!post("Michigan State President Kevin Guskiewicz", "Michigan State"))
        #expect(!post("Manchester City Manager", "Manchester"))
    }

    @Test("Each whole-word White House inside the regions becomes a mention, once, beside the organizations found")
    func whiteHouse() {
        let text = "The White House said on Monday. White Housekeeping is a brand. Staff of the White House's office."
        let scalars = Array(text.unicodeScalars)
        let council = FoundOrganization(
            name: "National Security Council", key: "national security council",
            mentions: [Mention(start: 0, end: 3, text: "The")])
        let result = CombinedOrganizationFinder.addingOfficeSeats([council], regions: nil, scalars)
        #expect(result.count == 2)
        let seat = result.first { $0.name == "White House" }
        #expect(seat?.mentions.map(\.start) == [4, 76])
        #expect(seat?.mentions.allSatisfy { $0.text == "White House" } == true)

        let firstSentence = CombinedOrganizationFinder.addingOfficeSeats([], regions: [0..<31], scalars)
        #expect(firstSentence.first?.mentions.map(\.start) == [4])
        let tagged = FoundOrganization(
            name: "White House", key: "white house", mentions: [Mention(start: 4, end: 15, text: "White House")])
        let merged = CombinedOrganizationFinder.addingOfficeSeats([tagged], regions: nil, scalars)
        #expect(merged.count == 1 && merged[0].mentions.map(\.start) == [4, 76])
    }

    @Test("A well-known name stands where the tagger typed nothing, unless it is written in capitals only")
    func untaggedKnownNames() {
        #expect(CombinedOrganizationFinder.knownKeys.contains("facebook"))
        #expect(!CombinedOrganizationFinder.knownKeys.contains("apple"))
        let scalars = Array("Clegg now works for Facebook in London. Airbus A340 jets, Disney+ shows".unicodeScalars)
        func stands(_ mention: Mention, typed entities: [EntitySpan]) -> Bool {
            CombinedOrganizationFinder.standsUntagged(mention, entities: entities, scalars)
        }
        let facebook = Mention(start: 20, end: 28, text: "Facebook")
        #expect(stands(facebook, typed: []))
        #expect(stands(facebook, typed: [EntitySpan(start: 20, end: 28, label: "LOC")]))
        #expect(stands(facebook, typed: [EntitySpan(start: 20, end: 28, label: "MISC")]))
        #expect(!stands(facebook, typed: [EntitySpan(start: 20, end: 28, label: "PER")]))
        #expect(!stands(facebook, typed: [EntitySpan(start: 16, end: 28, label: "LOC")]))
        #expect(!stands(Mention(start: 0, end: 2, text: "BP"), typed: []))
        // A maker's name before a model's designation or a service's "+", typed MISC, is the product's.
        func product(_ start: Int, _ name: String) -> Bool {
            let end = start + name.count
            return !stands(
                Mention(start: start, end: end, text: name), typed: [EntitySpan(start: start, end: end, label: "MISC")])
        }
        #expect(product(40, "Airbus"))
        #expect(product(58, "Disney"))
    }

    @Test("An institution the tagger typed as a place is an organization; a country or a bank's place is not")
    func institutionsReadAsPlaces() {
        // `text` at offset 4 of "The `text` `after`", typed as `parts` say (offsets within `text`), or whole.
        func readAsPlace(
            _ text: String, label: String = "LOC", parts: [(Int, Int, String)]? = nil, after: String = "said."
        ) -> Bool {
            let mention = Mention(start: 4, end: 4 + text.unicodeScalars.count, text: text)
            let scalars = Array(("The " + text + " " + after).unicodeScalars)
            let entities =
                parts?.map { EntitySpan(start: 4 + $0.0, end: 4 + $0.1, label: $0.2) }
                ?? [EntitySpan(start: mention.start, end: mention.end, label: label)]
            return CombinedOrganizationFinder.isInstitutionReadAsPlace(mention, entities: entities, scalars)
        }
        #expect(readAsPlace("Riverside Public Library Foundation"))
        #expect(readAsPlace("Central Clinical Hospital"))
        #expect(!readAsPlace("Central Clinical Hospital", label: "PER"))
        #expect(!readAsPlace("Russian Federation"))
        #expect(!readAsPlace("West Bank"))
        #expect(!readAsPlace("Hospital"))
        // The head before "of"; a nationality typed MISC and the head untyped; not a part cut from a longer run.
        #expect(readAsPlace("Metropolitan Museum of Art"))
        #expect(readAsPlace("British Museum", parts: [(0, 7, "MISC")]))
        #expect(!readAsPlace("British Museum", parts: [(0, 7, "PER")]))
        #expect(!readAsPlace("Paris School", parts: [(0, 5, "LOC")], after: "District No 7"))
    }

    @Test("Through the served finder: the venue is dropped, the White House found")
    func served() throws {
        let finder = CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: OrganizationModel.bytes()))
        let text = """
            Tour dates announced

            The band plays Shoreline Amphitheatre in Mountain View on Friday. The White House declined to comment \
            on the tour. She posted the letter on Twitter on Tuesday.
            """
        let names = finder.organizations(in: text, regions: nil).map(\.name)
        #expect(names.contains("White House"))
        #expect(names.contains("Twitter"))
        #expect(!names.contains { $0.contains("Amphitheatre") })
    }
}

@Suite("A tagger span of coordinated rule names is split into those names")
struct CoordinatedNamesTests {
    func split(_ text: String, _ names: [[String]]) -> [String]? {
        var organizations: [FoundOrganization] = []
        for forms in names {
            var mentions: [Mention] = []
            for form in forms {
                var searchFrom = text.startIndex
                if let last = mentions.last {
                    searchFrom = text.unicodeScalars.index(text.startIndex, offsetBy: last.end)
                }
                let range = text.range(of: form, range: searchFrom..<text.endIndex)!
                let lo = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
                mentions.append(Mention(start: lo, end: lo + form.unicodeScalars.count, text: form))
            }
            organizations.append(FoundOrganization(name: forms[0], key: forms[0].lowercased(), mentions: mentions))
        }
        let scalars = ScalarText(text)
        let span = EntitySpan(start: 0, end: scalars.scalars.count, label: "ORG")
        return TaggedOrganizationFinder.coordinatedNames(span, RuleEvidence(organizations), scalars)?.map {
            scalars.string($0.start, $0.end)
        }
    }

    @Test("Single words or names used again are split; one name with a connector inside is not")
    func coordination() {
        #expect(split("Steelers and Browns", [["Steelers"], ["Browns"]]) == ["Steelers", "Browns"])
        #expect(
            split("Google, Apple and Amazon", [["Google"], ["Apple"], ["Amazon"]]) == ["Google", "Apple", "Amazon"])
        #expect(
            split(
                "Guangdong Post and Telecommunications Administration",
                [["Guangdong Post"], ["Telecommunications Administration"]]) == nil)
        #expect(split("Procter & Gamble", [["Procter & Gamble"]]) == nil)
        #expect(split("Reuters Television", [["Reuters"], ["Television"]]) == nil)
        #expect(
            split(
                "University of Oxford and Imperial College London",
                [["University of Oxford"], ["Imperial College London"]])
                == ["University of Oxford", "Imperial College London"])
    }

    @Test("Names of several words are split too when the span ends a list of names")
    func listTail() {
        let text = "members include Spotify, Epic Games and Match Group."
        let scalars = ScalarText(text)
        let names = ["Spotify", "Epic Games", "Match Group"].map { organizationOf($0, in: text) }
        let span = EntitySpan(
            start: mentionOf("Epic Games", in: text).start, end: mentionOf("Match Group", in: text).end, label: "ORG")
        let parts = TaggedOrganizationFinder.coordinatedNames(span, RuleEvidence(names), scalars)
        #expect(parts?.map { scalars.string($0.start, $0.end) } == ["Epic Games", "Match Group"])
        let alone = TaggedOrganizationFinder.coordinatedNames(span, RuleEvidence(Array(names.dropFirst())), scalars)
        #expect(alone == nil)
    }
}

@Suite("The tagger's span wins over a rule name inside it when its other words go on with the name")
struct RuleBoundaryTests {
    func continues(_ text: String, rule: String) -> Bool {
        let scalars = ScalarText(text)
        let start = Array(text.unicodeScalars).firstRange(of: Array(rule.unicodeScalars))!.lowerBound
        let span = EntitySpan(start: 0, end: scalars.scalars.count, label: "ORG")
        return TaggedOrganizationFinder.continuesName(span, start..<(start + rule.unicodeScalars.count), scalars)
    }

    @Test("Capitalised words and name connectors go on; titles, lowercase words, given names and 'and' do not")
    func continuation() {
        #expect(continues("Kansai Electric Power", rule: "Kansai Electric"))
        #expect(
            continues(
                "Organisation for Security and Cooperation in Europe", rule: "Organisation for Security and Cooperation"
            ))
        #expect(continues("Bear Stearns & Co Inc", rule: "Bear Stearns"))
        #expect(continues("Bank of the West", rule: "Bank"))
        #expect(!continues("deputy director of International Affairs", rule: "International Affairs"))
        #expect(!continues("Deputy Director of the FBI", rule: "FBI"))
        #expect(!continues("European Union Gordon Sondland", rule: "European Union"))
        #expect(!continues("Driefontein Consolidated and Gold Fields", rule: "Driefontein Consolidated"))
        #expect(!continues("Billboard the Doobies", rule: "Billboard"))
        #expect(!continues("Representatives of First Bank", rule: "First Bank"))
        #expect(!continues("International Affairs of the California Office", rule: "California Office"))
    }

    @Test("A parenthesised acronym that spells the span's capitalised initials confirms the span")
    func acronymDefinition() {
        func spelled(_ text: String, name: String) -> Bool {
            let span = EntitySpan(start: 0, end: name.unicodeScalars.count, label: "ORG")
            return TaggedOrganizationFinder.isSpelledByAcronym(span, ScalarText(text))
        }
        let agency = "Medicines and Healthcare products Regulatory Agency"
        #expect(spelled(agency + " (MHRA) said", name: agency))
        #expect(!spelled(agency + " (MHR) said", name: agency))
        #expect(!spelled(agency + " said", name: agency))
        // An acronym written as a word (the Guardian's house style) spells the initials too (ArticleDefinedNamesTests).
        #expect(spelled(agency + " (Mhra)", name: agency))
        #expect(spelled("Coca-Cola Enterprises (CCE)", name: "Coca-Cola Enterprises"))
    }

    @Test("A tagger span inside a rule institution's name whose other words are untyped becomes that name")
    func widenedToInstitution() {
        let text = "Scientists at The Harvard Medical School and Harvard Business Review said."
        let scalars = ScalarText(text)
        func span(_ form: String, _ label: String = "ORG") -> EntitySpan { spanOf(form, in: text, label) }
        let evidence = RuleEvidence([
            organizationOf("The Harvard Medical School", in: text), organizationOf("Harvard Business Review", in: text),
        ])
        let harvard = span("Harvard")
        let widened = TaggedOrganizationFinder.widenedToRuleInstitutions(
            [harvard], entities: [harvard], evidence, scalars)
        #expect(widened.map { scalars.string($0.start, $0.end) } == ["Harvard Medical School"])
        let typed = TaggedOrganizationFinder.widenedToRuleInstitutions(
            [harvard], entities: [harvard, span("Medical School", "MISC")], evidence, scalars)
        #expect(typed == [harvard])
        let review = span("Harvard Business")
        let notInstitution = TaggedOrganizationFinder.widenedToRuleInstitutions(
            [review], entities: [review], evidence, scalars)
        #expect(notInstitution == [review])
    }

    @Test("A span is widened to the earlier words its acronym spells, taking in the spans it covers")
    func widenedToAcronym() {
        let text = "SYDNEY - The Australian Competition and Consumer Commission (ACCC) sued. Group Commission (GC) too."
        let scalars = ScalarText(text)
        func span(_ form: String) -> EntitySpan { spanOf(form, in: text) }
        let widened = TaggedOrganizationFinder.widenedToAcronyms(
            [span("Australian Competition"), span("Consumer Commission"), span("Group Commission")], scalars)
        #expect(
            widened.map { scalars.string($0.start, $0.end) } == [
                "Australian Competition and Consumer Commission", "Group Commission",
            ])
        let unspelled = TaggedOrganizationFinder.widenedToAcronyms([span("Competition")], scalars)
        #expect(unspelled.map { scalars.string($0.start, $0.end) } == ["Competition"])
    }
}

@Suite("An organization is named by the full name the article uses")
struct FullNameTests {
    func organization(_ name: String, _ forms: [String]) -> FoundOrganization {
        FoundOrganization(
            name: name, key: OrganizationKey.make(name),
            mentions: forms.enumerated().map {
                Mention(start: $0.offset * 40, end: $0.offset * 40 + $0.element.count, text: $0.element)
            })
    }

    @Test("A short form gives way to the full name that begins or ends with it; a legal suffix alone does not")
    func fullName() {
        var chiefs = organization("Chiefs", ["Chiefs", "Kansas City Chiefs", "Chiefs"])
        chiefs.preferFullName()
        #expect(chiefs.name == "Kansas City Chiefs" && chiefs.aliases == ["Chiefs"])
        #expect(chiefs.key == OrganizationKey.make("Kansas City Chiefs"))
        var goldman = organization("Goldman", ["Goldman", "Goldman Sachs"])
        goldman.preferFullName()
        #expect(goldman.name == "Goldman Sachs")
        var boeing = organization("Boeing", ["Boeing", "Boeing Co.", "Boeing"])
        boeing.preferFullName()
        #expect(boeing.name == "Boeing")
        var council = organization(
            "Council", ["Council", "Bay Area Business Roundtable Council of Greater Northern Cities"])
        council.preferFullName()
        #expect(council.name == "Council")
    }
}

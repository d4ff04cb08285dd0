import Testing

@testable import Extraction

@Suite("Parents and their units, and shapes of modern news that name no organization")
struct ModernNewsShapeTests {
    static let story = """
        NASA’s Office of the Inspector General released two reports. Moody's Investors Service and the People's \
        Daily agreed; the FBI's Washington Field Office and the Broward County Sheriff's Office did not. NASA's \
        Artemis program slipped.

        Rep. Ilhan Omar (D-Minn.) and Sen. Shelley Moore Capito, R-W.Va., spoke. Drexel Burnham (D-Minn.) Partners \
        (DRX) was not asked.
        """

    @Test("An acronym's possessive before a unit's name splits the span into parent and unit")
    func parentAndUnit() {
        let text = ScalarText(Self.story)
        func split(_ form: String) -> [String]? {
            TaggedOrganizationFinder.splitAtParentPossessive(spanOf(form, in: Self.story), text)?.map {
                text.string($0.start, $0.end)
            }
        }
        #expect(split("NASA’s Office of the Inspector General") == ["NASA", "Office of the Inspector General"])
        #expect(split("FBI's Washington Field Office") == ["FBI", "Washington Field Office"])
        #expect(split("Moody's Investors Service") == nil)
        #expect(split("People's Daily") == nil)
        #expect(split("Broward County Sheriff's Office") == nil)
        // No unit's head word after the possessive: a programme, not an organization's unit.
        #expect(split("NASA's Artemis") == nil)
    }

    @Test("'D-Minn.' in parentheses and 'R-W.Va.' between commas are no organizations")
    func partyLabels() {
        func isLabel(_ form: String, after anchor: String = "") -> Bool {
            Self.holds(CombinedOrganizationFinder.isPartyAndStateLabel, form, after: anchor, in: Self.story)
        }
        #expect(isLabel("D-Minn."))
        #expect(isLabel("R-W.Va."))
        #expect(!isLabel("DRX"))
        #expect(!isLabel("Drexel Burnham"))
        #expect(!isLabel("D-Minn.) Partners", after: "Burnham"))
    }

    @Test("A building for a kind of event is a venue, whatever sponsor it is named after")
    func eventVenues() {
        func isVenue(_ name: String) -> Bool {
            let scalars = Array(name.unicodeScalars)
            return CombinedOrganizationFinder.isEventVenue(scalars, 0, scalars.count)
        }
        #expect(isVenue("DTE Energy Music Theatre"))
        #expect(isVenue("PNC Bank Arts Center"))
        #expect(isVenue("Riverbend Music Center"))
        #expect(!isVenue("Lincoln Center for the Performing Arts"))
        #expect(!isVenue("Music Center"))
        #expect(!isVenue("Berklee College of Music"))
        #expect(!isVenue("Cleveland Clinic Heart Center"))
        // A venue's head word alone is the venue ("the California Pavilion" read as a place and "Pavilion").
        let pavilion = "Companies promoted products in the California Pavilion."
        #expect(Self.holds(CombinedOrganizationFinder.namesNoOrganization, "Pavilion", after: "", in: pavilion))
        func isSeries(_ name: String) -> Bool {
            let scalars = Array(name.unicodeScalars)
            return CombinedOrganizationFinder.isSeries(scalars, 0, scalars.count)
        }
        #expect(isSeries("Apple Watch Series"))
        #expect(isSeries("World Series"))
        #expect(!isSeries("Series"))
        #expect(!isSeries("Seriese Group"))
    }

    @Test("A sentence's 'The' before a rule name is the sentence's; 'The' mid-sentence goes on with the name")
    func sentenceArticle() {
        let text = "The bill passed. The White House said so. Readers of The Lancet and The White House agreed."
        let scalars = ScalarText(text)
        let rule = spanOf("White House", in: text)
        let opening = spanOf("The White House", in: text)
        #expect(!TaggedOrganizationFinder.continuesName(opening, rule.start..<rule.end, scalars))
        #expect(TaggedOrganizationFinder.opensSentence(at: opening.start, scalars.scalars))
        let later = Array(text.unicodeScalars).ranges(of: Array("The White House".unicodeScalars)).last!
        let inner = EntitySpan(start: later.lowerBound, end: later.upperBound, label: "ORG")
        #expect(!TaggedOrganizationFinder.opensSentence(at: inner.start, scalars.scalars))
        #expect(TaggedOrganizationFinder.continuesName(inner, (later.lowerBound + 4)..<later.upperBound, scalars))
    }

    @Test("A market index is no organization; the companies 'S&P' and 'Nasdaq' alone are")
    func marketIndexes() {
        let text = "The DAX rose, the S&P 500 fell and the FTSE-100 held. S&P said listings on Nasdaq rose."
        func isIndex(_ form: String, after anchor: String = "") -> Bool {
            Self.holds(CombinedOrganizationFinder.isMarketIndex, form, after: anchor, in: text)
        }
        #expect(isIndex("DAX"))
        #expect(isIndex("S&P"))
        #expect(isIndex("FTSE"))
        #expect(!isIndex("S&P", after: "held."))
        #expect(!isIndex("Nasdaq"))
    }

    @Test("'Siemens AG' beside 'Siemens Energy AG' is the parent; a bare 'Siemens' or an acronym joins the name")
    func parentNamedInFull() {
        func organization(_ name: String, aliases: [String] = []) -> FoundOrganization {
            FoundOrganization(name: name, key: OrganizationKey.make(name), aliases: aliases, mentions: [])
        }
        let energy = organization("Siemens Energy AG", aliases: ["Siemens"])
        #expect(CombinedOrganizationFinder.isParentNamedInFull(organization("Siemens AG"), beside: energy))
        #expect(!CombinedOrganizationFinder.isParentNamedInFull(organization("Siemens"), beside: energy))
        #expect(!CombinedOrganizationFinder.isParentNamedInFull(organization("Siemens Energy"), beside: energy))
        let ibm = organization("International Business Machines Corp", aliases: ["IBM"])
        #expect(!CombinedOrganizationFinder.isParentNamedInFull(organization("IBM Corp."), beside: ibm))
    }

    /// Whether `shape` holds for the first occurrence of `form` in `text` after `anchor`.
    /// Whether `shape` holds for each form's first occurrence in `text`, as a one-argument check.
    static func shape(_ shape: @escaping ([Unicode.Scalar], Int, Int) -> Bool, in text: String) -> (String) -> Bool {
        { form in holds(shape, form, after: "", in: text) }
    }

    static func holds(
        _ shape: ([Unicode.Scalar], Int, Int) -> Bool, _ form: String, after anchor: String, in text: String
    ) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let from = scalars.firstRange(of: Array(anchor.unicodeScalars))?.upperBound ?? 0
        let start = scalars[from...].firstRange(of: Array(form.unicodeScalars))!.lowerBound
        return shape(scalars, start, start + form.unicodeScalars.count)
    }

    @Test("'Football Australia' and 'USA Swimming' are national bodies; a longer capitalised run is some other name")
    func nationalSportsBodies() {
        let text =
            "Football Australia has named a squad. USA Swimming said so. The Women's Football Australia Cup and "
            + "Australia Post agreed. Cricket: Australia won."
        let scalars = Array(text.unicodeScalars)
        func body(around place: String, after anchor: String = "") -> String? {
            let from = scalars.firstRange(of: Array(anchor.unicodeScalars))?.upperBound ?? 0
            let start = scalars[from...].firstRange(of: Array(place.unicodeScalars))!.lowerBound
            let span = EntitySpan(start: start, end: start + place.unicodeScalars.count, label: "LOC")
            return CombinedOrganizationFinder.sportBeside(span, scalars).map {
                String(String.UnicodeScalarView(scalars[$0]))
            }
        }
        #expect(body(around: "Australia") == "Football Australia")
        #expect(body(around: "USA") == "USA Swimming")
        #expect(body(around: "Australia", after: "Women's") == nil)
        #expect(body(around: "Australia", after: "Cup and") == nil)
        #expect(body(around: "Australia", after: "Cricket:") == nil)
    }

    @Test("A rule team the tagger typed exactly as a place is reported; not in capitals, nor for a wider span")
    func teamsReadAsPlaces() {
        let text = "Winnipeg defeated Nashville. NEW YORK 5,710.53 fell. Winnipeg Jets won."
        func reported(_ form: String, typed span: EntitySpan) -> Bool {
            CombinedOrganizationFinder.isTeamReadAsPlace(mentionOf(form, in: text), entities: [span])
        }
        #expect(reported("Winnipeg", typed: spanOf("Winnipeg", in: text, "LOC")))
        #expect(!reported("Winnipeg", typed: spanOf("Winnipeg", in: text, "PER")))
        #expect(!reported("NEW YORK", typed: spanOf("NEW YORK", in: text, "LOC")))
        #expect(!reported("Nashville", typed: spanOf("defeated Nashville", in: text, "LOC")))
    }

    @Test("A scorer after a recap's score, and a state's code after a town, name no organization")
    func scorersAndStates() {
        let text =
            "Wild 4, Sabres 1: Zach Parise scored twice. IP / 96 / 804: Commission approves. Tour stops: Alpharetta, "
            + "GA and Washington, D.C. on Sunday morning, ND said."
        let scorer = Self.shape(CombinedOrganizationFinder.isScorerAfterScore, in: text)
        let state = Self.shape(CombinedOrganizationFinder.isStateAfterCity, in: text)
        #expect(scorer("Zach Parise"))
        #expect(!scorer("Commission"))
        #expect(!scorer("Sabres"))
        #expect(state("GA"))
        #expect(state("D.C."))
        #expect(!state("ND"))
    }

    @Test("A name ending in an event's word is the event; tours, leagues and congresses stay bodies")
    func events() {
        let text =
            "Samsung at the Consumer Electronics Show, the Wimbledon Championships and the BellSouth Classic. The PGA "
            + "Tour, the National League, the Indian National Congress and Vanity Fair. Show. Cup Noodles"
        let event = Self.shape(CombinedOrganizationFinder.isEvent, in: text)
        #expect(event("Consumer Electronics Show"))
        #expect(event("Wimbledon Championships"))
        #expect(event("BellSouth Classic"))
        #expect(!event("Samsung"))
        #expect(!event("PGA Tour"))
        #expect(!event("National League"))
        #expect(!event("Indian National Congress"))
        #expect(!event("Vanity Fair"))
        #expect(!event("Show"))
        #expect(!event("Cup Noodles"))
    }

    @Test("A town before a state's code is no organization, unless its name ends in an organization's head word")
    func townsBeforeStates() {
        let text =
            "June 17 -- Ameris Bank Amphitheatre, Alpharetta, GA\nDECATUR, IL / CEDAR RAPIDS, IA. Bay County Building "
            + "Authority, MI sold bonds. Acme Widget Supply Depot Inc, TX. Houston, Texas. Portland, ORE"
        let town = Self.shape(CombinedOrganizationFinder.isTownBeforeState, in: text)
        #expect(town("Alpharetta"))
        #expect(town("DECATUR"))
        #expect(town("CEDAR RAPIDS"))
        #expect(!town("Ameris Bank Amphitheatre"))
        #expect(!town("Bay County Building Authority"))
        #expect(!town("Acme Widget Supply Depot Inc"))
        #expect(!town("Houston"))
        #expect(!town("Portland"))
    }

    @Test("A team opening a recap's score line is reported where the tagger left it untyped")
    func scoreLines() {
        let text = "Hurricanes 4, Blackhawks 2: Nino Niederreiter scored. Hurricanes 4 goals."
        let scalars = Array(text.unicodeScalars)
        let opening = mentionOf("Hurricanes", in: text)
        #expect(CombinedOrganizationFinder.opensScoreLine(opening, entities: [], scalars))
        #expect(
            !CombinedOrganizationFinder.opensScoreLine(
                opening, entities: [spanOf("Hurricanes", in: text, "MISC")], scalars))
        let later = Mention(start: 54, end: 64, text: "Hurricanes")
        #expect(!CombinedOrganizationFinder.opensScoreLine(later, entities: [], scalars))
    }

    @Test("A post named by its seat or its portfolio is no organization")
    func postsForPlaces() {
        #expect(CombinedOrganizationFinder.isPostForPlace("Member for Ballarat East"))
        #expect(CombinedOrganizationFinder.isPostForPlace("Minister for Housing"))
        #expect(CombinedOrganizationFinder.isPostForPlace("MP for Stockton North"))
        #expect(CombinedOrganizationFinder.isPostForPlace("Secretary of State for Transport"))
        #expect(!CombinedOrganizationFinder.isPostForPlace("Office for Students"))
        #expect(!CombinedOrganizationFinder.isPostForPlace("Ministry of Defence"))
        #expect(!CombinedOrganizationFinder.isPostForPlace("Members Equity Bank"))
    }
}

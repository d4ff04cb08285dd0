import OrganizationModel
import Testing

@testable import Extraction

@Suite("Places standing for their teams in game reports")
struct PlacesInGameReportsTests {
    static let finder = Result {
        CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: OrganizationModel.bytes()))
    }

    private func mentions(_ text: String) throws -> [String: Int] {
        var out: [String: Int] = [:]
        for organization in try Self.finder.get().organizations(in: text, regions: nil) {
            for mention in organization.mentions { out[mention.text, default: 0] += 1 }
        }
        return out
    }

    @Test("A state that plays, with a score, a record or a coach in the report, is its team")
    func statesAsTeams() throws {
        let found = try mentions(
            """
            Late field goal lifts Iowa over Nebraska
            By Staff Writer
            IOWA CITY, Iowa — Drew Stevens kicked a 41-yard field goal as time expired and Iowa beat Nebraska 13-10 \
            on Friday.
            Nebraska (6-6, 3-6) lost for the fourth time in five games. Nebraska coach Matt Rhule said his team \
            played hard. Iowa hosts Minnesota next week, while Nebraska visits Wisconsin.
            """)
        #expect(found["Nebraska"] == 5)
        #expect(found["Iowa", default: 0] >= 2)
        #expect(found["Minnesota"] == 1)
        #expect(found["Wisconsin"] == 1)
    }

    @Test("Without a score, a record or a coach, beating a place is no game")
    func noGameReport() throws {
        let found = try mentions(
            """
            Texas beat California in the race for new factory jobs last year, and Florida hosts more retirees than \
            any other state, the report found. Officials in Ohio said they would study it.
            """)
        #expect(found["Texas"] == nil && found["California"] == nil && found["Florida"] == nil)
    }

    @Test("A country stays a place, and so does the place where a game was")
    func countriesAndVenues() throws {
        let found = try mentions(
            """
            Australia beat India 3-1 in the final on Sunday. Earlier, Denver edged Utah 102-99 in Denver, and the \
            teams meet again at Utah on Friday.
            """)
        #expect(found["Australia"] == nil && found["India"] == nil)
        #expect(found["Denver"] == 1)
        #expect(found["Utah"] == 1)
    }

    @Test("A place or a nickname listed with a team that plays plays too; a word opening a quote is no nickname")
    func listsAndNicknames() throws {
        let found = try mentions(
            """
            Sharks hold on to reach the final
            The Sharks beat Penrith 22-18 on Saturday. Penrith, who beat Melbourne and Canberra on the way, missed \
            two late penalties.
            "Things fell our way," Sharks coach Craig Fitzgibbon said. The Raiders and Storm were knocked out last \
            week, and the Storm visits Penrith in round one.
            """)
        #expect(found["Penrith"] == 3)
        #expect(found["Canberra"] == 1)
        #expect(found["Things"] == nil)
    }

    @Test("A score is digits, a dash and digits, and nothing of a longer number")
    func scores() {
        func sign(_ s: String) -> Bool {
            let scalars = Array(("Iowa " + s).unicodeScalars)
            return CombinedOrganizationFinder.hasTeamSign(after: 4, scalars)
        }
        #expect(sign("24-17 on Friday"))
        #expect(sign("(6-6, 3-6) lost"))
        #expect(sign("coach Kirk Ferentz"))
        #expect(!sign("2021-2022 budget"))
        #expect(!sign("3-D printers"))
        #expect(!sign("coaches"))
    }

    @Test("A side typed MISC or a person is its team where the report shows it beaten with one game's score")
    func sidesBeatenWithScore() {
        let story = """
            The Reds thrashed Moana Pasifika 45-10 on Saturday. Later the Hurricanes lost 31-17 to the Brumbies, \
            Kestrels beat Sentinels 3-1, and Sentinels, who won in 2021, go home. Hendry beat Davis 10-6, Steffi \
            Graf beat Monica Seles 6-3, and Todd Martin beat Novak Djokovic 6-3 6-4. Paris beat the Dutch 2-0.
            """
        let scalars = Array(story.unicodeScalars)
        // Each name where `context` starts.
        func side(_ context: String, _ name: String, _ label: String) -> EntitySpan {
            let start = spanOf(context, in: story).start
            return EntitySpan(start: start, end: start + name.unicodeScalars.count, label: label)
        }
        let entities = [
            side("Moana Pasifika", "Moana Pasifika", "PER"), side("Brumbies", "Brumbies", "LOC"),
            side("Sentinels 3-1", "Sentinels", "MISC"), side("Sentinels, who", "Sentinels", "MISC"),
            side("Davis", "Davis", "PER"), side("Monica Seles", "Monica Seles", "PER"),
            side("Novak Djokovic", "Novak Djokovic", "PER"), side("Dutch", "Dutch", "MISC"),
        ]
        let found = CombinedOrganizationFinder.addingPlacesInGameReports([], entities: entities, regions: nil, scalars)
        var counts: [String: Int] = [:]
        for organization in found { for mention in organization.mentions { counts[mention.text, default: 0] += 1 } }
        #expect(counts["Moana Pasifika"] == 1)
        #expect(counts["Brumbies"] == 1)
        #expect(counts["Sentinels"] == 2)
        // A surname, a given name first, a tennis match's sets, a nationality: persons and a national side.
        #expect(counts["Davis"] == nil && counts["Monica Seles"] == nil && counts["Novak Djokovic"] == nil)
        #expect(counts["Dutch"] == nil)
    }
}

import Testing

@testable import Extraction

@Suite("Article-level organization rules")
struct ArticleLevelRulesTests {
    @Test("a known parent and its unit are two spans")
    func parentAndUnit() {
        let text = "He sits on the White House National Security Council Ukraine desk. The NSC declined to comment."
        let orgs = findOrganizations(text)
        #expect(organization("White House", in: orgs) != nil)
        let council = organization("National Security Council", in: orgs)
        #expect(council?.aliases == ["NSC"])
        #expect(council?.mentions.count == 2)
    }

    @Test("a maker followed by a model number names a product, not a mention")
    func productsAreNotMentions() {
        let orgs = findOrganizations("The airline ordered 50 Airbus A350 jets and said Airbus would deliver them.")
        #expect(organization("Airbus", in: orgs)?.mentions.count == 1)
    }

    @Test("a city before a position and a name is its team, but not elsewhere")
    func cityStandingForTeam() {
        let text = """
            Pittsburgh quarterback Mason Rudolph was fined. The game was played in Pittsburgh on Thursday.
            """
        let orgs = findOrganizations(text)
        #expect(orgs.map(\.name) == ["Pittsburgh"])
        #expect(orgs.first?.mentions.count == 1)
    }

    @Test("team nicknames need their city or an article")
    func teamNicknames() {
        let orgs = findOrganizations("The Steelers beat the Cleveland Browns. Giants of industry met.")
        #expect(Set(orgs.map(\.name)) == ["Steelers", "Cleveland Browns"])
    }

    @Test("results tables name teams")
    func resultsTables() {
        let text = """
            SOCCER - SCOTTISH LEAGUE RESULTS.

            Berwick 0 Stenhousemuir 6
            Queen of the South 2 Dumbarton 1
            """
        let orgs = findOrganizations(text)
        #expect(Set(orgs.map(\.name)) == ["Berwick", "Stenhousemuir", "Queen of the South", "Dumbarton"])
        #expect(offsetsAreExact(orgs, in: text))
    }

    @Test("an acronym heading a definite noun phrase is an organization; a listed non-organization one is not")
    func definiteAcronyms() {
        let orgs = findOrganizations("Monitors from the OSCE arrived, while the GDP figures disappointed.")
        #expect(orgs.map(\.name) == ["OSCE"])
    }

    @Test("names inside possessive forms and wrapped over connectors are whole")
    func possessiveAndConnectorNames() {
        let text = """
            Officers of the Bartholomew County Sheriff’s Department and the People’s Liberation Army met the \
            U.S. Securities and Exchange Commission.
            """
        let names = Set(findOrganizations(text).map(\.name))
        #expect(
            names == [
                "Bartholomew County Sheriff’s Department", "People’s Liberation Army",
                "U.S. Securities and Exchange Commission",
            ])
    }

    @Test("a gazetteer name opening an \"X and Y\" name before its head is no parent of its own")
    func gazetteerNameOpeningCoordinatedName() {
        let text = """
            The Australian Competition and Consumer Commission will watch prices. The Australian reported it. \
            Ford and General Motors agreed.
            """
        let orgs = findOrganizations(text)
        #expect(mentionTexts(orgs).contains("Australian Competition and Consumer Commission"))
        #expect(!mentionTexts(orgs).contains("Consumer Commission"))
        #expect(organization("Ford", in: orgs) != nil)
        #expect(organization("General Motors", in: orgs) != nil)
        #expect(offsetsAreExact(orgs, in: text))
    }

    @Test("a run the article uses as a place needs more than officials")
    func placeLikeNames() {
        let text = "The outbreak hit the city of Sakai hardest. Sakai officials agreed. Vantor officials disagreed."
        let names = findOrganizations(text).map(\.name)
        #expect(names == ["Vantor"])
    }

    @Test("a headline in capitals yields the names the body confirms")
    func capitalsHeadline() {
        let text = "KESTREL BIOTECH INC TO BUY HARLOW\n\nKestrel Biotech Inc said on Monday it would buy rivals."
        let orgs = findOrganizations(text)
        #expect(orgs.first?.mentions.map(\.text) == ["KESTREL BIOTECH INC", "Kestrel Biotech Inc"])
    }
}

@Suite("Sports reports")
struct SportsReportTests {
    @Test("cities and nicknames used as teams in a game report are organizations")
    func teamsInGameReport() {
        let text = """
            Dalton Reeve threw for three touchdowns and Tulsa beat Omaha 31-10 on Saturday night.

            The Ravenhawks (6-5, 3-4) scored twice in the third quarter. Omaha coach Bill Stroud said the game \
            turned at halftime, and the Ravenhawks' defense held. Tulsa improved to 7-4 this season.

            Wolves 4, Stallions 1: Petr Novak scored twice and the goalie made 30 saves.
            """
        let names = Set(findOrganizations(text).map(\.name))
        #expect(names.isSuperset(of: ["Tulsa", "Omaha", "Ravenhawks", "Wolves", "Stallions"]))
        #expect(!names.contains("Dalton Reeve") && !names.contains("Bill Stroud") && !names.contains("Petr Novak"))
    }

    @Test("outside a game report a city is a place")
    func cityOutsideSports() {
        #expect(findOrganizations("Tulsa beat its own record for rainfall on Saturday.").isEmpty)
    }
}

@Suite("Company contexts")
struct CompanyContextTests {
    @Test("an ampersand between capitalised words names a firm")
    func ampersandFirms() {
        let names = Set(findOrganizations("Counsel: Steptoe & Brandt, and the utility PG&E in Oakland.").map(\.name))
        #expect(names == ["Steptoe & Brandt", "PG&E"])
    }

    @Test("a share price moving by percent marks a company, an index does not")
    func priceMoves() {
        let names = findOrganizations("In Paris, Alcatel Vexor fell 1.7 percent while the Nikkei rose 2 percent.").map(
            \.name)
        #expect(names == ["Alcatel Vexor"])
    }

    @Test("a plural company noun covers both names of a coordination")
    func coordination() {
        let text = "Gains came from investment banks Harlow Pryce and Bexley Moran on Friday."
        #expect(Set(findOrganizations(text).map(\.name)) == ["Harlow Pryce", "Bexley Moran"])
    }

    @Test("a stock ticker after a name marks a company; the exchange inside it is no mention")
    func tickers() {
        let text = "Orvana (ORV.TO) and Kelda Holdings (NYSE: KLD) reported results."
        #expect(mentionTexts(findOrganizations(text)) == ["Orvana", "Kelda Holdings"])
    }

    @Test("sponsor-named venues in a tour listing are not organizations")
    func venues() {
        let text =
            "Tour dates\n\nJune 14 -- Ameris Bank Amphitheatre, Alpharetta, GA\nJune 17 -- Xfinity Center, Mansfield, MA"
        #expect(findOrganizations(text).isEmpty)
    }
}

@Suite("Span conventions")
struct SpanConventionTests {
    @Test("a legal suffix keeps its dot, unless the dot also ends the sentence")
    func legalSuffixDot() {
        let text =
            "Orbital Lane Corp. said it bought Vexa Systems Corp. The deal closed.\n\nIt thanked Tarn Holdings Inc."
        #expect(
            mentionTexts(findOrganizations(text)) == ["Orbital Lane Corp.", "Vexa Systems Corp", "Tarn Holdings Inc."])
    }

    @Test("a leading the is dropped, but a capital The inside a sentence belongs to the name")
    func leadingThe() {
        let text = "The Harbor Group met the Ocean Trust, then merged with The Lantern Company on Monday."
        #expect(mentionTexts(findOrganizations(text)) == ["Harbor Group", "Ocean Trust", "The Lantern Company"])
        #expect(organization("The Lantern Company", in: findOrganizations(text))?.key == "lantern company")
    }
}

@Suite("Team and ministry names")
struct TeamAndMinistryTests {
    @Test("a team's city and nickname alone are mentions of the full team name")
    func teamShortForms() {
        let text = """
            The Omaha Chiefs beat the Tulsa Bills 24-20 on Sunday. The Chiefs scored in every quarter. \
            Tulsa quarterback Josh Allen was intercepted twice, and the Chiefs coach praised the defense.
            """
        let orgs = findOrganizations(text)
        let tulsa = organization("Tulsa Bills", in: orgs)
        #expect(tulsa?.aliases == ["Tulsa"])
        #expect(organization("Omaha Chiefs", in: orgs)?.mentions.count == 3)
    }

    @Test("two head words make a name when the last is a strong one")
    func headAfterHead() {
        let names = findOrganizations("Ukraine's Energy Ministry said on Thursday that repairs had begun.").map(\.name)
        #expect(names == ["Energy Ministry"])
    }
}

@Suite("Known aliases")
struct KnownAliasTests {
    @Test("names the gazetteer knows as one organization are grouped when both occur")
    func fedAndFederalReserve() {
        let orgs = findOrganizations("The Federal Reserve raised rates on Wednesday. Fed officials expect more hikes.")
        #expect(orgs.count == 1)
        #expect(orgs.first?.name == "Federal Reserve")
        #expect(orgs.first?.aliases == ["Fed"])
    }
}

@Suite("People and titles of works")
struct PeopleAndWorksTests {
    @Test("a name introduced with a role is a person, even with an unknown given name")
    func introducedPeople() {
        let text = """
            Ngozi Adeyemi-Okafor, head of the Lagos Traders Union, spoke on Monday. Adeyemi-Okafor said in a \
            statement that talks would resume.
            """
        #expect(findOrganizations(text).map(\.name) == ["Lagos Traders Union"])
    }

    @Test("a name filling quotation marks is the title of a work")
    func quotedTitles() {
        #expect(findOrganizations("She read “The Ministry of Quiet Things” on the train.").isEmpty)
    }
}

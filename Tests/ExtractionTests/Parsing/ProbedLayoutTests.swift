import Testing

@testable import Extraction

/// Layouts found wrong by probing the parser with hand-made pages: a standfirst under the headline, a byline set
/// apart by a slash, wire trailers, a bare dateline in capitals, a logo linked "Back to home".
@Suite("Probed layouts: standfirsts, slash bylines, wire trailers, bare datelines, home links")
struct ProbedLayoutTests: PlainTextPageTests {
    /// The lead paragraphs every page below shares.
    static let story = """
        Britain's windfarms generated a record amount of electricity on Tuesday as storms swept across the country, \
        according to figures from the National Grid electricity system operator.

        Wind turbines produced more than 22 gigawatts of power in the early evening, meeting more than half of the \
        country's demand for the first time on a winter weekday.

        The record comes as the government prepares to publish its plan for a clean power system by the end of the \
        decade, which relies heavily on offshore wind.
        """

    @Test("Headline, standfirst without a full stop, byline, date: the headline is the title")
    func standfirstUnderHeadline() {
        let page = """
            Windfarm output hits record as storms sweep across Britain

            Turbines supplied more than half of the country's electricity on Tuesday as gale-force winds battered the north

            Jillian Ambrose
            Tue 10 Dec 2024 18.42 GMT

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.title == "Windfarm output hits record as storms sweep across Britain")
        #expect(article.authors == ["Jillian Ambrose"])
        #expect(article.publishedAt == "2024-12-10T18:42:00Z")
        #expect(article.body.hasPrefix("Britain's windfarms generated"))
    }

    @Test("Headline, standfirst, date line right under it: the headline is the title")
    func standfirstOverDate() {
        let page = """
            Windfarm output hits record as storms sweep across Britain

            Turbines supplied more than half of the country's electricity on Tuesday as gale-force winds battered the north

            Tue 10 Dec 2024 18.42 GMT

            \(Self.story)
            """
        #expect(analyze(page).title == "Windfarm output hits record as storms sweep across Britain")
    }

    @Test("A trail ending in the headline ('Home News Business News Headline') does not make the headline a standfirst")
    func trailEndingInHeadline() {
        let page = """
            Home News Business News Acme opens a new plant in Ohio

            Acme opens a new plant in Ohio

            November 18, 2019

            Acme Corporation opened a new manufacturing plant in Dayton, Ohio, on Monday, creating about 300 jobs \
            in the region over the next two years.

            The plant will build parts for electric buses and trucks sold across North America.
            """
        #expect(analyze(page).title == "Acme opens a new plant in Ohio")
    }

    @Test("A standfirst sentence read as the lead does not hide the byline of name, desk and role under it")
    func bylineUnderProseStandfirst() {
        let page = """
            Windfarm output hits record as storms sweep across Britain

            Turbines supplied more than half of the country's electricity on Tuesday as gale-force winds battered the north.

            Jillian Ambrose Energy correspondent
            Tue 10 Dec 2024 18.42 GMT

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.title == "Windfarm output hits record as storms sweep across Britain")
        #expect(article.authors == ["Jillian Ambrose"])
        #expect(article.body.hasPrefix("Britain's windfarms generated"))
    }

    @Test("'Jane Smith / Staff Writer' is a byline without 'By', and a role is never the title")
    func slashByline() {
        let page = """
            Farmers market to move downtown next spring

            Jane Smith / Staff Writer

            The weekly farmers market that has operated in the county fairgrounds parking lot for two decades will \
            move to the downtown square next spring, organisers said on Thursday.

            The move follows a year of talks between the market's board and the city, which agreed to close two \
            blocks of Main Street every Saturday morning from April to October.

            Vendors said they expected more visitors downtown, where shops and cafes would benefit from the extra \
            foot traffic.
            """
        let article = analyze(page)
        #expect(article.title == "Farmers market to move downtown next spring")
        #expect(article.authors == ["Jane Smith"])
        #expect(BylineParser().parse("Jane Smith / Staff Writer")?.authors == ["Jane Smith"])
        #expect(BylineParser().parse("News / Sport / Weather") == nil)
        #expect(BylineParser().parse("Jane Smith | Staff Writer")?.authors == ["Jane Smith"])
        #expect(BylineParser().parse("Politics | Economy | World") == nil)
    }

    @Test("'Name / Staff Writer' over a date line, no blank lines: the byline, not the headline")
    func slashBylineOverDate() {
        let page = """
            Farmers market to move downtown next spring
            Jane Smith / Staff Writer
            March 6, 2025

            The weekly farmers market that has operated in the county fairgrounds parking lot for two decades will \
            move to the downtown square next spring, organisers said on Thursday.

            The move follows a year of talks between the market's board and the city, which agreed to close two \
            blocks of Main Street every Saturday morning from April to October.
            """
        let article = analyze(page)
        #expect(article.title == "Farmers market to move downtown next spring")
        #expect(article.authors == ["Jane Smith"])
        #expect(article.publishedAt == "2025-03-06")
    }

    @Test("Reuters' 'Reporting by …; Editing by …' and trust-principles lines close the copy, not the story")
    func wireTrailers() {
        let page = """
            Oil prices climb as Middle East tensions grow

            By Florence Tan and Arathy Somasekhar
            March 4, 2025 6:12 AM GMT

            SINGAPORE, March 4 (Reuters) - Oil prices rose on Tuesday as tensions in the Middle East raised concerns \
            about supply disruptions from the world's top producing region.

            Brent crude futures rose 68 cents, or 0.9%, to $72.30 a barrel by 0612 GMT, while U.S. West Texas \
            Intermediate crude futures climbed 59 cents to $68.96.

            Analysts said the market was also supported by signs of stronger demand in China, the world's biggest \
            crude importer.

            Reporting by Florence Tan in Singapore and Arathy Somasekhar in Houston; Editing by Christian Schmollinger

            Our Standards: The Thomson Reuters Trust Principles.
            """
        let article = analyze(page)
        #expect(article.title == "Oil prices climb as Middle East tensions grow")
        #expect(article.body.hasSuffix("the world's biggest crude importer."))
        #expect(article.dateline == "SINGAPORE")
    }

    @Test("Credit lines at the end of wire copy are trailers; a sentence that mentions reporting is not")
    func trailerLines() {
        #expect(ArticleBodyEdges.isTrailer("Reporting by Jane Doe; Editing by John Roe"))
        #expect(ArticleBodyEdges.isTrailer("Additional reporting by Joseph Hudak"))
        #expect(ArticleBodyEdges.isTrailer("Writing by Jane Doe; editing by Alex Richardson"))
        #expect(ArticleBodyEdges.isTrailer("Our Standards: The Thomson Reuters Trust Principles."))
        #expect(ArticleBodyEdges.isTrailer("Associated Press writer Jane Doe in Chicago contributed to this report."))
        #expect(!ArticleBodyEdges.isTrailer("Reporting by local media suggested the plant would close next year."))
        #expect(!ArticleBodyEdges.isTrailer("She said the council contributed to this report on housing."))
    }

    @Test("'RIVERSIDE — After …' under a standfirst and a byline block is the dateline")
    func capitalsDatelineAfterStandfirst() {
        let page = """
            Council approves $12M budget for new library branch

            Residents packed the chamber Tuesday night as the council voted 5-2 to fund the long-delayed Eastside branch.

            By Jane Smith

            RIVERSIDE — After nearly a decade of debate, the Riverside City Council approved a $12 million budget \
            Tuesday for a new library branch on the city's east side.

            The Riverside Public Library Foundation has pledged an additional $2 million toward furnishings and \
            technology, foundation president Mark Ellis said.

            "This is a day many of us thought would never come," said council member Ana Ortiz.
            """
        let article = analyze(page)
        #expect(article.body.hasPrefix("RIVERSIDE — After nearly a decade"))
        #expect(article.dateline == "RIVERSIDE")
    }

    @Test("A logo linked 'The Guardian - Back to home' names the source; the section line above the headline does not")
    func homeLinkedLogo() {
        let page = """
            The Guardian - Back to home

            Energy

            Windfarm output hits record as storms sweep across Britain

            Turbines supplied more than half of the country's electricity on Tuesday as gale-force winds battered the north

            Jillian Ambrose Energy correspondent
            Tue 10 Dec 2024 18.42 GMT

            \(Self.story)

            Industry groups said clean energy projects were waiting years for grid connections, and energy suppliers \
            warned that energy bills would not fall until the energy market was reformed.
            """
        let article = analyze(page)
        #expect(article.source == "The Guardian")
        #expect(article.title == "Windfarm output hits record as storms sweep across Britain")
        #expect(article.authors == ["Jillian Ambrose"])
        #expect(SourceFinder.homeLinkedName("The Guardian – Home") == "The Guardian")
        #expect(SourceFinder.homeLinkedName("Energy") == nil)
    }

    @Test("AP copy: a menu set apart by wide gaps is no headline, an initial is no address, the contributor line goes")
    func apWireCopy() {
        let page = """
            Skip to main content
            AP NEWS
            U.S. News  World News  Politics  Sports  Entertainment  Business

            Wildfire forces evacuations in Northern California foothills

            By JANIE HAR and OLGA R. RODRIGUEZ
            Updated 9:14 PM PDT, August 2, 2025

            PARADISE, Calif. (AP) — A fast-moving wildfire in the Sierra Nevada foothills forced thousands of people \
            to flee their homes Saturday as strong winds pushed flames toward small mountain communities.

            The fire had burned more than 12 square miles by evening, according to the California Department of \
            Forestry and Fire Protection, and was 5% contained.

            Residents described a chaotic scene as they packed cars with pets and documents while ash fell around them.

            Associated Press writer Christopher Weber in Los Angeles contributed to this report.

            Copyright 2025 The Associated Press. All Rights Reserved.
            """
        let article = analyze(page)
        #expect(article.title == "Wildfire forces evacuations in Northern California foothills")
        #expect(article.authors.map { $0.lowercased() } == ["janie har", "olga r. rodriguez"])
        #expect(article.source == "Associated Press")
        #expect(article.dateline == "PARADISE, Calif.")
        #expect(article.body.hasSuffix("while ash fell around them."))
    }

    @Test("A UK tabloid: a spaced menu above a headline in capitals, 'By NAME FOR SITE' names the person only")
    func tabloidByline() {
        let page = """
            Sign in
            News  Sport  TV & Showbiz  Femail  Health  Science  Money

            TOWN IN SHOCK AS BELOVED CHIP SHOP SHUTS AFTER 70 YEARS

            Owners blame soaring energy bills and the price of fish for closing the family business

            By TOM HARRIS FOR MAILONLINE
            PUBLISHED: 14:32 GMT, 3 March 2025 | UPDATED: 16:05 GMT, 3 March 2025

            A much-loved chip shop that has served a seaside town for seven decades has closed its doors for the \
            last time, leaving regulars heartbroken.

            The family-run business, which opened in 1955, said it could no longer cope with energy bills that had \
            tripled in two years.

            Customers queued around the block on its final day to buy one last portion of cod and chips.
            """
        let article = analyze(page)
        #expect(article.title == "TOWN IN SHOCK AS BELOVED CHIP SHOP SHUTS AFTER 70 YEARS")
        #expect(article.authors.map { $0.lowercased() } == ["tom harris"])
        #expect(article.publishedAt == "2025-03-03T14:32:00Z")
    }

    @Test("'News provided by' and the company under it are a press release's credit, not its headline")
    func pressReleaseCredit() {
        let page = """
            News provided by
            Brightwave Energy Inc.
            Jan 21, 2025, 08:00 ET

            Brightwave Energy Announces 500 MW Solar Project in Texas

            AUSTIN, Texas, Jan. 21, 2025 /PRNewswire/ -- Brightwave Energy Inc. (NASDAQ: BWE), a developer of \
            utility-scale solar farms, today announced that it has secured financing for a 500-megawatt solar project.

            Construction is expected to begin in the second quarter of 2025, creating about 400 jobs during the \
            building phase.
            """
        let article = analyze(page)
        #expect(article.title == "Brightwave Energy Announces 500 MW Solar Project in Texas")
        #expect(article.authors.isEmpty)
        #expect(article.source == "PR Newswire")
    }

    @Test("A masthead under the page's controls ('Menu', 'Search', 'Subscribe') is still the logo")
    func mastheadUnderControls() {
        let page = """
            Menu
            Search
            Subscribe

            The Millbrook Times

            Local

            School board approves later start times for high schools

            Emily Carter
            Staff Writer
            Published 5:45 p.m. ET Sept. 8, 2025

            MILLBROOK — High school students in the Millbrook district will start classes 45 minutes later next \
            fall after the school board voted 4-3 on Monday to adopt a new schedule.

            Supporters said the change would help teenagers get more sleep, citing research linking early start \
            times to poor grades and health.
            """
        let article = analyze(page)
        #expect(article.source == "The Millbrook Times")
        #expect(article.title == "School board approves later start times for high schools")
        #expect(article.authors == ["Emily Carter"])
        #expect(article.dateline == "MILLBROOK")
    }

    @Test("'Paris (AFP) -' is a dateline in ordinary capitals; '(Reporting by …)' in brackets is a trailer")
    func agencyDatelineInOrdinaryCapitals() {
        let page = """
            France to ban single-use plastic in fast food restaurants

            Paris (AFP) - France will ban single-use plastic cups and cutlery in fast food restaurants from next \
            year, the environment ministry said on Wednesday, extending a campaign against plastic waste.

            The measure will apply to restaurants serving more than 20 customers at a time, the ministry said in a \
            statement.

            Environmental groups welcomed the move but said it did not go far enough.

            (Reporting by Jean Dupont; Editing by Alex Richardson)
            """
        let article = analyze(page)
        #expect(article.dateline == "Paris")
        #expect(article.source == "AFP")
        #expect(article.body.hasSuffix("did not go far enough."))
        #expect(Dateline.read("Mexico City (Reuters) — Mexico's central bank cut rates")?.place == "Mexico City")
        #expect(Dateline.read("Apple (AAPL) - Shares rose") == nil)
        #expect(Dateline.read("New York (CNN) — Smoke from hundreds of wildfires")?.place == "New York")
        #expect(Dateline.read("Officials (who asked not to be named) - said") == nil)
    }

    @Test("Bloomberg: '--With assistance from …' is a trailer, 'Bloomberg L.P.' loses its legal form")
    func bloombergCopy() {
        let page = """
            Oil Rises as OPEC+ Signals Output Cuts Will Stay

            By Grant Smith and Alex Longley
            June 2, 2025 at 4:15 AM EDT

            (Bloomberg) -- Oil rose after OPEC+ signaled it would keep supply cuts in place for longer, easing \
            concerns about a glut later this year.

            Brent crude gained 1.2% to trade near $83 a barrel in London, while West Texas Intermediate rose by a \
            similar amount.

            The group agreed on Sunday to extend most of its output restrictions into 2026.

            --With assistance from Julian Lee.

            ©2025 Bloomberg L.P.
            """
        let article = analyze(page)
        #expect(article.source == "Bloomberg")
        #expect(article.authors == ["Grant Smith", "Alex Longley"])
        #expect(article.body.hasSuffix("output restrictions into 2026."))
    }

    @Test("'BBC News, Political correspondent' under the reporter's name is the byline's rest, not the headline")
    func deskAndRoleUnderName() {
        let page = """
            Skip to content

            Council tax to rise by 5% in most of England

            Jane Smith
            BBC News, Political correspondent

            Published
            3 March 2025

            Most councils in England will raise council tax by the maximum 5% allowed without a local vote, figures \
            show.

            The Local Government Association said councils faced a funding gap of billions of pounds despite the \
            increases.
            """
        let article = analyze(page)
        #expect(article.title == "Council tax to rise by 5% in most of England")
        #expect(article.authors == ["Jane Smith"])
        #expect(article.publishedAt == "2025-03-03")
    }

    @Test("'Reporting from Madrid and Paris' under the byline is left out of the body with the date line below it")
    func reportingFromLine() {
        let page = """
            Climate

            Europe's Heat Wave Breaks Records Across the Continent

            Temperatures topped 40 degrees Celsius in four countries as officials warned of wildfires.

            By Jane Smith and John Doe
            Reporting from Madrid and Paris

            Published July 2, 2025 Updated July 3, 2025, 8:12 a.m. ET

            A heat wave gripping Europe broke temperature records in at least four countries on Wednesday, as \
            officials warned of wildfires and power grids strained under the demand for air-conditioning.

            In Spain, the national weather agency recorded 46 degrees Celsius in the southern city of Seville, the \
            highest June temperature on record.
            """
        let article = analyze(page)
        #expect(article.title == "Europe's Heat Wave Breaks Records Across the Continent")
        #expect(article.authors == ["Jane Smith", "John Doe"])
        #expect(article.body.hasPrefix("A heat wave gripping Europe"))
    }

    @Test("Short lines under the logo line are its sections: the story's topic ('Energy') is not the source")
    func sectionsUnderLogo() {
        let page = """
            Forbes
            Innovation
            Energy

            Why Batteries Are About To Get Much Cheaper

            Jane Smith
            Nov 19, 2024, 08:00am EST

            Battery prices have fallen by almost 90% in the past decade, and the next few years could bring another \
            sharp drop as new chemistries reach the market.

            Sodium-ion cells, which do not need lithium, cobalt or nickel, are already being built at scale in China \
            for energy storage.

            Analysts expect pack prices to fall below $100 per kilowatt-hour next year.
            """
        let article = analyze(page)
        #expect(article.source != "Energy")
        #expect(article.title == "Why Batteries Are About To Get Much Cheaper")
        #expect(article.authors == ["Jane Smith"])
    }

    @Test("The reporter's name and bio under Reuters' trailers go with them")
    func bioUnderTrailers() {
        let page = """
            Business

            Automaker recalls 200,000 vehicles over faulty airbags

            By Jane Doe
            March 4, 2025 2:41 PM GMT

            DETROIT, March 4 (Reuters) - A major automaker said on Tuesday it would recall about 200,000 vehicles in \
            the United States because the airbags may not deploy in a crash.

            The recall covers some sport utility vehicles built between 2021 and 2023, according to a filing with the \
            National Highway Traffic Safety Administration.

            The company said it was not aware of any injuries related to the problem.

            Reporting by Jane Doe in Detroit; Editing by Mark Porter

            Our Standards: The Thomson Reuters Trust Principles., opens new tab

            Jane Doe
            Thomson Reuters
            Jane covers the auto industry from Detroit.
            """
        let article = analyze(page)
        #expect(article.body.hasSuffix("not aware of any injuries related to the problem."))
        #expect(article.authors == ["Jane Doe"])
    }
}

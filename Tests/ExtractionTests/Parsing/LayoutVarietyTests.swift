import Testing

@testable import Extraction

/// Layouts the dev pages do not have, written for these tests: each checks all four fields a reader would name.
@Suite("More page layouts: wire copy, local papers, press releases, opinion pages")
struct LayoutVarietyTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func analyze(_ text: String) -> AnalyzedArticle {
        analyzer.analyze(ArticleInput(content: text, format: .plainText))
    }

    static let wireWithoutYear = """
        Skip to main content
        Menu
        World  Business  Markets  Tech  Sport
        Search

        Shipping group Maersk cuts outlook as freight rates slide

        By Anna Lindqvist and Peter Moller | Reuters
        Published Sunday 9 February 2025 18:20 GMT

        COPENHAGEN, Feb 9 (Reuters) - Danish shipping company A.P. Moller-Maersk cut its full-year profit forecast on Sunday, saying freight rates had fallen faster than expected as new vessels flooded the market.

        The company now expects underlying operating profit of between 1 billion and 3 billion dollars, down from a previous range of 2 billion to 5 billion dollars.

        "We are seeing a normalisation of the market that is happening faster than we anticipated," Chief Executive Vincent Clerc told reporters on a call.

        Shares in the company fell 4 percent in early trading in Copenhagen.

        Reporting by Anna Lindqvist; Editing by Jane Merriman

        Our Standards: The Thomson Reuters Trust Principles.
        © 2025 Reuters. All rights reserved
        """

    @Test("Reuters copy: 'CITY, Mon D (Reuters) -' is a dateline although its day has no year")
    func wireWithoutYearInDateline() {
        let article = analyze(Self.wireWithoutYear)
        #expect(article.title == "Shipping group Maersk cuts outlook as freight rates slide")
        #expect(article.authors == ["Anna Lindqvist", "Peter Moller"])
        #expect(article.source == "Reuters")
        #expect(article.publishedAt == "2025-02-09T18:20:00Z")
        #expect(article.dateline == "COPENHAGEN")
        #expect(article.body.hasPrefix("COPENHAGEN, Feb 9 (Reuters) - Danish shipping company"))
    }

    static let localPaper = """
        Home | News | Local | Sports | Obituaries | E-Edition

        The Waterloo Courier

        City council backs new bridge over the Cedar River

        JEFF REINITZ jeff.reinitz@wcfcourier.com
        Jun 3, 2025 Updated 3 hours ago

        WATERLOO, Iowa — The City Council voted 6-1 on Monday night to fund a new pedestrian bridge across the Cedar River, ending a debate that lasted more than two years.

        The bridge will link the downtown trail network with the east side neighbourhoods and is expected to cost about 4.2 million dollars, most of it paid by a state grant.

        Council member Ray Feuss cast the only vote against the plan, saying the city should first repair existing streets.

        Construction could start next spring, city engineer Jamie Knutson said.

        Copyright 2025 The Waterloo Courier. All rights reserved.
        Terms of Use | Privacy Policy
        """

    @Test("A local paper: masthead, an upper-case byline with an address, 'Updated … ago' ignored")
    func localPaperWithMasthead() {
        let article = analyze(Self.localPaper)
        #expect(article.title == "City council backs new bridge over the Cedar River")
        #expect(article.authors.map { $0.lowercased() } == ["jeff reinitz"])
        #expect(article.source == "The Waterloo Courier")
        #expect(article.publishedAt == "2025-06-03")
        #expect(article.dateline == "WATERLOO, Iowa")
    }

    static let pressRelease = """
        Acme Robotics Announces Record Third-Quarter Results

        News provided by
        Acme Robotics Inc.
        Nov 21, 2023, 08:00 ET

        SAN JOSE, Calif., Nov. 21, 2023 /PRNewswire/ -- Acme Robotics Inc. (NASDAQ: ACRO), a maker of warehouse automation systems, today announced financial results for its third quarter ended September 30, 2023.

        Revenue rose 34 percent from a year earlier to 212 million dollars, driven by demand from large retailers and logistics companies in North America and Europe.

        "Our customers are automating faster than ever," said Maria Chen, chief executive officer of Acme Robotics.

        About Acme Robotics
        Acme Robotics builds autonomous mobile robots for warehouses. For more information, visit www.acmerobotics.example.

        SOURCE Acme Robotics Inc.
        """

    @Test("A press release under its headline keeps its dateline lead; the issuing company is no author")
    func pressReleaseUnderHeadline() {
        let article = analyze(Self.pressRelease)
        #expect(article.title == "Acme Robotics Announces Record Third-Quarter Results")
        #expect(article.authors.isEmpty)
        #expect(article.source == "PR Newswire")
        #expect(article.publishedAt == "2023-11-21T08:00:00-05:00")
        #expect(article.dateline == "SAN JOSE, Calif.")
        #expect(article.body.hasPrefix("SAN JOSE, Calif., Nov. 21, 2023 /PRNewswire/ -- Acme Robotics Inc."))
        #expect(!article.body.contains("About Acme Robotics"))
    }

    static let opinionPage = """
        The Daily Ledger
        Opinion

        Why our town needs a real library

        Author: Samuel Okoye
        21/11/2023

        For twenty years our town has borrowed books from a mobile van that visits twice a month. It is time for that to change, and the council has the money to do it.

        A library is not only a room full of books. It is the only warm public place where a student can study in the evening, where an older resident can get help with a form, and where families can meet without spending money.

        The council should approve the plan when it votes next month.

        Share this:
        Facebook Twitter Email
        Related
        """

    @Test("An opinion page: a masthead named like a newspaper is the source; 'Author:' and a day-first date")
    func opinionPage() {
        let article = analyze(Self.opinionPage)
        #expect(article.title == "Why our town needs a real library")
        #expect(article.authors == ["Samuel Okoye"])
        #expect(article.source == "The Daily Ledger")
        #expect(article.publishedAt == "2023-11-21")
        #expect(!article.body.contains("Share this"))
    }

    static let staffWriter = """
        Metro Herald

        Transit agency picks new chief executive

        Tom Reyes, staff writer
        2020-11-12 10:30

        The regional transit agency named Dana Whitfield as its new chief executive on Thursday, choosing an outsider to lead a system struggling with falling ridership.

        Whitfield previously ran the bus network in Portland and takes over in January.

        The agency's board voted unanimously after a six-month search.
        """

    @Test("'Name, staff writer' with an ISO date under a two-word masthead")
    func staffWriterByline() {
        let article = analyze(Self.staffWriter)
        #expect(article.title == "Transit agency picks new chief executive")
        #expect(article.authors == ["Tom Reyes"])
        #expect(article.source == "Metro Herald")
        #expect(article.publishedAt == "2020-11-12T10:30")
    }

    @Test("A dated lead sentence is not a byline, even when it starts with a company's name")
    func leadIsNoByline() {
        let text = """
            Acme Robotics Announces Record Third-Quarter Results

            Acme Robotics Inc., a maker of warehouse automation systems, today announced financial results for its \
            third quarter ended September 30, 2023.

            Revenue rose 34 percent from a year earlier to 212 million dollars, driven by demand from large retailers \
            and logistics companies in North America and Europe.
            """
        let article = analyze(text)
        #expect(article.authors.isEmpty)
        #expect(article.body.hasPrefix("Acme Robotics Inc., a maker of warehouse automation systems"))
    }
    static let deskAndRole = """
        Skip to main content
        US edition
        The Guardian - Back to home
        News
        Opinion
        Sport
        Culture

        Energy
        Wind farm developer scraps North Sea project as costs soar

        Decision leaves gap in government plans to expand offshore capacity by 2030

        Jillian Ambrose Energy correspondent
        Mon 3 Jun 2025 07.45 BST
        Share

        A developer has scrapped plans for one of the largest wind farms in the North Sea, blaming a sharp rise in the cost of turbines, cables and borrowing over the past two years.

        The company said the project, which had been expected to power more than a million homes, was no longer viable under the price it had agreed with the government.

        Industry groups said the decision showed that the auction rules needed to change to reflect higher costs across the supply chain.

        Explore more on these topics
        Energy
        Renewable energy
        Share
        Reuse this content
        """

    @Test("A byline of name, desk and role without 'By' or a comma is the author, not the headline")
    func nameDeskAndRole() {
        let article = analyze(Self.deskAndRole)
        #expect(article.title == "Wind farm developer scraps North Sea project as costs soar")
        #expect(article.authors == ["Jillian Ambrose"])
        #expect(article.publishedAt == "2025-06-03T07:45:00+01:00")
        #expect(article.body.hasPrefix("A developer has scrapped plans"))
    }

    static let agencyWriter = """
        ADVERTISEMENT

        Fed holds rates steady, signals two cuts later this year

        By CHRISTOPHER RUGABER AP Economics Writer
        Updated 4:12 PM EDT, March 20, 2024

        WASHINGTON (AP) — The Federal Reserve left its key interest rate unchanged Wednesday and signaled that it still expects to cut rates three times this year.

        The Fed's decision kept its benchmark rate at about 5.3%, its highest level in 23 years.

        Chair Jerome Powell said at a news conference that the central bank wanted more confidence that inflation was falling before it would begin cutting.

        Copyright 2024 The Associated Press. All Rights Reserved.
        """

    @Test("'By NAME AP Economics Writer': the name in capitals, the agency as source, the desk and role dropped")
    func agencyWriterByline() {
        let article = analyze(Self.agencyWriter)
        #expect(article.title == "Fed holds rates steady, signals two cuts later this year")
        #expect(article.authors.map { $0.lowercased() } == ["christopher rugaber"])
        #expect(article.source == "Associated Press")
        #expect(article.publishedAt == "2024-03-20T16:12:00-04:00")
        #expect(article.dateline == "WASHINGTON")
    }

    @Test("A menu's 'Al Jazeera Correspondent' and a byline's 'JERUSALEM POST Staff' name no person")
    func rolesWithoutPersons() {
        let parser = BylineParser()
        #expect(parser.parse("Al Jazeera Correspondent") == nil)
        #expect(parser.parse("By JERUSALEM POST Staff")?.authors ?? [] == [])
        #expect(parser.parse("Jillian Ambrose Energy correspondent")?.authors == ["Jillian Ambrose"])
    }
    static let sectionAsSiteName = """
        <html><head><title>Markets | Company shares jump after earnings beat - Finance Daily</title>
        <meta property="og:site_name" content="Markets">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Company shares jump after earnings beat","datePublished":"2023-02-14T09:30:00+00:00","author":[{"@type":"Person","name":"Omar Haddad"}],"publisher":{"@type":"Organization","name":"Finance Daily"}}</script>
        <script>window.dataLayer=[];function x(){return "<p>not text</p>"}</script>
        <style>.a{color:red}</style>
        </head><body>
        <div class="cookie-banner">We use cookies. <button>Accept all</button></div>
        <div class="top-nav"><a href="/">Home</a> | <a href="/markets">Markets</a> | <a href="/tech">Tech</a></div>
        <div class="article-wrapper"><h1>Company shares jump after earnings beat</h1>
        <div class="author-info">By <a href="/omar">Omar Haddad</a> · Feb 14, 2023</div>
        <div class="article-body"><p>Shares of Northwind Traders rose 12% on Tuesday after the company reported quarterly earnings well above analysts' expectations and raised its forecast for the full year.
        <p>The retailer said online sales grew 30% from a year earlier, helped by faster delivery times and a new loyalty programme.
        <p>Analysts at two banks raised their price targets for the stock after the results, citing stronger margins.
        <div class="related"><h4>Related stories</h4><a href="/1">Retail sales slow in January</a><a href="/2">Five stocks to watch this week</a></div>
        </div></div>
        <div class="footer">© 2023 Finance Daily Ltd. All rights reserved.
        </body></html>
        """

    @Test("HTML whose og:site_name is a section: the publisher that the title suffix also names is the source")
    func sectionInSiteName() {
        let article = analyzer.analyze(ArticleInput(content: Self.sectionAsSiteName, format: .html))
        #expect(article.title == "Company shares jump after earnings beat")
        #expect(article.authors == ["Omar Haddad"])
        #expect(article.source == "Finance Daily")
        #expect(article.publishedAt == "2023-02-14T09:30:00Z")
        #expect(article.body.hasPrefix("Shares of Northwind Traders rose 12%"))
        #expect(!article.body.contains("Related stories") && !article.body.contains("cookies"))
    }
    static let networkByline = """
        Markets
        Tech
        Media

        Ford to cut 3,000 jobs as it shifts to electric vehicles

        By Chris Isidore and Vanessa Yurkevich, CNN
        Updated 10:42 AM EST, Tue November 14, 2023

        New York CNN —

        Ford will cut about 3,000 salaried jobs in North America and India, the automaker said Tuesday, as it tries to lower costs while it spends heavily on its shift to electric vehicles.

        The cuts will be made mostly through voluntary departures, the company said in a memo to employees.

        Ford had about 31,000 salaried employees in the United States at the end of last year.
        """

    @Test("'By A and B, CNN': a network's initials after the names are the source; a credential is not")
    func networkInitialsInByline() {
        let article = analyze(Self.networkByline)
        #expect(article.authors == ["Chris Isidore", "Vanessa Yurkevich"])
        #expect(article.source == "CNN")
        #expect(article.publishedAt == "2023-11-14T10:42:00-05:00")
        #expect(BylineParser().parse("By Jane Doe, RDN")?.source == nil)
    }
    static let broadcasterPage = """
        Home
        News
        Sport
        Business
        Innovation

        Storm leaves thousands without power across New England

        3 hours ago
        Share
        Save

        John Sudworth
        BBC News, Boston

        More than 200,000 homes and businesses across New England were without power on Tuesday after a storm brought heavy rain and winds of up to 70 miles per hour to the region.

        Utility companies said crews were working to restore power but warned that some customers could be without electricity for several days.

        The storm also disrupted flights at Boston's Logan airport, where dozens of departures were cancelled.

        Related
        More from the BBC
        """

    @Test("A name line below 'ago', 'Share' and 'Save' is the author, the desk line under it the source; no date")
    func broadcasterLayout() {
        let article = analyze(Self.broadcasterPage)
        #expect(article.title == "Storm leaves thousands without power across New England")
        #expect(article.authors == ["John Sudworth"])
        #expect(article.source == "BBC News")
        #expect(article.publishedAt == nil)
        #expect(article.body.hasPrefix("More than 200,000 homes"))
        #expect(!article.body.contains("More from the BBC"))
    }
    static let colonDateline = """
        Home » India » Politics

        Parliament passes bill to reform cooperative banks

        PTI | Updated: Nov 20, 2019, 13:42 IST

        NEW DELHI: Parliament on Wednesday passed a bill to bring cooperative banks under the supervision of the Reserve Bank of India, after a debate in the Rajya Sabha that lasted more than four hours.

        Finance Minister Nirmala Sitharaman said the change would protect depositors after a series of failures at smaller banks.

        Opposition members said the bill took powers away from the states.
        """

    @Test("'NEW DELHI:' is a dateline; 'BREAKING NEWS:' and 'UPDATE:' are labels, not places")
    func colonDatelines() {
        let article = analyze(Self.colonDateline)
        #expect(article.title == "Parliament passes bill to reform cooperative banks")
        #expect(article.dateline == "NEW DELHI")
        #expect(article.publishedAt == "2019-11-20T13:42:00+05:30")
        #expect(Dateline.read("BREAKING NEWS: The council voted on Monday to close the pool.") == nil)
        #expect(Dateline.read("UPDATE: The road has reopened after the crash, police said.") == nil)
        #expect(ParsingLexicon.wireAgencies["press trust of india"] == "PTI")
    }
}

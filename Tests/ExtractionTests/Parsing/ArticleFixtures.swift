@testable import Extraction

/// Invented articles in the layouts users paste: wire copy, press releases, local papers, blogs, whole pages.
enum ArticleFixtures {
    /// A plain three-paragraph story for tests about a page's furniture (mastheads, bylines, footers) around it.
    static let harbourStory = """
        The harbour board voted on Tuesday to keep the night ferry running through the winter, after a summer in \
        which the boats carried more passengers than in any year since the crossing opened.

        Board members said the longer timetable would cost less than expected because the new engines burn less \
        fuel, and that the pier would stay lit until the last boat came in.

        The change takes effect next month and will be reviewed in the spring, the board said in a statement \
        released after the meeting.
        """

    /// A local story's lead and the paragraphs after it, for tests of what stands around a story's body.
    static let ferryLead = """
        The county's ferry between the harbour and the island will run twice a day through the winter, the transport \
        board decided on Tuesday, reversing a plan to cut the service to three days a week.
        """

    static let ferryStoryAfterLead = """
        Islanders had collected more than 900 signatures against the cut, saying it would make it harder to reach \
        hospital appointments and jobs on the mainland.

        The board said it would pay for the extra sailings from its reserves while it looks for a second captain.
        """

    /// The ferry story under its headline and byline, with `middle` between its lead and the rest and `end` after
    /// it, above a footer's links: the page the body rounds put their boxes into.
    static func bylinedFerryPage(_ middle: String, _ end: String = "") -> String {
        """
        Ferry keeps winter timetable after islanders protest

        By Anna Berg

        \(ferryLead)

        \(middle)

        \(ferryStoryAfterLead)

        \(end)

        About Us | Contact | Privacy
        """
    }

    /// `text` analysed as pasted plain text, with no organization finder (tests of the parser alone).
    static func analyzePlainText(_ text: String, url: String? = nil) -> AnalyzedArticle {
        ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: text, format: .plainText, url: url))
    }

    static let wireCopy = """
        Markets
        Copper hits two-month high as smelters curb output
        By Lena Fischer and Omar Haddad

        May 14, 2024 9:12 AM GMT+0

        LONDON (Reuters) - Copper prices rose to their highest in two months on Tuesday after several large smelters \
        said they would cut production, tightening a market that traders had expected to stay loose until the autumn.

        Benchmark copper on the London Metal Exchange was up 1.8% at midday, while aluminium and zinc were little \
        changed as investors waited for fresh data on factory activity in the largest consuming countries.

        "The supply side is finally reacting to low processing fees," said an analyst at a commodities broker, \
        adding that the cuts could remove a meaningful share of the refined metal expected this year.

        Reporting by Lena Fischer; Editing by Paul Marsh
        """

    static let pressRelease = """
        SAN DIEGO, March 4, 2024 /PRNewswire/ -- Brightwater Labs, a maker of water sensors for farms, today \
        announced that it has opened a new research centre and will hire forty engineers over the next two years to \
        expand its product line for irrigation districts across the region.

        The company said the centre would focus on low-power sensors that farmers can install without \
        specialist help, and that the first products developed there are expected to reach customers next spring.

        About Brightwater Labs
        Brightwater Labs builds sensors and software that help growers use less water. For more information, \
        visit the company's website.

        SOURCE Brightwater Labs
        """

    static let localPaper = """
        Skip to content
        Subscribe
        Sign in

        City council backs plan for riverside trail

        By Maya Lindqvist, Staff Writer
        Published June 3, 2025 at 7:45 a.m. ET

        WATERLOO, Iowa — The city council on Monday voted to build a three-mile trail along the river, linking \
        two parks that have been cut off from each other since the old rail line closed more than a decade ago.

        Council members said the trail would be paid for mostly with state grants and that construction could \
        begin next summer if the final designs are approved by the parks board in the coming months.

        Residents who spoke at the meeting were largely in favour, although several asked the council to make \
        sure that the new path would be lit at night and cleared of snow during the winter.

        Related stories
        Council delays vote on downtown parking
        New library hours start next week

        © 2025 Waterloo Daily Ledger. All rights reserved.
        """

    /// A page pasted whole: menus, share buttons, a cookie notice and a footer around the story.
    static let pastedPage = """
        Harbor Times
          • Home
          • News
          • Sports
          • Business
          • Opinion

        Home >> News >> Local
        [                    ] [Search]

        Ferry service to resume after winter break

        By Jonas Eriksen | Harbor Times | 2023-03-01 08:15

          • Share on Facebook
          • Share on Twitter
          • Email

        The ferry between the two islands will start running again next week after a three-month winter break, \
        the operator said on Tuesday, with more departures than last year during the busy summer months.

        The operator added two morning crossings on weekdays after commuters complained last year that the first \
        boat left too late for them to reach the mainland before the start of the working day.

        Tickets can be bought on board or in advance, and prices will stay the same as last season, although \
        the operator warned that fuel costs could force it to review fares again before the autumn.

        We use cookies to improve your experience on our site. By continuing you agree to our cookie policy.
        Accept
        Privacy Policy | Terms of Use | Contact Us
        © 2023 Harbor Times Media. All rights reserved.
        """

    static let blogPost = """
        The Slow Kitchen
        Recipes and stories from a small garden
          • Home
          • Recipes
          • About

        Why I stopped buying bread
        Posted by Hanna Becker on September 15, 2021

        For years I told myself that baking bread at home was something for people with more time than me, and \
        that the loaf from the shop around the corner was good enough for everyday sandwiches and toast.

        Then the shop closed, and I had to choose between a long walk to the supermarket and trying the old \
        recipe my grandmother had written on the back of an envelope more than forty years ago.

        It took three weekends and a few bricks before the first good loaf came out of the oven, but since then \
        I have baked every Sunday, and the house smells better for it too.

        Leave a comment
        Great post, I should try this too!
        """

    static let german = """
        Stadtrat beschließt neuen Radweg am Fluss

        Von Jana Roth, 25. September 2018

        Der Stadtrat hat am Montag beschlossen, einen neuen Radweg entlang des Flusses zu bauen, der die beiden \
        großen Parks der Stadt miteinander verbinden soll und nach Angaben der Verwaltung im kommenden Jahr fertig wird.

        Die Kosten für den Bau werden zum größten Teil vom Land übernommen, wie ein Sprecher der Stadt nach der \
        Sitzung sagte, und die Anwohner sollen bei der Gestaltung der Wege mitreden können.
        """

    static let htmlPage = """
        <!doctype html>
        <html lang="en"><head>
        <title>Harbour and rail plan approved | North Courier</title>
        <meta property="og:title" content="Harbour and rail plan approved">
        <meta property="og:site_name" content="North Courier">
        <meta name="author" content="Ida Berg">
        <meta property="article:published_time" content="2024-05-14T09:00:00+02:00">
        <link rel="canonical" href="https://courier.example.com/news/harbour-rail-plan">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"Harbour and rail plan approved","datePublished":"2024-05-14T09:00:00+02:00",
          "author":{"@type":"Person","name":"Ida Berg"},"publisher":{"@type":"Organization","name":"North Courier"}}
        </script>
        <style>.nav { display: flex }</style>
        </head><body>
        <header><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
        <li><a href="/sport">Sport</a></li></ul></nav></header>
        <main><article class="story">
        <h1>Harbour and rail plan approved</h1>
        <p class="byline">By Ida Berg</p>
        <time datetime="2024-05-14T09:00:00+02:00">14 May 2024</time>
        <div class="article-body">
        <p>GENEVA 2024-05-14 The regional assembly on Tuesday approved a plan to link the harbour with the main rail \
        line, ending a debate that has lasted for more than ten years and divided the port's neighbours.</p>
        <p>The plan includes a new freight terminal and a bridge over the river, and the assembly said that the \
        first trains could run within four years if the remaining permits are granted on time.</p>
        <div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a></div>
        <p>Opponents said they would ask the courts to review the decision, arguing that the noise from the \
        terminal would harm the people who live closest to the water &amp; the old town.</p>
        </div></article></main>
        <aside class="related"><h2>Related</h2><ul><li><a href="/a">Port workers strike</a></li></ul></aside>
        <footer><p>&copy; 2024 North Courier. All rights reserved.</p></footer>
        </body></html>
        """
}

/// Suites of parser tests on pasted plain text: `analyze` parses a page with no organization finder.
protocol PlainTextPageTests {}

extension PlainTextPageTests {
    func analyze(_ text: String, url: String? = nil) -> AnalyzedArticle {
        ArticleFixtures.analyzePlainText(text, url: url)
    }
}

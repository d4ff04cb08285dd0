/// Invented articles in the layouts users paste: site chrome, a headline, a byline, then the story.
enum SampleArticles {
    static let harbourPage = """
        Welcome to northcoastherald.example.com
        Subscribe | Sign in
        Home >> Business >> Article
        Kestrel Biotech signs harbour research deal with Norwick University
        By:Amelia Brandt  |  From:northcoastherald.example.com  |  2024-03-18 09:15

        The Harbour Development Council, a regional business group based in Portsmouth, said on Monday that \
        Kestrel Biotech Inc. will open a marine research laboratory with Norwick University next spring. \
        The council said the project had been discussed for three years.

        Kestrel will invest 40 million pounds in the site, according to the Harbour Development Council. \
        Officials from the Marine Management Organisation (MMO) attended the signing, and the MMO said it \
        would review the permits within six months.

        Norwick University said students would take part in the research programme.

        Share this article: Facebook | Twitter | Email
        Copyright 2024 North Coast Herald. All rights reserved.
        """

    static let wireStory = """
        Atlas Freight Group cuts forecast as shipping rates fall
        By Jonas Ekberg

        OSLO, May 14 (Reuters) - Atlas Freight Group lowered its annual profit forecast on Tuesday, \
        blaming weaker container rates, and said it would cut 300 jobs at its Rotterdam terminal.

        The company said talks with the International Transport Workers' Federation were continuing. \
        Shares in Atlas Freight Group fell 6 percent in Oslo.
        """

    static let htmlPage = """
        <!doctype html>
        <html><head><title>Lakeside Power wins grid contract | The Valley Ledger</title>
        <meta property="og:site_name" content="The Valley Ledger">
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article>
        <h1>Lakeside Power wins grid contract</h1>
        <p class="byline">By Priya Raman</p>
        <p>Lakeside Power Corp. won a contract from the Western Grid Authority to upgrade three substations, \
        the Western Grid Authority said on Thursday.</p>
        <p>The work starts in June and will be finished by 2026, Lakeside Power said in a statement.</p>
        </article>
        <footer>&copy; 2025 The Valley Ledger</footer>
        </body></html>
        """

    /// A distinct, plain article for load and pagination tests.
    static func numbered(_ number: Int) -> String {
        """
        Report number \(number) on regional transport
        By Test Writer

        The Regional Transit Authority published report number \(number) on Monday, covering bus and rail \
        services across the district. The Regional Transit Authority said ridership rose in the quarter.
        """
    }
}

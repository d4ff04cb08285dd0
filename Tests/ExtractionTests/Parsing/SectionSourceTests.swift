import Testing

@testable import Extraction

@Suite("A section's name at the top of a page is not the source")
struct SectionSourceTests {
    @Test("'Health' above the headline, repeated by the byline and the topics, names no source")
    func sectionIsNoSource() {
        let page = """
            Pfizer to cut 500 jobs in Kent as it closes Sandwich research site

            Health

            By Priya Nair, Health Correspondent

            Published 14 March 2024

            Pfizer is to close its research site in Sandwich, Kent, with the loss of about 500 jobs, the drugmaker \
            said on Thursday. The company said the move was part of a global cost-cutting programme.

            Unite, the union that represents many of the site's workers, said it would fight the closure, calling \
            it a hammer blow for the health of the local economy.

            Related topics
            Health
            Pfizer
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page))
        #expect(article.source == nil)
        #expect(article.authors == ["Priya Nair"])
    }

    @Test("A publication's own one-word name at the top still votes")
    func logoStillVotes() {
        let page = """
            Politico

            Senate passes stopgap spending bill

            By Jane Doe

            The Senate passed a stopgap spending bill on Friday, averting a government shutdown hours before the \
            deadline, Politico reported. The bill now goes to the president.

            © 2024 Politico
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page))
        #expect(article.source == "Politico")
    }
}

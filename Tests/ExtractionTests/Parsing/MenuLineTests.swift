import Testing

@testable import Extraction

@Suite("A menu line is no headline")
struct MenuLineTests {
    @Test("Three or more short links set apart by bars or bullets are a menu; a headline with its site is not")
    func menus() {
        #expect(TextMetadataReader.isMenu("Politics | Economy | World | Tech"))
        #expect(TextMetadataReader.isMenu("News • Sport • Weather"))
        #expect(TextMetadataReader.isMenu("US News | World News | Business"))
        #expect(!TextMetadataReader.isMenu("Fed holds rates steady | Economy | The Capital Courier"))
        #expect(!TextMetadataReader.isMenu("Fed holds rates steady | The Capital Courier"))
        #expect(!TextMetadataReader.isMenu("Politics Economy World Tech"))
        #expect(TextMetadataReader.isBreadcrumb("HOME NEWS SPORT BUSINESS OPINION"))
        #expect(TextMetadataReader.isBreadcrumb("Home News World"))
        #expect(!TextMetadataReader.isBreadcrumb("HOMEOWNERS FACE NEW TAX"))
    }

    @Test("The headline under a menu line is the title")
    func headlineUnderMenu() {
        let page = """
            Skip to main content
            Menu

            Politics | Economy | World | Tech

            Fed holds rates steady, signals patience on cuts

            By Maria Lopez and Tom Becker

            Published March 20, 2024 at 2:15 p.m. EDT | Updated March 20, 2024 at 4:40 p.m. EDT

            WASHINGTON — The Federal Reserve kept its benchmark interest rate unchanged on Wednesday and signaled it \
            still expects to cut rates three times this year, as inflation continues to cool.

            Fed Chair Jerome Powell told reporters that the central bank needs "greater confidence" that inflation is \
            moving sustainably toward its 2 percent goal before lowering borrowing costs.

            The decision was unanimous, the Federal Open Market Committee said in a statement.

            © 2024 The Capital Courier. All rights reserved.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(
            ArticleInput(content: page, format: .plainText))
        #expect(article.title == "Fed holds rates steady, signals patience on cuts")
        #expect(article.authors == ["Maria Lopez", "Tom Becker"])
        #expect(article.publishedAt == "2024-03-20T14:15:00-04:00")
        #expect(article.source == "The Capital Courier")
    }
}

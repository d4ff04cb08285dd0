import Testing

@testable import Extraction

@Suite("HTML rendering")
struct HTMLRendererTests {
    @Test("Entities, numeric references and block structure render as a reader sees them")
    func entitiesAndBlocks() {
        let html = """
            <html><head><title>T</title><style>p { color: red }</style></head><body>
            <p>Caf&eacute; &amp; bar &#8212; open &#x2019;til late&nbsp;today</p><p>Second<br>line</p>
            <script>var x = "<p>not text</p>";</script><!-- a <p>comment</p> --><noscript>Enable JS</noscript>
            </body></html>
            """
        let rendered = HTMLRenderer.render(html)
        #expect(rendered.blocks.map(\.text) == ["Café & bar — open ’til late today", "Second", "line"])
        #expect(!rendered.text.contains("not text"))
        #expect(!rendered.text.contains("comment"))
        #expect(!rendered.text.contains("Enable JS"))
        #expect(rendered.metadata.documentTitle == "T")
    }

    @Test("Block offsets index the rendered text in Unicode scalars")
    func offsets() {
        let rendered = HTMLRenderer.render("<h1>Ünïcode 👍 title</h1><p>Body text here.</p>")
        let scalars = Array(rendered.text.unicodeScalars)
        for block in rendered.blocks {
            #expect(String(String.UnicodeScalarView(scalars[block.start..<block.end])) == block.text)
        }
    }

    @Test("Broken markup does not stop the renderer")
    func brokenMarkup() {
        let html = "<div><p>First <b>bold <i>both</b> after</i><p>Second < third & fourth<div class=x <p>Last words"
        let rendered = HTMLRenderer.render(html)
        let text = rendered.blocks.map(\.text).joined(separator: "|")
        #expect(text.contains("First bold both after"))
        #expect(text.contains("Second < third & fourth"))
        #expect(text.contains("Last words"))
    }

    @Test("An unclosed comment or script swallows the rest without crashing")
    func unclosedConstructs() {
        #expect(HTMLRenderer.render("<p>Kept</p><!-- never closed <p>gone").blocks.map(\.text) == ["Kept"])
        #expect(HTMLRenderer.render("<p>Kept</p><script>never closed").blocks.map(\.text) == ["Kept"])
    }

    @Test("Navigation, footers and link lists are marked as page furniture")
    func furnitureContext() {
        let html = """
            <nav><ul><li><a href="/">Home</a></li></ul></nav>
            <article><p>Story text.</p></article>
            <div class="related-links"><p>Other story</p></div>
            """
        let blocks = HTMLRenderer.render(html).blocks
        #expect(blocks[0].page?.inFurniture == true)
        #expect(blocks[0].page?.linkDensity == 1)
        #expect(blocks[1].page?.inArticle == true)
        #expect((blocks[2].page?.hint ?? 0) < 0)
    }

    @Test("JSON-LD NewsArticle fields are read, through @graph and author objects")
    func linkedData() {
        let html = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":"NewsArticle","headline":"Harbour \\u0026 rail plan","datePublished":"2024-05-14T09:00:00+02:00",
               "author":[{"@type":"Person","name":"Ida Berg"},{"@type":"Organization","name":"Desk"}],
               "publisher":{"@type":"Organization","name":"North Courier"},"articleBody":"Text."}]}</script>
            """
        let ld = HTMLRenderer.render(html).metadata.ld
        #expect(ld.headline == "Harbour & rail plan")
        #expect(ld.authors == ["Ida Berg"])
        #expect(ld.datePublished == "2024-05-14T09:00:00+02:00")
        #expect(ld.publisher == "North Courier")
    }
}

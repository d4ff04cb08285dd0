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

    @Test("A tag's attributes are read by name, case-folded, their references decoded only when asked for")
    func attributesReadByName() {
        var tokenizer = HTMLTokenizer(
            "<META Property=\"og:title\" CONTENT='Caf&eacute; &amp; Co' data-x=1 hidden content=\"second\" \u{212A}ey=v =x>"
        )
        guard case .start(let name, let attributes, let selfClosing) = tokenizer.next() else {
            Issue.record("no start tag")
            return
        }
        #expect(name == "meta" && !selfClosing)
        #expect(attributes.value(of: "property") == "og:title")
        // The first of two attributes of one name wins, as a browser reads them.
        #expect(attributes.value(of: "content") == "Café & Co")
        #expect(attributes.value(of: "hidden") == "")
        #expect(attributes.contains("hidden") && !attributes.contains("class"))
        // The Kelvin sign lowercases to "k", so its name is "key", as `ScalarClass.lowercased` gives.
        #expect(attributes.value(of: "key") == "v")
        #expect(attributes.pairs.map(\.0) == ["property", "content", "data-x", "hidden", "content", "key"])
        var seen: [String] = []
        attributes.forEach(named: ["content", "data-x"]) { which, value in
            seen.append("\(which):\(value)")
            return seen.count < 2
        }
        #expect(seen == ["0:Café & Co", "1:1"])
    }

    @Test("Hidden elements are told by their hidden attribute, their style or their class, in any order")
    func hiddenElements() {
        let html = """
            <p>Shown</p><div class="x" STYLE="Display: None">Styled away</div><div hidden>Attribute</div>
            <span class="a sr-only">Screen reader</span><p class="story">Kept</p>
            """
        #expect(HTMLRenderer.render(html).blocks.map(\.text) == ["Shown", "Kept"])
    }
}

import Testing

@testable import Extraction

/// Round 27's shortcuts in the HTML renderer answer what the code they replace answered: class and id values read
/// on their scalars class them as their Strings did, and hide the same elements.
@Suite struct ParseSpeedRoundTwentySevenTests {
    /// Pieces of class and id values: list words in any case, camel humps, digits, separators, near misses.
    static let pieces = [
        "nav", "Nav", "NAV", "article", "Article", "body", "content", "story", "comment", "comments", "Comment",
        "share", "social", "related", "advert", "recommend", "footer", "sidebar", "breadcrumb", "breadcrumbs",
        "newsletter", "newsletters", "promo", "sponsor", "navigation", "articlebody", "richtext", "subscription",
        "recirculation", "complementary", "contentinfo", "widget", "teaser", "header", "headline", "sr-only",
        "SR-ONLY", "visually-hidden", "Visually-Hidden", "screen-reader", "screen-reader-text", "sr", "only",
        "visually", "hidden", "screen", "reader", "-", "_", "__", " ", "  ", "2", "x", "aB", "Ab", "AB", "ab", "[",
        "`", "@", "{", "/", ":", "mainNav", "postBody", "ArticleBODY", "shareBar", "c-", "js-", "is-", "has-",
        "verylongwordwithoutbreaks", "Commentary", "sharepoint",
    ]

    /// Values of the pieces run together, with the edge cases of the word split.
    static func values() -> [String] {
        var generator = SystemRandomNumberGenerator()
        var values = ["", " ", "a", "A", "aA", "Aa", "z", "Z", "@", "[", "`", "{", "navA", "NAVa", "ssr-only"]
        for _ in 0..<3_000 {
            values.append(randomLines(of: pieces, using: &generator).joined(separator: " "))
        }
        return values
    }

    @Test("A plain value's class words read on its scalars are its String's")
    func classWordsOnScalars() {
        for value in Self.values() {
            let scalars = Array(value.unicodeScalars)
            #expect(HTMLRenderer.wordClasses(plain: scalars[...]) == HTMLRenderer.wordClasses(value), "\(value)")
            // A slice that does not start at 0, as the tokenizer's attribute values are.
            let padded = Array(("x=\"" + value).unicodeScalars)
            #expect(HTMLRenderer.wordClasses(plain: padded[3...]) == HTMLRenderer.wordClasses(value), "\(value)")
        }
    }

    /// The renderer's test of an ASCII class value, as it reads the String.
    static func classHidesByBytes(_ value: String) -> Bool {
        HTMLRenderer.hiddenClasses.contains { ByteSearch.containsFolded(value, $0) }
    }

    @Test("A plain value hides an element on its scalars exactly when its String does")
    func hiddenClassesOnScalars() {
        for value in Self.values() {
            let padded = Array(("class=\"" + value).unicodeScalars)
            #expect(HTMLRenderer.classHides(padded[7...]) == Self.classHidesByBytes(value), "\(value)")
        }
    }

    @Test("Rendered pages keep their hints and hidden elements, references and letters beyond ASCII included")
    func renderedHintsAndHiddenElements() {
        let html = """
            <div class="Article-Body"><p>Kept in the story.</p></div>
            <div class="site-Nav"><p>Menu line.</p></div>
            <span class="SR-Only">Skipped for sighted readers.</span>
            <p class="visually&#45;hidden">Hidden through a reference.</p>
            <p class="zürich-commentList">Furniture named beyond ASCII.</p>
            <p class="screen-reader-text" hidden>Hidden twice.</p>
            <p style="DISPLAY: none">Styled away.</p>
            <p id="main-content" class="x">Last.</p>
            """
        let blocks = HTMLRenderer.render(html).blocks
        #expect(blocks.map(\.text) == ["Kept in the story.", "Menu line.", "Furniture named beyond ASCII.", "Last."])
        #expect(blocks.map { $0.page?.hint ?? 9 } == [1, -2, -2, 1])
    }

    @Test("A collapsed value is returned as it is; every ASCII value collapses as the Character split does")
    func collapsedValues() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Word", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\r", ".", "-", "x y", ""]
        var values = ["", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "Harbour plan approved", "og:image"]
        for _ in 0..<2_000 { values.append(randomLines(of: pieces, using: &generator).joined()) }
        for value in values {
            let expected = value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(HTMLRenderer.collapse(value) == expected, "\(value.debugDescription)")
            #expect(HTMLRenderer.isCollapsedASCII(value) == (value == expected), "\(value.debugDescription)")
        }
    }
}

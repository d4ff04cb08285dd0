import Testing

@testable import Extraction

@Suite("Text blocks")
struct TextBlockSplitterTests {
    func blocks(_ text: String) -> [TextBlock] {
        TextBlockSplitter(scalars: Array(text.unicodeScalars)).blocks()
    }

    /// Words wrapped at `width` columns the way a text browser dumps a page.
    func wrapped(_ words: [String], width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = word
            } else {
                line = line.isEmpty ? word : line + " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    @Test("Hard-wrapped paragraphs are joined back, short lines stay apart")
    func hardWrapped() {
        let words = (1...120).map { "word\($0)" }
        let paragraph = wrapped(words, width: 80)
        let text = "Headline of the story\nBy Ana Holt\n\n\(paragraph)\n\n\(paragraph)\n\n\(paragraph)"
        let result = blocks(text)
        #expect(result.map(\.text).prefix(2) == ["Headline of the story", "By Ana Holt"])
        #expect(result.count == 5)
        #expect(result[2].text == words.joined(separator: " "))
        #expect(result[2].lineCount > 5)
    }

    @Test("Lines of an unwrapped paste are blocks of their own, with offsets into the text")
    func unwrapped() {
        let text = "Title line\r\nSecond line\n\n  • Menu entry\nLast line"
        let result = blocks(text)
        #expect(result.map(\.text) == ["Title line", "Second line", "Menu entry", "Last line"])
        #expect(result[2].isBullet)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[result[1].start..<result[1].end])) == "Second line")
    }

    @Test("Wrapped CJK text is joined without spaces")
    func wrappedCJK() {
        let sentence = String(repeating: "日本語の文章です。", count: 40)
        let scalars = Array(sentence.unicodeScalars)
        var lines: [String] = []
        var i = 0
        while i < scalars.count {
            lines.append(String(String.UnicodeScalarView(scalars[i..<min(scalars.count, i + 50)])))
            i += 50
        }
        let result = blocks(lines.joined(separator: "\n"))
        #expect(result.count == 1)
        #expect(result.first?.text == sentence)
    }
}

import Testing

@testable import NewsAPI

/// The byte-level reading of an ASCII Content-Type gives what the Foundation reading gives.
@Suite struct MediaTypeTests {
    @Test(arguments: [
        "text/plain; charset=utf-8", "Text/HTML;Charset=\"ISO-8859-1\"", "application/json", "", "  ", ";",
        "text/plain;charset=", "text/plain; =charset=utf-8", "text/plain; charset==x", "text/plain; ==x",
        "text/plain; charset = \" UTF-8 \" ", "text/plain; format=flowed; charset=latin1; charset=cp1252",
        "\ttext/plain\t;\tcharset\t=\tutf8\t", "text/plain; charset=\"\"", "TEXT/PLAIN; CHARSET",
    ])
    func anASCIIValueReadsAsTheGeneralPathReadsIt(value: String) {
        #expect(MediaType.ascii(value) == MediaType.general(value))
    }

    /// Random values over the characters the reading turns on (separators, quotes, blanks, letters of both cases).
    @Test func randomASCIIValuesReadAsTheGeneralPathReadsThem() {
        let pool: [String] = [
            "text", "/", "plain", "PLAIN", ";", "=", "\"", " ", "\t", "charset", "Charset", "utf-8", "x", "-", "\u{7F}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let value = (0..<Int.random(in: 0...10, using: &generator)).map { _ in
                pool.randomElement(using: &generator)!
            }.joined()
            #expect(MediaType.ascii(value) == MediaType.general(value), "\(value.debugDescription)")
        }
    }

    @Test func aValueBeyondASCIITakesTheGeneralPath() {
        #expect(MediaType.ascii("text/plain; charset=\u{00E9}") == nil)
        #expect(MediaType("text/plain;\u{00A0}charset=utf-8") == MediaType.general("text/plain;\u{00A0}charset=utf-8"))
    }
}

/// NDJSON lines are cut where the generic split cut them.
@Suite struct BatchLineTests {
    @Test(arguments: ["", "\n", "\n\n", "a", "a\n", "\na", "a\nb", "a\n\nb\n", "{\"text\": \"x\"}\r\n{}\n  \n"])
    func linesAreThoseOfTheGenericSplit(body: String) {
        let bytes = Array(body.utf8)
        let expected = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(\.indices)
        #expect(ArticleSubmission.lineRanges(bytes) == expected)
    }

    @Test func randomBodiesAreCutAsTheGenericSplitCutsThem() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                [UInt8(0x0A), 0x0A, 0x20, 0x7B, 0x61].randomElement(using: &generator)!
            }
            let expected = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(\.indices)
            #expect(ArticleSubmission.lineRanges(bytes) == expected, "\(bytes)")
        }
    }
}

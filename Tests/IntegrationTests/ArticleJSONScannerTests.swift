import Foundation
import Testing

@testable import NewsAPI

/// `ArticleJSONScanner` reads the usual article body in one pass and gives up on anything else, so that every
/// body still reads exactly as JSONDecoder reads it.
@Suite struct ArticleJSONScannerTests {
    private func scanned(_ json: String) -> ArticleJSONScanner.Members? {
        Array(json.utf8).withUnsafeBufferPointer(ArticleJSONScanner.members(of:))
    }

    private func line(_ json: String) -> ArticleJSONScanner.Members? {
        Array(json.utf8).withUnsafeBufferPointer { ArticleJSONScanner.members(of: $0, readingID: true) }
    }

    private func decoded(_ json: String) -> ArticleJSONScanner.Members? {
        try? ArticleSubmission.decodedWithJSONDecoder(Array(json.utf8)[...])
    }

    /// Bodies of the usual shape: the scanner reads them, and reads them as JSONDecoder does.
    @Test(arguments: [
        #"{"text": "Plain text."}"#,
        #"  {"html":"<p>x</p>","url":"https://example.com/a?b=1&c=2","source":"Example"}  "#,
        "{\n\t\"text\" : \"Line one.\\nLine two.\\r\\n\\tTabbed \\\"quoted\\\" back\\\\slash \\/ slash\\b\\f\" }\r\n",
        #"{"text": "Caf\u00e9 \u2019quotes\u2019 \ud83d\ude00 and raw café ’ 😀", "url": null, "source": ""}"#,
        #"{"text": "\u0000 nul and \uFFFF and \u00A0"}"#,
        #"{}"#, #"{"text": null}"#, #"{"text": "", "html": ""}"#,
        #"{"source": "S", "url": "U", "html": "H", "text": "T"}"#,
        #"{"text": "T", "fetched_at": "2026-12-01T09:30:00Z"}"#, #"{"fetched_at": null, "text": "T"}"#,
    ])
    func readsTheUsualShapeAsJSONDecoderDoes(json: String) throws {
        let fast = try #require(scanned(json), "the scanner should read this body")
        #expect(fast == decoded(json))
    }

    /// Bodies outside the shape: the scanner declines, and JSONDecoder decides (values or an error).
    @Test(arguments: [
        #"{"text": "a", "text": "b"}"#, #"{"text": "a", "extra": 1}"#, #"{"text": 5}"#, #"{"text": true}"#,
        #"{"text": ["a"]}"#, #"{"t\u0065xt": "escaped name"}"#, #"{"text": "lone \ud83d surrogate"}"#,
        #"{"text": "low \ude00 first"}"#, #"{"text": "bad \x escape"}"#, #"{"text": "short \u12"}"#,
        "{\"text\": \"raw\ttab\"}", #"{"text": "unterminated}"#, #"{"text": "a",}"#, #"{"text" "a"}"#,
        #"["text"]"#, #""text""#, "", "   ", #"{"text": "a"} {"#, "\u{FEFF}{\"text\": \"bom\"}",
        #"{"text": nul}"#, #"{"text": NULL}"#, #"{"text": "a" "html": "b"}"#,
    ])
    func declinesEverythingElse(json: String) {
        #expect(scanned(json) == nil)
    }

    @Test func invalidUTF8IsLeftToJSONDecoder() {
        var bytes = Array(#"{"text": "ab"}"#.utf8)
        bytes.insert(0xFF, at: 11)
        #expect(bytes.withUnsafeBufferPointer(ArticleJSONScanner.members(of:)) == nil)
        #expect(throws: (any Error).self) { try ArticleSubmission.decodedWithJSONDecoder(bytes[...]) }
    }

    /// Random strings of awkward characters, escaped every way JSON allows, read back unchanged on both paths.
    @Test func randomStringsRoundTripOnBothPaths() throws {
        let pool: [Unicode.Scalar] = [
            "a", " ", "\"", "\\", "/", "\n", "\t", "\u{08}", "\u{0C}", "\r", "\u{00}", "\u{1F}", "\u{7F}", "é",
            "\u{2028}", "’", "😀", "\u{FFFD}", "\u{10FFFF}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...10, using: &generator) {
                scalars.append(pool.randomElement(using: &generator)!)
            }
            let text = String(scalars)
            var escaped = ""
            for scalar in text.unicodeScalars {
                switch (scalar, Int.random(in: 0..<3, using: &generator)) {
                case ("\"", _): escaped += "\\\""
                case ("\\", _): escaped += "\\\\"
                case (_, 0) where scalar.value < 0x10000:
                    escaped += String(format: "\\u%04x", scalar.value)
                case (_, 0):
                    let value = scalar.value - 0x10000
                    escaped += String(format: "\\u%04X\\u%04X", 0xD800 + (value >> 10), 0xDC00 + (value & 0x3FF))
                case (_, _) where scalar.value < 0x20:
                    escaped += String(format: "\\u%04x", scalar.value)
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            let json = #"{"text": ""# + escaped + #"", "source": "S"}"#
            let fast = try #require(scanned(json), "\(json)")
            #expect(fast.text == text)
            #expect(fast == decoded(json), "\(json)")
        }
    }

    /// `newsgraph extract --jsonl` lines: read with their "id" only when asked, and then as `JSONSerialization`
    /// reads them (the members the command takes: each a string, and "id" printed).
    @Test(arguments: [
        #"{"id": "042bb7", "url": "https://example.com/a", "text": "Line one.\nLine \"two\" \u00e9 \ud83d\ude00"}"#,
        #"{"id": "p-7", "url": null, "html": "<p class=\"x\">Caf\u00e9</p>", "fetched_at": "2026-12-01T09:30:00Z"}"#,
        #"{"text": "No id."}"#, #"{"id": "", "text": "", "source": "S"}"#,
    ])
    func readsEvaluationLinesAsJSONSerializationDoes(json: String) throws {
        let fast = try #require(line(json))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(fast.id == object["id"].map { "\($0)" })
        #expect(fast.text == object["text"] as? String)
        #expect(fast.html == object["html"] as? String)
        #expect(fast.url == object["url"] as? String)
        #expect(fast.fetchedAt == object["fetched_at"] as? String)
    }

    /// An "id" that is null or no string is left to `JSONSerialization` (the command prints its value), and a
    /// request body holding "id" is still left to JSONDecoder.
    @Test func declinesOtherIDs() {
        for json in [#"{"id": null, "text": "T"}"#, #"{"id": 7, "text": "T"}"#, #"{"id": "a", "id": "b"}"#] {
            #expect(line(json) == nil)
        }
        #expect(scanned(#"{"id": "a", "text": "T"}"#) == nil)
    }
}

import Extraction
import Foundation
import HTTP

/// Reads a POST body into the raw article it carries, according to its Content-Type.
///
/// text/plain and text/html are taken as the article itself; application/json carries
/// {"text": …} or {"html": …} with optional "url", "source" and "fetched_at" (an RFC 3339 timestamp: when the
/// client fetched the page, which a relative stamp on it such as "3 hours ago" counts back from). curl's default
/// application/x-www-form-urlencoded is read as plain text, since `--data-binary @file` sends the file unchanged.
enum ArticleSubmission {
    static let acceptedTypes = ["text/plain", "text/html", "application/json"]

    static func input(from request: HTTPRequest) throws(Problem) -> ArticleInput {
        let contentType = MediaType(request.headers["Content-Type"] ?? "text/plain")
        switch contentType.name {
        case "text/plain", "application/x-www-form-urlencoded", "":
            let text = try decode(request.body, charset: contentType.charset)
            return ArticleInput(content: text, format: .sniffed(text))
        case "text/html", "application/xhtml+xml":
            return ArticleInput(content: try decode(request.body, charset: contentType.charset), format: .html)
        case "application/json":
            return try jsonInput(request.body[...])
        default:
            throw Problem(
                status: 415, title: "Unsupported Media Type",
                detail: "Send the article as \(acceptedTypes.joined(separator: ", ")); got \(contentType.name).",
                type: Problem.kind("unsupported-media-type"))
        }
    }

    private struct JSONBody: Decodable {
        var text: String?
        var html: String?
        var url: String?
        var source: String?
        var fetchedAt: String?

        enum CodingKeys: String, CodingKey {
            case text, html, url, source
            case fetchedAt = "fetched_at"
        }
    }

    /// The article of a JSON body: `ArticleJSONScanner` reads the usual shape in one pass; any other body goes to
    /// JSONDecoder, which gives the same values and the errors.
    static func jsonInput(_ body: ArraySlice<UInt8>) throws(Problem) -> ArticleInput {
        let decoded: ArticleJSONScanner.Members
        if let members = body.withUnsafeBufferPointer(ArticleJSONScanner.members(of:)) {
            decoded = members
        } else {
            decoded = try decodedWithJSONDecoder(body)
        }
        return try input(decoded)
    }

    static func decodedWithJSONDecoder(_ body: ArraySlice<UInt8>) throws(Problem) -> ArticleJSONScanner.Members {
        do {
            let decoded = try JSONDecoder().decode(JSONBody.self, from: Data(body))
            return ArticleJSONScanner.Members(
                text: decoded.text, html: decoded.html, url: decoded.url, source: decoded.source,
                fetchedAt: decoded.fetchedAt)
        } catch {
            throw Problem(
                status: 400, title: "Malformed JSON",
                detail:
                    "The body is not a JSON object of the form {\"text\": \"...\", \"url\": \"...\", \"source\": \"...\"}.",
                type: Problem.kind("malformed-json"))
        }
    }

    private static func input(_ decoded: ArticleJSONScanner.Members) throws(Problem) -> ArticleInput {
        let url = decoded.url.flatMap { $0.isEmpty ? nil : $0 }
        let source = decoded.source.flatMap { $0.isEmpty ? nil : $0 }
        let fetchedAt = try fetchTime(decoded.fetchedAt)
        switch (decoded.text, decoded.html) {
        case (let text?, nil):
            return ArticleInput(content: text, format: .plainText, url: url, source: source, fetchedAt: fetchedAt)
        case (nil, let html?):
            return ArticleInput(content: html, format: .html, url: url, source: source, fetchedAt: fetchedAt)
        case (.some, .some):
            throw Problem(
                status: 422, title: "Unprocessable article", detail: "Give either \"text\" or \"html\", not both.",
                type: Problem.kind("unprocessable-article"))
        case (nil, nil):
            throw Problem(
                status: 422, title: "Unprocessable article",
                detail: "The JSON body needs a \"text\" (or \"html\") string.",
                type: Problem.kind("unprocessable-article"))
        }
    }

    /// "fetched_at" read as RFC 3339 ("2026-12-01T09:30:00Z"); absent or null is none, anything else a 400 naming the
    /// member, since a time the client meant to give and that is silently dropped would leave its stamps unread.
    static func fetchTime(_ value: String?) throws(Problem) -> FetchTime? {
        guard let value else { return nil }
        guard let time = FetchTime(rfc3339: value) else {
            throw Problem(
                status: 400, title: "Invalid parameter",
                detail: "fetched_at: \(String(value.prefix(40)).debugDescription) is not an RFC 3339 timestamp such as "
                    + "\"2026-12-01T09:30:00Z\".",
                type: Problem.kind("invalid-parameter"))
        }
        return time
    }

    /// Media types read as NDJSON by POST /articles/batch.
    static let batchTypes = [
        "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
    ]

    /// The articles of an NDJSON body: one JSON object a line, shaped like the JSON body of POST /articles.
    /// Blank lines are skipped; a bad line fails the whole batch, its problem naming the line.
    static func batchInputs(from request: HTTPRequest) throws(Problem) -> [ArticleInput] {
        let contentType = MediaType(request.headers["Content-Type"] ?? "")
        guard batchTypes.contains(contentType.name) else {
            throw Problem(
                status: 415, title: "Unsupported Media Type",
                detail: "Send the batch as application/x-ndjson: one JSON article a line; got \(contentType.name).",
                type: Problem.kind("unsupported-media-type"))
        }
        var inputs: [ArticleInput] = []
        var lineNumber = 0
        for range in lineRanges(request.body) {
            let line = request.body[range]
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                inputs.append(try jsonInput(line))
            } catch {
                var problem = error
                problem.detail = "Line \(lineNumber): \(problem.detail)"
                throw problem
            }
        }
        guard !inputs.isEmpty else {
            throw Problem(
                status: 422, title: "Unprocessable article", detail: "The batch holds no article.",
                type: Problem.kind("unprocessable-article"))
        }
        return inputs
    }

    /// The ranges of `body`'s lines, as `split(separator: 0x0A, omittingEmptySubsequences: false)` cuts them (n
    /// line feeds make n + 1 lines, empty ones included), found with `memchr`: the generic split compared byte by
    /// byte, ~100 K instructions for a 10 KB NDJSON line.
    static func lineRanges(_ body: [UInt8]) -> [Range<Int>] {
        body.withUnsafeBufferPointer { buffer in
            var ranges: [Range<Int>] = []
            var start = 0
            while true {
                var end = buffer.count
                if start < buffer.count, let base = buffer.baseAddress,
                    let hit = memchr(base + start, 0x0A, buffer.count - start)
                {
                    end = start + (UnsafeRawPointer(hit) - UnsafeRawPointer(base + start))
                }
                ranges.append(start..<end)
                guard end < buffer.count else { return ranges }
                start = end + 1
            }
        }
    }

    /// Decodes the body in its declared charset; malformed UTF-8 is refused rather than silently repaired.
    static func decode(_ body: [UInt8], charset: String?) throws(Problem) -> String {
        switch charset ?? "utf-8" {
        case "utf-8", "utf8", "us-ascii", "ascii":
            if let text = String(validating: body, as: UTF8.self) { return text }
            let offset = firstInvalidUTF8Offset(body)
            throw Problem(
                status: 400, title: "Invalid UTF-8",
                detail: "The body is not valid UTF-8 (first bad byte at offset \(offset)); "
                    + "send UTF-8 or declare the charset in Content-Type.",
                type: Problem.kind("invalid-encoding"))
        case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
            let encoding: String.Encoding =
                charset == "windows-1252" || charset == "cp1252" ? .windowsCP1252 : .isoLatin1
            if let text = String(data: Data(body), encoding: encoding) { return text }
            throw Problem(
                status: 400, title: "Invalid encoding", detail: "The body is not valid \(charset ?? "")",
                type: Problem.kind("invalid-encoding"))
        default:
            throw Problem(
                status: 415, title: "Unsupported Media Type",
                detail: "Charset \(charset ?? "") is not supported; send UTF-8.",
                type: Problem.kind("unsupported-media-type"))
        }
    }

    private static func firstInvalidUTF8Offset(_ body: [UInt8]) -> Int {
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

}

/// A Content-Type value: the lowercased type/subtype and its charset parameter.
struct MediaType: Equatable {
    var name: String
    var charset: String?

    init(_ value: String) {
        self = Self.ascii(value) ?? Self.general(value)
    }

    /// Any value, through Foundation's trimming.
    static func general(_ value: String) -> MediaType {
        var type = MediaType(name: "", charset: nil)
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        type.name = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else {
                continue
            }
            type.charset = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\"")
            )
            .lowercased()
        }
        return type
    }

    /// The same reading for an ASCII value (every Content-Type a client sends), byte by byte: Foundation's
    /// `trimmingCharacters(in:)` and `CharacterSet` cost ~55 K instructions a POST for "text/plain; charset=utf-8".
    /// In ASCII, `.whitespaces` is space and tab and `lowercased` maps A–Z, so the answer is the same; nil for any
    /// other value, which takes the general path.
    static func ascii(_ value: String) -> MediaType? {
        var value = value
        return value.withUTF8 { bytes -> MediaType? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
            func text(_ range: Range<Int>, trimming quotes: Bool = false) -> String {
                var start = range.lowerBound
                var end = range.upperBound
                while start < end && isBlank(bytes[start]) { start += 1 }
                while end > start && isBlank(bytes[end - 1]) { end -= 1 }
                if quotes {
                    while start < end && bytes[start] == UInt8(ascii: "\"") { start += 1 }
                    while end > start && bytes[end - 1] == UInt8(ascii: "\"") { end -= 1 }
                }
                let lowered = bytes[start..<end].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
                return String(decoding: lowered, as: UTF8.self)
            }
            var parts: [Range<Int>] = []
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: ";") {
                parts.append(start..<index)
                start = index + 1
            }
            parts.append(start..<bytes.count)
            var type = MediaType(name: text(parts[0]), charset: nil)
            for part in parts.dropFirst() {
                // As `split(separator: "=", maxSplits: 1)`, which omits empty pieces: leading "="s are skipped, the
                // next "=" splits name from value, and a parameter left without both is skipped.
                var nameStart = part.lowerBound
                while nameStart < part.upperBound && bytes[nameStart] == UInt8(ascii: "=") { nameStart += 1 }
                guard let equals = bytes[nameStart..<part.upperBound].firstIndex(of: UInt8(ascii: "=")),
                    equals + 1 < part.upperBound,
                    text(nameStart..<equals) == "charset"
                else { continue }
                type.charset = text(equals + 1..<part.upperBound, trimming: true)
            }
            return type
        }
    }

    private init(name: String, charset: String?) {
        self.name = name
        self.charset = charset
    }
}

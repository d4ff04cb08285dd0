import ArgumentParser
import Extraction
import Foundation
import NewsAPI
import OrganizationModel

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse articles and print the result as JSON, without storing anything.",
        discussion: """
            With FILE arguments (or none, for stdin) prints one article JSON per input, as POST /extract answers. \
            With --jsonl reads JSON lines {"id", "text"} (or {"id", "html"} with --html) from stdin and writes one \
            line per document with the parsed fields, "entities" (every organization mention as an ORG span) and \
            "organizations", for ../shared/tools/ner_score.py and article_score.py.

            For timing (Benchmarks/articles/run.sh): --parse-only runs the article parser alone (body, title, \
            authors, date, source, dateline, language) and prints "entities" and "organizations" empty; \
            --cpu-time writes to stderr the input bytes analysed and the CPU time spent analysing them.
            """)

    @Argument(help: "Article files; '-' or none reads stdin.")
    var files: [String] = []

    @Flag(help: "Read the input as HTML (otherwise sniffed: a file starting with <!doctype html or <html is HTML).")
    var html = false

    @Flag(help: "Read JSON lines from stdin and write JSON lines.")
    var jsonl = false

    @Flag(help: "Parse only: skip organization finding (no model is loaded); entities and organizations are empty.")
    var parseOnly = false

    @Flag(
        help: """
            At the end, write to stderr the bytes of text or HTML analysed and the process CPU time spent in the \
            analysis calls alone (not reading or writing JSON, not loading the model).
            """)
    var cpuTime = false

    func validate() throws {
        if jsonl && !files.isEmpty { throw ValidationError("--jsonl reads stdin; give no files") }
    }

    func run() throws {
        let analyzer = parseOnly ? ArticleAnalyzer() : ArticleAnalyzer(finder: try OrganizationModel.finder())
        var clock = AnalysisClock()
        defer { if cpuTime { clock.report() } }
        if jsonl {
            try extractLines(analyzer, &clock)
            return
        }
        for file in files.isEmpty ? ["-"] : files {
            let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try readFile(file)
            guard let content = String(data: data, encoding: .utf8) else {
                throw ValidationError("\(file) is not UTF-8 text")
            }
            let format: ContentFormat = html ? .html : .sniffed(content)
            let article = clock.time(ArticleInput(content: content, format: format), analyze(analyzer))
            write(AnalysisOutput.article(article, format: format))
        }
    }

    /// The analysis this run asked for: the whole of it, or the parser alone.
    private func analyze(_ analyzer: ArticleAnalyzer) -> (ArticleInput) -> AnalyzedArticle {
        let parseOnly = parseOnly
        return { parseOnly ? analyzer.parse($0) : analyzer.analyze($0) }
    }

    private func extractLines(_ analyzer: ArticleAnalyzer, _ clock: inout AnalysisClock) throws {
        var lineNumber = 0
        while var line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let field = html ? "html" : "text"
            let member = try Self.members(of: &line, lineNumber: lineNumber)
            let id = member.id ?? "\(lineNumber)"
            guard let content = html ? member.html : member.text else {
                throw ValidationError("line \(lineNumber): no \"\(field)\" string")
            }
            // "fetched_at", as POST /articles takes it: the time a relative stamp on the page counts back from.
            var fetchedAt: FetchTime? = nil
            if let stamp = member.fetchedAt {
                guard let time = FetchTime(rfc3339: stamp) else {
                    throw ValidationError("line \(lineNumber): \"fetched_at\" is not an RFC 3339 timestamp")
                }
                fetchedAt = time
            }
            let input = ArticleInput(
                content: content, format: html ? .html : .plainText, url: member.url, fetchedAt: fetchedAt)
            write(AnalysisOutput.evaluationLine(id: id, clock.time(input, analyze(analyzer)), format: input.format))
        }
    }

    /// The string members of one JSON line: read in one pass by `ArticleJSONScanner` when the line is an object of
    /// strings (or nulls) named "id", "text", "html", "url", "source" and "fetched_at", as the evaluation sets
    /// are; any other line as `JSONSerialization` reads it, each member taken only if it is a string, and "id"
    /// printed whatever its value.
    static func members(of line: inout String, lineNumber: Int) throws -> ArticleJSONScanner.Members {
        if let members = line.withUTF8({ ArticleJSONScanner.members(of: $0, readingID: true) }) { return members }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw ValidationError("line \(lineNumber): not a JSON object")
        }
        return ArticleJSONScanner.Members(
            text: object["text"] as? String, html: object["html"] as? String, url: object["url"] as? String,
            fetchedAt: object["fetched_at"] as? String, id: object["id"].map { "\($0)" })
    }

    private func readFile(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        return data
    }

    private func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes + [0x0A]))
    }
}

/// Adds up the process CPU time spent analysing inputs and the bytes they held, for `extract --cpu-time`.
struct AnalysisClock {
    private var seconds = 0.0
    private var bytes = 0
    private var documents = 0

    mutating func time(_ input: ArticleInput, _ analysis: (ArticleInput) -> AnalyzedArticle) -> AnalyzedArticle {
        let start = Self.now()
        let article = analysis(input)
        seconds += Self.now() - start
        bytes += input.content.utf8.count
        documents += 1
        return article
    }

    func report() {
        let rate = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        let line =
            "cpu-time: \(documents) documents, \(bytes) bytes in \(String(format: "%.4f", seconds)) s (\(String(format: "%.3f", rate)) MB/s)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Process CPU time, so the figure does not depend on what else the machine runs.
    private static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

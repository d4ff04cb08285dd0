import ArgumentParser
import Extraction
import Foundation
import NewsAPI
import OrganizationModel

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse articles and print the result as JSON, without storing anything.",
        discussion: """
            With FILE arguments (or none, for stdin) prints one article JSON per input, as POST /extract answers.
            With --jsonl reads JSON lines {"id", "text"} (or {"id", "html"} with --html) from stdin and writes one
            line per document with the parsed fields, "entities" (every organization mention as an ORG span) and
            "organizations", for ../shared/tools/ner_score.py and article_score.py.
            """)

    @Argument(help: "Article files; '-' or none reads stdin.")
    var files: [String] = []

    @Flag(help: "Read the input as HTML (otherwise sniffed: a file starting with <!doctype html or <html is HTML).")
    var html = false

    @Flag(help: "Read JSON lines from stdin and write JSON lines.")
    var jsonl = false

    func validate() throws {
        if jsonl && !files.isEmpty { throw ValidationError("--jsonl reads stdin; give no files") }
    }

    func run() throws {
        let analyzer = ArticleAnalyzer(finder: try OrganizationModel.finder())
        if jsonl {
            try extractLines(analyzer)
            return
        }
        for file in files.isEmpty ? ["-"] : files {
            let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try readFile(file)
            guard let content = String(data: data, encoding: .utf8) else {
                throw ValidationError("\(file) is not UTF-8 text")
            }
            let format: ContentFormat = html ? .html : .sniffed(content)
            let article = analyzer.analyze(ArticleInput(content: content, format: format))
            write(AnalysisOutput.article(article, format: format))
        }
    }

    private func extractLines(_ analyzer: ArticleAnalyzer) throws {
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw ValidationError("line \(lineNumber): not a JSON object")
            }
            let id = object["id"].map { "\($0)" } ?? "\(lineNumber)"
            let field = html ? "html" : "text"
            guard let content = object[field] as? String else {
                throw ValidationError("line \(lineNumber): no \"\(field)\" string")
            }
            let input = ArticleInput(
                content: content, format: html ? .html : .plainText, url: object["url"] as? String)
            write(AnalysisOutput.evaluationLine(id: id, analyzer.analyze(input), format: input.format))
        }
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

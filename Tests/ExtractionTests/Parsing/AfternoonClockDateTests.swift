import Foundation
import Testing

@testable import Extraction

@Suite("A 24-hour clock past noon after an ambiguous slashed date shows the day first")
struct AfternoonClockDateTests {
    @Test("'05/02/2024 - 14:32' is 5 February; '05/02/2024 2:32 PM' stays month first; a part above 12 still decides")
    func order() {
        #expect(TextMetadataReader.numericDateOrder(["Issued on: 05/02/2024 - 14:32"]) == true)
        #expect(TextMetadataReader.numericDateOrder(["Posted 05/02/2024, 17:05"]) == true)
        #expect(TextMetadataReader.numericDateOrder(["Posted 05/02/2024 2:32 PM"]) == nil)
        #expect(TextMetadataReader.numericDateOrder(["Posted 05/02/2024 09:10"]) == nil)
        #expect(TextMetadataReader.numericDateOrder(["05/02/2024 - 14:32", "Updated 05/13/2024"]) == false)
    }

    @Test("A page copied without its address reads its numeric date with the day first under a 24-hour clock")
    func page() {
        let page = """
            Dockers strike halts ferries to the islands

            Issued on: 05/03/2024 - 16:20

            Ferry services to the islands were cancelled for a second day on Tuesday as dock workers walked out \
            over pay, the port authority said.

            Unions said the strike would continue until the end of the week unless talks resumed.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page))
        #expect(article.publishedAt.map { String($0.prefix(10)) } == "2024-03-05")
    }
}

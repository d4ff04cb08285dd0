import Testing

@testable import Extraction

@Suite("Site name candidates in the page's order")
struct SiteNameOrderTests {
    @Test("Candidates come in the order the page first writes them, so ties never depend on hashing")
    func firstWrittenFirst() throws {
        let matcher = SiteNameMatcher(url: try #require(PageURL("https://www.valleyledgerdaily.com/news/x")))
        let names = [
            "Valley Ledger Daily", "VALLEY LEDGER DAILY", "Valley Ledger", "The Valley Ledger Daily", "VLD",
            "Valley Ledger Daily News", "ValleyLedgerDaily", "valleyledgerdaily.com",
        ]
        let found = matcher.candidates(in: [], features: [], extra: names + names.reversed()).map(\.name)
        let expected = names.filter { found.contains($0) }
        #expect(found.count >= 4)
        #expect(found == expected)
    }
}

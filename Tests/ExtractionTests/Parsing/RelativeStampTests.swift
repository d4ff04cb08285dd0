import Foundation
import Testing

@testable import Extraction

/// Relative stamps ("Published 3 hours ago", "Yesterday at 6:30PM", "1 day ago", "Monday 6:30PM") read against the
/// time the client fetched the page, and never without it.
@Suite("Relative stamps counted back from the fetch time")
struct RelativeStampTests {
    /// A Tuesday morning, an hour east of UTC.
    let fetched = FetchTime(rfc3339: "2026-12-01T10:00:00+01:00")!

    func stamp(_ text: String) -> String? { TextMetadataReader.relativeStamp(text, fetched: fetched)?.iso }

    @Test("RFC 3339 timestamps are read; a date alone or a bad clock is not")
    func readsRFC3339() {
        #expect(FetchTime(rfc3339: "2026-12-01T09:30:00Z")?.moment.iso == "2026-12-01T09:30:00Z")
        #expect(FetchTime(rfc3339: "2026-12-01t09:30:00.250-05:00")?.moment.iso == "2026-12-01T09:30:00-05:00")
        for bad in ["2026-12-01", "2026-12-01T25:00:00Z", "2026-02-30T10:00:00Z", "2026-12-01T09:30:00", "soon", ""] {
            #expect(FetchTime(rfc3339: bad) == nil)
        }
    }

    @Test("Hours and minutes ago keep the fetch's offset and cross midnight and month ends")
    func hoursAgo() {
        #expect(stamp("Published 3 hours ago") == "2026-12-01T07:00:00+01:00")
        #expect(stamp("Updated: 2h ago") == "2026-12-01T08:00:00+01:00")
        #expect(stamp("an hour ago") == "2026-12-01T09:00:00+01:00")
        #expect(stamp("45 mins ago") == "2026-12-01T09:15:00+01:00")
        #expect(stamp("22 hours ago") == "2026-11-30T12:00:00+01:00")
        let newYear = FetchTime(rfc3339: "2027-01-01T01:00:00Z")!
        #expect(TextMetadataReader.relativeStamp("2 hours ago", fetched: newYear)?.iso == "2026-12-31T23:00:00Z")
    }

    @Test("Days and weeks ago name the day; months and years name none")
    func daysAgo() {
        #expect(stamp("1 day ago") == "2026-11-30")
        #expect(stamp("Posted 3 days ago") == "2026-11-28")
        #expect(stamp("2 weeks ago") == "2026-11-17")
        #expect(stamp("3 months ago") == nil)
        #expect(stamp("a year ago") == nil)
        // Counted back past the years a date is read in (from 1900), a stamp gives none.
        let edge = FetchTime(rfc3339: "1900-01-01T00:30:00Z")!
        #expect(TextMetadataReader.relativeStamp("1 day ago", fetched: edge) == nil)
    }

    @Test("Yesterday, today and a weekday with its clock")
    func namedDays() {
        #expect(stamp("Yesterday at 6:30PM") == "2026-11-30T18:30")
        #expect(stamp("Today, 09:15") == "2026-12-01T09:15")
        #expect(stamp("Yesterday") == "2026-11-30")
        #expect(stamp("Monday 6:30PM") == "2026-11-30T18:30")
        #expect(stamp("Fri at 7 p.m.") == "2026-11-27T19:00")
        // The fetch's own weekday: today when the clock has passed, else a week back.
        #expect(stamp("Tuesday 8:00AM") == "2026-12-01T08:00")
        #expect(stamp("Tuesday 11:00PM") == "2026-11-24T23:00")
    }

    @Test("Lines that only look like stamps are not read")
    func notStamps() {
        #expect(stamp("Monday") == nil)
        #expect(stamp("Monday Night Football") == nil)
        #expect(stamp("The village that lost its glacier 50 years ago") == nil)
        #expect(stamp("Yesterday's news") == nil)
        #expect(stamp("3 hours") == nil)
    }

    static let page = """
        The Harbour Times

        Council approves new ferry terminal for the harbour

        By Jane Porter

        Published 1 day ago

        The city council on Tuesday approved a new ferry terminal, ending years of debate over the waterfront. The \
        terminal will open in 2028 and serve 4,000 passengers a day, officials said.

        Critics said the cost was too high for a city of this size and that the money should go to schools instead.
        """

    @Test("A page whose only stamp is relative gets its day from the fetch time, and none without it")
    func parserUsesTheFetchTime() {
        let with = ArticleParser().parse(ArticleInput(content: Self.page, fetchedAt: fetched))
        #expect(with.publishedAt == "2026-11-30")
        #expect(ArticleParser().parse(ArticleInput(content: Self.page)).publishedAt == nil)
    }

    @Test("A written date wins over a relative stamp beside it")
    func writtenDateWins() {
        let page = Self.page.replacingOccurrences(
            of: "Published 1 day ago", with: "Published: Nov. 29, 2026 at 4:18 PM | Updated: 2 hours ago")
        let parsed = ArticleParser().parse(ArticleInput(content: page, fetchedAt: fetched))
        #expect(parsed.publishedAt?.hasPrefix("2026-11-29") == true)
    }
}

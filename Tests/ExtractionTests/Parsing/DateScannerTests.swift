import Testing

@testable import Extraction

@Suite("Dates")
struct DateScannerTests {
    @Test(
        "Common date forms become ISO 8601 as far as they are known",
        arguments: [
            ("2020-11-12 10:30", "2020-11-12T10:30"),
            ("GENEVA 2024-05-14", "2024-05-14"),
            ("June 3, 2025 at 7:45 a.m. ET", "2025-06-03T07:45:00-04:00"),
            ("January 9, 2025 at 7:45 p.m. ET", "2025-01-09T19:45:00-05:00"),
            ("21/11/2023", "2023-11-21"),
            ("Sunday 9 February 2025 18:20 GMT", "2025-02-09T18:20:00Z"),
            ("2019-11-18T20:51:19Z", "2019-11-18T20:51:19Z"),
            ("Published 2019-11-19T08:00:00-05:00", "2019-11-19T08:00:00-05:00"),
            ("Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03:00-05:00"),
            ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22T20:13"),
            ("Von Jana Roth publiziert am 25. September 2018", "2018-09-25"),
            ("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19T06:56:00-05:00"),
            ("Published Wed, Nov 20 20194:29 AM EST", "2019-11-20T04:29:00-05:00"),
            ("21:17 18.11.2019", "2019-11-18T21:17"),
            ("Updated: 30-Nov-2026 10:05 IST", "2026-11-30T10:05:00+05:30"),
            ("Published on 4-Mar-2024", "2024-03-04"),
            ("Posted: Nov-30-2026 08:15 PM", "2026-11-30T20:15"),
            ("Updated Dec-01-2026", "2026-12-01"),
        ])
    func forms(text: String, iso: String) {
        #expect(DateScanner().dates(in: text).first?.date.iso == iso)
    }

    @Test("Relative times and bare numbers are never turned into dates")
    func relativeTimes() {
        for text in [
            "Updated 3 hours ago", "Published 1 day ago", "2 days", "Image 1 of 23", "Call 555-1234", "32/13/2020",
            "Open 9-May to 12-June", "30-Nov 2026", "Nov-30 2026", "Nov-30", "Nov-31-2026",
        ] {
            #expect(DateScanner().dates(in: text).isEmpty, "\(text)")
        }
    }

    @Test("Ambiguous numeric dates read month first in English and day first elsewhere")
    func ambiguousNumericDates() {
        #expect(DateScanner().dates(in: "03/04/2021").first?.date.iso == "2021-03-04")
        #expect(DateScanner(dayFirst: true).dates(in: "03/04/2021").first?.date.iso == "2021-04-03")
    }
}

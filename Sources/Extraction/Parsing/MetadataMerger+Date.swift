/// The publication date of an HTML page, from the date its text shows and the dates its metadata declares.
extension MetadataMerger {
    /// The visible date first (metadata's UTC stamps are often a day off the local day the page shows); metadata
    /// fills the gap, adds the time of day to a visible date without one, and overrides the visible date in two
    /// shapes: it states the same moment in another zone, or it declares a publication days away from it.
    static func mergeDate(_ page: PageMetadata, into parsed: inout ParsedArticle, visible: PublicationDate?) {
        let scanner = DateScanner()
        func read(_ values: [String?]) -> [PublicationDate] {
            values.compactMap { $0 }.compactMap { scanner.dates(in: $0).first?.date }.filter { $0.year > 1990 }
        }
        // What the page's head declares as its publication, as against the <time> elements of its body, which
        // stamp related stories and comments as well.
        let declared = read([
            page.meta["article:published_time"], page.ld.datePublished, page.meta["og:published_time"],
            page.meta["datepublished"], page.meta["date"], page.meta["pubdate"], page.meta["publishdate"],
            page.meta["dc.date.issued"], page.meta["dc.date"], page.meta["sailthru.date"],
            page.meta["parsely-pub-date"],
        ])
        let metaDates = declared + read([page.times.first(where: { $0.inArticle })?.value, page.times.first?.value])
        guard let visible else {
            if let first = metaDates.first {
                parsed.publishedAt = first.iso
                parsed.record(FieldOrigin(field: "published_at", place: .meta, detail: "published time"))
            }
            return
        }
        if let stated = declared.first, daysApart(visible, stated) >= 2 {
            // "Last updated 30 November" or a related story's date taken for the page's own, against a
            // datePublished days before or after: a zone puts the two a day apart at most.
            parsed.publishedAt = stated.iso
            record(&parsed, "declared publication days from the date line")
        } else if visible.offsetMinutes != nil, visible.hour != nil,
            // The page's <time datetime> values, where a shown stamp's machine-readable moment stands; read only
            // for a shown stamp with its clock and zone, the one kind they can be compared with.
            let same = read(page.times.prefix(Self.timesReach).map(\.value)).first(where: { sameMoment(visible, $0) }),
            same.day10 != visible.day10
        {
            // "11:26 pm EST, Tuesday, November 19" shown as the text of <time datetime="2019-11-20T04:26:50Z">:
            // the page states the moment for machines in UTC, and that statement's day is the one it declares. A
            // stamp shown without such an element keeps its local day, whatever the head's UTC time says.
            parsed.publishedAt = same.iso
            record(&parsed, "the date line's moment as the page's metadata states it")
        } else if visible.hour == nil,
            let full = metaDates.first(where: { $0.day10 == visible.day10 && $0.hour != nil })
        {
            parsed.publishedAt = full.iso
            if let k = parsed.provenance.firstIndex(where: { $0.field == "published_at" }) {
                parsed.provenance[k].detail = "date line; time from the page's metadata"
            }
        }
    }

    /// The date now comes from the metadata: its origin says so in place of the date line's.
    private static func record(_ parsed: inout ParsedArticle, _ detail: String) {
        parsed.provenance.removeAll { $0.field == "published_at" }
        parsed.record(FieldOrigin(field: "published_at", place: .meta, detail: detail))
    }

    /// How many of a page's <time> elements are compared with its shown stamp (related stories add many).
    static let timesReach = 12

    /// Whole days between two dates' calendar days, either way.
    static func daysApart(_ a: PublicationDate, _ b: PublicationDate) -> Int {
        abs(FetchTime.dayNumber(a) - FetchTime.dayNumber(b))
    }

    /// Whether two stamps name the same moment within five minutes: the visible one with its zone, the declared
    /// one with its offset, or in UTC when it gives none (a database's "2019-11-19 02:24:00").
    static func sameMoment(_ visible: PublicationDate, _ declared: PublicationDate) -> Bool {
        guard let offset = visible.offsetMinutes, let vh = visible.hour, let dh = declared.hour else { return false }
        func utcMinutes(_ d: PublicationDate, _ hour: Int, _ offset: Int) -> Int {
            FetchTime.dayNumber(d) * 1440 + hour * 60 + (d.minute ?? 0) - offset
        }
        let apart = utcMinutes(visible, vh, offset) - utcMinutes(declared, dh, declared.offsetMinutes ?? 0)
        return abs(apart) <= 5
    }
}

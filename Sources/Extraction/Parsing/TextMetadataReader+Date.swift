import Foundation

/// The publication date: the best-scored date near the title and byline, then in the page header, then a labelled
/// stamp under the story (`below` is true then: that line ends no header above the lead).
extension TextMetadataReader {
    func chooseDate(title: Int?, anchor: Int?) -> (date: PublicationDate, block: Int, below: Bool)? {
        var scanner = DateScanner(dayFirst: writesDayFirst)
        // "Posted Nov 18, 8:19 PM" has no year; the address's year and month ("/2019/11/") complete it.
        if let year = pageURL?.year, let month = pageURL?.month { scanner.assumedYear = (year, month) }
        let centre = anchor ?? title ?? bodyStart
        guard !blocks.isEmpty else { return nil }
        let nearLo = max(0, min(centre, title ?? centre) - 6, bodyStart - 40)
        let nearHi = min(blocks.count - 1, max(bodyStart + 1, centre + 8, (title ?? 0) + 10))
        let near =
            nearLo <= nearHi
            ? bestDate(in: nearLo...nearHi, centre: centre, title: title, anchor: anchor, scanner: scanner) : nil
        let urlDay = pageURL?.date?.day10
        if let near, urlDay == nil || near.0.day10 == urlDay { return (near.0, near.1, false) }
        // Nothing beside the headline (or not the address's day): the date nearest it in the page's header.
        let headerLo = max(0, bodyStart - Self.headerReach)
        let headerHi = min(blocks.count - 1, bodyStart + 3)
        let header =
            headerLo <= headerHi
            ? bestDate(in: headerLo...headerHi, centre: centre, title: title, anchor: anchor, scanner: scanner) : nil
        if let header, near == nil || header.0.day10 == urlDay { return (header.0, header.1, false) }
        // Under the lead, a date that is not the address's day ("/2026/11/30/") stamps a comment or a related
        // story: the address's day stands (`read` falls back to it).
        if let near, urlDay != nil, near.1 > bodyStart { return nil }
        if let near { return (near.0, near.1, false) }
        return labelledDateBelow(scanner: scanner).map { ($0.0, $0.1, true) }
    }

    /// "First published on March 6, 2024 at 5:12pm" under the story: a page whose header says only how long ago it
    /// went up ("2 hours ago") states the day in its footer, on a short line opening with the label. Asked only when
    /// nothing above the story is a date; the first such line under the lead, down to twelve blocks past the story
    /// (the author's note under it may be in the selection; a comment's stamp carries no such label).
    func labelledDateBelow(scanner: DateScanner) -> (PublicationDate, Int)? {
        guard let first = selection.blocks.first, let last = selection.blocks.last else { return nil }
        let hi = min(blocks.count - 1, max(last, selection.run?.upperBound ?? last) + 12)
        guard first < hi else { return nil }
        for i in (first + 1)...hi where features[i].words <= 16 && ByteSearch.holdsDigit(blocks[i].text) {
            let lower = ScalarClass.lowercased(blocks[i].text)
            guard Self.footerDateLabels.contains(where: { lower.hasPrefix($0) }) else { continue }
            if let found = scanner.dates(in: blocks[i].text).first { return (found.date, i) }
        }
        return nil
    }

    static let footerDateLabels = [
        "first published", "published", "originally published", "first posted", "posted",
        "this article was first published", "this article was originally published",
        "this story was originally published",
    ]

    private func bestDate(
        in range: ClosedRange<Int>, centre: Int, title: Int?, anchor: Int? = nil, scanner: DateScanner
    ) -> (PublicationDate, Int)? {
        guard range.lowerBound <= range.upperBound, range.upperBound < blocks.count else { return nil }
        var best: (score: Double, date: PublicationDate, block: Int)? = nil
        for i in range where features[i].length <= 40 || i == bodyStart {
            // A line without a digit holds no date in any of its parts (see `DateScanner.dates`).
            guard ByteSearch.holdsDigit(blocks[i].text) else { continue }
            // What the line says of all its dates is worked out once per line, and what a part says once per
            // part: the body's block may hold thousands of dates, and asking per date made it quadratic.
            var lineScore = -abs(Double(i - centre)) * 0.5
            if let title, i < title { lineScore -= 1 }
            // A short line right under the byline is the byline box's stamp, even when the selection opens above it
            // (with the writer's role: "Alex Rossi" over "International correspondent @alexrossiSky" over the date).
            if i > bodyStart && selection.blocks.contains(i) && !stampsByline(i, anchor: anchor) { lineScore -= 3 }
            var caption: Bool? = nil
            // "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": each label speaks for its own part of the line.
            // "Mis à jour le 20/02/2026, publié le 19/02/2026": each label speaks for the dates after it too.
            for whole in Self.dateParts(blocks[i].text) {
                let wholeDates = scanner.dates(in: whole)
                guard !wholeDates.isEmpty else { continue }
                let wholeLower = whole.lowercased()
                let parts = Self.partsAtLabels(whole, lowered: wholeLower)
                for part in parts {
                    // A part cut at its labels is lowered already.
                    let dates = parts.count == 1 ? wholeDates : scanner.dates(in: part)
                    guard !dates.isEmpty else { continue }
                    var partScore = lineScore + Self.labelScore(parts.count == 1 ? wholeLower : part)
                    if caption == nil { caption = Self.looksLikeCaption(blocks[i].text) }
                    if caption! { partScore -= 4 }
                    for found in dates {
                        var score = partScore
                        if found.date.hour != nil { score += 0.5 }
                        if let pageURL, let year = pageURL.year, found.date.year == year,
                            found.date.month == pageURL.month
                        {
                            score += found.date.day == pageURL.day ? 4 : pageURL.day == nil ? 1 : 0
                        }
                        if best == nil || score > best!.score { best = (score, found.date, i) }
                    }
                }
            }
        }
        return best.map { ($0.date, $0.block) }
    }

    /// What a line's (lowered) labels say of its dates: "Published" and "Posted" for, "Updated" against.
    static func labelScore(_ lower: String) -> Double {
        // The ASCII labels by their bytes where those answer (`LineShortcuts.contains`).
        func says(_ label: String, _ bytes: [UInt8]) -> Bool {
            LineShortcuts.contains(lower, bytes) ?? lower.contains(label)
        }
        var score = 0.0
        if says("publi", publiBytes) || says("posted", postedBytes) || lower.contains("veröffentlicht") {
            score += 3
        }
        if says("updated", updatedBytes) || says("modified", modifiedBytes)
            || says("aktualisiert", aktualisiertBytes)
        {
            score -= 1.5
        }
        return score + otherLanguagesLabelScore(lower)
    }

    /// Whether "12/03/2025" on this page is 12 March. The page's own unambiguous numeric dates decide first
    /// ("25/11/2024" elsewhere on it); then its language (English is the only one usually written month first); then
    /// its address's country domain, since English-language sites outside the United States (".co.uk", ".com.au",
    /// ".in", AFP's ".fr") write the day first.
    var writesDayFirst: Bool {
        if let dayFirst = Self.numericDateOrder(blocks.lazy.map(\.text)) { return dayFirst }
        if language != "en" && language != "und" { return true }
        guard let host = pageURL?.host, let dot = host.lastIndex(of: ".") else { return false }
        let country = host[host.index(after: dot)...]
        return country.utf8.count == 2 && !Self.monthFirstOrGenericDomains.contains(String(country))
    }

    /// Two-letter domains of countries that write the month first (the United States, the Philippines, Micronesia,
    /// Palau; Canada mixes both), and ones sold as generic names (".io", ".tv", ".ai").
    static let monthFirstOrGenericDomains: Set<String> = [
        "us", "ph", "fm", "pw", "ca", "io", "co", "ai", "me", "tv", "ly", "gg", "cc", "ws", "to", "la", "sh", "so",
        "am", "vc", "gl",
    ]

    /// The order the lines' slashed numeric dates show when one part is above 12: true for day first ("25/11/2024"),
    /// false for month first ("11/25/2024"), nil when none shows it or they disagree as often one way as the other.
    /// When none shows it, a 24-hour clock past noon right after a date ("05/02/2024 - 14:32") says day first:
    /// sites that write the month first write "2:32 PM".
    static func numericDateOrder<Lines: Sequence<String>>(_ lines: Lines) -> Bool? {
        var dayFirst = 0
        var monthFirst = 0
        var afternoonClocks = 0
        for line in lines where ByteSearch.holds(line, byte: 0x2F) {
            let bytes = Array(line.utf8)
            var i = 0
            while i < bytes.count {
                // d{1,2} / d{1,2} / d{2,4}, not inside a longer run of digits or slashes (an address's path)
                guard isDigit(bytes[i]), i == 0 || (!isDigit(bytes[i - 1]) && bytes[i - 1] != 0x2F) else {
                    i += 1
                    continue
                }
                let (a, afterA) = number(bytes, from: i)
                guard afterA - i <= 2, afterA < bytes.count, bytes[afterA] == 0x2F else {
                    i = afterA
                    continue
                }
                let (b, afterB) = number(bytes, from: afterA + 1)
                guard afterB - afterA - 1 >= 1, afterB - afterA - 1 <= 2, afterB < bytes.count, bytes[afterB] == 0x2F
                else {
                    i = afterA + 1
                    continue
                }
                let (_, afterC) = number(bytes, from: afterB + 1)
                let yearDigits = afterC - afterB - 1
                i = afterC
                guard yearDigits == 2 || yearDigits == 4, afterC == bytes.count || bytes[afterC] != 0x2F else {
                    continue
                }
                if a > 12 && a <= 31 && b >= 1 && b <= 12 { dayFirst += 1 }
                if b > 12 && b <= 31 && a >= 1 && a <= 12 { monthFirst += 1 }
                if a >= 1 && a <= 12 && b >= 1 && b <= 12 && afternoonClock(bytes, from: afterC) {
                    afternoonClocks += 1
                }
            }
        }
        if dayFirst == monthFirst { return dayFirst == 0 && afternoonClocks > 0 ? true : nil }
        return dayFirst > monthFirst
    }

    /// Whether a 24-hour time from 13:00 to 23:59 follows a date's end, past at most four spaces, dashes, bars
    /// or commas: "05/02/2024 - 14:32", "05/02/2024, 17:05".
    private static func afternoonClock(_ bytes: [UInt8], from start: Int) -> Bool {
        var i = start
        while i < bytes.count, i - start < 4, [0x20, 0x2D, 0x7C, 0x2C].contains(bytes[i]) { i += 1 }
        guard i + 4 < bytes.count, isDigit(bytes[i]), isDigit(bytes[i + 1]), bytes[i + 2] == 0x3A,
            isDigit(bytes[i + 3]), isDigit(bytes[i + 4])
        else { return false }
        let hour = Int(bytes[i] - 0x30) * 10 + Int(bytes[i + 1] - 0x30)
        let minute = Int(bytes[i + 3] - 0x30) * 10 + Int(bytes[i + 4] - 0x30)
        return hour >= 13 && hour <= 23 && minute <= 59 && (i + 5 == bytes.count || !isDigit(bytes[i + 5]))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func number(_ bytes: [UInt8], from start: Int) -> (value: Int, end: Int) {
        var value = 0
        var end = start
        while end < bytes.count, isDigit(bytes[end]), end - start < 5 {
            value = value * 10 + Int(bytes[end] - 0x30)
            end += 1
        }
        return (value, end)
    }

    /// `opensDateLine(text.lowercased())`, without the lowered copy for an ASCII line whose first byte, lowered,
    /// opens no opener (an ASCII line lowers byte by byte; `LineOpening.asciiLeads`).
    static func lineOpensDateLine(_ text: String) -> Bool {
        if ByteSearch.isASCII(text), let first = text.utf8.first,
            !dateLineLeads[Int(first &- 0x41 < 26 ? first + 32 : first)]
        {
            return false
        }
        return opensDateLine(ScalarClass.lowercased(text))
    }

    static let dateLineLeads = LineOpening.asciiLeads(dateLineOpenings)
    static let publiBytes = Array("publi".utf8)
    static let postedBytes = Array("posted".utf8)
    static let updatedBytes = Array("updated".utf8)
    static let modifiedBytes = Array("modified".utf8)
    static let aktualisiertBytes = Array("aktualisiert".utf8)
    /// The bytes of ";", its equivalent U+037E, "|", "•" and "·": a line holding none of them holds none of the
    /// separators for Foundation either (it matches a scalar only where the scalar or an equivalent one is).
    static let separatorBytes: [[UInt8]] = [[0x3B], [0xCD, 0xBE], [0x7C], Array("•".utf8), Array("·".utf8)]

    /// A line cut where a separator starts a new label ("Updated …; Posted …", "Published … | Updated …",
    /// "Updated: March 7, 2024 · Published March 5, 2024": blog themes set their meta fields apart by a middle dot).
    static func dateParts(_ text: String) -> [String] {
        // On ASCII text the bytes answer ("•" cannot occur); elsewhere ";" has an equivalent (U+037E), so ask,
        // unless no separator's bytes occur.
        let ascii: Bool? =
            ByteSearch.isASCII(text)
            ? text.utf8.contains { $0 == 0x3B || $0 == 0x7C }
            : Self.separatorBytes.contains { ByteSearch.contains(text, $0) } ? nil : false
        guard ascii ?? (text.contains(";") || text.contains("|") || text.contains("•") || text.contains("·")) else {
            return [text]
        }
        return text.split(whereSeparator: { $0 == ";" || $0 == "|" || $0 == "•" || $0 == "·" }).map(String.init)
    }
}

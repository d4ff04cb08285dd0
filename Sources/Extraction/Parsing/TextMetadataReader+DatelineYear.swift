/// Wire copy dates its dateline without the year ("WASHINGTON, Dec 1 (Reuters) -"). When the page shows no other
/// date, the year comes from what else the page says of its time: the year in its address, else the time it was
/// fetched, else the year of its copyright line, which a site renders as the current year.
extension TextMetadataReader {
    /// The dateline's date, with its year completed when it wrote none; nil when no year can be had.
    func datelineDate(_ dateline: Dateline?) -> PublicationDate? {
        guard let dateline else { return nil }
        if let date = dateline.date { return date }
        guard let day = dateline.dayWithoutYear, let year = datelineYear(day) else { return nil }
        guard PublicationDate.isValid(year: year, month: day.month, day: day.day) else { return nil }
        return PublicationDate(year: year, month: day.month, day: day.day)
    }

    private func datelineYear(_ day: Dateline.DayWithoutYear) -> Int? {
        if let pageURL, let year = pageURL.year {
            // "/2027/01/" on a story datelined Dec 31 went up the next month.
            if let month = pageURL.month, day.month > month { return year - 1 }
            return year
        }
        if let fetched = fetchTime?.moment {
            // The last such day on or before the fetch's (a day later still counts: the zones differ).
            let later = (day.month, day.day) > (fetched.month, fetched.day + 1)
            return later ? fetched.year - 1 : fetched.year
        }
        return Self.copyrightYear(blocks.suffix(Self.footerReach).map(\.text))
    }

    /// How many of the page's last lines are looked at for its copyright line.
    static let footerReach = 40

    /// The latest year a copyright line states ("© 2026 Reuters", "Copyright 2002-2026 …"), from 1990 to 2100.
    static func copyrightYear(_ lines: [String]) -> Int? {
        var latest: Int? = nil
        for line in lines where line.utf8.count <= 200 && ByteSearch.holdsDigit(line) {
            guard line.contains("©") || ScalarClass.lowercased(line).contains("copyright") else { continue }
            var run = 0
            var value = 0
            for byte in line.utf8 + [0x20] {
                if byte >= 0x30 && byte <= 0x39 {
                    run += 1
                    value = value * 10 + Int(byte - 0x30)
                    continue
                }
                if run == 4, (1990...2100).contains(value) { latest = max(latest ?? value, value) }
                run = 0
                value = 0
            }
        }
        return latest
    }
}

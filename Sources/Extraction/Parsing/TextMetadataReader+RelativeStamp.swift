/// A stamp that says how long ago the story went up ("Published 3 hours ago", "1 day ago", "Yesterday at 6:30PM",
/// "Monday 6:30PM") names a day only against the time the page was fetched. With that time (`fetchTime`, from the
/// client) it is read when the page states no date at all, nearest the headline and byline first.
extension TextMetadataReader {
    /// The day of the relative stamp nearest the headline or byline, among the short lines around them.
    /// Nil without a fetch time.
    func relativeDate(title: Int?, anchor: Int?) -> (date: PublicationDate, block: Int)? {
        guard let fetched = fetchTime, !blocks.isEmpty else { return nil }
        let centre = anchor ?? title ?? bodyStart
        let lo = max(0, min(centre, title ?? centre) - 6, bodyStart - 40)
        let hi = min(blocks.count - 1, max(bodyStart + 1, centre + 8, (title ?? 0) + 10))
        guard lo <= hi else { return nil }
        var best: (score: Double, date: PublicationDate, block: Int)? = nil
        for i in lo...hi where features[i].length <= 60 && !selection.blocks.contains(i) {
            for part in Self.dateParts(blocks[i].text) {
                guard let date = Self.relativeStamp(part, fetched: fetched) else { continue }
                let score = -abs(Double(i - centre)) * 0.5 + Self.labelScore(part.lowercased())
                if best == nil || score > best!.score { best = (score, date, i) }
            }
        }
        return best.map { ($0.date, $0.block) }
    }

    /// The moment or day `text` names relative to `fetched`, when the whole of it is such a stamp (after a label:
    /// "Published", "Updated:", "Posted on"); nil otherwise, and for months and years ago, which name no day.
    static func relativeStamp(_ text: String, fetched: FetchTime) -> PublicationDate? {
        withinReadYears(countedBack(text, fetched: fetched))
    }

    /// `relativeStamp` before the years' check.
    private static func countedBack(_ text: String, fetched: FetchTime) -> PublicationDate? {
        // Every form holds a number, "yesterday", "today", a weekday or "a"/"an": a line over 40 bytes is no stamp
        // (a headline ending in "ago" is longer).
        guard text.utf8.count <= 40 else { return nil }
        var t = DateScanner.tokenize(text)
        while let first = t.first, first.kind == .symbol || relativeLabels.contains(first.text) { t.removeFirst() }
        while let last = t.last, last.kind == .symbol { t.removeLast() }
        guard let first = t.first else { return nil }
        // "3 hours ago", "an hour ago", "2h ago"
        if let lastWord = t.last, lastWord.kind == .word, lastWord.text == "ago", t.count == 3 {
            let count: Int
            if first.kind == .number, first.digits <= 3 {
                count = first.value
            } else if first.kind == .word, first.text == "a" || first.text == "an" || first.text == "one" {
                count = 1
            } else {
                return nil
            }
            guard t[1].kind == .word else { return nil }
            switch t[1].text {
            case "s", "sec", "secs", "second", "seconds": return fetched.minutesBefore(0)
            case "m", "min", "mins", "minute", "minutes": return fetched.minutesBefore(count)
            case "h", "hr", "hrs", "hour", "hours": return fetched.minutesBefore(count * 60)
            case "d", "day", "days": return fetched.dayBefore(count)
            case "w", "wk", "wks", "week", "weeks": return fetched.dayBefore(count * 7)
            default: return nil
            }
        }
        // "Yesterday at 6:30PM", "Today, 09:15", "Monday 6:30PM", "Mon at 18:30"
        guard first.kind == .word else { return nil }
        var k = 1
        if k < t.count, (t[k].kind == .symbol && t[k].text == ",") || t[k].text == "at" { k += 1 }
        let clock = Self.clock(t, from: k)
        if clock == nil && k < t.count { return nil }
        var day: PublicationDate
        if first.text == "today" {
            day = fetched.dayBefore(0)
        } else if first.text == "yesterday" {
            day = fetched.dayBefore(1)
        } else if let weekday = weekdays[first.text], let clock {
            // The last such weekday on or before the fetch's day; the fetch's own weekday only when its clock has
            // passed (sites write "Today" for today, so a later clock means a week back).
            let today = PublicationDate.weekday(
                year: fetched.moment.year, month: fetched.moment.month, day: fetched.moment.day)
            var back = (today - weekday + 7) % 7
            let fetchedClock = (fetched.moment.hour ?? 0) * 60 + (fetched.moment.minute ?? 0)
            if back == 0 && clock.hour * 60 + clock.minute > fetchedClock { back = 7 }
            day = fetched.dayBefore(back)
        } else {
            return nil
        }
        if let clock {
            day.hour = clock.hour
            day.minute = clock.minute
        }
        return day
    }

    /// The stamp's date when it falls in the years a date is read in (`PublicationDate.isValid`): a fetch time at
    /// the range's edge counted back past it gives none.
    static func withinReadYears(_ date: PublicationDate?) -> PublicationDate? {
        guard let date, PublicationDate.isValid(year: date.year, month: date.month, day: date.day) else { return nil }
        return date
    }

    /// "6:30PM", "6:30 p.m.", "18:30", "6pm" from token `i` to the end of the tokens; nil for anything else.
    private static func clock(_ t: [DateScanner.Token], from i: Int) -> (hour: Int, minute: Int)? {
        guard i < t.count, t[i].kind == .number, t[i].digits <= 2 else { return nil }
        var hour = t[i].value
        var minute = 0
        var k = i + 1
        if k + 1 < t.count, t[k].kind == .symbol, t[k].text == ":", t[k + 1].kind == .number, t[k + 1].digits == 2 {
            minute = t[k + 1].value
            k += 2
        }
        var half: String? = nil
        if k < t.count, t[k].kind == .word, ["am", "pm", "a", "p"].contains(t[k].text) {
            half = t[k].text
            k += 1
            while k < t.count, (t[k].kind == .symbol && t[k].text == ".") || t[k].text == "m" { k += 1 }
        } else if k == i + 1 {
            return nil  // a bare number is no clock
        }
        // A zone after the clock ("6:30PM EST") says nothing more of the day.
        if k < t.count, t[k].kind == .word, DateScanner.zones[t[k].text] != nil { k += 1 }
        guard k == t.count, minute < 60 else { return nil }
        if let half {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (half.hasPrefix("p") ? 12 : 0)
        }
        return hour < 24 ? (hour, minute) : nil
    }

    /// Labels before a stamp, lowercased words.
    static let relativeLabels: Set<String> = [
        "published", "posted", "updated", "last", "first", "on", "modified", "created",
        // "This was published 2 hours ago", "This article was updated 5 minutes ago".
        "this", "was", "article", "story",
    ]

    /// Weekday names and abbreviations, 0 = Sunday (as `PublicationDate.weekday`).
    static let weekdays: [String: Int] = [
        "sunday": 0, "sun": 0, "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    ]
}

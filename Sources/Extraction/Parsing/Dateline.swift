import Foundation

/// Reads the dateline that opens a news story: "GENEVA 2024-05-14", "WATERLOO, Iowa —", "LONDON (Reuters) -",
/// "SAN FRANCISCO, Nov. 12, 2020 /PRNewswire/ --".
struct Dateline: Equatable {
    var place: String
    /// An agency named in parentheses or between slashes ("Reuters", "PRNewswire").
    var agency: String?
    /// The agency stood between slashes, as press-release wires sign ("/PRNewswire/").
    var isWire = false
    var date: PublicationDate?
    /// The month and day a wire desk writes without the year ("COPENHAGEN, Feb 9 (Reuters) -"); the page's
    /// address, fetch time or copyright line may give the year (`TextMetadataReader.datelineDate`).
    var dayWithoutYear: DayWithoutYear?

    struct DayWithoutYear: Equatable {
        var month: Int
        var day: Int
    }

    static func read(_ paragraph: String) -> Dateline? {
        let scalars = Array(paragraph.unicodeScalars.prefix(160))
        return readCapitals(scalars) ?? readAgencyPlace(scalars)
    }

    /// "Paris (AFP) -", "Mexico City (Reuters) —": a place in ordinary capitalisation, told from a sentence's opening
    /// by a wire agency in parentheses right after it and a dash.
    static func readAgencyPlace(_ scalars: [Unicode.Scalar]) -> Dateline? {
        guard let open = scalars.prefix(48).firstIndex(of: "("), open > 2,
            let close = scalars[open...].prefix(24).firstIndex(of: ")")
        else { return nil }
        var place = ScalarClass.string(scalars[..<open]).trimmingCharacters(in: .whitespaces)
        // "Mumbai, Aug 29 (Reuters) -": the month and day (no year) that Reuters' Asian desks write after the place.
        var dayWithoutYear: DayWithoutYear? = nil
        if let comma = place.firstIndex(of: ","), isMonthAndDay(place[place.index(after: comma)...]) {
            dayWithoutYear = monthAndDay(Array(place[place.index(after: comma)...].unicodeScalars))
            place = String(place[..<comma])
        }
        let words = place.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...4).contains(words.count),
            words.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }),
            !place.unicodeScalars.contains(where: ScalarClass.isDigit)
        else { return nil }
        let agency = ScalarClass.string(scalars[(open + 1)..<close]).trimmingCharacters(in: .whitespaces)
        guard ParsingLexicon.wireAgencies[agency.lowercased()] != nil || Self.newsrooms.contains(agency) else {
            return nil
        }
        var i = close + 1
        while i < scalars.count && ScalarClass.isSpace(scalars[i]) { i += 1 }
        guard i < scalars.count, ["—", "–", "-", "―"].contains(scalars[i]) else { return nil }
        return Dateline(place: place, agency: agency, dayWithoutYear: dayWithoutYear)
    }

    /// The month and day of "Aug 29" / " Sept. 3" (after `isMonthAndDay` said it is one).
    static func monthAndDay(_ scalars: [Unicode.Scalar]) -> DayWithoutYear? {
        var start = 0
        while start < scalars.count, ScalarClass.isSpace(scalars[start]) { start += 1 }
        guard let end = monthAndDay(scalars, from: start) else { return nil }
        return dayWithoutYear(scalars, start, end)
    }

    /// The month and day between `start` (the month's first letter) and `end` (after the day's digits).
    private static func dayWithoutYear(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> DayWithoutYear? {
        var j = start
        while j < end, ScalarClass.isLetter(scalars[j]) { j += 1 }
        guard let month = DateScanner.months[ScalarClass.string(scalars[start..<j]).lowercased()] else { return nil }
        var digits = end
        while digits > j, ScalarClass.isDigit(scalars[digits - 1]) { digits -= 1 }
        guard let day = Int(ScalarClass.string(scalars[digits..<end])), (1...31).contains(day) else { return nil }
        return DayWithoutYear(month: month, day: day)
    }

    /// "Aug 29", "Sept. 3", "March 12": a month's name and a day of the month.
    static func isMonthAndDay(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard words.count == 2, let day = Int(words[1]), (1...31).contains(day), words[1].count <= 2 else {
            return false
        }
        var month = words[0].lowercased()
        if month.hasSuffix(".") { month.removeLast() }
        return DateScanner.months[month] != nil
    }

    /// Newsrooms that sign their copy the way wire agencies do ("New York (CNN) —"), written as they sign it; a
    /// company's ticker in brackets ("Apple (AAPL) -") is none of them.
    static let newsrooms: Set<String> = ["CNN", "CNN Business", "CNBC", "BBC", "NPR"]

    /// "GENEVA 2024-05-14", "WATERLOO, Iowa —", "LONDON (Reuters) -": a place in capitals.
    static func readCapitals(_ scalars: [Unicode.Scalar]) -> Dateline? {
        var i = 0
        // Place in capitals: one to four words.
        var placeEnd = 0
        var capsWords = 0
        var capsLetters = 0
        while i < scalars.count {
            let start = i
            var letters = 0
            while i < scalars.count,
                ScalarClass.isLetter(scalars[i]) || scalars[i] == "." || scalars[i] == "'" || scalars[i] == "’"
                    || scalars[i] == "-"
            {
                if ScalarClass.isLetter(scalars[i]) {
                    if !ScalarClass.isUppercase(scalars[i]) {
                        return capsWords > 0 ? finish(scalars, placeEnd, capsLetters) : nil
                    }
                    letters += 1
                }
                i += 1
            }
            if i == start || letters == 0 { break }
            capsWords += 1
            capsLetters += letters
            placeEnd = i
            if capsWords == 4 { break }
            if i < scalars.count && scalars[i] == " " && i + 1 < scalars.count
                && ScalarClass.isUppercase(scalars[i + 1])
            {
                // Another capitalised word follows; keep it only if it is all capitals (checked by the loop).
                let save = i
                i += 1
                var j = i
                var allCaps = true
                while j < scalars.count, ScalarClass.isLetter(scalars[j]) || scalars[j] == "." {
                    if ScalarClass.isLetter(scalars[j]) && !ScalarClass.isUppercase(scalars[j]) { allCaps = false }
                    j += 1
                }
                if !allCaps || j - i < 2 {
                    i = save
                    break
                }
                continue
            }
            break
        }
        guard capsWords > 0 else { return nil }
        return finish(scalars, placeEnd, capsLetters)
    }

    /// Capitals that open a paragraph with a colon without being a place.
    static let labels: Set<String> = [
        "breaking", "breaking news", "latest news", "news", "just in", "developing", "live updates", "update",
        "updated", "watch", "exclusive", "analysis", "opinion", "listen", "photos", "video",
        "live", "correction", "note", "editor's note", "editor’s note", "warning", "read", "related", "more", "q", "a",
        "faq", "tl;dr", "pictured", "spoiler", "spoilers",
    ]

    /// The end of a month name and a day number ("Feb 9", "Nov. 19") starting at `start`, or nil.
    private static func monthAndDay(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        while j < scalars.count, ScalarClass.isLetter(scalars[j]) { j += 1 }
        guard j > start, j - start <= 9 else { return nil }
        let month = ScalarClass.string(scalars[start..<j]).lowercased()
        guard DateScanner.months[month] != nil else { return nil }
        if j < scalars.count, scalars[j] == "." { j += 1 }
        guard j < scalars.count, scalars[j] == " " else { return nil }
        j += 1
        let digits = j
        while j < scalars.count, ScalarClass.isDigit(scalars[j]) { j += 1 }
        guard (1...2).contains(j - digits), j == scalars.count || !ScalarClass.isLetter(scalars[j]) else { return nil }
        return j
    }

    private static func finish(_ scalars: [Unicode.Scalar], _ placeEnd: Int, _ capsLetters: Int) -> Dateline? {
        guard capsLetters >= 3, placeEnd > 0 else { return nil }
        var place = ScalarClass.string(scalars[0..<placeEnd])
        var i = placeEnd
        func skipSpaces() { while i < scalars.count && ScalarClass.isSpace(scalars[i]) { i += 1 } }
        // ", Iowa" / ", Calif." region in mixed case.
        if i < scalars.count && scalars[i] == "," {
            var j = i + 1
            while j < scalars.count && ScalarClass.isSpace(scalars[j]) { j += 1 }
            let regionStart = j
            var words = 0
            while j < scalars.count, ScalarClass.isUppercase(scalars[j]), words < 3 {
                while j < scalars.count, ScalarClass.isLetter(scalars[j]) || scalars[j] == "." { j += 1 }
                words += 1
                if j < scalars.count, scalars[j] == " ", j + 1 < scalars.count, ScalarClass.isUppercase(scalars[j + 1])
                {
                    j += 1
                } else {
                    break
                }
            }
            if words > 0 {
                let region = ScalarClass.string(scalars[regionStart..<j])
                if DateScanner.months[region.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))]
                    == nil
                {
                    place += ", " + region
                    i = j
                }
            }
        }
        skipSpaces()
        var agency: String? = nil
        var wire = false
        var date: PublicationDate? = nil
        // A date right after the place ("GENEVA 2024-05-14", "SAN FRANCISCO, Nov. 12, 2020").
        if i < scalars.count && scalars[i] == "," { i += 1 }
        skipSpaces()
        let tail = ScalarClass.string(scalars[i...])
        if let found = DateScanner().dates(in: String(tail.prefix(40))).first, found.position == 0 {
            date = found.date
            // Skip past the date text: up to the next "/", "(", dash or end of the numeric run.
            var j = i
            var seenDigit = false
            while j < scalars.count {
                let s = scalars[j]
                if ScalarClass.isDigit(s) { seenDigit = true }
                if s == "/" && seenDigit { break }
                if (s == "—" || s == "–" || s == "(") && seenDigit { break }
                if s == "-" && seenDigit && j + 1 < scalars.count && (scalars[j + 1] == " " || scalars[j + 1] == "-") {
                    break
                }
                if ScalarClass.isLetter(s) && seenDigit && j > 0 && scalars[j - 1] == " "
                    && !(j + 1 < scalars.count && scalars[j + 1] == ".")
                {
                    // A word after the date: a time ("10:30 a.m.") is fine, prose is not.
                    break
                }
                j += 1
            }
            i = j
            skipSpaces()
        }
        var dayWithoutYear: DayWithoutYear? = nil
        if date == nil, let end = monthAndDay(scalars, from: i) {
            // "COPENHAGEN, Feb 9 (Reuters) -": wire copy gives the day without its year, kept apart from a date.
            dayWithoutYear = Self.dayWithoutYear(scalars, i, end)
            i = end
            skipSpaces()
        }
        if i < scalars.count && (scalars[i] == "(" || scalars[i] == "/") {
            let close: Unicode.Scalar = scalars[i] == "(" ? ")" : "/"
            var j = i + 1
            while j < scalars.count && scalars[j] != close && j - i < 40 { j += 1 }
            guard j < scalars.count, scalars[j] == close else { return nil }
            agency = ScalarClass.string(scalars[(i + 1)..<j]).trimmingCharacters(in: .whitespaces)
            wire = close == "/"
            i = j + 1
            skipSpaces()
        }
        guard i < scalars.count else { return nil }
        let s = scalars[i]
        // "NEW DELHI:" — a colon ends the place as a dash does, unless the capitals are a label ("BREAKING:").
        let colon = s == ":" && agency == nil && !labels.contains(place.lowercased())
        let dash = s == "—" || s == "–" || s == "-" || s == "―" || colon
        if !dash && !(date != nil && agency == nil) { return nil }
        if !dash, date != nil {
            // "GENEVA 2024-05-14" followed directly by text (or a line break).
        }
        return Dateline(place: place, agency: agency, isWire: wire, date: date, dayWithoutYear: dayWithoutYear)
    }
}

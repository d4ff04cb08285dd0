/// Finds calendar dates in a line of text: ISO 8601, numeric (2020-11-12, 21/11/2023, 11/19/19, 18.11.2019), hyphened
/// ("30-Nov-2026", "Nov-30-2026") and
/// written forms in several languages ("June 3, 2025 at 7:45 a.m. ET", "Sunday 9 February 2025 18:20 GMT",
/// "22 de outubro de 2010 às 20:13"). Relative phrases ("3 hours ago") are not dates and are never turned into one.
struct DateScanner {
    struct Token: Equatable {
        enum Kind: Equatable { case number, word, symbol }
        var kind: Kind
        var text: String  // words lowercased
        var value: Int = 0
        var digits: Int = 0
    }

    struct Found {
        var date: PublicationDate
        /// Index of the first token of the date.
        var position: Int
    }

    /// Prefer day-first for ambiguous numeric dates (non-US pages).
    var dayFirst = false
    /// The year for a written date without one ("Posted Nov 18"), accepted only in this month: the page's address
    /// gives both ("/2019/11/"). Without it a date without a year is never read.
    var assumedYear: (year: Int, month: Int)? = nil

    init(dayFirst: Bool = false) { self.dayFirst = dayFirst }

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            [
                "january", "jan", "januar", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "januari",
                "jänner", "января", "январь", "janvāris",
                // Polish and Czech write the month in the genitive after the day ("12 lutego 2026", "3. března 2026").
                "stycznia", "ledna",
            ],
            [
                "february", "feb", "februar", "février", "févr", "fevrier", "febrero", "fevereiro", "fev", "febbraio",
                "februari", "февраля", "февраль", "lutego", "února",
            ],
            [
                "march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maret", "maart", "марта", "март",
                "marca", "března", "marts",
            ],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "kwietnia", "dubna"],
            ["may", "mai", "mayo", "maio", "maggio", "mei", "мая", "май", "maja", "května", "maj"],
            ["june", "jun", "juni", "juin", "junio", "junho", "giugno", "июня", "июнь", "czerwca", "června"],
            [
                "july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "июля", "июль", "lipca",
                "července",
            ],
            [
                "august", "aug", "août", "aout", "agosto", "ago", "agustus", "augustus", "августа", "август",
                "sierpnia", "srpna",
            ],
            [
                "september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre", "сентября",
                "сентябрь", "września", "září",
            ],
            [
                "october", "oct", "oktober", "octobre", "octubre", "outubro", "out", "ottobre", "okt", "октября",
                "октябрь", "października", "října",
            ],
            [
                "november", "nov", "novembre", "noviembre", "novembro", "nopember", "ноября", "ноябрь", "listopada",
                "listopadu",
            ],
            [
                "december", "dec", "dezember", "décembre", "decembre", "diciembre", "dezembro", "dez", "dicembre",
                "desember", "dic", "декабря", "декабрь", "grudnia", "prosince",
            ],
        ]
        for (index, list) in names.enumerated() {
            for name in list { table[name] = index + 1 }
        }
        return table
    }()

    /// Months' names of more languages (round 28): Turkish, Finnish (the partitive after the day: "12.
    /// maaliskuuta"), Greek and Ukrainian (the genitive), Malay, Romanian, Swedish "augusti", and abbreviations
    /// (Dutch "mrt", German "Mär"/"Mrz", French "déc"/"fév", Italian "gen", "mag", "giu", "lug", "ott"). Kept
    /// apart from `months`, which `BylineParser` and `Dateline` also ask whether a word is a month: several of
    /// these are given names ("Nisan", "Eylül", "Kasım", "Mart", "Mac"), which must stay names there. Here they
    /// are read only between a day and a year, or before a day and a year.
    static let monthsOfMoreLanguages: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            ["ocak", "tammikuuta", "ιανουαρίου", "січня", "ianuarie", "gen"],
            ["şubat", "helmikuuta", "φεβρουαρίου", "лютого", "februarie", "fév"],
            ["mart", "maaliskuuta", "μαρτίου", "березня", "mac", "martie", "mrt", "mär", "mrz"],
            ["nisan", "huhtikuuta", "απριλίου", "квітня", "aprilie"],
            ["mayıs", "toukokuuta", "μαΐου", "травня", "mag"],
            ["haziran", "kesäkuuta", "ιουνίου", "червня", "iunie", "giu"],
            ["temmuz", "heinäkuuta", "ιουλίου", "липня", "julai", "iulie", "lug"],
            ["ağustos", "elokuuta", "αυγούστου", "серпня", "ogos", "augusti"],
            ["eylül", "syyskuuta", "σεπτεμβρίου", "вересня", "septembrie"],
            ["ekim", "lokakuuta", "οκτωβρίου", "жовтня", "octombrie", "ott"],
            ["kasım", "marraskuuta", "νοεμβρίου", "noiembrie"],
            ["aralık", "joulukuuta", "δεκεμβρίου", "грудня", "disember", "decembrie", "déc"],
        ]
        for (index, list) in names.enumerated() {
            for name in list { table[name] = index + 1 }
        }
        return table
    }()

    /// The signs East Asian dates write after the year, keyed by the year's, with the month's and the day's.
    static let eastAsianDateMarks: [String: (month: String, day: String)] = [
        "年": ("月", "日"), "년": ("월", "일"),
    ]

    /// What follows a day's digits when it is written as an ordinal ("4th", "21st", "1er").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er"]

    /// Words that may stand between a date and its time ("at", "às", "um", "à").
    static let timeJoiners: Set<String> = ["at", "às", "as", "um", "à", "a", "alle", "om", "pukul", "в", "de"]

    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
        "ist": 330, "wib": 420, "sgt": 480, "hkt": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    ]

    static func tokenize(_ line: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(line.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if ScalarClass.isDigit(s) {
                var value = 0
                let start = i
                var end = i
                while end < scalars.count, ScalarClass.isDigit(scalars[end]), end - start < 9 { end += 1 }
                // "20194:29": a year glued to a time by the page's markup.
                let glued =
                    (end - start == 5 || end - start == 6) && end < scalars.count && scalars[end] == ":"
                    && (scalars[start] == "1" || scalars[start] == "2")
                let stop = glued ? start + 4 : end
                while i < stop {
                    value = value * 10 + Int(scalars[i].value - 48)
                    i += 1
                }
                tokens.append(Token(kind: .number, text: "", value: value, digits: i - start))
            } else if ScalarClass.isLetter(s) {
                let start = i
                while i < scalars.count, ScalarClass.isLetter(scalars[i]) { i += 1 }
                // "Ellie MarshMarch 6, 2024": the author's and the date's elements of minified markup, rendered
                // without a space between them; the month opens its own word.
                if let month = gluedMonth(scalars, start, i) {
                    tokens.append(Token(kind: .word, text: ScalarClass.lowercased(scalars[start..<month])))
                    tokens.append(Token(kind: .word, text: ScalarClass.lowercased(scalars[month..<i])))
                    continue
                }
                tokens.append(Token(kind: .word, text: ScalarClass.lowercased(scalars[start..<i])))
            } else if ScalarClass.isWhitespace(s) {
                i += 1
            } else {
                tokens.append(Token(kind: .symbol, text: String(s)))
                i += 1
            }
        }
        return tokens
    }

    /// Where a month's name starts inside the word `scalars[start..<end]`, glued after a lowercase letter and
    /// followed by a space and a digit ("MarshMarch 6"); nil for any other word.
    private static func gluedMonth(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        guard end - start >= 5, end + 1 < scalars.count, ScalarClass.isWhitespace(scalars[end]),
            ScalarClass.isDigit(scalars[end + 1])
        else { return nil }
        for k in (start + 2)..<(end - 2)
        where ScalarClass.isUppercase(scalars[k]) && ScalarClass.isLetter(scalars[k - 1])
            && !ScalarClass.isUppercase(scalars[k - 1])
        {
            return months[ScalarClass.lowercased(scalars[k..<end])] == nil ? nil : k
        }
        return nil
    }

    func dates(in line: String) -> [Found] {
        // Every date form has a number (a day at least): a line without an ASCII digit has none. Most lines a
        // reader asks about are headlines and menu entries.
        guard ByteSearch.holdsDigit(line) else { return [] }
        let tokens = Self.tokenize(line)
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            if let (date, next) = date(at: i, tokens) {
                var full = date
                let timeEnd = attachTime(&full, tokens, after: next)
                if full.hour == nil { attachTimeBefore(&full, tokens, before: i) }
                found.append(Found(date: full, position: i))
                i = max(timeEnd, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    private func num(_ t: [Token], _ i: Int) -> Token? { i < t.count && t[i].kind == .number ? t[i] : nil }
    private func sym(_ t: [Token], _ i: Int, _ s: String) -> Bool {
        i < t.count && t[i].kind == .symbol && t[i].text == s
    }
    private func month(_ t: [Token], _ i: Int) -> Int? {
        guard i < t.count && t[i].kind == .word else { return nil }
        return Self.months[t[i].text] ?? Self.monthsOfMoreLanguages[t[i].text]
    }

    private func year(_ token: Token) -> Int? {
        if token.digits == 4 { return token.value }
        return nil
    }

    /// A date starting at token i; returns it and the index after it.
    private func date(at i: Int, _ t: [Token]) -> (PublicationDate, Int)? {
        if let a = num(t, i) {
            // yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd
            if a.digits == 4, i + 4 < t.count, t[i + 1].kind == .symbol, ["-", "/", "."].contains(t[i + 1].text),
                let b = num(t, i + 2), sym(t, i + 3, t[i + 1].text), let c = num(t, i + 4), b.digits <= 2,
                c.digits <= 2,
                PublicationDate.isValid(year: a.value, month: b.value, day: c.value)
            {
                return (PublicationDate(year: a.value, month: b.value, day: c.value), i + 5)
            }
            // "2026年12月1日" (Japanese, Chinese), "2026년 12월 1일" (Korean): the year, month and day each followed by
            // its sign (the day's may run on into the next word: "1日発表").
            // (The sign's first byte is asked before the table: most years are followed by no word, or an ASCII one.)
            if a.digits == 4, i + 5 < t.count, t[i + 1].kind == .word, (t[i + 1].text.utf8.first ?? 0) >= 0xE0,
                let marks = Self.eastAsianDateMarks[t[i + 1].text], let b = num(t, i + 2), b.digits <= 2,
                t[i + 3].kind == .word,
                t[i + 3].text == marks.month, let c = num(t, i + 4), c.digits <= 2, t[i + 5].kind == .word,
                t[i + 5].text.hasPrefix(marks.day), PublicationDate.isValid(year: a.value, month: b.value, day: c.value)
            {
                return (PublicationDate(year: a.value, month: b.value, day: c.value), i + 6)
            }
            // dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy, mm/dd/yy; "26-01-26, 14:10" (Belgian) and "28.01.26 07:35"
            // (Norwegian) only before a clock: without one, such a run of two-digit numbers is as often a score, a
            // version or a reference.
            if a.digits <= 2, i + 4 < t.count, t[i + 1].kind == .symbol, ["/", ".", "-"].contains(t[i + 1].text),
                let b = num(t, i + 2), b.digits <= 2, sym(t, i + 3, t[i + 1].text), let c = num(t, i + 4),
                c.digits == 4 || (c.digits == 2 && (t[i + 1].text == "/" || (b.digits == 2 && clockFollows(t, i + 5))))
            {
                let y = c.digits == 4 ? c.value : 2000 + c.value
                let dayFirst = t[i + 1].text == "." || self.dayFirst
                var (m, d) = dayFirst ? (b.value, a.value) : (a.value, b.value)
                if m > 12 && d <= 12 { swap(&m, &d) }
                if PublicationDate.isValid(year: y, month: m, day: d) {
                    return (PublicationDate(year: y, month: m, day: d), i + 5)
                }
            }
            // 9 February 2025, 9. Februar 2025, 22 de outubro de 2010, 18 Nov 2019, 4th Mar 2024, 1st of June 2024,
            // 30-Nov-2026
            if a.digits <= 2 {
                var j = i + 1
                // "Updated: 30-Nov-2026 10:05 IST": the day, the month's abbreviation and the year joined by hyphens,
                // as database-made stamps of some Asian and trade sites write them.
                // (The word after is asked first: a kind is cheaper to compare than a symbol's text.)
                let hyphenated = j + 1 < t.count && t[j + 1].kind == .word && sym(t, j, "-") && month(t, j + 1) != nil
                if sym(t, j, ".") || hyphenated {
                    j += 1
                } else if j < t.count, t[j].kind == .word, Self.ordinalSuffixes.contains(t[j].text) {
                    // British and Irish pages write the day as an ordinal ("Published 4th Mar 2024, 18:30 GMT").
                    j += 1
                    if j < t.count, t[j].kind == .word, t[j].text == "of" { j += 1 }
                }
                if j < t.count, t[j].kind == .word, t[j].text == "de" || t[j].text == "del" { j += 1 }
                if let m = month(t, j) {
                    var k = j + 1
                    if hyphenated {
                        guard sym(t, k, "-") else { return nil }
                        k += 1
                    } else if sym(t, k, ".") || sym(t, k, ",") {
                        k += 1
                    }
                    if k < t.count, t[k].kind == .word, t[k].text == "de" || t[k].text == "del" { k += 1 }
                    if let y = num(t, k).flatMap(year), PublicationDate.isValid(year: y, month: m, day: a.value) {
                        return (PublicationDate(year: y, month: m, day: a.value), k + 1)
                    }
                }
            }
            return nil
        }
        // June 3, 2025 / Nov. 19, 2019 / Maret 30, 2015
        if let m = month(t, i) {
            var j = i + 1
            // "Nov-30-2026": the month's abbreviation, the day and the year joined by hyphens, as a database's date
            // format stamps some pages; only with the hyphen on both sides of the day ("Nov-30" alone is no date).
            if sym(t, j, "-"), let d = num(t, j + 1), d.digits <= 2, sym(t, j + 2, "-"),
                let y = num(t, j + 3).flatMap(year), PublicationDate.isValid(year: y, month: m, day: d.value)
            {
                return (PublicationDate(year: y, month: m, day: d.value), j + 4)
            }
            if sym(t, j, ".") { j += 1 }
            guard let d = num(t, j), d.digits <= 2 else { return nil }
            var k = j + 1
            if k < t.count, t[k].kind == .word, Self.ordinalSuffixes.contains(t[k].text) { k += 1 }
            if sym(t, k, ",") { k += 1 }
            if let y = num(t, k).flatMap(year), PublicationDate.isValid(year: y, month: m, day: d.value) {
                return (PublicationDate(year: y, month: m, day: d.value), k + 1)
            }
            if let assumed = assumedYear, assumed.month == m, num(t, k).map({ $0.digits != 4 }) ?? true,
                PublicationDate.isValid(year: assumed.year, month: m, day: d.value)
            {
                return (PublicationDate(year: assumed.year, month: m, day: d.value), j + 1)
            }
        }
        return nil
    }

    /// Whether a clock ("14:10", or ", 14:10" after a comma) starts at token i.
    private func clockFollows(_ t: [Token], _ i: Int) -> Bool {
        let k = sym(t, i, ",") ? i + 1 : i
        guard let h = num(t, k), h.digits <= 2, sym(t, k + 1, ":"), let m = num(t, k + 2) else { return false }
        return m.digits == 2
    }

    /// A time of day starting at token i: hh:mm[:ss] [am|pm|a.m.|p.m.] [zone]; returns the index after it.
    private func time(at i: Int, _ t: [Token], into date: inout PublicationDate) -> Int? {
        // "10h30", as French pages write it, is read as a word "h" between two numbers.
        guard let h = num(t, i), h.digits <= 2,
            sym(t, i + 1, ":") || sym(t, i + 1, "h") || sym(t, i + 1, ".")
                || (i + 1 < t.count && t[i + 1].kind == .word && t[i + 1].text == "h"),
            let m = num(t, i + 2), m.digits == 2
        else { return nil }
        var hour = h.value
        let minute = m.value
        var second: Int? = nil
        var k = i + 3
        if sym(t, k, ":"), let s = num(t, k + 1), s.digits == 2 {
            second = s.value
            k += 2
            if sym(t, k, "."), num(t, k + 1) != nil { k += 2 }
        }
        if k < t.count, t[k].kind == .word {
            let w = t[k].text
            if w == "am" || w == "pm" || ((w == "a" || w == "p") && sym(t, k + 1, ".")) {
                let pm = w.hasPrefix("p")
                if hour == 12 { hour = pm ? 12 : 0 } else if pm { hour += 12 }
                k += 1
                if w.count == 1 {
                    k += 1
                    if k < t.count, t[k].kind == .word, t[k].text == "m" { k += 1 }
                    if sym(t, k, ".") { k += 1 }
                }
            }
        }
        guard hour < 24, minute < 60 else { return nil }
        date.hour = hour
        date.minute = minute
        date.second = second
        // Zone
        if k < t.count, t[k].kind == .word {
            let w = t[k].text
            if let offset = Self.zones[w] {
                date.offsetMinutes = offset
                k += 1
            } else if ["et", "ct", "mt", "pt"].contains(w) {
                let dst = PublicationDate.isUSDaylightTime(year: date.year, month: date.month, day: date.day)
                let base = ["et": -300, "ct": -360, "mt": -420, "pt": -480][w]!
                date.offsetMinutes = base + (dst ? 60 : 0)
                k += 1
            }
            if (w == "utc" || w == "gmt"), k + 1 < t.count, sym(t, k, "+") || sym(t, k, "-"), let o = num(t, k + 1),
                o.digits <= 2
            {
                date.offsetMinutes = (sym(t, k, "-") ? -1 : 1) * o.value * 60
                k += 2
            }
        } else if k + 1 < t.count, sym(t, k, "+") || sym(t, k, "-"), let o = num(t, k + 1),
            o.digits == 4 || o.digits == 2
        {
            var minutes = o.digits == 4 ? (o.value / 100) * 60 + o.value % 100 : o.value * 60
            var end = k + 2
            if o.digits == 2, sym(t, end, ":"), let mm = num(t, end + 1), mm.digits == 2 {
                minutes += mm.value
                end += 2
            }
            date.offsetMinutes = sym(t, k, "-") ? -minutes : minutes
            k = end
        }
        return k
    }

    private func attachTime(_ date: inout PublicationDate, _ t: [Token], after i: Int) -> Int {
        var j = i
        var skipped = 0
        while j < t.count && skipped < 3 {
            if let end = time(at: j, t, into: &date) { return end }
            if t[j].kind == .word && t[j].text == "t" && num(t, j + 1) != nil {
                j += 1
                continue
            }
            if t[j].kind == .symbol && [",", "-", "|", "•", "·", "@", "/", "–", "—"].contains(t[j].text) {
                j += 1
                skipped += 1
                continue
            }
            if t[j].kind == .word && Self.timeJoiners.contains(t[j].text) {
                j += 1
                skipped += 1
                continue
            }
            break
        }
        return i
    }

    private func attachTimeBefore(_ date: inout PublicationDate, _ t: [Token], before i: Int) {
        var start = i - 1
        var steps = 0
        while start >= 0 && steps < 9 {
            if t[start].kind == .number, start + 2 < i, time(at: start, t, into: &date) != nil { return }
            start -= 1
            steps += 1
        }
    }
}

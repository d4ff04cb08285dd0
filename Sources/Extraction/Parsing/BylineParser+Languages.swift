/// Byline words of more languages (round 26): the Dutch "Door", the Italian "di", the Scandinavian "Av"/"Af", and
/// the roles newsrooms of those languages sign with ("Door onze verslaggever Pieter Jansen", "dal nostro inviato").
extension BylineParser {
    /// Openers that are also common words opening a headline or a sentence ("Door de storm …", "Di Maio lascia",
    /// "Af en toe"): a line opening with one is still a headline candidate unless it was read as a byline.
    static let sentenceOpeners: Set<String> = ["door", "di", "av", "af"]

    /// Whether `line` writes `opener` the way a byline does. The Italian "di" is written in lowercase ("di Marco
    /// Bellini") or in a line of capitals ("DI MARCO BELLINI"); capitalised, "Di" opens a surname ("Di Stefano").
    static func writesOpener(_ opener: String, _ line: Substring) -> Bool {
        guard opener == "di" else { return true }
        return line.hasPrefix("di ") || line.hasPrefix("DI ")
    }

    /// Given names that are also a month's name in a language the date scanner reads ("Maja" is the Polish May
    /// in the genitive, "12 maja 2026"; "Marco" the Portuguese "março" written without its cedilla): a name's word
    /// all the same. The English ones ("May", "June") are read as names only after "By" (`opensWithMonthName`), as
    /// they were before.
    static let givenNamesAmongMonths: Set<String> = ["maja", "marco"]

    /// Months' names that are also given names ("April Rubin", "May Bulman", "Julio Cortés"): read as a bare name's
    /// first word only where a byline's neighbours say it is one (a role under it, a date line beside it), since
    /// "May Day" or "June Primaries" alone reads the same.
    static let givenNamesOfMonths: Set<String> = ["april", "may", "june", "august", "avril", "abril", "julio", "mai"]

    /// "April Rubin", "May Bulman": a month's given name, then one or two words of a person's name.
    func isMonthLedName<S: StringProtocol>(_ words: [S]) -> Bool {
        guard (2...3).contains(words.count), let first = words.first,
            first.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false,
            Self.givenNamesOfMonths.contains(first.lowercased())
        else { return false }
        let rest = Array(words.dropFirst())
        return isPersonName(rest) && !rest.contains { ScalarClass.isUppercase($0.unicodeScalars.last ?? "a") }
    }

    /// A stamp's label in another language ("Actualizado Martes, 27 enero 2026"): no word of a person's name.
    static let dateLabelsOfOtherLanguages: Set<String> = [
        "actualizado", "actualizada", "publicado", "publicada", "atualizado", "aktualisiert", "veröffentlicht",
        "publié", "publiée", "modifié", "aggiornato", "pubblicato", "bijgewerkt", "gepubliceerd", "publicerad",
        "uppdaterad", "publisert", "oppdatert", "opdateret", "publiceret", "opublikowano", "zaktualizowano",
    ]

    /// Roles of newsrooms writing in other languages, lowered: a reporter ("verslaggever", "inviato"), a
    /// correspondent ("corrispondente", "corresponsal", "korrespondent") or a newsroom's desk ("redazione").
    static let rolesInOtherLanguages: Set<String> = [
        "verslaggever", "verslaggeefster", "redacteur", "medewerker", "correspondente", "inviato", "inviata",
        "corrispondente", "giornalista", "redazione", "corresponsal", "enviado", "enviada", "periodista",
        "correspondant", "correspondante", "envoyé", "envoyée", "journaliste", "korrespondent", "korrespondentin",
        "redakteurin", "reporterin", "reporteren", "reportern", "medarbetare", "journalisten",
    ]

    /// For each lowered word on one of `isPersonName`'s lists, the lists it is on (bits below): one look-up a word.
    static let personWordClasses: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        func mark(_ words: some Sequence<String>, _ bit: UInt8) { for word in words { table[word, default: 0] |= bit } }
        mark(particles, particleWord)
        mark(ParsingLexicon.nonPersonBylineWords, nonPersonWord)
        mark(calendarWords, nonPersonWord)
        mark(dateLabelsOfOtherLanguages, nonPersonWord)
        mark(DateScanner.months.keys, monthWord)
        mark(givenNamesAmongMonths, givenNameAmongMonths)
        return table
    }()
    /// `DateScanner.months[lower trimmed of "." and ","] != nil`, for a lowered word and its `personWordClasses`
    /// entry: trimming changes only a word opening or ending with one of them (ASCII bytes stand for themselves
    /// alone), and otherwise the trimmed word is the lowered one, whose month bit is in `kind`.
    static func namesMonth(_ lower: String, kind: UInt8) -> Bool {
        let utf8 = lower.utf8
        let head = utf8.first ?? 0
        let tail = utf8.last ?? 0
        guard head == 0x2E || head == 0x2C || tail == 0x2E || tail == 0x2C else { return kind & monthWord != 0 }
        return DateScanner.months[LineShortcuts.trimming(lower, dotComma, asciiMembers: dotCommaASCII)] != nil
    }

    static let particleWord: UInt8 = 1
    static let nonPersonWord: UInt8 = 2
    static let monthWord: UInt8 = 4
    static let givenNameAmongMonths: UInt8 = 8
}

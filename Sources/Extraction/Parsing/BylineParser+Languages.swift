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

    /// Roles of newsrooms writing in other languages, lowered: a reporter ("verslaggever", "inviato"), a
    /// correspondent ("corrispondente", "corresponsal", "korrespondent") or a newsroom's desk ("redazione").
    static let rolesInOtherLanguages: Set<String> = [
        "verslaggever", "verslaggeefster", "redacteur", "medewerker", "correspondente", "inviato", "inviata",
        "corrispondente", "giornalista", "redazione", "corresponsal", "enviado", "enviada", "periodista",
        "correspondant", "correspondante", "envoyé", "envoyée", "journaliste", "korrespondent", "korrespondentin",
        "redakteurin", "reporterin", "reporteren", "reportern", "medarbetare", "journalisten",
    ]
}

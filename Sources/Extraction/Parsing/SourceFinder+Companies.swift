import Foundation

/// A copyright owner that is a company, not a publication: its legal form, its corporate words, and whether a
/// longer name is the company of a shorter one ("The Standard Group" of "The Standard").
extension SourceFinder {
    /// What follows a company's name in a copyright line: its legal form (asked only of copyright lines).
    static let legalForms = [
        " Inc", ", Inc", " LLC", ", LLC", " Ltd", " plc", " PLC", " GmbH", " Corp", " Pty", " Pvt", " m.b.H", " mbH",
    ]
    .map { Array($0.utf8) }

    /// A company's legal form as the last word of its name: "Gremi Media SA", "Mediahuis Nederland B.V.", "Sanoma
    /// Media Finland Oy", "Il Sole 24 Ore S.p.A.": the publisher, which owns the nameplate the logo writes.
    static let legalFormWords: Set<String> = [
        "inc", "llc", "ltd", "plc", "gmbh", "corp", "pty", "pvt", "dac", "ag", "kg", "se", "sa", "s.a", "spa",
        "s.p.a", "srl", "s.r.l", "bv", "b.v", "nv", "n.v", "oy", "oyj", "ab", "asa", "sl", "s.l", "sas", "sarl",
        "mbh", "m.b.h",
    ]

    /// Whether the owner's last word is a legal form (`legalFormWords`), its dots and commas at the end aside.
    static func endsWithLegalForm(_ owner: String) -> Bool {
        let words = owner.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return false }
        let form = last.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        return legalFormWords.contains(form)
    }

    /// Whether the line writes `owner` followed by one of `legalForms`, on bytes: the owner's first occurrence is
    /// found once and the bytes after it compared (a Foundation search per form cost 16M over the dev pages).
    static func givesLegalForm(_ text: String, to owner: String) -> Bool {
        let name = Array(owner.utf8)
        guard !name.isEmpty, let k = ByteSearch.firstIndex(of: name, in: text, foldingASCIICase: false) else {
            return false
        }
        var line = text
        return line.withUTF8 { bytes in
            let rest = bytes[(k + name.count)...]
            return legalForms.contains { rest.starts(with: $0) }
        }
    }

    /// Words of a parent company's name rather than a publication's ("CBS Interactive", "NYP Holdings").
    static let corporateWords: Set<String> = [
        "interactive", "communication", "communications", "holdings", "newspapers", "services", "group", "universal",
        "network", "networks", "inc", "llc", "corporation", "company", "enterprises", "publishing", "publications",
        "digital", "ventures", "partners", "microsoft", "gannett", "hearst",
        // German publishing houses ("© Rheinpost Verlag GmbH"): the company, whose masthead names the paper.
        "verlag", "verlagsgruppe", "mediengruppe",
        // Publishing companies in other languages ("© STANDARD Verlagsgesellschaft", "© Société éditrice du Monde").
        "verlagsgesellschaft", "gesellschaft", "société", "editrice", "éditrice", "ediciones", "edizioni", "editora",
        "uitgeverij", "wydawnictwo", "comunicação", "comunicación", "mediagroup",
    ]

    /// Whether the words the line writes after `owner` close a company's name with its legal form before anything
    /// else: "© 2026 Bennett, Coleman & Co. Ltd. All rights reserved." (the owner was cut at the comma), not
    /// "© 2026 Valley Star. Powered by Acme Inc." (a lowercase word ends the name first).
    static func namesCompanyAfter(_ text: String, owner: String) -> Bool {
        guard !owner.isEmpty, let k = ByteSearch.firstIndex(of: Array(owner.utf8), in: text, foldingASCIICase: false)
        else { return false }
        let after = String(decoding: text.utf8.dropFirst(k + owner.utf8.count), as: UTF8.self)
        for word in after.split(separator: " ").prefix(5) {
            let bare = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;"))
            if bare.isEmpty || bare == "&" || bare == "co" { continue }
            if legalFormWords.contains(bare) { return true }
            guard word.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false, !word.hasSuffix(".") else {
                return false
            }
        }
        return false
    }

    /// Whether `longer` is `shorter` followed only by a company's words ("the standard group", "the standard
    /// group plc" after "the standard"): the publisher's name, to which the nameplate lends no votes.
    static func isCompanyOf(_ longer: String, _ shorter: String) -> Bool {
        let extra = longer.dropFirst(shorter.count).split(separator: " ")
        return !extra.isEmpty
            && extra.allSatisfy { corporateWords.contains(String($0)) || legalFormWords.contains(String($0)) }
    }
}

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
        // Round 28: Norwegian and Danish ("Aftenposten AS", "A/S"), French ("Rossel & Cie"), Polish ("sp. z o.o."),
        // Czech and Slovak, Turkish ("A.Ş."), Balkan, Hungarian, Brazilian and Malaysian forms.
        "as", "a/s", "cie", "o.o", "s.r.o", "a.s", "a.ş", "d.o.o", "kft", "zrt", "ltda", "bhd",
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
            if legalForms.contains(where: { rest.starts(with: $0) }) { return true }
            // The short forms must end there ("Aftenposten AS", not "Nikkei ASIA").
            return boundedLegalForms.contains { form in
                guard rest.starts(with: form) else { return false }
                let after = rest.startIndex + form.count
                return after == rest.endIndex || !isWordByte(rest[after])
            }
        }
    }

    /// Legal forms after a company's name that must end at a word's end, as the line writes them: Nordic ("AS",
    /// "A/S", "AB", "ASA"), French ("& Cie"), Polish ("sp. z o.o."), Czech ("s.r.o.", "a.s."), Turkish ("A.Ş."),
    /// Balkan ("d.o.o."), Hungarian ("Kft.", "Zrt."), Brazilian ("Ltda") and Malaysian ("Bhd").
    static let boundedLegalForms = [
        " AS", " A/S", " AB", " ASA", " & Cie", " et Cie", " sp. z o.o", " s.r.o", " a.s", " A.Ş", " d.o.o", " Kft",
        " Zrt", " Ltda", " Bhd",
    ]
    .map { Array($0.utf8) }

    /// An ASCII letter or digit, or any byte of a scalar outside ASCII (a letter of another script, as likely).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte >= 0x80
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
        // "South China Morning Post Publishers Ltd": the paper's publishing company (round 28).
        "publishers", "publisher",
    ]

    /// Whether the words the line writes after `owner` close a company's name with its legal form before anything
    /// else: "© 2026 Bennett, Coleman & Co. Ltd. All rights reserved." (the owner was cut at the comma), not
    /// "© 2026 Valley Star. Powered by Acme Inc." (a lowercase word ends the name first).
    static func namesCompanyAfter(_ text: String, owner: String) -> Bool {
        let name = Array(owner.utf8)
        guard !name.isEmpty, let k = ByteSearch.firstIndex(of: name, in: text, foldingASCIICase: false) else {
            return false
        }
        var line = text
        return line.withUTF8 { bytes in
            // On the bytes after the owner, five words at most, cut at spaces: a legal form is ASCII and written
            // here with dots, commas or semicolons around it, which are trimmed before it is looked up.
            var at = k + name.count
            for _ in 0..<5 {
                while at < bytes.count, bytes[at] == 0x20 { at += 1 }
                guard at < bytes.count else { return false }
                let start = at
                while at < bytes.count, bytes[at] != 0x20 { at += 1 }
                var lo = start
                var hi = at
                while lo < hi, isOwnerPunctuation(bytes[lo]) { lo += 1 }
                while hi > lo, isOwnerPunctuation(bytes[hi - 1]) { hi -= 1 }
                let count = hi - lo
                if count == 0 || (count == 1 && bytes[lo] == 0x26) { continue }
                if count <= 6 {
                    var lowered: [UInt8] = []
                    lowered.reserveCapacity(count)
                    for b in bytes[lo..<hi] { lowered.append(b &- 0x41 < 26 ? b + 32 : b) }
                    if lowered == [0x63, 0x6F] { continue }  // "Co." of "& Co. Ltd."
                    if lowered.allSatisfy({ $0 < 0x80 }),
                        legalFormWords.contains(String(decoding: lowered, as: UTF8.self))
                    {
                        return true
                    }
                }
                // A word that opens in lowercase, or ends with a full stop, ends the name ("Valley Star. Powered by").
                let first = bytes[start]
                guard first &- 0x41 < 26 || first >= 0x80, bytes[at - 1] != 0x2E else { return false }
            }
            return false
        }
    }

    private static func isOwnerPunctuation(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x2C || byte == 0x3B }

    /// Whether `longer` is `shorter` followed only by a company's words ("the standard group", "the standard
    /// group plc" after "the standard"): the publisher's name, to which the nameplate lends no votes.
    static func isCompanyOf(_ longer: String, _ shorter: String) -> Bool {
        let extra = longer.dropFirst(shorter.count).split(separator: " ")
        func corporate(_ word: Substring) -> Bool {
            corporateWords.contains(String(word)) || legalFormWords.contains(String(word))
        }
        // "Independent Digital News & Media" after "Independent": the company's words with the trade they are in.
        return !extra.isEmpty && extra.contains(where: corporate)
            && extra.allSatisfy { corporate($0) || Self.tradeWords.contains(String($0)) }
    }

    /// Words a publishing company's name adds with its corporate ones: the trade ("News & Media").
    static let tradeWords: Set<String> = ["news", "media", "&", "and"]
}

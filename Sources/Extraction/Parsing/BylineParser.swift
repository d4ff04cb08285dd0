import Foundation

/// Reads bylines: "By A and B", "By:A | From:B | date", "A, staff writer", "Posted by A", "Author: A",
/// "By A, Reuters", "A - Nov 19, 2019". Person names only; a wire agency or a role is not a person, but may be the source.
struct BylineParser {
    struct Byline: Equatable {
        var authors: [String]
        /// A publication or agency the byline names ("From:B", "By A, Reuters").
        var source: String?
        /// The line said outright that it is a byline ("By", "Author:") rather than looking like one.
        var explicit: Bool
    }

    /// Prefixes that open a byline, lowercased, longest first.
    static let openers: [String] = [
        "posted by", "written by", "reported by", "words by", "story by", "text by", "published by", "hosted by",
        // The trade press signs a question-and-answer piece by its interviewer.
        "interviewed by", "interview by", "author:",
        "authors:", "by:", "by", "von", "por", "par", "oleh", "autor:", "auteur:", "autore:", "texto:", "text:", "от",
        "автор:", "door", "di", "av", "af",
    ]

    /// Each opener's UTF-8, read once rather than per line.
    static let openerBytes = openers.map { Array($0.utf8) }
    /// For each byte, whether an opener starts with it: a table read instead of a hashed set.
    static let openerLeads: [Bool] = (0..<256).map { byte in openerBytes.contains { $0.first == UInt8(byte) } }

    static let roleWords: Set<String> =
        ([
            "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "staff", "producer", "critic",
            "analyst", "journalist", "redakteur", "redaktion", "rédaction", "redação", "redacción",
            // The office a university's or an agency's release is signed from ("By Jane Doe, University
            // Communications", "Office of Communications"): a desk, neither a person nor the publication.
            "communications", "office",
            // A newsroom's desk signing agency or staff copy ("By Jane Doe, ET Bureau", "By Web Desk"): no person, and
            // no publication either, since the page names itself elsewhere.
            "bureau", "desk",
        ] as Set<String>).union(rolesInOtherLanguages)

    /// A byline read from one line, or nil when the line is not one.
    func parse(_ line: String) -> Byline? {
        let trimmed = LineShortcuts.trimmingWhitespace(line)
        guard !trimmed.isEmpty, ScalarClass.count(of: trimmed) <= 200 else { return nil }
        // `ScalarClass.lowercased` is `String.lowercased()`, without a String per scalar on a line that is not ASCII.
        // An ASCII line lowers byte by byte: "from:" is looked for on its bytes with the capitals folded, and the
        // lowered copy is made only when its first byte, folded, may open an opener (`opener(of:)` answers nil for
        // any other lowered line).
        let asciiLead = ByteSearch.isASCII(trimmed) ? trimmed.utf8.first.map { $0 &- 0x41 < 26 ? $0 + 32 : $0 } : nil
        let lower = asciiLead.map { !Self.openerLeads[Int($0)] } == true ? nil : ScalarClass.lowercased(trimmed)
        var source: String? = nil
        var publication: String? = nil
        var rest = trimmed
        var fielded = false
        var explicit = false
        var roleField = false
        // Fielded bylines: "By:A | From:B | date".
        if LineShortcuts.contains(trimmed, Self.pipe) ?? trimmed.contains("|")
            || Self.saysFrom(trimmed, lowered: lower)
        {
            fielded = true
            var fields = trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.count == 1 { fields = [trimmed] }
            var authorField: String? = nil
            for field in fields {
                let fl = field.lowercased()
                if fl.hasPrefix("from:") || fl.hasPrefix("source:") || fl.hasPrefix("quelle:") || fl.hasPrefix("fonte:")
                {
                    let value = field[field.index(after: field.firstIndex(of: ":")!)...]
                        .trimmingCharacters(in: .whitespaces)
                    if !value.isEmpty { source = value }
                } else if authorField == nil, Self.opener(of: fl) != nil {
                    authorField = field
                } else if authorField != nil, publication == nil, Self.looksLikePublication(field),
                    !Self.isPlace(field)
                {
                    publication = field  // "By A | Fox News"; not "Written by A | New Delhi |", the reporter's city
                }
            }
            if let authorField { rest = authorField } else if source == nil { rest = fields.first ?? trimmed }
            // "Jane Smith | Staff Writer": the name's field, then the role's.
            roleField =
                authorField == nil
                && fields.dropFirst().contains { field in
                    field.split(separator: " ").last.map { Self.roleWords.contains($0.lowercased()) } ?? false
                }
                // "Jane Smith | Updated: Mar 05, 2024, 18:45 IST": the name's field, then the date's.
                || authorField == nil && fields.count >= 2
                    && fields.dropFirst().contains { !DateScanner().dates(in: $0).isEmpty }
        }
        // Unfielded, the rest is the trimmed line itself, already lowercased.
        let restLower = fielded ? rest.lowercased() : lower
        if let restLower, let opener = Self.opener(of: restLower), Self.writesOpener(opener, Substring(rest)) {
            explicit = true
            rest = LineShortcuts.trimmingWhitespace(String(rest.unicodeScalars.dropFirst(opener.unicodeScalars.count)))
            if rest.hasPrefix(":") { rest = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces) }
            rest = Self.droppingRoleBeforeName(rest)
        }
        if !explicit && !roleField && !Self.mayBeImpliedByline(rest) { return nil }
        // A case-folded byte miss is the Foundation search's miss, on any text (see `letterStopScreens`: "b" has
        // no other scalar folding to it, and the one folding to text with a "y", "ẙ", puts a ring after it).
        if !explicit, ByteSearch.containsFolded(rest, Self.spacedBy),
            let range = rest.range(of: " by ", options: .caseInsensitive),
            rest[..<range.lowerBound].contains(where: { $0.isNumber }),
            // A score is no date: "held 1-1 by Manchester City" is a match report's sentence.
            !DateScanner().dates(in: String(rest[..<range.lowerBound])).isEmpty
        {
            // "5:45 AM PST 11/19/2019 by Pat Shanley": a date, then the byline.
            rest = String(rest[range.upperBound...])
            explicit = true
        }
        let (authors, agency, named) = names(in: rest, explicit: explicit)
        if publication == nil, !authors.isEmpty { publication = named }
        if source == nil { source = agency ?? publication }
        if !explicit && (authors.isEmpty || authors.contains { !$0.contains(" ") }) { return nil }
        if explicit && authors.isEmpty && source == nil && !rest.isEmpty {
            // "By" followed by something that is not a name: not a byline we can use.
            return nil
        }
        return Byline(authors: authors, source: source, explicit: explicit)
    }

    /// Whether the lowered line holds "from:": asked of `lowered` when there is one, else of the ASCII line's bytes
    /// with its capitals folded (its lowered copy's bytes).
    static func saysFrom(_ line: String, lowered: String?) -> Bool {
        guard let lowered else { return ByteSearch.containsFolded(line, fromLabel) }
        return LineShortcuts.contains(lowered, fromLabel) ?? lowered.contains("from:")
    }

    /// Degrees and titles written after a name ("Jane Doe, PhD").
    static let credentials: Set<String> = [
        "PHD", "MD", "RD", "MS", "MA", "BA", "BS", "RN", "DO", "DDS", "DMD", "CPA", "MBA", "JD", "LLM", "MPH", "CFA",
        "DVM", "NP", "PA", "PT", "ESQ", "JR", "SR", "II", "III", "IV", "CFP", "LCSW", "MSW", "FACS", "FACP", "CNM",
        "LPN", "OBE", "MBE", "CBE", "KC", "QC", "MP", "MEP", "RDN", "LDN", "LD", "CDE", "CDCES", "CSCS", "CPT", "CSSD",
        "FNP", "APRN", "DNP", "MSN", "BSN", "OD", "DC", "LMFT", "LPC", "PSYD", "EDD", "MFA", "MPP", "MPA", "CISSP",
    ]

    /// Legal forms that end a company's name ("Acme Robotics Inc.", "Example Ltd"): `OrganizationKey`'s list without
    /// its one- and two-letter forms ("Co", "AG", "SA"), which can be a person's initials or surname.
    static let companyForms: Set<String> = OrganizationKey.legalSuffixes.filter { $0.count >= 3 }.union(["corporation"])

    /// A short capitalised name with no digits: "Fox News", "CNN Business", "Cleveland.com".
    static func looksLikePublication(_ text: String) -> Bool {
        let words = wordsAtSpaces(text)
        guard (1...4).contains(words.count), text.unicodeScalars.count <= 40 else { return false }
        guard !text.unicodeScalars.contains(where: { ScalarClass.isDigit($0) || $0 == "@" || $0 == ":" }) else {
            return false
        }
        // "MS", "RD", "MD": credentials and two-letter initials are no publication; "CNN", "NPR", "BBC" are.
        if words.count == 1 && text.unicodeScalars.count <= 4 {
            let letters = text.unicodeScalars
            return letters.count >= 3 && letters.allSatisfy { ScalarClass.isUppercase($0) }
                && !credentials.contains(text)
        }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            return ScalarClass.isUppercase(first) || ["of", "for", "the", "and", "&"].contains(word.lowercased())
        } && !words.contains { roleWords.contains($0.lowercased()) }
    }

    /// A city, region or country ("New Delhi", "Queensland"): where the reporter files from, written in a byline's
    /// field or after its comma as a publication would be.
    static func isPlace(_ text: String) -> Bool { PlaceNames.contains(text.lowercased()) }

    /// A cheap test before the full parse: a line without "by", "@", a digit, a comma or "|" is no implied byline.
    static func mayBeImpliedByline(_ text: String) -> Bool {
        guard let line = LineBytes(text) else { return true }
        // "Jillian Ambrose Energy correspondent", "JOHN DOE Staff Writer": a name, a desk and a role, in a short
        // line; the role in lowercase or the name in capitals, since a menu writes "Al Jazeera Correspondent".
        if !line.comma {
            // "Jane Smith / Staff Writer": a name, a slash and a role in any case ("Al Jazeera Correspondent" has
            // no slash). Most lines have no slash byte, and then no "/" word.
            if ByteSearch.holds(text, byte: 0x2F) {
                let written = wordsAtSpaces(text)
                if written.count <= 8, let slash = written.firstIndex(of: "/"), slash >= 2,
                    slash + 1 < written.count, let role = written.last, roleWords.contains(role.lowercased())
                {
                    return true
                }
            }
            guard (line.ascii ? line.spacedWords : spacedWordCount(text)) <= 6 else { return false }
            if line.ascii { return asciiNameAndRole(text) }
            let written = wordsAtSpaces(text)
            let capitalsName =
                written.count >= 2
                && written.prefix(2).allSatisfy { w in
                    !w.unicodeScalars.contains { ScalarClass.isLetter($0) && !ScalarClass.isUppercase($0) }
                }
            return written.dropFirst(2).contains { w in
                roleWords.contains(w.lowercased()) && (capitalsName || w == w.lowercased())
            }
        }
        // "Name, Staff Writer" or "Name, Reuters": a role or an agency after the comma.
        let lower = ScalarClass.lowercased(text)
        if namesNewsletterWriter(text) { return true }
        let words =
            wordsAtSpaceBytes(lower, commas: true) ?? lower.split(whereSeparator: { $0 == " " || $0 == "," })
        for word in words {
            if roleWords.contains(String(word)) || ParsingLexicon.wireAgencies[String(word)] != nil { return true }
        }
        return LineShortcuts.contains(lower, Self.associatedPress) ?? lower.contains("associated press")
    }

    /// "Hannah Li, author of Morning Signal Markets": a newsletter site signs its stories with the writer and the
    /// newsletter, which marks the line as a byline as a role does.
    static func namesNewsletterWriter(_ text: String) -> Bool {
        ByteSearch.isASCII(text)
            ? ByteSearch.containsFolded(text, authorOf) : ScalarClass.lowercased(text).contains(", author of ")
    }
    static let authorOf = Array(", author of ".utf8)

    /// The name-desk-role test of `mayBeImpliedByline` on an ASCII line's bytes: splitting at " " by Character
    /// cuts at the space bytes, the letters are a-z and A-Z, and lowering and comparing words is byte by byte.
    static func asciiNameAndRole(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // One pass over the words, without collecting them: the name's two words come first, and a role after
            // them answers at once (as `contains` does), which also means the line has three words at least.
            var index = 0
            var capitalsName = true
            var i = 0
            let n = bytes.count
            while i < n {
                while i < n && bytes[i] == 0x20 { i += 1 }
                guard i < n else { break }
                let start = i
                while i < n && bytes[i] != 0x20 { i += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                if index < 2 {
                    if word.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { capitalsName = false }
                } else {
                    let hasCapital = word.contains { $0 >= 0x41 && $0 <= 0x5A }
                    if (capitalsName || !hasCapital) && isASCIIRoleWord(word) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// The role words that are ASCII, as bytes: the only ones an ASCII word, lowered, can equal.
    static let asciiRoleWords = roleWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// Whether an ASCII word, its capitals lowered, is one of `roleWords`.
    static func isASCIIRoleWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        asciiRoleWords.contains { role in
            role.count == word.count
                && zip(role, word).allSatisfy { r, w in r == (w >= 0x41 && w <= 0x5A ? w + 32 : w) }
        }
    }

    /// How many words `text.lowercased()` splits into at spaces and commas, for a line without a comma. On ASCII
    /// text lowercasing moves no byte and every Character but "\r\n" is one byte, so the words are the runs of
    /// bytes other than the space.
    static func spacedWordCount(_ text: String) -> Int {
        guard ByteSearch.isASCII(text) else {
            // Without a comma the words are those at the spaces, and lowering moves no space (see `wordsAtSpaces`).
            if !ByteSearch.holds(text, byte: 0x2C), let words = wordsAtSpaceBytes(text) { return words.count }
            return ScalarClass.lowercased(text).split(whereSeparator: { $0 == " " || $0 == "," }).count
        }
        var count = 0
        var inWord = false
        // On the contiguous bytes rather than through the UTF-8 view's iterator.
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
        }
        return count
    }

    static func opener(of lower: String) -> String? {
        // A line opening with another byte opens with none of them (no other scalar is equivalent to their first).
        guard let first = lower.utf8.first, openerLeads[Int(first)] else { return nil }
        // Per opener too: a line not opening with its bytes does not open with it. No other scalar is canonically
        // equivalent to an opener's letters, "-" or ":" (ASCII other than "K", ";", "`"; Cyrillic letters without
        // marks), so `hasPrefix` holds only over those very bytes, and is asked only then.
        for (opener, bytes) in zip(openers, openerBytes)
        where bytes[0] == first && lower.utf8.starts(with: bytes) && lower.hasPrefix(opener) {
            let after = lower.unicodeScalars.dropFirst(opener.unicodeScalars.count).first
            if opener.hasSuffix(":") { return opener }
            if let after, ScalarClass.isSpace(after) || after == ":" { return opener }
            if after == nil && opener == "by" { return opener }
        }
        return nil
    }

    /// Person names in a byline remainder; also an agency it names.
    func names(in text: String, explicit: Bool) -> ([String], String?, String?) {
        var cut = text
        var parts: [String] = []
        let ascii = ByteSearch.isASCII(text)
        if ascii {
            // The same cuts and joins on bytes: on ASCII text Foundation's searches find exactly these.
            var bytes = Array(text.utf8)
            let end = bytes.withUnsafeBufferPointer { buffer in
                var end = Self.asciiStopsEnd(buffer)
                if let digit = buffer[..<end].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) { end = digit }
                return end
            }
            bytes.removeSubrange(end...)
            for (needle, replacement) in Self.asciiJoins {
                bytes = ByteSearch.replacing(needle, with: replacement, in: bytes)
            }
            parts = Self.asciiParts(bytes)
        } else {
            // Stop at what follows the names: a date, a handle, a separator, a time.
            for (index, stop) in Self.stops.enumerated() {
                // A byte miss of a stop without letters is Foundation's miss, in any case (see `stopScreens`).
                if let bytes = Self.stopScreens[index], !ByteSearch.contains(cut, bytes) { continue }
                // So is a miss of a dash's, a bullet's or a middle dot's bytes (see `wideStopScreens`).
                if let wide = Self.wideStopScreens[index], !wide.contains(where: { ByteSearch.contains(cut, $0) }) {
                    continue
                }
                let letters = Self.letterStopScreens[index]
                // So is a byte miss of " on ", " am ", " le " … in the case they are matched in (see
                // `letterStopScreens`): most lines that are not ASCII hold none of them.
                if let letters,
                    !(letters.anyCase
                        ? ByteSearch.containsFolded(cut, letters.bytes) : ByteSearch.contains(cut, letters.bytes))
                {
                    continue
                }
                let options: String.CompareOptions = Self.lowercaseStops.contains(stop) ? [] : .caseInsensitive
                if let range = cut.range(of: stop, options: options) {
                    cut = String(cut[..<range.lowerBound])
                }
            }
            if let firstDigit = cut.firstIndex(where: { $0.isNumber }) { cut = String(cut[..<firstDigit]) }
            for (join, bytes) in zip(Self.joins, Self.joinScreens) {
                // Without the join's bytes Foundation replaces nothing (a byte miss is final; see `ByteSearch`).
                if let bytes, !ByteSearch.contains(cut, bytes) { continue }
                // ";" has one canonical twin, the Greek question mark (U+037E), which decomposes to it and nothing
                // else does: without the bytes of either, Foundation replaces nothing either.
                if join.utf8.elementsEqual(Self.semicolon), !ByteSearch.holds(cut, byte: 0x3B),
                    !ByteSearch.contains(cut, Self.greekQuestionMark)
                {
                    continue
                }
                cut = cut.replacingOccurrences(of: join, with: ",")
            }
            for piece in LineShortcuts.split(cut, at: 0x2C) {
                let p = LineShortcuts.trimming(piece, Self.partTrim, asciiMembers: Self.partTrimASCII)
                if !p.isEmpty { parts.append(p) }
            }
        }
        var authors: [String] = []
        var agency: String? = nil
        var publication: String? = nil
        for (index, part) in parts.enumerated() {
            let lower = part.lowercased()
            if let name = ParsingLexicon.wireAgencies[lower] {
                if agency == nil { agency = name }
                continue
            }
            // "Von Markus Balzer, Berlin", "By Jane Doe, Athens": the city the reporter files from, after the
            // name's comma; a one-word part there is no person either (a person is signed with two names at least).
            if index > 0, !authors.isEmpty, Self.isPlace(part) || !part.contains(" ") {
                if publication == nil, Self.looksLikePublication(part), !Self.isPlace(part) { publication = part }
                continue
            }
            // "By Karen Lindqvist Associated Press": the agency glued after the name, with no comma.
            var part = part
            if let (name, named) = Self.agencyAfterName(part) {
                part = name
                if agency == nil { agency = named }
            }
            // Split at its spaces once for the name's words, the outlet and the role below (each split it again).
            let spaced = LineShortcuts.split(part, at: 0x20)
            var words = Self.nameWords(written: spaced)
            if words.isEmpty { continue }
            // "By TOM HARRIS FOR MAILONLINE", "By Jane Doe for The Northern Echo": the outlet the reporter wrote
            // for, after the name.
            if publication == nil, let outlet = Self.outletAfterFor(written: spaced, nameWords: words.count) {
                publication = outlet
            }
            let written = spaced.map(String.init)
            // "By Priya Shah, Personal Finance Reporter": after the name's comma, a desk and its role, no second
            // person ("By A and John Doe Political Reporter" has no comma there, and names one).
            if index > 0, written.count <= 4, let role = written.last, Self.roleWords.contains(role.lowercased()),
                text.contains(", " + part)
            {
                continue
            }
            if let (name, named) = Self.nameBeforeRole(written) {
                // "CHRISTOPHER RUGABER AP Economics Writer", "Jillian Ambrose Energy correspondent".
                words = Self.nameWords(name.joined(separator: " "))
                if agency == nil, let named { agency = named }
            }
            if words.contains(where: { Self.roleWords.contains($0.lowercased()) }) { continue }
            if index > 0 && !explicit && authors.isEmpty { break }
            // "By A, Cleveland.com": a dot is an address's (or ends a sentence: "… and Europe."); "OLGA R.
            // RODRIGUEZ" has only an initial's.
            if isPersonName(words)
                && !(index > 0 && Self.looksLikePublication(part) && part.contains(".") && !Self.dotsAreInitials(part))
            {
                authors.append(words.joined(separator: " "))
            } else if explicit && Self.opensWithMonthName(words) && isPersonName(Array(words.dropFirst())) {
                // "By Jane Doe and May Chen", "By April Rubin": a first name that is also a month's.
                authors.append(words.joined(separator: " "))
            } else if index == 0 && !explicit {
                break
            } else if index > 0, publication == nil, Self.looksLikePublication(part), !Self.isPlace(part) {
                publication = part  // "By A, Cleveland.com", "By A, CNN Business"
            }
        }
        return (authors, agency, publication)
    }

    /// The outlet in "NAME FOR OUTLET": the words after a "for" that directly follows the name's words, when they
    /// look like a publication's name ("FOR MAILONLINE", "for The Northern Echo"; not "for the first time").
    static func outletAfterFor(_ part: String, nameWords count: Int) -> String? {
        outletAfterFor(written: part.split(separator: " "), nameWords: count)
    }

    /// `outletAfterFor` of a part already split at its spaces (`part.split(separator: " ")`).
    static func outletAfterFor(written: [Substring], nameWords count: Int) -> String? {
        guard count >= 2, written.count > count + 1, written[count].lowercased() == "for" else { return nil }
        let outlet = written[(count + 1)...].joined(separator: " ")
        guard looksLikePublication(outlet), !isPlace(outlet) else { return nil }
        return outlet
    }

    /// Whether a name's first word is a month's name written out ("April", "May", "June", "Jan"), not abbreviated
    /// with a full stop: in an explicit byline, with a surname after it, it is a first name ("May Chen"); a date's
    /// month has its digits, where the names were cut.
    static func opensWithMonthName(_ words: [String]) -> Bool {
        guard words.count >= 2, let first = words.first, !first.hasSuffix("."),
            let initial = first.unicodeScalars.first, ScalarClass.isUppercase(initial)
        else { return false }
        return DateScanner.months[first.lowercased()] != nil
    }

    /// Every full stop closes an initial, a lone capital followed by a space ("Olga R. Rodriguez"); a host name
    /// ("Cleveland.com") or a word ending a sentence ("Europe.") has another.
    static func dotsAreInitials(_ part: String) -> Bool {
        let scalars = Array(part.unicodeScalars)
        for (k, s) in scalars.enumerated() where s == "." {
            guard k >= 1, ScalarClass.isUppercase(scalars[k - 1]), k == 1 || scalars[k - 2] == " ",
                k + 1 < scalars.count, scalars[k + 1] == " "
            else { return false }
        }
        return true
    }

    /// What is trimmed from each comma-separated part of the names: spaces and punctuation other than full stops.
    static let partTrim = CharacterSet.whitespaces.union(
        .punctuationCharacters.subtracting(CharacterSet(charactersIn: ".")))
    static let partTrimASCII = LineShortcuts.asciiMembers(of: partTrim)
    static let dotComma = CharacterSet(charactersIn: ".,")
    static let dotCommaASCII = LineShortcuts.asciiMembers(of: dotComma)
    static let pipe = Array("|".utf8)
    static let fromLabel = Array("from:".utf8)
    static let spacedBy = Array(" by ".utf8)

    /// The words of a name: up to the first lowercase word, month name or glued label ("HiltzikBusiness").
    static func nameWords(_ part: String) -> [String] {
        nameWords(written: LineShortcuts.split(part, at: 0x20))
    }

    /// `nameWords` of a part already split at its spaces (`part.split(separator: " ")`).
    static func nameWords(written: [Substring]) -> [String] {
        var words: [String] = []
        let classes = personWordClasses
        for raw in written {
            var word = String(raw)
            let lower = word.lowercased()
            let capitalised = word.unicodeScalars.first.map(ScalarClass.isUppercase) ?? true
            // Looked up only when asked: a lowercase word's particle bit, a later word's month bit. Most names
            // open with a capitalised word, which is asked neither.
            let kind = !capitalised || !words.isEmpty ? classes[lower] ?? 0 : 0
            if !capitalised, kind & particleWord == 0 { break }
            // "By TOM HARRIS FOR MAILONLINE": the publication the name writes for follows, in capitals too.
            if !words.isEmpty && lower == "for" { break }
            // "By Dana Whitford Follow", "December 1, 2026 by Maya Chen Leave a Comment": the label of a button
            // that follows the author (a follow button, a blog theme's comment link), copied after the name.
            if words.count >= 2 && Self.buttonsAfterName.contains(word) { break }
            if !words.isEmpty, namesMonth(lower, kind: kind) { break }
            if let glue = gluedLabel(word) {
                word = glue
                if !word.isEmpty { words.append(word) }
                break
            }
            words.append(word)
        }
        return words
    }

    /// "HiltzikBusiness" → "Hiltzik", "GarberFOXBusiness" → "Garber"; "McDonald", "DeArdo", "LaMotte" stay whole.
    static func gluedLabel(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 6 else { return nil }
        // "MacLeod", "MacKenzie", "FitzGerald": Scottish, Irish and Norman names are capitalised inside.
        let lower = word.lowercased()
        let start = lower.hasPrefix("fitz") ? 5 : lower.hasPrefix("mac") ? 4 : 3
        guard start < scalars.count else { return nil }
        for i in start..<scalars.count
        where ScalarClass.isUppercase(scalars[i]) && !ScalarClass.isUppercase(scalars[i - 1])
            && ScalarClass.isLetter(scalars[i - 1])
        {
            let restLetters = scalars[i...].filter { ScalarClass.isLetter($0) }.count
            if restLetters >= 4 { return ScalarClass.string(scalars[0..<i]) }
        }
        return nil
    }

    /// Labels of the buttons and links a page prints right after the author's name: none is a word of a name.
    static let buttonsAfterName: Set<String> = ["Follow", "Leave", "Comment", "Comments"]

    static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "bin", "al",
        "el", "ten", "ter", "y",
    ]

    static let calendarWords: Set<String> = [
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "yesterday", "last", "updated", "published", "posted",
    ]

    func isPersonName<S: StringProtocol>(_ words: [S]) -> Bool {
        guard (1...5).contains(words.count) else { return false }
        // "Acme Robotics Inc." under "News provided by": a company's legal form is never part of a person's name.
        if words.count > 1, let last = words.last,
            Self.companyForms.contains(
                LineShortcuts.trimming(last.lowercased(), Self.dotComma, asciiMembers: Self.dotCommaASCII))
        {
            return false
        }
        var capitalised = 0
        var allCaps = 0
        // The word's lowered String hashed once for the lists below (`personWordClasses`), where each list hashed it.
        let classes = Self.personWordClasses
        for word in words {
            let lower = word.lowercased()
            let kind = classes[lower] ?? 0
            if kind & Self.particleWord != 0 { continue }
            guard let first = word.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
            var letters = 0
            var upper = 0
            var dotInside = false
            // A full stop before another scalar is inside the word; read in one pass, without an array of scalars.
            var afterDot = false
            var last: Unicode.Scalar? = nil
            for s in word.unicodeScalars {
                if afterDot { dotInside = true }
                afterDot = false
                last = s
                if ScalarClass.isLetter(s) {
                    letters += 1
                    if ScalarClass.isUppercase(s) { upper += 1 }
                } else if s == "." {
                    afterDot = true
                } else if !(s == "'" || s == "’" || s == "-") {
                    return false
                }
            }
            if dotInside && letters > 2 { return false }  // "cleveland.com"
            if let last, last == "'" || last == "’" { return false }  // "Heights'"
            if kind & Self.nonPersonWord != 0 { return false }
            if Self.namesMonth(lower, kind: kind), kind & Self.givenNameAmongMonths == 0 { return false }
            if upper == letters && letters >= 2 { allCaps += 1 }
            capitalised += 1
        }
        if capitalised == 1 && allCaps == 1 { return false }  // "CNN", "MS"
        return capitalised >= 1
    }
}

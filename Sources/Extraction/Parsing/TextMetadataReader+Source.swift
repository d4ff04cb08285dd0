import Foundation

/// The source: byline, dateline, site name, domain line or copyright owner, and the fuller name the page writes.
extension TextMetadataReader {
    /// The source and how it was read.
    func chooseSource(bylineSource: String?, dateline: Dateline?, lead: String? = nil) -> (String?, String?) {
        // A service named in the byline ("By Jane Doe, Local Democracy Reporting Service") supplied the copy, as an
        // agency does: the page's own name comes first, the service only when the page gives none.
        if let bylineSource, !isAgency(bylineSource), !Self.isCopyService(bylineSource) {
            return (bylineSource, "byline")
        }
        if let dateline, dateline.isWire, let agency = dateline.agency, !agency.isEmpty {
            // A company's own newsroom carries its release as the wire sent it: the footer's copyright owner is the
            // company the lead names ("/PRNewswire/ -- Veridian Health today opened …"), and the page is its own.
            // The wire's site credits its own company ("© 2026 Cision US Inc."), which no release names.
            if let lead, let owner = copyrightOwner().map(SourceFinder.stripOwnerSuffix), owner.count >= 3,
                LineShortcuts.contains(lead, Array(owner.utf8)) ?? lead.contains(owner)
            {
                return (owner, "the copyright owner the release's lead names")
            }
            // "/PRNewswire/" is the wire's tag; the wire writes its own name "PR Newswire" (the lexicon's spelling).
            return (ParsingLexicon.wireAgencies[agency.lowercased()] ?? agency, "dateline wire")
        }
        if let voted = SourceFinder(blocks: blocks, features: features, page: loweredPage).find() {
            return (voted, "names the page repeats (logo, copyright, links)")
        }
        // A domain name standing in the page header ("Welcome to english.eastday.com").
        for i in 0..<min(bodyStart, blocks.count) where features[i].length <= 12 {
            if let domain = Self.domain(in: blocks[i].text), !namesAnotherSite(domain) {
                return (
                    SourceFinder.siteName(domain, in: loweredPage, blocks: blocks.indices), "domain in the page header"
                )
            }
        }
        // Wire copy: the agency in the dateline ("LONDON (Reuters) -") or the byline.
        if let agency = dateline?.agency, !agency.isEmpty {
            return (ParsingLexicon.wireAgencies[agency.lowercased()] ?? agency, "dateline agency")
        }
        return (bylineSource, bylineSource == nil ? nil : "byline agency")
    }

    /// The name the page's own host gives a credit the page writes: "The Oregonian/OregonLive" (a paper and its
    /// site credited as one, in the byline) on oregonlive.com is "OregonLive"; "Associated Press" (the agency's
    /// dateline) on apnews.com, the agency's initials and "news", is "AP News", the site's own name, where a paper
    /// carrying the same copy keeps crediting the agency. Nil when the host names neither.
    func ownSiteName(_ source: String, _ matcher: SiteNameMatcher) -> String? {
        if ByteSearch.contains(source, Self.slashBytes) {
            let parts = source.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let part = parts.first(where: { !$0.isEmpty && matcher.match($0) != nil }) {
                return part
            }
        }
        guard let labels = pageURL?.siteLabels else { return nil }
        let initials = ParsingLexicon.wireAgencies.filter { key, name in
            name == source && key.utf8.count <= 4 && !key.contains(" ") && labels.contains(key + "news")
        }
        return initials.keys.min().map { $0.uppercased() + " News" }
    }

    static let slashBytes = Array("/".utf8)

    /// "BBC" → "BBC News", "Sputnik" → "Sputnik International": the name followed by a word publications add
    /// to their names, written so in at least two short lines (menus, footers; a copyright line counts twice, and so
    /// does the masthead: one of the page's first lines above the story, where a site sets its full name as its
    /// logo, "Kestrel News" over a footer that says only "Kestrel").
    func extendedSource(_ name: String) -> String? {
        guard name.unicodeScalars.count >= 2, name.split(separator: " ").count <= 3 else { return nil }
        var counts: [String: Int] = [:]
        let nameBytes = ByteSearch.isASCII(name) ? Array((name + " ").utf8) : nil
        // A byte miss is final on any line unless the name holds one of the three ASCII characters another scalar
        // is equivalent to (see `ByteSearch`).
        let missIsFinal = nameBytes.map { !$0.contains(0x4B) && !$0.contains(0x3B) && !$0.contains(0x60) } ?? false
        // A line whose bytes hold the ASCII name's has the name's scalars, lowered, in its lowered bytes (lowering
        // maps each scalar on its own, an ASCII one to an ASCII one): the blocks whose lowered bytes lack them, found
        // in one pass over the page, lack the name's bytes, and are passed over before their text is read.
        let mayHold = nameBytes.map { bytes in
            loweredPage.blocksHolding(one: bytes.map { $0 &- 0x41 < 26 ? $0 + 32 : $0 })
        }
        for i in blocks.indices {
            guard features[i].length <= 40 else { continue }
            if missIsFinal, let mayHold, !mayHold[i] { continue }
            let text = blocks[i].text
            // On ASCII text the byte search answers exactly what the Foundation loop below would find first. Asked
            // first: a line without the name is skipped whether or not it is a copyright line.
            if let nameBytes, let mayHold, missIsFinal || ByteSearch.isASCII(text),
                !(mayHold[i] && ByteSearch.contains(text, nameBytes))
            {
                continue
            }
            let isCopyright = ByteSearch.mentionsCopyright(text)
            guard features[i].length <= 12 || isCopyright else { continue }
            for found in Self.occurrences(of: name + " ", bytes: nameBytes, in: text) {
                if found.lowerBound > text.startIndex {
                    let before = text[text.index(before: found.lowerBound)]
                    if before.isLetter || before.isNumber { continue }
                }
                let next = text[found.upperBound...].prefix { $0.isLetter }
                // "© 2024 Guardian News & Media Limited": "News" opens the owning company's name, not the site's.
                let after = text[found.upperBound...].dropFirst(next.count).drop { $0 == " " }
                if after.hasPrefix("&") || after.hasPrefix("and ") { continue }
                // "© 2026 Independent Digital News & Media Ltd": in a copyright line, a capitalised word after it
                // other than a legal form ("Business Insider Deutschland GmbH") carries the company's name on.
                if isCopyright, Self.continuesCompanyName(after) { continue }
                // An edition ("Deutschland") names the site only where the copyright owner is written so.
                guard let first = next.first, first.isUppercase,
                    ParsingLexicon.publicationNameWords.contains(next.lowercased())
                        || (isCopyright && ParsingLexicon.editionWords.contains(next.lowercased()))
                else { continue }
                counts[String(next), default: 0] += isCopyright || (i < Self.mastheadLines && i < bodyStart) ? 2 : 1
            }
        }
        // "news.daybreak.com" writing "Daybreak News" in its masthead: the host's subdomain is the word, and counts
        // as a line of its own.
        if let host = pageURL?.host {
            let labels = host.lowercased().split(separator: ".").dropLast(2)
            for word in Array(counts.keys) where labels.contains(Substring(word.lowercased())) {
                counts[word, default: 0] += 1
            }
        }
        // The most frequent word; between words as frequent, the one first in the alphabet, never the
        // dictionary's order, which changes from run to run.
        guard let (word, count) = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
            count >= 2
        else { return nil }
        return name + " " + word
    }

    /// Whether the words after a name's extension in a copyright line go on with a capitalised word that is no legal
    /// form (round 28).
    static func continuesCompanyName(_ after: Substring) -> Bool {
        let word = after.prefix { $0 != " " }
        guard let initial = word.unicodeScalars.first, ScalarClass.isUppercase(initial) else { return false }
        let form = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        return !SourceFinder.legalFormWords.contains(form) && !SourceFinder.corporateWords.contains(form)
            && form != "limited"
    }

    /// The ranges Foundation's `range(of:range:)` finds for `needle` in `text`, each search from the end of the
    /// last match. With the needle's bytes (an ASCII needle) on an ASCII line they are its byte matches, left to
    /// right without overlap (see `ByteSearch`), found without a Foundation search per match.
    static func occurrences(of needle: String, bytes: [UInt8]?, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        if let bytes, ByteSearch.isASCII(text) {
            var copy = text
            let offsets: [Int] = copy.withUTF8 { utf8 in
                var offsets: [Int] = []
                var from = 0
                while let k = ByteSearch.firstIndex(of: bytes, in: utf8, from: from, foldingASCIICase: false) {
                    offsets.append(k)
                    from = k + bytes.count
                }
                return offsets
            }
            let utf8 = text.utf8
            for k in offsets {
                let lower = utf8.index(utf8.startIndex, offsetBy: k)
                found.append(lower..<utf8.index(lower, offsetBy: bytes.count))
            }
            return found
        }
        var searchFrom = text.startIndex
        while let range = text.range(of: needle, range: searchFrom..<text.endIndex) {
            searchFrom = range.upperBound
            found.append(range)
        }
        return found
    }

    /// "BBC News, Boston" under a byline: the publication and the reporter's place; or a wire agency alone. Nil
    /// unless the line is a short publication's name, a comma and one to three capitalised words, or an agency.
    static func deskLine(_ text: String) -> String? {
        // "By Staff Reporter" over a line of its own saying "AAP": the agency the copy came from.
        if let agency = ParsingLexicon.wireAgencies[text.lowercased()] { return agency }
        let parts = text.split(separator: ",").map {
            LineShortcuts.trimming($0, .whitespaces, asciiMembers: SourceFinder.whitespaceASCII)
        }
        guard parts.count == 2, let place = parts.last?.split(separator: " "), (1...3).contains(place.count),
            place.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }),
            BylineParser.looksLikePublication(parts[0]), parts[0].contains(" ") || parts[0].count >= 3,
            BylineParser().isPersonName(parts[0].split(separator: " ")) == false
        else { return nil }
        return parts[0]
    }

    /// `reconciled`, or the name read before reconciling when that is the host's name with more words of the
    /// site's own, as its masthead writes it ("CBC News" on cbc.ca, "ByteForge Engineering" on blog.byteforge.dev):
    /// it agrees with the host, and the host's bare name would only cut it short, unless the furniture writes a
    /// fuller form of the bare name itself ("Northfield News").
    func keepingMasthead(_ read: String?, over reconciled: String?, _ matcher: SiteNameMatcher) -> String? {
        guard let read, let bare = reconciled, SiteNameMatcher.cuts(read, to: bare), matcher.extendsSiteLabel(read),
            extendedSource(bare) == nil
        else { return reconciled }
        return read
    }

    /// Whether a domain written in the page's header is another site's: a sponsor's or a sister site's link in the
    /// menu ("GrosirSoloMukena.com: Pusat Mukena Modern" on a blog at another address). A page names itself by its
    /// own address, so a domain sharing no name label with the page's host is not its name. Without an address
    /// nothing tells them apart.
    func namesAnotherSite(_ domain: String) -> Bool {
        guard let pageURL, let written = PageURL("http://" + domain.lowercased()) else { return false }
        return !written.siteLabels.contains { pageURL.siteLabels.contains($0) }
    }

    /// How many of a page's first blocks may be its masthead (controls such as "Skip to main content" come first).
    static let mastheadLines = 4

    private func isAgency(_ s: String) -> Bool { ParsingLexicon.wireAgencies[s.lowercased()] != nil }

    /// "Local Democracy Reporting Service", "Tribune News Service": a name ending in "Service" or "Services".
    static func isCopyService(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last, name.contains(" ") else { return false }
        return last == "Service" || last == "Services"
    }

    /// A host name such as "english.eastday.com" or "TheHill.com" in a short line.
    static func domain(in text: String) -> String? {
        // Cheap test first: a letter or digit, a dot, a letter.
        guard Self.mayHoldDomain(text) else { return nil }
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var word = LineShortcuts.trimming(raw, Self.domainTrim, asciiMembers: Self.domainTrimASCII)
            // Foundation's search for "/" or "@" runs only on a word holding that byte: no other scalar is
            // equivalent to either, so a word without the byte holds neither.
            if word.lowercased().hasPrefix("http")
                || (ByteSearch.holds(word, byte: 0x2F) && word.contains("/"))
                || (ByteSearch.holds(word, byte: 0x40) && word.contains("@"))
            {
                continue
            }
            if word.lowercased().hasPrefix("www.") { word = String(word.dropFirst(4)) }
            let labels = word.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { continue }
            let tld = labels.last!.lowercased()
            guard Self.topLevelDomains.contains(tld) else { continue }
            guard
                labels.allSatisfy({
                    $0.unicodeScalars.allSatisfy {
                        ScalarClass.isASCIILetter($0) || ScalarClass.isDigit($0) || $0 == "-"
                    }
                })
            else { continue }
            return word
        }
        return nil
    }

    /// What `domain(in:)` trims from each word (built once rather than for every word).
    static let domainTrim = CharacterSet(charactersIn: ".,;:!?()[]\"'“”")
    /// Which ASCII bytes `domainTrim` holds: an ASCII word is trimmed on its bytes (`LineShortcuts.trimming`).
    static let domainTrimASCII = LineShortcuts.asciiMembers(of: domainTrim)

    /// Whether `text` holds an ASCII letter or digit, a full stop, and an ASCII letter, in a row: read on the
    /// UTF-8 bytes, where an ASCII byte is that scalar and the bytes of any other scalar are all above 0x7F, so a
    /// byte beside the full stop is an ASCII letter or digit exactly when the scalar beside it is.
    static func mayHoldDomain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for k in 1..<(bytes.count - 1) where bytes[k] == 0x2E {
                let before = bytes[k - 1] | 0x20
                let after = bytes[k + 1] | 0x20
                if ((before >= 0x61 && before <= 0x7A) || (bytes[k - 1] >= 0x30 && bytes[k - 1] <= 0x39))
                    && after >= 0x61 && after <= 0x7A
                {
                    return true
                }
            }
            return false
        }
    }

    static let topLevelDomains: Set<String> = [
        "com", "org", "net", "co", "uk", "de", "fr", "es", "it", "nl", "br", "ru", "cn", "jp", "in", "au", "ca", "io",
        "news", "info", "eu", "ch", "at", "id", "mx", "ar", "za", "ie", "nz", "sg", "hk", "tv", "me", "us", "pt", "pl",
    ]

    /// The owner in "© 2024 The Guardian" or "Copyright 2019 X. All rights reserved.", read near the page's end.
    func copyrightOwner() -> String? {
        let start = max(selection.run?.upperBound ?? 0, blocks.count - 60)
        for i in Swift.stride(from: blocks.count - 1, through: max(0, start), by: -1) where features[i].length <= 25 {
            if let owner = Self.copyrightOwner(in: blocks[i].text) { return owner }
        }
        return nil
    }

    /// What a site's footer credits its makers for, before "by" ("Designed by", "Powered by", "Hosted by").
    static let creditVerbs: Set<String> = [
        "designed", "powered", "developed", "built", "hosted", "created", "made", "crafted", "theme", "website",
        "site", "design",
    ]

    static let copyrightMarks = ["©", "copyright", "(c)"].map { Array($0.utf8) }
    static let parenthesisedC = Array("(c)".utf8)
    /// What is trimmed around the owner's name, and again after its legal form is cut (built once, not per line).
    static let ownerTrim = CharacterSet(charactersIn: ".,;: ")
    static let ownerTrimASCII = LineShortcuts.asciiMembers(of: ownerTrim)
    static let suffixTrim = CharacterSet(charactersIn: ".,; ")
    static let suffixTrimASCII = LineShortcuts.asciiMembers(of: suffixTrim)

    /// `lower.range(of: "©")`, on the bytes when they decide it. No other scalar is canonically equivalent to "©",
    /// so without its bytes there is no match; and the first "©" between two ASCII scalars (or the line's ends) is
    /// a Character of its own (it is no mark or joiner, and no ASCII scalar is a prefix or a joiner), so it is
    /// Foundation's first match. Any other first "©" is left to Foundation.
    static func copyrightSign(in lower: String) -> Range<String.Index>? {
        guard let k = ByteSearch.firstIndex(of: ByteSearch.copyrightSign, in: lower, foldingASCIICase: false) else {
            return nil
        }
        let utf8 = lower.utf8
        let end = k + ByteSearch.copyrightSign.count
        let start = utf8.index(utf8.startIndex, offsetBy: k)
        let after = utf8.index(start, offsetBy: ByteSearch.copyrightSign.count)
        let standsAlone =
            (k == 0 || utf8[utf8.index(before: start)] < 0x80) && (end == utf8.count || utf8[after] < 0x80)
        return standsAlone ? start..<after : lower.range(of: "©")
    }

    /// The byte offset just after the copyright mark of an ASCII line: the first "copyright" in any case, else the
    /// first "(c)" in any case; nil without either.
    static func asciiCopyrightMarkEnd(_ text: String) -> Int? {
        if let k = ByteSearch.firstIndex(of: ByteSearch.copyrightWord, in: text, foldingASCIICase: true) {
            return k + ByteSearch.copyrightWord.count
        }
        if let k = ByteSearch.firstIndex(of: parenthesisedC, in: text, foldingASCIICase: true) {
            return k + parenthesisedC.count
        }
        return nil
    }
    static let copyrightWord = Array("Copyright".utf8)

    static func copyrightOwner(in text: String) -> String? {
        var rest: String
        if ByteSearch.isASCII(text) {
            // Lowering an ASCII line moves no byte and "©" cannot occur in it: the mark is the first "copyright", else
            // the first "(c)", in any case, where Foundation's search on the lowered line finds it (see `ByteSearch`).
            guard let after = Self.asciiCopyrightMarkEnd(text) else { return nil }
            rest = String(decoding: text.utf8.dropFirst(after), as: UTF8.self)
        } else {
            // Equal to `text.lowercased()` (see `ScalarClass.lowercased`), for less.
            let lower = ScalarClass.lowercased(text)
            // Without the marks' bytes the searches find nothing (no other scalar is equivalent to these needles).
            guard Self.copyrightMarks.contains(where: { ByteSearch.contains(lower, $0) }) else { return nil }
            guard
                let mark = Self.copyrightSign(in: lower) ?? lower.range(of: "copyright") ?? lower.range(of: "(c)")
            else { return nil }
            rest = String(text[mark.upperBound...])
        }
        if ByteSearch.isASCII(rest) {
            // The same replacement on bytes ("©" cannot occur in ASCII text).
            rest = String(
                decoding: ByteSearch.replacing(Self.copyrightWord, with: [0x20], in: Array(rest.utf8)), as: UTF8.self)
        } else {
            rest = rest.replacingOccurrences(of: "©", with: " ").replacingOccurrences(of: "Copyright", with: " ")
        }
        var words = LineShortcuts.split(rest, at: 0x20).map(String.init)
        while let first = words.first,
            first.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," || $0 == "." })
                || first.lowercased() == "(c)"
        {
            words.removeFirst()
        }
        // "© Provided by The Capitol Sentinel": a portal's credit for the publisher whose story it carries.
        if words.count > 2, words[0].lowercased() == "provided", words[1] == "by" { words.removeFirst(2) }
        var owner: [String] = []
        for (k, word) in words.enumerated() {
            let l = word.lowercased()
            if l.hasPrefix("all") || l == "|" || l == "-" || l == "•" || l.hasPrefix("rights") { break }
            // "© 2002-2019 - Designed by Gray Digital Media": a credit for the site's makers, no owner.
            if owner.isEmpty, k + 1 < words.count, words[k + 1].lowercased() == "by", Self.creditVerbs.contains(l) {
                return nil
            }
            if let first = word.unicodeScalars.first, ScalarClass.isLetter(first), !ScalarClass.isUppercase(first),
                !["of", "and", "the", "&", "for", "de", "du", "des", "la", "le", "di"].contains(l), !owner.isEmpty
            {
                break
            }
            owner.append(word)
            if word.hasSuffix(".") || word.hasSuffix(",") || owner.count >= 6 { break }
        }
        while let last = owner.last,
            last.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" || $0 == "." || $0 == "," }),
            // "© 2026 Copyright France 24": a number of one to three digits after a word is the brand's own, not a
            // year.
            !(owner.count >= 2 && (1...3).contains(last.count) && last.allSatisfy(\.isNumber))
        {
            owner.removeLast()
        }
        var name = LineShortcuts.trimming(
            owner.joined(separator: " "), Self.ownerTrim, asciiMembers: Self.ownerTrimASCII)
        // Irish ("DAC"), British ("PLC") and Indian ("Pvt Ltd") forms as well as the American ones.
        for suffix in [
            " Inc", " LLC", " Ltd", " GmbH", " Limited", " Corporation", " Corp", " DAC", " PLC", " plc", " Pvt",
            " Pty",
        ]
        where name.hasSuffix(suffix) {
            name = LineShortcuts.trimming(
                String(name.dropLast(suffix.count)), Self.suffixTrim, asciiMembers: Self.suffixTrimASCII)
        }
        guard let first = name.unicodeScalars.first, ScalarClass.isUppercase(first) || ScalarClass.isDigit(first),
            name.count >= 2
        else { return nil }
        return name
    }
}

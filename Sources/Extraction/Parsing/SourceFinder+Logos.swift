/// How a page shows its own name at the top: a broadcaster's call sign, a nameplate with its article, a link
/// home ("Valley Ledger | Home"), a logo's alt text ("The Verge logo."), a logo with its tagline ("Daily Wire |
/// The region's news since 1901"). Each reader turns one such line into the name it shows, or nil.
extension SourceFinder {
    /// "WKRT News 8", "KTUL Channel 9": a broadcaster's call sign (three or four capitals opening with K or W, as
    /// American stations are licensed) with "News", "TV", "Channel" or a channel number, in up to four words.
    static func isStationName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), let sign = words.first?.utf8, (3...4).contains(sign.count),
            sign.first == 0x4B || sign.first == 0x57, sign.allSatisfy({ $0 &- 0x41 < 26 })
        else { return false }
        return words.dropFirst().contains { word in
            word.allSatisfy(\.isNumber) || ["news", "tv", "channel"].contains(word.lowercased())
        }
    }

    /// "la Repubblica", "de Volkskrant", "il Giornale": a nameplate opening with its article in lowercase, as
    /// European papers set their mastheads, then one to three capitalised words. A headline or a menu entry opens
    /// with a capital.
    static func isLowercaseArticledNameplate(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), let article = words.first,
            article.unicodeScalars.first.map({ !ScalarClass.isUppercase($0) }) ?? false,
            SiteNameMatcher.articles.contains(String(article))
        else { return false }
        return words.dropFirst().allSatisfy { word in
            (word.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
                && word.unicodeScalars.allSatisfy { ScalarClass.isLetter($0) || $0 == "-" || $0 == "'" }
        }
    }

    /// "DR", "VG": a two-letter nameplate in capitals, a name too short for the finder's other readers. It names
    /// the site when the footer's copyright names it too ("© DR"); either alone is a section's or a country's code.
    static func isTwoLetterNameplate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 2 && bytes.allSatisfy { $0 &- 0x41 < 26 } && !notNameWords.contains(text.lowercased())
            && !["US", "UK", "EU", "UN", "TV", "FM", "AM", "PM", "OK", "ID"].contains(text)
    }

    /// "The Highland Reporter", "The Daily Record": "The", capitalised words and a word newspapers end their names
    /// with, even one that is also a reporter's role or a section's name, which the first line of a page does not
    /// stand for.
    static func isArticledNameplate(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (3...4).contains(words.count), words[0] == "The", let last = words.last?.lowercased(),
            ParsingLexicon.domainPublicationWords.contains(last)
        else { return false }
        return words.allSatisfy { $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }
    }

    /// "The Guardian - Back to home", "Valley Ledger | Home" → the name before the link's label; nil for other lines.
    static func homeLinkedName(_ text: String) -> String? {
        // Every label holds "home" (any case): a line without those letters is no home link.
        // A text of at most 60 bytes has at most 60 scalars: only a longer one is counted by its scalars.
        guard text.utf8.count <= 60 || text.unicodeScalars.count <= 60, ByteSearch.containsFolded(text, Self.homeWord)
        else { return nil }
        for (separator, bytes) in zip(Self.homeSeparators, Self.homeSeparatorBytes) {
            // A byte miss is Foundation's miss: no other scalar is canonically equivalent to a space, "-", "|", ":",
            // an en dash or an em dash.
            guard ByteSearch.contains(text, bytes), let range = text.range(of: separator, options: .backwards) else {
                continue
            }
            let label = text[range.upperBound...].lowercased().trimmingCharacters(in: .whitespaces)
            let name = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            // One link: a menu ("News | Sport | Home") sets more parts apart.
            guard Self.homeLabels.contains(label), !name.isEmpty, name.split(separator: " ").count <= 5,
                !name.contains(separator.trimmingCharacters(in: .whitespaces))
            else { continue }
            return name
        }
        return nil
    }

    /// "The Verge logo.": the name before the picture's label, up to four capitalised words ("Site logo", "Main
    /// logo" name no site); nil for other lines.
    static func labelledLogo(_ text: String) -> String? {
        guard endsWithLogoBytes(text) else { return nil }
        var words = text.split(separator: " ")
        guard (2...5).contains(words.count), let last = words.last, ["logo", "logo."].contains(last.lowercased())
        else { return nil }
        words.removeLast()
        guard words.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }),
            !genericLogoWords.contains(words.map { $0.lowercased() }.joined(separator: " "))
        else { return nil }
        return words.joined(separator: " ")
    }
    /// Whether the line's bytes, trailing spaces aside, end with "logo" or "logo." in any case: a last word that
    /// lowers to "logo" or "logo." is those scalars in some case (no scalar beyond ASCII lowers to "l", "o", "g" or
    /// "."), ends the line but for the spaces `split` drops, and is the bytes. Most short lines end otherwise, and
    /// are spared the split into words.
    static func endsWithLogoBytes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var n = bytes.count
            while n > 0 && bytes[n - 1] == 0x20 { n -= 1 }
            if n > 0 && bytes[n - 1] == 0x2E { n -= 1 }
            return n >= 4 && bytes[n - 4] | 0x20 == 0x6C && bytes[n - 3] | 0x20 == 0x6F && bytes[n - 2] | 0x20 == 0x67
                && bytes[n - 1] | 0x20 == 0x6F
        }
    }

    /// "The Verge homepage", "Valley Homepage": a logo's link labelled by where it goes.
    static func endsWithHomepage(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last, text.contains(" ") else { return false }
        return ["homepage", "homepage."].contains(last.lowercased())
    }
    static let genericLogoWords: Set<String> = ["site", "main", "header", "footer", "brand", "company", "the", "our"]

    /// What a logo's link says after the site's name.
    static let homeLabels: Set<String> = [
        "home", "homepage", "home page", "back to home", "back to homepage", "back to home page", "go to homepage",
        "go to home page", "go to home", "return to homepage", "return to home page", "return to home",
    ]
    static let homeWord = Array("home".utf8)
    /// What sets a logo's link label apart from the name, in the order they are tried.
    static let homeSeparators = [" - ", " – ", " — ", " | ", ": "]
    static let homeSeparatorBytes = homeSeparators.map { Array($0.utf8) }

    /// "Daily Wire | The region's news since 1901" → "Daily Wire"; nil unless the part after the bar is a phrase.
    static func taggedLogo(_ text: String) -> String? {
        // Without the bar's bytes Foundation finds no bar either (no other scalar is equivalent to " " or "|").
        guard ByteSearch.contains(text, Self.spacedBar) else { return nil }
        let parts = text.components(separatedBy: " | ")
        guard parts.count == 2 else { return nil }
        let name = parts[0].split(separator: " ")
        let tagline = parts[1].split(separator: " ")
        guard (1...4).contains(name.count), tagline.count >= 3,
            tagline.contains(where: { word in
                word.unicodeScalars.first.map { ScalarClass.isLetter($0) && !ScalarClass.isUppercase($0) } ?? false
            })
        else { return nil }
        return parts[0]
    }
}

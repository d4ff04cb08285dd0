/// Mentions in a Title-Case headline ("Apple Unveils New iPad Pro As Tablet Sales Slow Across Europe").
///
/// Such a headline capitalises every word, so the capitals that tell a name from the words around it in a sentence
/// are gone, and a tagger reads runs of them as one long name ("Apple Unveils New iPad Pro As …", "Mayor Vows To Cut
/// Waste"). The story itself names its organizations again in ordinary sentences, so a headline mention is kept
/// only as a name the body also uses: whole, or as the longest such name inside it ("Apple"); and each body name
/// standing in the headline is its mention, whether the tagger typed it there or not ("Leverkusen Held As
/// Dortmund Close Gap", "Dortmund" untyped). Sentence-case and all-capitals headlines (wire copy, CoNLL's) are left
/// alone: the tagger was trained on those.
extension CombinedOrganizationFinder {
    static func checkingTitleCaseHeadline(
        _ organizations: [FoundOrganization], titleRange: Range<Int>, _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        let range = titleRange.clamped(to: 0..<scalars.count)
        var headlines = titleCaseSubheads(organizations, outside: range, scalars)
        if let title = titleCaseHeadline(in: range, scalars) { headlines.append(title) }
        guard !headlines.isEmpty else { return organizations }
        headlines.sort { $0.lowerBound < $1.lowerBound }
        let starts = headlines.map(\.lowerBound)
        // The lines do not overlap: the one that may hold an offset is the last starting at or before it.
        func inTitle(_ m: Mention) -> Bool {
            var lo = 0
            var hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] <= m.start { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 && headlines[lo - 1].contains(m.start)
        }
        // Names the body uses, longest first, with the organization each belongs to.
        var bodyNames: [(scalars: [Unicode.Scalar], owner: Int)] = []
        var seen = Set<[Unicode.Scalar]>()
        for (index, organization) in organizations.enumerated() {
            for mention in organization.mentions where !inTitle(mention) {
                let text = Array(mention.text.unicodeScalars)
                if seen.insert(text).inserted { bodyNames.append((text, index)) }
                // A headline names a company without the legal form its body gives it ("NorthBay Robotics Announces
                // …" over "NorthBay Robotics, Inc."), as press releases and business pages do.
                if let short = withoutLegalSuffix(text), seen.insert(short).inserted {
                    bodyNames.append((short, index))
                }
            }
        }
        bodyNames.sort { $0.scalars.count > $1.scalars.count }

        let names = BodyNames(bodyNames)
        var result = organizations
        for index in result.indices { result[index].mentions.removeAll(where: inTitle) }
        // Read over the whole line, not only the tagger's runs in it: a headline names the story's organizations
        // ("Leverkusen Held As Dortmund Close Gap"), and a name the tagger left untagged there is still the one
        // the body names.
        for headline in headlines {
            for (name, owner, offset) in names.standing(in: scalars[headline]) {
                let start = headline.lowerBound + offset
                let end = start + name.count
                guard !result[owner].mentions.contains(where: { $0.start < end && start < $0.end }) else {
                    continue
                }
                result[owner].mentions.append(Mention(start: start, end: end, text: ScalarClass.string(name)))
                result[owner].mentions.sort { $0.start < $1.start }
            }
        }
        return result.filter { !$0.mentions.isEmpty }
    }

    /// The title line, or its part after a short label and a colon ("Press release: Helix Biotherapeutics
    /// Announces …", "Exclusive: …"), when it is in Title Case.
    static func titleCaseHeadline(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int>? {
        if isTitleCase(scalars[range]) { return range }
        // A label of one to three words, the colon within its first 30 scalars.
        var k = range.lowerBound
        let limit = min(range.upperBound, range.lowerBound + 30)
        while k < limit && scalars[k] != ":" { k += 1 }
        guard k < limit, k > range.lowerBound, k + 2 < range.upperBound, scalars[k + 1] == " ",
            scalars[range.lowerBound..<k].split(separator: " ").count <= 3
        else { return nil }
        let rest = (k + 2)..<range.upperBound
        return isTitleCase(scalars[rest]) ? rest : nil
    }

    /// A name without the legal-form words that end it (`OrganizationKey.legalSuffixes`: "Inc.", "GmbH", "plc") and
    /// the comma before them, when a word remains: "NorthBay Robotics, Inc." → "NorthBay Robotics"; nil when it has
    /// none.
    static func withoutLegalSuffix(_ name: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var end = name.count
        while true {
            var wordEnd = end
            while wordEnd > 0 && name[wordEnd - 1] == "." { wordEnd -= 1 }
            var wordStart = wordEnd
            while wordStart > 0 && name[wordStart - 1] != " " { wordStart -= 1 }
            guard wordStart > 0, wordStart < wordEnd,
                OrganizationKey.legalSuffixes.contains(ScalarClass.string(name[wordStart..<wordEnd]).lowercased())
            else { break }
            end = wordStart
            while end > 0 && (name[end - 1] == " " || name[end - 1] == ",") { end -= 1 }
        }
        return end < name.count && end > 0 ? Array(name[..<end]) : nil
    }

    /// Four words or more, nearly all capitalised but not in capitals, with a capitalised small word after the
    /// first ("As", "To", "Of") or every word capitalised: a headline in Title Case, not a sentence.
    static func isTitleCase(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        // A headline is a line, not a document without line breaks.
        guard line.count <= 300 else { return false }
        // Counted in place, with ASCII answered without the Unicode property tables: every article's first line is
        // asked, and nearly all fail the counts, so the small words are looked up only for a line that passes them.
        var words = 0
        var capitalised = 0
        var mixed = 0
        // Over the line's buffer: checked subscripts of the slice cost more than the comparisons.
        let counted = line.withUnsafeBufferPointer { text -> Bool in
            var k = 0
            while k < text.count {
                if isSeparator(text[k]) {
                    k += 1
                    continue
                }
                let start = k
                while k < text.count && !isSeparator(text[k]) { k += 1 }
                guard isAlphabetic(text[start]) else { continue }
                words += 1
                guard isUppercase(text[start]) else {
                    // A sentence fails the capitals' share long before its end: once even a capitalised word in
                    // every other scalar left could not bring the share to four in five, the rest is not read.
                    if capitalised + (text.count - k + 1) / 2 < 4 * (words - capitalised) { return false }
                    continue
                }
                capitalised += 1
                var rest = start + 1
                while rest < k && !isLowercase(text[rest]) { rest += 1 }
                if rest < k { mixed += 1 }
            }
            return true
        }
        guard counted else { return false }
        guard words >= 4, capitalised * 10 >= words * 8, mixed * 2 > capitalised else { return false }
        if capitalised == words { return true }
        if hasCapitalisedSmallWord(line) { return true }
        // Or only small words in lowercase, in a line of five words or more ("Helios Energy Partners Announces $250
        // Million Solar Project in Arizona": the press release's and AP's Title Case).
        return words >= 5
            && alphabeticWords(line).allSatisfy { word in isUppercase(word.first!) || isSmallWord(word) }
    }

    /// A small word ("As", "To", "Of") written with a capital after the line's first word: the surest sign of Title
    /// Case, which a line of names alone ("Bank of America Merrill Lynch") lacks.
    static func hasCapitalisedSmallWord(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        alphabeticWords(line).dropFirst().contains { word in isUppercase(word.first!) && isSmallWord(word) }
    }

    /// The words of a line that begin with a letter.
    private static func alphabeticWords(_ line: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        line.split(whereSeparator: isSeparator).filter { isAlphabetic($0.first!) }
    }

    private static func isSmallWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        word.count <= 7 && smallWords.contains(ScalarClass.string(word).lowercased())
    }

    private static func isSeparator(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\t" }

    private static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value | 0x20 >= 97 && s.value | 0x20 <= 122) : s.properties.isAlphabetic
    }

    private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 65 && s.value <= 90) : s.properties.isUppercase
    }

    private static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 97 && s.value <= 122) : s.properties.isLowercase
    }

    static let smallWords: Set<String> = [
        "a", "an", "the", "as", "to", "of", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "after",
        "over", "into", "amid", "is", "are", "be", "its", "up", "out", "off", "vs", "than", "about", "against",
    ]
}

/// Names that a number or a trailing acronym sets apart from the tagger's span.
///
/// A radio station, a school district and a union's local or lodge are named by their number ("BBC Radio 4",
/// "IAM District 751", "Teamsters Local 727"); the tagger, trained on Reuters, where a number after a name is a
/// score or a quantity, stops before it. And a list that ends in an acronym ("the Peter Doherty Institute for
/// Infection and Immunity and CSIRO") reads to the tagger, and to the rules, as one long name, since "and" also
/// joins the words of one name; but no name ends in "and" and an acronym of its own.
extension CombinedOrganizationFinder {
    /// Widens a mention over the number after it when its last word, or the one capitalised word after it, is a
    /// unit that such numbers name (`numberedUnits`). The number has one to four digits and stands alone (not a
    /// score "4-1", a share "4%" or a decimal "4.5"). A widened mention is its own organization unless the rest of
    /// its organization's mentions are widened the same way.
    static func widenedOverUnitNumbers(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var result = organizations
        var parts: [Mention] = []
        // Asked first, so that an organization with no such mention keeps its array (`removeAll` would copy it).
        for index in result.indices
        where result[index].mentions.contains(where: { numberedUnitEnd(after: $0, scalars) != nil }) {
            var widened: [Mention] = []
            result[index].mentions.removeAll { mention in
                guard let end = numberedUnitEnd(after: mention, scalars) else { return false }
                widened.append(
                    Mention(start: mention.start, end: end, text: ScalarClass.string(scalars[mention.start..<end])))
                return true
            }
            parts += widened
        }
        return regrouping(result, adding: parts)
    }

    /// Splits a mention that ends in " and " and one word in capitals ("… Immunity and CSIRO") after a name of two
    /// words or more, into the name and the acronym; each joins the organization of its key or becomes one.
    static func splittingTrailingAcronyms(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        // Most articles report no name holding " and ": then nothing is read.
        guard organizations.contains(where: { $0.mentions.contains { ByteSearch.contains($0.text, andBytes) } }) else {
            return organizations
        }
        var result = organizations
        var parts: [Mention] = []
        for index in result.indices {
            result[index].mentions.removeAll { mention in
                guard ByteSearch.contains(mention.text, andBytes), let split = trailingAcronym(mention, scalars) else {
                    return false
                }
                parts += [split.name, split.acronym]
                return true
            }
        }
        return regrouping(result, adding: parts)
    }

    /// Round 28: "Members of Teamsters Local 916 packed the chamber", the whole name typed MISC or a place: a span
    /// the tagger typed otherwise than an organization whose last words are "Local" or "Lodge" and its number,
    /// after a capitalised word, is a union's local or lodge. Not "Radio", "Channel" or "District": "District 9" is
    /// a film and "Channel 4" may be a programme's place on the dial.
    static func addingUnionLocals(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for span in entities where span.label != "ORG" && span.end - span.start >= 9 {
            // The span's last scalar first: most spans end in no digit.
            guard ScalarClass.isDigit(scalars[span.end - 1]), ScalarClass.isUppercase(scalars[span.start]) else {
                continue
            }
            let text = ScalarClass.string(scalars[span.start..<span.end])
            let words = text.split(separator: " ")
            guard words.count >= 3, ["Local", "Lodge"].contains(words[words.count - 2]),
                (1...4).contains(words[words.count - 1].count),
                words[words.count - 1].unicodeScalars.allSatisfy(ScalarClass.isDigit),
                // "Local 916-2": a score or a range, not a unit's number.
                !(span.end + 1 < scalars.count && (scalars[span.end] == "-" || scalars[span.end] == ".")
                    && ScalarClass.isDigit(scalars[span.end + 1]))
            else { continue }
            found.append(Mention(start: span.start, end: span.end, text: text))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Words that a number after them names a unit of: a station, a district, a union's local or lodge.
    static let numberedUnits: Set<String> = ["Radio", "Channel", "District", "Local", "Lodge"]

    /// Where the number ends that names the mention's unit, or nil.
    static func numberedUnitEnd(after mention: Mention, _ scalars: [Unicode.Scalar]) -> Int? {
        var k = mention.end
        // A number or a capitalised word must follow: most mentions are followed by neither, and are passed
        // without building a String.
        guard k + 1 < scalars.count, scalars[k] == " ",
            ScalarClass.isDigit(scalars[k + 1]) || ScalarClass.isUppercase(scalars[k + 1])
        else { return nil }
        var isUnit = false
        if ScalarClass.isDigit(scalars[k + 1]) {
            var wordStart = k
            while wordStart > mention.start && scalars[wordStart - 1] != " " { wordStart -= 1 }
            isUnit =
                (5...8).contains(k - wordStart) && numberedUnits.contains(ScalarClass.string(scalars[wordStart..<k]))
        }
        if !isUnit {
            // One unit word after the name ("IAM District 751").
            var wordEnd = k + 1
            while wordEnd < scalars.count && isNameScalar(scalars[wordEnd]) { wordEnd += 1 }
            guard wordEnd - (k + 1) <= 8, numberedUnits.contains(ScalarClass.string(scalars[(k + 1)..<wordEnd])) else {
                return nil
            }
            isUnit = true
            k = wordEnd
            guard k + 1 < scalars.count, scalars[k] == " " else { return nil }
        }
        var end = k + 1
        while end < scalars.count && ScalarClass.isDigit(scalars[end]) { end += 1 }
        let digits = end - (k + 1)
        guard isUnit, (1...4).contains(digits) else { return nil }
        if end < scalars.count {
            let next = scalars[end]
            guard !isNameScalar(next), next != "%" else { return nil }
            // "4-1", "4.5", "4,000": a score, a decimal or a larger number.
            if next == "-" || next == "." || next == "," || next == "–" {
                if end + 1 < scalars.count && ScalarClass.isDigit(scalars[end + 1]) { return nil }
            }
        }
        return end
    }

    /// A mention's name and its trailing acronym after the last " and ", when the acronym is one word of two or
    /// more capitals (digits and "-" allowed) and the name before it has two words or more.
    static func trailingAcronym(
        _ mention: Mention, _ scalars: [Unicode.Scalar]
    ) -> (name: Mention, acronym: Mention)? {
        let joiner = Array(" and ".unicodeScalars)
        var k = mention.end - joiner.count
        while k > mention.start, !scalars[k..<(k + joiner.count)].elementsEqual(joiner) { k -= 1 }
        guard k > mention.start else { return nil }
        let right = k + joiner.count
        let acronym = scalars[right..<mention.end]
        let capitals = acronym.filter { $0.value >= 65 && $0.value <= 90 }.count
        guard capitals >= 2,
            acronym.allSatisfy({ ($0.value >= 65 && $0.value <= 90) || ScalarClass.isDigit($0) || $0 == "-" }),
            scalars[mention.start..<k].split(separator: " ").count >= 2
        else { return nil }
        return (
            Mention(start: mention.start, end: k, text: ScalarClass.string(scalars[mention.start..<k])),
            Mention(start: right, end: mention.end, text: ScalarClass.string(acronym))
        )
    }

    /// Replaces each mention to which `span` gives new bounds by the text within them, regrouped under its own key
    /// (`regrouping`): the widening passes' common step. Most articles have no such mention, so nothing is copied
    /// until one is found.
    static func respanning(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar], to span: (Mention) -> Range<Int>?
    ) -> [FoundOrganization] {
        guard organizations.contains(where: { $0.mentions.contains { span($0) != nil } }) else { return organizations }
        var result = organizations
        var parts: [Mention] = []
        for index in result.indices {
            result[index].mentions.removeAll { mention in
                guard let bounds = span(mention) else { return false }
                parts.append(
                    Mention(start: bounds.lowerBound, end: bounds.upperBound, text: ScalarClass.string(scalars[bounds]))
                )
                return true
            }
        }
        return regrouping(result, adding: parts)
    }

    /// Adds each mention to the organization of its key, or as a new organization (in text order), and drops the
    /// organizations left without mentions.
    static func regrouping(_ organizations: [FoundOrganization], adding parts: [Mention]) -> [FoundOrganization] {
        guard !parts.isEmpty else { return organizations }
        var result = organizations.filter { !$0.mentions.isEmpty }
        for part in parts.sorted(by: { $0.start < $1.start }) {
            let key = OrganizationKey.make(part.text)
            if let slot = result.firstIndex(where: { $0.key == key }) {
                result[slot].mentions.append(part)
                result[slot].mentions.sort { $0.start < $1.start }
            } else {
                result.append(FoundOrganization(name: part.text, key: key, mentions: [part]))
            }
        }
        return result
    }
}

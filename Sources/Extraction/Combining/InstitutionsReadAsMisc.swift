/// "The National Music Publishers' Association accused …", "The Confederation of Japan Automobile Workers' Unions
/// said …": a body's name the tagger typed a miscellaneous name, as it types a name full of words it reads as a
/// trade or a people ("Music", "Japan", "Publishers'"). The last word says what the name is: an institution's head
/// (`institutionHeads`: "Association", "Institute", "Foundation", …) or "Unions". In CoNLL-2003 train and dev and
/// web-news dev the tagger types no span so that is not an organization ("Brazilian Football Confederation", MISC
/// in CoNLL-2003, ends in "Confederation", which is left out as "Federation" and "Union" are: they end places'
/// names, "Russian Federation", "Soviet Union").
extension CombinedOrganizationFinder {
    /// Adds each span the tagger typed MISC, of two words or more and not in capitals, whose last word is one of
    /// `institutionHeads` or "Unions".
    static func addingInstitutionsReadAsMisc(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for span in entities where span.label == "MISC" {
            // The last word, which must open with a capital after a space, is read on the scalars before any string.
            var k = span.end
            while k > span.start && scalars[k - 1] != " " { k -= 1 }
            guard k > span.start + 1, k < span.end, span.end - k <= 12, scalars[k].value >= 0x41,
                scalars[k].value <= 0x5A
            else { continue }
            let last = ScalarClass.string(scalars[k..<span.end]).lowercased()
            guard institutionHeads.contains(last) || last == "unions" else { continue }
            let text = ScalarClass.string(scalars[span.start..<span.end])
            guard text.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { continue }
            found.append(Mention(start: span.start, end: span.end, text: text))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }
}

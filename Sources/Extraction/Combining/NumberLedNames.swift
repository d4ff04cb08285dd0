/// Names that open with a number ("100 Thieves", "20th Century Studios"): the tagger, trained on Reuters, where a
/// number before a name is a quantity or a table's score, types only the words after it ("Thieves").
extension CombinedOrganizationFinder {
    /// Widens an organization's mentions over the number before them when the article writes that number before
    /// every one of them, at least twice: a quantity ("sold 100 Boeing jets") is not written before each mention of
    /// a company. The number has one to four digits (an ordinal's "th" allowed) and follows no capitalised word or
    /// number ("Arsenal 2 Tottenham 1": a results table's score; a headline's small word, "And 100 Thieves", aside).
    static func widenedOverLeadingNumbers(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var result = organizations
        for index in result.indices where result[index].mentions.count >= 2 {
            var number: ArraySlice<Unicode.Scalar>? = nil
            var starts: [Int] = []
            for mention in result[index].mentions {
                guard let start = leadingNumberStart(before: mention.start, scalars) else {
                    starts = []
                    break
                }
                let written = scalars[start..<(mention.start - 1)]
                if let number, !number.elementsEqual(written) {
                    starts = []
                    break
                }
                number = written
                starts.append(start)
            }
            guard starts.count == result[index].mentions.count else { continue }
            for (k, start) in starts.enumerated() {
                let end = result[index].mentions[k].end
                result[index].mentions[k] = Mention(
                    start: start, end: end, text: ScalarClass.string(scalars[start..<end]))
            }
            let name = result[index].mentions[0].text
            result[index].aliases = [result[index].name] + result[index].aliases
            result[index].name = name
            result[index].key = OrganizationKey.make(name)
        }
        return result
    }

    /// Where the number one space before `start` begins, when it qualifies (see above).
    static func leadingNumberStart(before start: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        guard start >= 2, scalars[start - 1] == " " else { return nil }
        var k = start - 1
        // An ordinal's suffix ("20th").
        if k >= 3, ["th", "st", "nd", "rd"].contains(ScalarClass.string(scalars[(k - 2)..<k])),
            ScalarClass.isDigit(scalars[k - 3])
        {
            k -= 2
        }
        let digitsEnd = k
        while k > 0 && ScalarClass.isDigit(scalars[k - 1]) { k -= 1 }
        guard (1...4).contains(digitsEnd - k) else { return nil }
        if k > 0 {
            // Not run into a word, a decimal, a share or a range ("1.100", "4-100", "$100").
            guard !isNameScalar(scalars[k - 1]),
                ![".", ",", "-", "–", "$", "£", "€", "/", ":"].contains(scalars[k - 1])
            else {
                return nil
            }
            // Nor after a capitalised word or a number on its line ("Arsenal 2 Tottenham 1").
            if scalars[k - 1] == " ", k >= 2, isNameScalar(scalars[k - 2]) {
                var w = k - 2
                while w > 0 && isNameScalar(scalars[w - 1]) { w -= 1 }
                let word = scalars[w..<(k - 1)]
                if ScalarClass.isDigit(scalars[w])
                    || (ScalarClass.isUppercase(scalars[w])
                        && !smallWords.contains(ScalarClass.string(word).lowercased()))
                {
                    return nil
                }
            }
        }
        return k
    }
}

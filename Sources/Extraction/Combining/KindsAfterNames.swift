/// "The GMB union, which represents refuse workers": labour news names a union by its letters and the word "union"
/// after them, in lowercase, and the tagger takes the word into the name ("GMB union"). The word says what the
/// organization is; its name is the letters (no gold organization of CoNLL-2003 or web-news dev ends in "union").
extension CombinedOrganizationFinder {
    /// Cuts a trailing lowercase " union" from a mention whose other words begin with a capital, and regroups the
    /// cut mention under its key.
    static func withoutTrailingKinds(_ organizations: [FoundOrganization]) -> [FoundOrganization] {
        guard organizations.contains(where: { $0.mentions.contains { $0.text.hasSuffix(unionSuffix) } }) else {
            return organizations
        }
        var result = organizations
        var parts: [Mention] = []
        for index in result.indices {
            result[index].mentions.removeAll { mention in
                guard mention.text.hasSuffix(unionSuffix) else { return false }
                let name = mention.text.dropLast(unionSuffix.count)
                let words = name.split(separator: " ")
                guard !words.isEmpty, words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
                parts.append(
                    Mention(
                        start: mention.start, end: mention.end - unionSuffix.unicodeScalars.count, text: String(name)))
                return true
            }
        }
        return regrouping(result, adding: parts)
    }

    private static let unionSuffix = " union"
}

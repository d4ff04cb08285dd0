extension TextMetadataReader {
    /// A line holding only a person's name (two or three capitalised words) just below the headline: a byline
    /// whose "By" the page drew as an image or a link. Also two to four such names joined by "and", "&" or commas
    /// ("Jane Doe and John Roe") when a date line follows within two lines, as bylines without "By" stand over the
    /// publication date.
    func nameLine(after title: Int) -> (Int, [String])? {
        let parser = BylineParser()
        for i in (title + 1)..<min(blocks.count, title + 6) {
            // Past the third line only over short furniture ("3 hours ago", "Share", "Save").
            if i >= title + 4, !(title + 1..<i).allSatisfy({ features[$0].words <= 3 }) { break }
            let words = blocks[i].text.split(separator: " ")
            if (2...3).contains(words.count), features[i].length == words.count {
                if Self.isBareName(words, parser: parser), !Self.looksLikeCaption(blocks[i].text) {
                    return (i, [words.joined(separator: " ")])
                }
                continue
            }
            if let names = jointNameLine(i, parser: parser) { return (i, names) }
        }
        return nil
    }

    /// The names of block `i` when it is two to four bare names joined by "and", "&" or commas with a date line
    /// within the two lines under it; nil otherwise. Such a line is a byline, never the headline.
    func jointNameLine(_ i: Int, parser: BylineParser = BylineParser()) -> [String]? {
        guard (5...14).contains(features[i].words), let names = jointNames(blocks[i].text, parser: parser),
            (i + 1..<min(blocks.count, i + 3)).contains(where: { !DateScanner().dates(in: blocks[$0].text).isEmpty })
        else { return nil }
        return names
    }

    /// Two to four bare names joined by "and", "&" or commas, or nil when any part is not a name.
    func jointNames(_ line: String, parser: BylineParser) -> [String]? {
        // Most lines hold none of the joins: the split below is spared them.
        guard line.contains(" and ") || line.contains(" & ") || line.contains(", ") else { return nil }
        var parts = [line]
        for join in [", ", " and ", " & "] { parts = parts.flatMap { $0.components(separatedBy: join) } }
        guard (2...4).contains(parts.count) else { return nil }
        var names: [String] = []
        for part in parts {
            let words = part.split(separator: " ")
            guard (2...3).contains(words.count), Self.isBareName(words, parser: parser) else { return nil }
            names.append(words.joined(separator: " "))
        }
        return names
    }

    /// Capitalised words of a person's name, none ending in a capital (an acronym or a headline's shout).
    static func isBareName(_ words: [Substring], parser: BylineParser) -> Bool {
        parser.isPersonName(words) && !words.contains(where: { ScalarClass.isUppercase($0.unicodeScalars.last ?? "a") })
    }
}

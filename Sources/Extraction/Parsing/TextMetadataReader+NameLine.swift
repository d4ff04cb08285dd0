extension TextMetadataReader {
    /// A line holding only a person's name (two or three capitalised words) just below the headline: a byline
    /// whose "By" the page drew as an image or a link. Also two to four such names joined by "and", "&" or commas
    /// ("Jane Doe and John Roe") when a date line stands within two lines under or over it, as bylines without "By"
    /// stand by the publication date.
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
        if let names = liveBlogNames(blocks[i].text, parser: parser) { return names }
        // The date line may also stand just above: a live blog or a wire page puts "Updated 14:52 Mon 30 Nov 2026"
        // over the names of those writing it.
        guard (5...14).contains(features[i].words), let names = jointNames(blocks[i].text, parser: parser),
            (max(0, i - 2)..<min(blocks.count, i + 3)).contains(where: {
                $0 != i && !DateScanner().dates(in: blocks[$0].text).isEmpty
            })
        else { return nil }
        return names
    }

    /// Two to four bare names joined by "and", "&" or commas, or nil when any part is not a name.
    func jointNames(_ line: String, parser: BylineParser) -> [String]? {
        // Most lines hold none of the joins: the split below is spared them. A byte miss is final (the joins are
        // ASCII without "K", ";" or "`"; see `ByteSearch`), and a byte hit Foundation does not confirm splits nothing.
        guard Self.nameJoins.contains(where: { ByteSearch.contains(line, $0) }), Self.wordsOpenCapitalised(line) else {
            return nil
        }
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

    static let nameJoins = [", ", " and ", " & "].map { Array($0.utf8) }

    /// "Tom Ashby (now) and Priya Shah (earlier)": a live blog names who writes it now and who wrote it earlier.
    /// The notes mark the line as a byline wherever the date stands (a live blog's "Updated …" is above it), so
    /// the names are read without the date test once the notes are dropped.
    func liveBlogNames(_ line: String, parser: BylineParser) -> [String]? {
        guard ByteSearch.contains(line, Self.liveNoteNow) || ByteSearch.contains(line, Self.liveNoteEarlier) else {
            return nil
        }
        var bare = line
        for note in [" (now)", " (earlier)", " (later)"] { bare = bare.replacingOccurrences(of: note, with: "") }
        guard !bare.contains("("), Self.wordsOpenCapitalised(bare) else { return nil }
        if let names = jointNames(bare, parser: parser) { return names }
        let words = bare.split(separator: " ")
        guard (2...3).contains(words.count), Self.isBareName(words, parser: parser) else { return nil }
        return [words.joined(separator: " ")]
    }

    static let liveNoteNow = Array(" (now)".utf8)
    static let liveNoteEarlier = Array(" (earlier)".utf8)

    /// Whether every word opens with a capital (or a letter beyond ASCII) but the joins "and" and "&" and a name's
    /// particles ("von", "de"): a cheap test
    /// on bytes that turns away the sentences and lists with commas before any split.
    static func wordsOpenCapitalised(_ line: String) -> Bool {
        for word in line.utf8.split(separator: 0x20) {
            guard let first = word.first else { continue }
            if (first >= 0x41 && first <= 0x5A) || first >= 0x80 { continue }
            if word.elementsEqual("and".utf8) || word.elementsEqual("&".utf8) { continue }
            // "Ursula von der Leyen": a name's particles are written in lowercase.
            if BylineParser.particles.contains(String(decoding: word, as: UTF8.self)) { continue }
            return false
        }
        return true
    }

    /// Capitalised words of a person's name, none ending in a capital (an acronym or a headline's shout).
    static func isBareName(_ words: [Substring], parser: BylineParser) -> Bool {
        parser.isPersonName(words) && !words.contains(where: { ScalarClass.isUppercase($0.unicodeScalars.last ?? "a") })
    }
}

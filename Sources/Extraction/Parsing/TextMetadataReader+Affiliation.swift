/// "Daniel Okafor" over "BBC News, West Midlands": a byline box that sets the writer's name over the newsroom they
/// write for, with its place (round 28). The newsroom names the publication as the page's own furniture may not
/// ("BBC" in the logo, "BBC News" here), and without the name read as a byline the newsroom's line stood just over
/// the date line, where the headline is looked for.
extension TextMetadataReader {
    /// The name and the newsroom, or nil: block `i` is a person's name alone (two or three capitalised words), the
    /// line under it a publication's name ending in a publication word ("News", "Times", …) with, after a comma,
    /// a place of at most three capitalised words, and a date line within three lines under the name.
    func nameOverAffiliation(_ i: Int, parser: BylineParser) -> (String, String)? {
        guard (2...3).contains(features[i].words), i + 2 < blocks.count, (2...7).contains(features[i + 1].words),
            !blocks[i].isBullet, !blocks[i + 1].isBullet, ByteSearch.holds(blocks[i + 1].text, byte: 0x2C),
            !ByteSearch.holdsDigit(blocks[i + 1].text)
        else { return nil }
        let parts = blocks[i + 1].text.split(separator: ",", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let outlet = parts[0].split(separator: " ")
        let place = parts[1].split(separator: " ")
        func capitalised(_ word: Substring) -> Bool { word.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }
        guard (2...4).contains(outlet.count), (1...3).contains(place.count), outlet.allSatisfy(capitalised),
            place.allSatisfy(capitalised), let last = outlet.last,
            ParsingLexicon.publicationNameWords.contains(last.lowercased()),
            !BylineParser.roleWords.contains(last.lowercased())
        else { return nil }
        let words = blocks[i].text.split(separator: " ")
        guard words.count == features[i].length, Self.isBareName(words, parser: parser),
            !Self.looksLikeCaption(blocks[i].text),
            ((i + 2)...min(blocks.count - 1, i + 3)).contains(where: { !DateScanner().dates(in: blocks[$0].text).isEmpty })
        else { return nil }
        return (words.joined(separator: " "), outlet.joined(separator: " "))
    }
}

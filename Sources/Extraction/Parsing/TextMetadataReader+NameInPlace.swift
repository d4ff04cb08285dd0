/// Bylines without "By" that name where the writer is or what they do (round 26): "Jennifer Ortiz in Phoenix",
/// "Helen Davidson in Taipei and agencies", and a name over its role with the writer's handle after it
/// ("Alex Rossi" over "International correspondent @alexrossiSky").
extension TextMetadataReader {
    /// The names of "Jennifer Ortiz in Phoenix", "Ana Lopez and Tom Reid in Lagos", "Helen Davidson in Taipei and
    /// agencies": one to three bare names, "in", and a place of one to three capitalised words, as pages that sign
    /// a reporter by the city they file from write the line. Nil for any other line ("Protests in Tehran").
    func namesInPlace(_ line: String, parser: BylineParser) -> [String]? {
        // A line without " in " is none: one byte search spares most lines the splits below.
        guard ByteSearch.contains(line, Self.inPlace), Self.wordsOpenCapitalisedOrIn(line) else { return nil }
        var text = Substring(line)
        for trailer in [" and agencies", " and agency", " with agencies"] where text.hasSuffix(trailer) {
            text = text.dropLast(trailer.count)
        }
        guard let cut = text.range(of: " in ", options: .backwards) else { return nil }
        let names = text[..<cut.lowerBound]
        let place = text[cut.upperBound...].split(separator: " ")
        guard (1...3).contains(place.count),
            place.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }),
            !place.contains(where: { ByteSearch.holdsDigit(String($0)) })
        else { return nil }
        let words = names.split(separator: " ")
        if (2...3).contains(words.count), Self.isBareName(words, parser: parser) {
            return [words.joined(separator: " ")]
        }
        return jointNames(String(names), parser: parser)
    }

    static let inPlace = Array(" in ".utf8)

    /// `wordsOpenCapitalised`, with the "in" before the place and an agencies' trailer allowed.
    static func wordsOpenCapitalisedOrIn(_ line: String) -> Bool {
        let lowercaseAllowed: Set<Substring> = ["in", "and", "with", "agencies", "agency", "&"]
        return line.split(separator: " ").allSatisfy { word in
            lowercaseAllowed.contains(word) || BylineParser.particles.contains(String(word))
                || (word.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
        }
    }

    /// The role line under a name, without the writer's handle after it: "International correspondent
    /// @alexrossiSky" → "International correspondent". Nil when no role is left (a lone handle says nothing), or
    /// when the line is not a role: one to four words, the first capitalised, the last a role word.
    static func roleBeforeHandle(_ line: String) -> String? {
        var words = line.split(separator: " ")
        while let last = words.last, last.hasPrefix("@") { words.removeLast() }
        guard (1...4).contains(words.count), let first = words.first, let last = words.last,
            first.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false,
            BylineParser.roleWords.contains(last.lowercased()),
            !words.contains(where: { $0.contains("@") })
        else { return nil }
        return words.joined(separator: " ")
    }

    /// What joins the names of a byline without "By": a comma, "and", "&", and the "and" of other languages
    /// ("Mariana Costa e Pedro Nogueira", "Sanne de Vries en Tom Bakker", "Lena Berg und Jonas Weber").
    static let nameJoinWords = [", ", " and ", " & ", " e ", " y ", " et ", " und ", " en ", " og ", " och "]

    /// `wordsOpenCapitalised`, with the joins of other languages written in lowercase between the names: on
    /// bytes, and done at the first word that opens in lowercase, as most lines holding a comma do.
    static func wordsOpenCapitalisedOrJoined(_ line: String) -> Bool {
        for word in line.utf8.split(separator: 0x20) {
            guard let first = word.first else { continue }
            if (first >= 0x41 && first <= 0x5A) || first >= 0x80 { continue }
            if joinWordBytes.contains(where: { word.elementsEqual($0) }) { continue }
            if BylineParser.particles.contains(String(decoding: word, as: UTF8.self)) { continue }
            return false
        }
        return true
    }

    static let joinWordBytes = ["and", "&", "e", "y", "et", "und", "en", "og", "och"].map { Array($0.utf8) }
}

/// Bylines set as fields and byline boxes of several writers (round 27): "Wanjiru Kamau | Nairobi" over the date,
/// and "Ola Bakken" / "Journalist" / "Ingrid Solberg" / "Journalist".
extension TextMetadataReader {
    /// Whether a line within two lines over or under block `i` gives a date.
    func datedBeside(_ i: Int) -> Bool {
        (max(0, i - 2)..<min(blocks.count, i + 3)).contains {
            $0 != i && !DateScanner().dates(in: blocks[$0].text).isEmpty
        }
    }

    /// "Wanjiru Kamau | Nairobi", "Josephine Christopher | Dar es Salaam", "Ana Ruiz | The Valley Star": the name
    /// and where the writer files from (or for whom), set apart as two fields, with a date line beside it. The
    /// name, or nil: a menu ("News | Sport") or a headline with a bar holds no bare name before it.
    func nameBesidePlace(_ i: Int, parser: BylineParser) -> String? {
        // Most lines hold no " | ": one byte search turns them away before any split.
        guard features[i].words <= 9, ByteSearch.holds(blocks[i].text, byte: 0x7C),
            ByteSearch.contains(blocks[i].text, Self.fieldBar)
        else { return nil }
        let fields = blocks[i].text.components(separatedBy: " | ")
        guard fields.count == 2 else { return nil }
        let name = fields[0].split(separator: " ")
        let place = fields[1].split(separator: " ")
        guard (2...3).contains(name.count), (1...4).contains(place.count),
            place.allSatisfy({ word in
                (word.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
                    || BylineParser.particles.contains(String(word)) || Self.placeJoins.contains(String(word))
            }),
            !ByteSearch.holdsDigit(fields[1]), !fields[1].contains("@"),
            Self.isBareName(name, parser: parser) || parser.isMonthLedName(name), datedBeside(i)
        else { return nil }
        return name.joined(separator: " ")
    }

    static let fieldBar = Array(" | ".utf8)
    /// Lowercase words inside a place's name ("Dar es Salaam", "Stratford-upon-Avon" aside, "Frankfurt am Main").
    static let placeJoins: Set<String> = ["es", "am", "an", "upon", "on", "sur", "en", "of"]

    /// The other writers of a byline box whose first name stands over its role at `index`: the names over roles
    /// two, four … lines under it (and over it), each a byline found already ("Ola Bakken" / "Journalist" /
    /// "Ingrid Solberg" / "Journalist"). Their blocks and names, in the page's order.
    func boxedWriters(around index: Int, _ bylines: [Int: BylineParser.Byline]) -> [(Int, String)] {
        guard let first = bylines[index], !first.explicit, first.authors.count == 1, nameOverRole(index) != nil
        else { return [] }
        var found: [(Int, String)] = []
        for step in [-2, 2] {
            var k = index + step
            while let other = bylines[k], !other.explicit, other.authors.count == 1, nameOverRole(k) != nil {
                found.append((k, other.authors[0]))
                k += step
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }
}

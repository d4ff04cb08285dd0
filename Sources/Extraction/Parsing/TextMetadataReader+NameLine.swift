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
            // "News provided by" over "Northwind Energy": the label names the release's issuer, not a writer.
            if features[i - 1].length <= 5, Self.endsWithBy(blocks[i - 1].text), !Self.isByLabel(blocks[i - 1].text) {
                continue
            }
            let words = blocks[i].text.split(separator: " ")
            if (2...3).contains(words.count), features[i].length == words.count {
                if Self.isBareName(words, parser: parser) || (parser.isMonthLedName(words) && datedBeside(i)),
                    !Self.looksLikeCaption(blocks[i].text)
                {
                    return (i, [words.joined(separator: " ")])
                }
                continue
            }
            if let names = jointNameLine(i, parser: parser) { return (i, names) }
            // "Jennifer Ortiz in Phoenix": the writer and the city they file from.
            if features[i].words <= 12, let names = namesInPlace(blocks[i].text, parser: parser) { return (i, names) }
        }
        return nil
    }

    /// "Sorcha Nolan" over "Social Affairs Correspondent", "Priya Raman" over "Senior Reporter": a line holding only
    /// a person's name (two or three capitalised words) with the writer's role on the next line, as pages set the
    /// author's name and title in two elements of a byline box. The name, or nil.
    func nameOverRole(_ i: Int, parser: BylineParser = BylineParser()) -> String? {
        // The counts first: most lines are not two or three words over one of four at most.
        // A menu's entries ("Radicalised Youth" over "Al Jazeera Correspondent", a programme's name) are bullets.
        // "[image] Harriet Cole" over "Political Correspondent": the writer's avatar drawn before the name (round 28).
        let avatarName = blocks[i].text.utf8.first == 0x5B ? Self.afterAvatar(blocks[i].text) : nil
        guard (2...3).contains(features[i].words) || avatarName != nil, i + 1 < blocks.count,
            (1...4).contains(features[i + 1].words), !blocks[i].isBullet, !blocks[i + 1].isBullet
        else { return nil }
        // The role line first, on its bytes: its last word is a role ("Correspondent", "Senior Reporter"); a lone
        // handle says nothing here. Few lines are over one, and the name's test splits and lowers its words.
        let role = blocks[i + 1].text
        // "International correspondent @alexrossiSky": a role in sentence case, the writer's handle after it.
        guard
            (!ByteSearch.holds(role, byte: 0x40) && ArticleParser.isBylineRest(role))
                || Self.roleBeforeHandle(role) != nil
        else { return nil }
        let words = (avatarName ?? blocks[i].text).split(separator: " ")
        guard avatarName.map({ _ in (2...3).contains(words.count) }) ?? (words.count == features[i].length),
            Self.isBareName(words, parser: parser) || parser.isMonthLedName(words),
            !Self.looksLikeCaption(blocks[i].text)
        else { return nil }
        return words.joined(separator: " ")
    }

    /// "[image] Harriet Cole": what follows a picture's alt text in brackets (24 characters at most) opening the
    /// line, or nil.
    static func afterAvatar(_ text: String) -> String? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]"),
            text.distance(from: text.startIndex, to: close) <= 24
        else { return nil }
        let rest = text[text.index(after: close)...].drop { $0 == " " }
        return rest.isEmpty ? nil : String(rest)
    }

    /// "[image] Max Garlow Senior Reporter": a byline box's avatar, drawn by a text browser as its alt text in
    /// brackets, before the writer's name and role. The name and role, or nil when the line is not so (a caption's
    /// credit after a picture, "[image] Jane Doe, Reuters", has a comma and no role).
    static func avatarLedNameAndRole(_ text: String) -> String? {
        // A line opening with the Character "[" opens with its byte; most lines are turned away by that byte.
        guard text.utf8.first == 0x5B, text.hasPrefix("["), let close = text.firstIndex(of: "]"),
            text.distance(from: text.startIndex, to: close) <= 24
        else { return nil }
        let rest = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
        let words = rest.split(separator: " ")
        guard (3...7).contains(words.count), !rest.contains(","),
            let last = words.last, BylineParser.roleWords.contains(last.lowercased())
        else { return nil }
        return rest
    }

    /// "JAVIER CASQUERO" over "Madrid - 14 mar 2024 - 05:30 CET": a person's name of two or three words in
    /// capitals alone on its line, with a short date line under it, as pages set the writer's name in small
    /// capitals above the place and time of filing. The name, or nil.
    func capitalsNameOverDate(_ i: Int, parser: BylineParser) -> String? {
        guard (2...3).contains(features[i].words), features[i].words == features[i].length, i + 1 < blocks.count,
            features[i + 1].words <= 12, !blocks[i].isBullet
        else { return nil }
        let text = blocks[i].text
        // An ASCII byte is a scalar of its own, and one other than a space lies in a word: a line holding one that
        // is no capital, "-" or "'" fails the capitals' test below, and is turned away before it is split.
        if text.utf8.contains(where: { $0 < 0x80 && $0 &- 0x41 >= 26 && $0 != 0x2D && $0 != 0x27 && $0 != 0x20 }) {
            return nil
        }
        let words = text.split(separator: " ")
        guard words.count == features[i].words,
            words.allSatisfy({ word in
                word.unicodeScalars.count >= 2
                    && word.unicodeScalars.allSatisfy { ScalarClass.isUppercase($0) || $0 == "-" || $0 == "'" }
            }),
            parser.isPersonName(words), ParsingLexicon.wireAgencies[text.lowercased()] == nil,
            !DateScanner().dates(in: blocks[i + 1].text).isEmpty
        else { return nil }
        return words.joined(separator: " ")
    }

    /// "[image] The line opens in April. PHOTO: ST FILE" over "Ng Keng Ghee" over "UPDATED Mar 14, 2024": the
    /// writer's name on the line under a caption the text browser wrapped into it (the caption filled the line),
    /// with the date line next. The name closes the block, after the caption's end: a full stop, a bracket or a
    /// credit in capitals. The block and the name, or nil.
    func nameUnderCaption(after title: Int) -> (Int, [String])? {
        // The caption and the date line under it both follow the headline: none when it is one of the last blocks.
        let end = min(blocks.count - 1, title + 4)
        guard title + 1 < end else { return nil }
        let parser = BylineParser()
        for i in (title + 1)..<end
        where blocks[i].lineCount >= 2 && blocks[i].text.hasPrefix("[") {
            guard features[i + 1].words <= 12, !DateScanner().dates(in: blocks[i + 1].text).isEmpty else { continue }
            let words = blocks[i].text.split(separator: " ")
            for take in [3, 2] where words.count > take + 1 {
                let name = Array(words.suffix(take))
                let before = words[words.count - take - 1]
                let closes =
                    before.hasSuffix(".") || before.hasSuffix(")")
                    || !before.unicodeScalars.contains { ScalarClass.isLetter($0) && !ScalarClass.isUppercase($0) }
                let capitals = name.allSatisfy { word in
                    word.unicodeScalars.allSatisfy { ScalarClass.isUppercase($0) || $0 == "-" || $0 == "'" }
                }
                guard closes, capitals ? parser.isPersonName(name) : Self.isBareName(name, parser: parser),
                    !name.contains(where: { $0.hasSuffix(".") || ParsingLexicon.wireAgencies[$0.lowercased()] != nil })
                else { continue }
                return (i, [name.joined(separator: " ")])
            }
        }
        return nil
    }

    /// "Elliot Brownstein Florida Today" over "Published 2:16 AM EST Nov 20, 2019": a person's name followed by
    /// the publication's, with no comma between (a byline box's two links), and the date line within the two
    /// lines under it. The publication must be the site's own, a name matching the address's host: without an
    /// address a breadcrumb ("Home Music Music News" over the date) reads the same. The name and the publication,
    /// or nil.
    func nameAndPublication(_ i: Int, parser: BylineParser = BylineParser()) -> (String, String)? {
        guard let pageURL, (4...7).contains(features[i].words), features[i].words == features[i].length,
            // A date line is short and holds a digit: the next two lines are screened so before any split.
            (i + 1..<min(blocks.count, i + 3)).contains(where: {
                features[$0].length <= 24 && ByteSearch.holdsDigit(blocks[$0].text)
            })
        else { return nil }
        let words = blocks[i].text.split(separator: " ")
        guard words.count == features[i].words, Self.wordsOpenCapitalised(blocks[i].text) else { return nil }
        // A name matching the host opens with the initial of one of its labels (squashed or abbreviated, the first
        // word gives its first letter; a leading "The" may be dropped): most lines have no such word after the
        // name's two or three.
        let initials = pageURL.siteLabels.compactMap { $0.utf8.first }
        let mayMatch = (2...3).contains { cut in
            guard cut < words.count, let first = words[cut].utf8.first else { return false }
            return initials.contains(first &- 0x41 < 26 ? first + 32 : first) || words[cut] == "The"
        }
        guard mayMatch else { return nil }
        let matcher = SiteNameMatcher(url: pageURL)
        // The first cut into a two- or three-word name and a name of the site after it.
        for cut in 2...3 where words.count - cut >= 1 {
            let name = Array(words[..<cut])
            let site = words[cut...].joined(separator: " ")
            guard Self.isBareName(name, parser: parser), BylineParser.looksLikePublication(site),
                matcher.match(site) != nil
            else { continue }
            let dated = (i + 1..<min(blocks.count, i + 3)).contains {
                !DateScanner().dates(in: blocks[$0].text).isEmpty
            }
            return dated ? (name.joined(separator: " "), site) : nil
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
        guard Self.nameJoins.contains(where: { ByteSearch.contains(line, $0) }), Self.wordsOpenCapitalisedOrJoined(line)
        else {
            return nil
        }
        var parts = [line]
        for join in Self.nameJoinWords { parts = parts.flatMap { $0.components(separatedBy: join) } }
        guard (2...4).contains(parts.count) else { return nil }
        var names: [String] = []
        for part in parts {
            let words = part.split(separator: " ")
            guard (2...3).contains(words.count), Self.isBareName(words, parser: parser) else { return nil }
            names.append(words.joined(separator: " "))
        }
        return names
    }

    static let nameJoins = nameJoinWords.map { Array($0.utf8) }

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

/// A city standing for its team in a game report ("Oklahoma City held Boston to 38% shooting"), where the same
/// article names the team in full ("the Oklahoma City Thunder beat the Boston Celtics"): the tagger, trained on
/// Reuters, types the city alone as a place; the guidelines make a city standing for its team the team.
extension CombinedOrganizationFinder {
    /// Adds each place the tagger typed (LOC) whose exact words open a team's name that the article uses (the
    /// place and a team nickname the gazetteer knows, `KnownOrganizations`' "+" names: "Thunder", "Super Kings")
    /// as a mention of that team. Not after "in", "at" or "of" ("In Boston, Darren Bragg homered", "At Colorado,
    /// …", "the city of Boston"), where a game report names the place where the game was (CoNLL-2003 types every
    /// such city LOC), nor before "'s" ("New York's Columbia Presbyterian Hospital"), and not in capitals (a
    /// dateline, "OKLAHOMA CITY --", nor the state after a dateline's city, "ARLINGTON, Texas").
    static func addingPlacesStandingForTeams(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        // The teams named in full: their mentions that end in a nickname, by the organization's index.
        var teams: [(organization: Int, name: String)] = []
        for (index, organization) in organizations.enumerated() {
            for mention in organization.mentions where endsInTeamNickname(mention.text) {
                teams.append((index, mention.text))
            }
        }
        guard !teams.isEmpty else { return organizations }
        var taken = TakenText(length: scalars.count)
        for organization in organizations { taken.take(organization.mentions) }
        var result = organizations
        let cover = regions.map(RegionCover.init)
        var added = Set<Int>()
        for place in entities where place.label == "LOC" {
            let mention = Mention(
                start: place.start, end: place.end,
                text: ScalarClass.string(scalars[place.start..<place.end]))
            guard mention.text.unicodeScalars.contains(where: { $0.properties.isLowercase }),
                let team = teams.first(where: { $0.name.hasPrefix(mention.text + " ") }),
                taken.isFree(mention), !followsPlacePreposition(mention.start, scalars),
                !followsDatelineCity(mention.start, scalars),
                !(mention.end < scalars.count && (scalars[mention.end] == "'" || scalars[mention.end] == "’"))
            else { continue }
            if let cover, !cover.encloses(mention.start, mention.end) { continue }
            taken.take([mention])
            result[team.organization].mentions.append(mention)
            added.insert(team.organization)
        }
        for index in added { result[index].mentions.sort { $0.start < $1.start } }
        return result
    }

    /// Round 28: "Mumbai Indians beat Chennai Super Kings", the place typed LOC and the nickname after it left
    /// untyped. Adds a place the tagger typed (LOC, not in capitals, not after "in", "at" or "of") and the one or two
    /// capitalised words right after it, none of them tagged, when the last is a team nickname's last word that
    /// the gazetteer knows ("Kings", "Capitals", "Titans") and no capitalised word follows: a team named for its
    /// city, which `addingPlacesStandingForTeams` then finds the city standing for. Not "Senators" or "Nationals",
    /// which also name a state's lawmakers and a country's citizens.
    static func addingTeamsNamedForPlaces(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for (index, place) in entities.enumerated() where place.label == "LOC" {
            // The scalar after the place first: most places are followed by no space and capital.
            guard place.end + 1 < scalars.count, scalars[place.end] == " ",
                ScalarClass.isUppercase(scalars[place.end + 1]),
                index + 1 == entities.count || entities[index + 1].start > place.end + 1
            else { continue }
            var end = place.end
            var teamEnd: Int? = nil
            for _ in 0..<2 {
                guard end + 1 < scalars.count, scalars[end] == " ", ScalarClass.isUppercase(scalars[end + 1]) else {
                    break
                }
                var wordEnd = end + 1
                while wordEnd < scalars.count && isNameScalar(scalars[wordEnd]) { wordEnd += 1 }
                guard index + 1 == entities.count || entities[index + 1].start >= wordEnd else { break }
                let word = ScalarClass.string(scalars[(end + 1)..<wordEnd])
                end = wordEnd
                if teamNicknameLastWords.contains(word) && !nicknamesOfPeople.contains(word) {
                    teamEnd = wordEnd
                    break
                }
            }
            guard let teamEnd,
                !(teamEnd + 1 < scalars.count && scalars[teamEnd] == " "
                    && ScalarClass.isUppercase(scalars[teamEnd + 1])),
                !followsPlacePreposition(place.start, scalars), !followsDatelineCity(place.start, scalars)
            else { continue }
            let text = ScalarClass.string(scalars[place.start..<teamEnd])
            guard text.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { continue }
            found.append(Mention(start: place.start, end: teamEnd, text: text))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Nicknames' last words that also name people: a state's lawmakers, a country's citizens.
    static let nicknamesOfPeople: Set<String> = ["Senators", "Nationals"]

    /// Whether a name ends in a team nickname that the gazetteer knows, after at least one more word.
    static func endsInTeamNickname(_ name: String) -> Bool {
        // An ASCII name is read from its bytes (its Characters are its bytes, and " " is 0x20): searching the
        // Characters from the end for the space cost more than the rest of the step. Its last word is built into
        // a String only when a nickname's last word has that first letter and length.
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard let space = bytes.lastIndex(of: 0x20) else { return false }
            let word = UnsafeBufferPointer(rebasing: bytes[(space + 1)...])
            if let first = word.first, word.count < 64,
                teamNicknameLengthsByFirstByte[Int(first)] & (1 << UInt64(word.count)) == 0
            {
                return false
            }
            return teamNicknameLastWords.contains(String(decoding: word, as: UTF8.self))
        }
        if let answer = ascii ?? nil { return answer }
        guard let space = name.lastIndex(of: " ") else { return false }
        return teamNicknameLastWords.contains(String(name[name.index(after: space)...]))
    }

    /// The last words of the gazetteer's team nicknames ("+Trail Blazers" → "Blazers").
    static let teamNicknameLastWords: Set<String> = Set(
        (KnownOrganizations.names + KnownOrganizations.more).filter { $0.hasPrefix("+") }.compactMap {
            $0.split(separator: " ").last.map { String($0.hasPrefix("+") ? $0.dropFirst() : $0) }
        })

    /// For each ASCII byte, a bit per byte count of the nicknames' last words that begin with it.
    static let teamNicknameLengthsByFirstByte: [UInt64] = (0..<128).map { byte in
        var lengths: UInt64 = 0
        for word in teamNicknameLastWords where word.utf8.first == UInt8(byte) && word.utf8.count < 64 {
            lengths |= 1 << UInt64(word.utf8.count)
        }
        return lengths
    }

    /// Whether "in", "at" or "of" (any case) stands right before `start`, a single space between.
    static func followsPlacePreposition(_ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard start >= 3, s[start - 1] == " " else { return false }
        let boundary = start == 3 || !isNameScalar(s[start - 4])
        let word = ScalarClass.string(s[(start - 3)..<(start - 1)]).lowercased()
        return boundary && (word == "in" || word == "at" || word == "of")
    }

    /// Whether a word in capitals and a comma stand right before `start`: the dateline's city before its state.
    static func followsDatelineCity(_ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard start >= 4, s[start - 1] == " ", s[start - 2] == "," else { return false }
        var k = start - 2
        while k > 0 && isNameScalar(s[k - 1]) { k -= 1 }
        return k < start - 3 && s[k..<(start - 2)].allSatisfy { !$0.properties.isLowercase }
    }
}

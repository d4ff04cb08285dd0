/// Mentions whose shape names no organization, whatever the tagger read: a person's name, a handle, a street, a
/// venue, a law, a job title or a local post, and a common noun that opens a sentence. The served finder drops them
/// from the tagger's organizations (docs/organizations.md has what each removed on the dev sets).
extension CombinedOrganizationFinder {
    /// "Elizabeth A. Burton": a given name, a middle initial and a surname is a person's name, whatever the
    /// context made the tagger read (a list of people arrested, charged or appointed repeats the shape, and the
    /// document features then spread one mistake to every name). An organization with no other mention is dropped.
    /// The same for four other shapes that name no organization: a social-media handle ("@RobertMaguire"), a
    /// street ("Gladstone Avenue"), a venue ("Shoreline Amphitheatre", GuidelineNames.swift), a law ("Digital Markets
    /// Act", also there) and a job title ("CEO", "National Security Adviser", "Texas Attorney" of "Texas Attorney
    /// General Ken Paxton").
    static func withoutNonOrganizationMentions(_ organization: FoundOrganization, _ scalars: [Unicode.Scalar])
        -> FoundOrganization?
    {
        func namesNone(_ mention: Mention) -> Bool {
            isPersonShaped(scalars, mention.start, mention.end)
                || namesNoOrganization(scalars, mention.start, mention.end)
                || isNamedAfterRole(scalars, mention.start, mention.end)
                || isPartyAndStateLabel(scalars, mention.start, mention.end)
                || isEventVenue(scalars, mention.start, mention.end) || isSeries(scalars, mention.start, mention.end)
                || isMarketIndex(scalars, mention.start, mention.end)
                || isScorerAfterScore(scalars, mention.start, mention.end)
                || isStateAfterCity(scalars, mention.start, mention.end) || isPostForPlace(mention.text)
                || isTownBeforeState(scalars, mention.start, mention.end)
                || isEvent(scalars, mention.start, mention.end)
        }
        // Nearly every organization keeps all its mentions: it is returned as it is, without the copy of it and of
        // its mentions that removing nothing from them made.
        guard let first = organization.mentions.firstIndex(where: namesNone) else { return organization }
        var kept = organization
        kept.mentions =
            Array(organization.mentions[..<first])
            + organization.mentions[(first + 1)...].filter { !namesNone($0) }
        return kept.mentions.isEmpty ? nil : kept
    }

    /// "Nurses at Providence St. Vincent Medical Center voted …": one capitalised word that opens a sentence, and
    /// that the article also writes in lowercase ("the 1,600 nurses"), is a common noun, not a name the rules missed.
    /// Only for organizations the rules did not find (`isRuleName` false), and not for words in capitals ("NASA").
    static func withoutCommonNounOpeners(
        _ organizations: [FoundOrganization], isRuleName: (FoundOrganization) -> Bool, _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var openers: [Mention] = []
        // The scalars are asked before the rules' keys are looked up: few organizations have such a mention.
        for organization in organizations
        where organization.mentions.contains(where: { isSentenceOpeningWord($0, scalars) }) && !isRuleName(organization)
        {
            openers += organization.mentions.filter { isSentenceOpeningWord($0, scalars) }
        }
        guard !openers.isEmpty else { return organizations }
        let lowercase = wordsWrittenInLowercase(Set(openers.map { $0.text.lowercased() }), scalars)
        guard !lowercase.isEmpty else { return organizations }
        return organizations.compactMap { organization in
            guard !isRuleName(organization) else { return organization }
            var kept = organization
            kept.mentions.removeAll {
                lowercase.contains($0.text.lowercased()) && isSentenceOpeningWord($0, scalars)
            }
            if kept.mentions.count == organization.mentions.count { return organization }
            return kept.mentions.isEmpty ? nil : kept
        }
    }

    /// One ASCII word, capitalised, of three letters or more, after a line break, a full stop or a dateline's dash;
    /// not after a quotation mark ("construction journal \"Building\"").
    static func isSentenceOpeningWord(_ mention: Mention, _ scalars: [Unicode.Scalar]) -> Bool {
        guard mention.start >= 0, mention.end <= scalars.count, mention.end - mention.start >= 3,
            scalars[mention.start].value >= 0x41, scalars[mention.start].value <= 0x5A,
            scalars[(mention.start + 1)..<mention.end].allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A })
        else { return false }
        var k = mention.start
        while k > 0 && scalars[k - 1] == " " { k -= 1 }
        return k == 0 || scalars[k - 1] == "\n" || scalars[k - 1] == "." || scalars[k - 1] == "—"
            || scalars[k - 1] == "–"
    }

    /// Which of `words` (lowercase ASCII) the text writes as words in lowercase, in one pass: not as part of an
    /// address or a file's name ("moneycontrol.com", "@wyze", "wyze-sense-yellow.jpg").
    static func wordsWrittenInLowercase(_ words: Set<String>, _ scalars: [Unicode.Scalar]) -> Set<String> {
        // A String is built only for a word of the right length and first letter: the text has thousands of
        // lowercase words, and the openers are a handful.
        var lengthsByFirstLetter = [UInt64](repeating: 0, count: 26)
        for word in words {
            guard let first = word.utf8.first, first >= 0x61, first <= 0x7A, word.utf8.count < 64 else { continue }
            lengthsByFirstLetter[Int(first - 0x61)] |= 1 << UInt64(word.utf8.count)
        }
        var found = Set<String>()
        // Over the text's buffer, a run of lowercase letters at a time: a run that follows a letter or a digit
        // starts no word anywhere in it, and is passed over whole.
        scalars.withUnsafeBufferPointer { s in
            var k = 0
            while k < s.count {
                guard s[k].value >= 0x61 && s[k].value <= 0x7A else {
                    k += 1
                    continue
                }
                var end = k + 1
                while end < s.count && s[end].value >= 0x61 && s[end].value <= 0x7A { end += 1 }
                defer { k = end }
                guard k == 0 || !isNameScalar(s[k - 1]), end - k < 64,
                    lengthsByFirstLetter[Int(s[k].value - 0x61)] & (1 << UInt64(end - k)) != 0,
                    end == s.count || !isNameScalar(s[end])
                else { continue }
                let before = k > 0 ? s[k - 1] : " "
                let after = end < s.count ? s[end] : " "
                let isAddress = end + 1 < s.count && after == "." && isAlnum(s[end + 1])
                guard !"/@.#-_".unicodeScalars.contains(before), after != "-", after != "_", !isAddress else {
                    continue
                }
                let word = ScalarClass.string(scalars[k..<end])
                if words.contains(word) { found.insert(word) }
            }
        }
        return found
    }

    static func namesNoOrganization(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, start < end, end <= scalars.count else { return false }
        if scalars[start] == "@" { return true }
        // "AI chatbots": artificial intelligence, which a tagger trained on 1996 text reads as an acronym's name.
        if end - start == 2 && scalars[start] == "A" && scalars[start + 1] == "I" { return true }
        // "LNG", "GDP", "EVs": the acronyms of things that business news writes in capitals like a company's.
        if end - start <= 4, scalars[start].value < 0x80, commodityInitials[Int(scalars[start].value)],
            commodityAcronyms.contains(ScalarClass.string(scalars[start..<end]))
        {
            return true
        }
        // Only the last word matters, and the words it is compared with are short.
        var wordStart = end
        while wordStart > start && scalars[wordStart - 1] != " " { wordStart -= 1 }
        guard end - wordStart <= 12 else { return false }
        // A last word opening with an ASCII letter is settled without a String when no listed word has its first
        // letter and length (the lists are ASCII, and lowercasing keeps such a word's length).
        if wordStart < end, scalars[wordStart].value < 0x80, ScalarClass.isASCIILetter(scalars[wordStart]),
            nonOrganizationLastWordLengths[Int((scalars[wordStart].value | 0x20) - 0x61)]
                & (1 << UInt64(end - wordStart)) == 0
        {
            return false
        }
        let last = lowercasedWord(scalars[wordStart..<end])
        // Nearly every last word is in none of the lists: one look-up in their union (hashed without SipHash)
        // settles it before the lists are asked one by one.
        guard nonOrganizationLastWords.contains(last) else { return false }
        return
            (wordStart > start && (streetWords.contains(last) || lawHeads.contains(last)))
            // A venue's head word ends a venue's name, and alone it is the venue ("the California Pavilion", read
            // as "California" and "Pavilion"); not "Arena", which also names companies (The Arena Group).
            || (venueHeads.contains(last) && (wordStart > start || last != "arena")) || jobTitles.contains(last)
            || (wordStart > start && last != "state" && DocumentResolver.localUnits.contains(last)
                && isLocalOfficeTitle(after: end, scalars))
    }

    /// Whether a local office's title follows: "Montpelier City" of "Montpelier City Manager Bill Fraser" names a
    /// post, not the city's government ("Fairfax County Executive", "Los Angeles City Attorney"). The units are
    /// the rules' (`DocumentResolver.localUnits`) but "State": "Michigan State" is also a university.
    static func isLocalOfficeTitle(after end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard end + 1 < scalars.count, scalars[end] == " " else { return false }
        var wordEnd = end + 1
        while wordEnd < scalars.count && ScalarClass.isLetter(scalars[wordEnd]) && wordEnd - end <= 16 { wordEnd += 1 }
        return localOfficeTitles.contains(lowercasedWord(scalars[(end + 1)..<wordEnd]))
    }

    static let localOfficeTitles: Set<String> = [
        "manager", "attorney", "administrator", "executive", "judge", "clerk", "commissioner", "mayor", "treasurer",
        "auditor", "assessor", "sheriff", "coroner", "superintendent", "supervisor", "engineer", "solicitor",
        "comptroller", "controller", "prosecutor", "councilman", "councilwoman", "councillor", "councilor",
    ]

    /// `ScalarClass.string(word).lowercased()`, written byte by byte when the word is ASCII: asked of
    /// every mention the tagger finds, appending scalar by scalar cost more than the test.
    private static func lowercasedWord(_ word: ArraySlice<Unicode.Scalar>) -> String {
        guard !word.isEmpty, word.allSatisfy({ $0.value < 0x80 }) else {
            return ScalarClass.string(word).lowercased()
        }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            var k = 0
            for scalar in word {
                let v = scalar.value
                buffer[k] = UInt8(truncatingIfNeeded: v >= 65 && v <= 90 ? v + 32 : v)
                k += 1
            }
            return k
        }
    }

    /// The union of the lists `namesNoOrganization` asks about a mention's last word.
    static let nonOrganizationLastWords = WordSet(
        streetWords.union(venueHeads).union(lawHeads).union(jobTitles).union(DocumentResolver.localUnits.words))

    /// For each letter, a bit per length of the words of `nonOrganizationLastWords` that begin with it.
    static let nonOrganizationLastWordLengths: [UInt64] = (0..<26).map { letter in
        nonOrganizationLastWords.words.filter { $0.utf8.first == UInt8(0x61 + letter) }.reduce(0) {
            $0 | 1 << UInt64(min(63, $1.unicodeScalars.count))
        }
    }

    /// Whether an ASCII scalar begins one of `commodityAcronyms`, by scalar value: a short mention that begins none
    /// is not written into a String to be looked up.
    static let commodityInitials: [Bool] = (0..<128).map { value in
        commodityAcronyms.contains { $0.unicodeScalars.first?.value == UInt32(value) }
    }

    static let streetWords: Set<String> = [
        "avenue", "ave.", "street", "st.", "road", "rd.", "boulevard", "blvd.", "lane", "drive", "highway", "parkway",
    ]
    /// Acronyms of goods, measures and products, not of organizations (not "IPO", a company's name in CoNLL).
    static let commodityAcronyms: Set<String> = [
        "LNG", "LPG", "GDP", "CPI", "ETF", "ETFs", "ESG", "EV", "EVs", "SUV", "SUVs", "GPS", "NFT", "NFTs", "VAT",
    ]

    static let jobTitles: Set<String> = [
        "adviser", "advisor", "secretary", "minister", "director", "chairman", "chairwoman", "president", "ceo",
        "spokesman", "spokeswoman", "spokesperson", "commissioner", "governor", "mayor", "senator", "ambassador",
        "attorney",
        // members of parliaments and assemblies: "MP" of "the local MP", "MEP", "MSP", "MLA", "MPP"
        "mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas", "mpp", "mpps",
    ]

    /// "Gartner analyst Sid Nag", "Arsenal striker Bukayo Saka": two or three capitalised words right after a
    /// person's role in lowercase are that person, unless the words hold an institution's head or begin with an
    /// organization the gazetteer knows ("analyst Morgan Stanley Research"). Not roles that also stand before firms in
    /// finance ("lead manager Lehman Brothers International", CoNLL train).
    static func isNamedAfterRole(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 3, end <= scalars.count, end - start <= 40, scalars[start - 1] == " " else { return false }
        var roleStart = start - 1
        while roleStart > 0 && scalars[roleStart - 1].value >= 0x61 && scalars[roleStart - 1].value <= 0x7A {
            roleStart -= 1
        }
        guard start - 1 - roleStart >= 4, start - 1 - roleStart <= 12,
            roleStart == 0 || !isNameScalar(scalars[roleStart - 1]),
            roleLengthsByFirstLetter[Int(scalars[roleStart].value - 0x61)] & (1 << UInt64(start - 1 - roleStart)) != 0,
            rolesBeforeNames.contains(ScalarClass.string(scalars[roleStart..<(start - 1)]))
        else { return false }
        let name = ScalarClass.string(scalars[start..<end])
        let words = name.split(separator: " ")
        guard (2...3).contains(words.count),
            words.allSatisfy({ word in
                word.count >= 2 && (word.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
                    && word.unicodeScalars.dropFirst().allSatisfy {
                        ScalarClass.isLetter($0) && !ScalarClass.isUppercase($0)
                    }
            }),
            !words.contains(where: { institutionHeads.contains($0.lowercased()) })
        else { return false }
        // "Morgan Stanley Research": a known firm's name followed by a unit's word.
        return !(1...words.count).contains {
            knownKeys.contains(OrganizationKey.make(words.prefix($0).joined(separator: " ")))
        }
    }

    /// For each lowercase ASCII letter, a bit per byte count of the roles that begin with it: the word before a name
    /// is written into a String and looked up only when a role of its first letter and length exists.
    static let roleLengthsByFirstLetter: [UInt64] = (0..<26).map { letter in
        var lengths: UInt64 = 0
        for role in rolesBeforeNames where role.utf8.first == UInt8(0x61 + letter) {
            lengths |= 1 << UInt64(role.utf8.count)
        }
        return lengths
    }

    static let rolesBeforeNames: Set<String> = [
        "analyst", "spokesman", "spokeswoman", "spokesperson", "economist", "strategist", "researcher", "professor",
        "lawyer", "attorney", "reporter", "founder", "coach", "striker", "midfielder", "defender", "goalkeeper",
        "quarterback", "pitcher", "actor", "actress", "singer", "rapper", "novelist", "senator", "governor", "mayor",
    ]

    static func isPersonShaped(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, end <= scalars.count, end - start >= 7, end - start <= 40 else { return false }
        // Cheap test first: exactly two spaces, the second three scalars after the first ("X. ").
        // The first two spaces' offsets in two variables: an array of them cost an allocation per mention.
        var spaces = (first: -1, second: -1)
        for k in start..<end where scalars[k] == " " {
            if spaces.first < 0 {
                spaces.first = k
            } else if spaces.second < 0 {
                spaces.second = k
            } else {
                return false
            }
        }
        guard spaces.second >= 0, spaces.second == spaces.first + 3, scalars[spaces.first + 2] == "." else {
            return false
        }
        let words = ScalarClass.string(scalars[start..<end]).split(separator: " ")
        guard words.count == 3, let given = words.first, let initial = words.dropFirst().first,
            let surname = words.last
        else { return false }
        func capitalisedWord(_ w: Substring) -> Bool {
            guard let first = w.unicodeScalars.first, first.properties.isUppercase, w.unicodeScalars.count >= 2 else {
                return false
            }
            // "Burton", "O'Neil", "Smith-Jones": letters joined by an apostrophe or a hyphen, not all capitals.
            let rest = w.unicodeScalars.dropFirst()
            return rest.allSatisfy { $0.properties.isAlphabetic || $0 == "'" || $0 == "’" || $0 == "-" }
                && rest.contains { $0.properties.isLowercase }
        }
        let initialScalars = Array(initial.unicodeScalars)
        guard initialScalars.count == 2, initialScalars[0].properties.isUppercase, initialScalars[1] == "." else {
            return false
        }
        return capitalisedWord(given) && capitalisedWord(surname) && PersonNames.given.contains(given.lowercased())
    }

    /// "Rep. Ilhan Omar (D-Minn.)", "Sen. John Thune, R-S.D.,": a lawmaker's party and state, which American news
    /// writes after the name, is no organization. The letter of a party (D, R, I), a hyphen and a state's
    /// abbreviation or name, right after "(" or ", ".
    static func isPartyAndStateLabel(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 1, end - start >= 3, end <= scalars.count,
            scalars[start] == "D" || scalars[start] == "R" || scalars[start] == "I", scalars[start + 1] == "-",
            isUpper(scalars[start + 2]),
            scalars[(start + 2)..<end].allSatisfy({ isLetter($0) || $0 == "." || $0 == " " })
        else { return false }
        return scalars[start - 1] == "(" || (start >= 2 && scalars[start - 1] == " " && scalars[start - 2] == ",")
    }

    /// "DTE Energy Music Theatre", "PNC Bank Arts Center", "Riverbend Music Center": a building for a kind of event
    /// is a venue, which the guidelines leave out, however much of a sponsor's name it carries. The last two words
    /// decide: a kind of event ("Music", "Arts", "Convention", …) and a building ("Center", "Theatre", "Hall", …);
    /// an institution named for the arts puts its building first ("Lincoln Center for the Performing Arts").
    static func isEventVenue(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, start < end, end <= scalars.count, end - start <= 80 else { return false }
        // Most mentions end in no building's word: its length (4 to 7 scalars) is tested before any String is built.
        var lastStart = end
        while lastStart > start && scalars[lastStart - 1] != " " { lastStart -= 1 }
        guard lastStart > start, (4...7).contains(end - lastStart) else { return false }
        // An ASCII last word is asked first, without a String: its lowercase form is what the split below ends in.
        if let last = asciiLowercase(scalars[lastStart..<end]), !venueBuildings.contains(last) { return false }
        let words = ScalarClass.string(scalars[start..<end]).lowercased().split(separator: " ")
        guard words.count >= 3 else { return false }
        return venueBuildings.contains(String(words[words.count - 1]))
            && eventKinds.contains(String(words[words.count - 2]))
    }

    /// The lowercase form of ASCII scalars, built in one pass (as `lowercased()` gives it); nil for any other text.
    static func asciiLowercase(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        guard scalars.allSatisfy({ $0.value < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (i, scalar) in scalars.enumerated() {
                let v = scalar.value
                buffer[i] = UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v + 32 : v)
            }
            return scalars.count
        }
    }

    /// "Apple Watch Series 11", "World Series": a name that ends in "Series" is a product line or a contest, which
    /// the guidelines leave out (every gold name of that shape in CoNLL train and dev is MISC).
    static func isSeries(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, end - start > 7, end <= scalars.count else { return false }
        return scalars[end - 7] == " " && ScalarClass.string(scalars[(end - 6)..<end]) == "Series"
    }

    /// "the Consumer Electronics Show", "Wimbledon Championships", "the BellSouth Classic": a name of two words or
    /// more ending in an event's word is the event, which the guidelines keep apart from the organization that
    /// holds it (CoNLL-2003 types them MISC: of its 324 names of two words or more so ending in train and dev, none is ORG). "Tour",
    /// "League", "Series", "Congress" and "Conference" are not among the words: they also end the names of bodies
    /// ("PGA Tour", "National League", "Indian National Congress"); nor is "Fair" ("Vanity Fair").
    static func isEvent(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, start < end, end <= scalars.count, end - start <= 80 else { return false }
        var lastStart = end
        while lastStart > start && scalars[lastStart - 1] != " " { lastStart -= 1 }
        // Most mentions are one word, or end in a word too short or too long for an event's: no String for them.
        guard lastStart > start, (3...13).contains(end - lastStart) else { return false }
        guard let last = asciiLowercase(scalars[lastStart..<end]) else { return false }
        return eventWords.contains(last)
    }

    static let eventWords: Set<String> = [
        "show", "expo", "festival", "summit", "marathon", "awards", "tournament", "championship", "championships",
        "cup", "open", "olympics", "exhibition", "derby", "rally", "trophy", "classic", "prix", "airshow",
    ]

    /// "on the DAX", "the S&P 500", "Shanghai Composite": a market index is no organization (the guidelines;
    /// CoNLL-2003 types them MISC). Names that only ever mean an index, and a name followed by the count of its
    /// shares ("S&P 500", "FTSE 100", "Nasdaq 100"), or by "Composite" ("Nasdaq" of "Nasdaq Composite"), since
    /// "S&P" and "Nasdaq" alone are also the companies.
    static func isMarketIndex(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, start < end, end <= scalars.count, end - start <= 40 else { return false }
        // A String only for a mention as long as an index's name.
        if marketIndexLengths & (1 << UInt64(end - start)) != 0, !isASCIILetterOpeningNoIndex(scalars, start, end),
            marketIndexes.contains(
                asciiLowercase(scalars[start..<end])
                    ?? ScalarClass.string(scalars[start..<end]).lowercased())
        {
            return true
        }
        // "Nasdaq" of "the Nasdaq Composite added 0.8%": the rest of the index's name follows the mention.
        if end + compositeWord.count <= scalars.count,
            scalars[end..<(end + compositeWord.count)].elementsEqual(compositeWord),
            end + compositeWord.count == scalars.count || !isNameScalar(scalars[end + compositeWord.count])
        {
            return true
        }
        var k = end
        guard k + 1 < scalars.count, scalars[k] == " " || scalars[k] == "-", ScalarClass.isDigit(scalars[k + 1]) else {
            return false
        }
        k += 1
        var digits = 0
        while k < scalars.count, ScalarClass.isDigit(scalars[k]) {
            digits += 1
            k += 1
        }
        // A count of shares, not a year or an amount: two to four digits, then no more of the number.
        return (2...4).contains(digits)
            && (k == scalars.count || !(ScalarClass.isLetter(scalars[k]) || scalars[k] == ","))
            && indexFamilies.contains(ScalarClass.string(scalars[start..<end]).lowercased())
    }

    /// Whether the mention opens with an ASCII letter with which no index's name of the mention's length begins:
    /// most mentions as long as some index's name, settled without a String.
    private static func isASCIILetterOpeningNoIndex(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let folded = scalars[start].value | 0x20
        guard scalars[start].value < 0x80, folded >= 0x61, folded <= 0x7A else { return false }
        return marketIndexLengthsByFirstLetter[Int(folded - 0x61)] & (1 << UInt64(end - start)) == 0
    }

    /// For each letter, a bit per scalar count of the index names that begin with it.
    static let marketIndexLengthsByFirstLetter: [UInt64] = (0..<26).map { letter in
        marketIndexes.filter { $0.utf8.first == UInt8(0x61 + letter) }.reduce(0) {
            $0 | 1 << UInt64($1.unicodeScalars.count)
        }
    }

    /// The head word of a stock market's all-share index ("Nasdaq Composite", "Jakarta Composite").
    static let compositeWord = Array(" Composite".unicodeScalars)

    static let marketIndexes: Set<String> = [
        "dax", "sensex", "nifty", "kospi", "topix", "hang seng", "shanghai composite", "nasdaq composite",
        "dow jones industrial average", "euro stoxx", "stoxx", "ibex", "ftse mib", "cac",
    ]
    static let marketIndexLengths: UInt64 = marketIndexes.reduce(0) { $0 | 1 << UInt64($1.unicodeScalars.count) }
    /// Names of index families that number their indexes by the count of shares in them.
    static let indexFamilies: Set<String> = [
        "s&p", "ftse", "nasdaq", "stoxx", "euro stoxx", "cac", "ibex", "s&p/asx", "asx", "russell", "nikkei", "nifty",
        "msci", "smi", "aex", "omx", "tsx", "jse",
    ]

    /// "Wild 4, Sabres 1: Zach Parise scored twice": two or three capitalised words right after a score and its
    /// colon open the play-by-play, and name a scorer. (CoNLL's only organizations after a number and a colon are
    /// one word: "IP / 96 / 804: Commission approves".)
    static func isScorerAfterScore(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 3, end <= scalars.count, scalars[start - 1] == " ", scalars[start - 2] == ":",
            ScalarClass.isDigit(scalars[start - 3])
        else { return false }
        let words = scalars[start..<end].split(separator: " ")
        return (2...3).contains(words.count)
            && words.allSatisfy { word in
                ScalarClass.isUppercase(word[word.startIndex])
                    && word.dropFirst().contains(where: { $0.properties.isLowercase })
            }
    }

    /// "Washington, DC", "Alpharetta, GA": a US state's postal code after a town and a comma is the state.
    static func isStateAfterCity(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 4, end <= scalars.count, end - start <= 4, scalars[start - 1] == " ", scalars[start - 2] == ",",
            scalars[start - 3].properties.isLowercase || scalars[start - 3] == "."
        else { return false }
        var town = start - 3
        while town > 0 && ScalarClass.isLetter(scalars[town - 1]) { town -= 1 }
        guard ScalarClass.isUppercase(scalars[town]) else { return false }
        let code = ScalarClass.string(scalars[start..<end].filter { $0 != "." })
        return code.count == 2 && usStates.contains(code)
    }

    /// "Mohegan Sun Arena, Uncasville, CT", "DECATUR, IL": a name of at most three words directly followed by a
    /// comma and a state's postal code is the town, not the team or firm the tagger read in a list of venues or
    /// markets. A name ending in an organization's head word keeps its mention ("Bay Co Building Authority, MI").
    /// Of the 45 names so followed in CoNLL train and dev, 41 are places.
    static func isTownBeforeState(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end + 4 <= scalars.count, scalars[end] == ",", scalars[end + 1] == " ",
            ScalarClass.isUppercase(scalars[end + 2]), ScalarClass.isUppercase(scalars[end + 3]),
            end + 4 == scalars.count || !ScalarClass.isLetter(scalars[end + 4])
        else { return false }
        guard usStates.contains(ScalarClass.string(scalars[(end + 2)..<(end + 4)])) else { return false }
        let words = ScalarClass.string(scalars[start..<end]).split(separator: " ")
        guard let last = words.last, words.count <= 3 else { return false }
        return !OrganizationCues.heads.contains(last.lowercased())
    }

    static let usStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
        "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    ]

    static let eventKinds: Set<String> = ["music", "arts", "convention", "events", "exhibition", "concert"]
    static let venueBuildings: Set<String> = ["center", "centre", "theatre", "theater", "park", "factory", "hall"]

    /// "the Member for Wollongong", "Minister for Health", "MP for Hartlepool", "Secretary of State for Wales": a post
    /// named by the seat or the portfolio it holds, which the tagger reads as a body named by its purpose ("Office
    /// for Students"). No gold organization of CoNLL train, CoNLL dev or web-news dev opens so.
    static func isPostForPlace(_ text: String) -> Bool {
        // Most mentions open with no post's first letter: their first byte settles it before the Characters are
        // searched for a space (a post is ASCII, and only its own bytes open a text that begins with it).
        guard let first = text.utf8.first, first < 0x80, postInitials[Int(first)] else { return false }
        // An ASCII mention is read from its bytes (its Characters are its bytes, but for "\r\n", and a space is
        // 0x20): a String is made of its first word only when "for " or "of " follows it.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard let space = bytes.firstIndex(of: 0x20) else { return false }
            let rest = bytes[(space + 1)...]
            guard rest.starts(with: forWord) || rest.starts(with: ofWord) else { return false }
            guard bytes.count < 80 else { return nil }
            return postsForPlaces.contains(String(decoding: bytes[..<space], as: UTF8.self))
        }
        if let answer = ascii ?? nil { return answer }
        guard let space = text.firstIndex(of: " "), text.count < 80 else { return false }
        let rest = text[text.index(after: space)...]
        return postsForPlaces.contains(String(text[..<space])) && (rest.hasPrefix("for ") || rest.hasPrefix("of "))
    }

    /// Posts that a seat or a portfolio names after "for" or "of".
    static let postsForPlaces: Set<String> = [
        "Member", "Members", "Minister", "Ministers", "Secretary", "MP", "MPs", "MLA", "MSP", "MPP", "MEP", "TD",
    ]

    private static let forWord = Array("for ".utf8)
    private static let ofWord = Array("of ".utf8)

    /// Whether an ASCII byte opens one of `postsForPlaces`.
    static let postInitials: [Bool] = (0..<128).map { byte in postsForPlaces.contains { $0.utf8.first == UInt8(byte) } }
}

/// Organizations the rules found and the tagger did not report, which the served finder reports anyway. Ten cases:
///
/// 1. **A well-known organization left untagged** ("Clegg now works for Facebook", "a letter posted on Twitter").
///    The tagger, trained on Reuters 1996, never saw these names, and a short clause gives it too little context. The
///    rules' gazetteer (`KnownOrganizations`) knows them. Its names that are also ordinary words or persons' names
///    ("Apple", "Ford") are left out. Measured on 2026-11-29 (`newsgraph eval`, mention-exact ORG F1): adding every
///    such rule mention cost CoNLL dev 0.0055. Those were names the tagger had typed otherwise: a person ("Fox",
///    "Takeda"), a league or party that CoNLL's guidelines call MISC, or a place. Two conditions remove these: the
///    tagger gave the words no type at all, or typed exactly them as a place ("Shares of Nvidia", "now works for
///    Facebook" read as LOC; a person or a MISC name wins), and the name is not all capitals ("BP" and "GM" in
///    Reuters' tables are basis points and games; an acronym's context is where the tagger does best). With both,
///    CoNLL dev moves 0.8886 → 0.8883 ("Raymond James", a person there) and web-news dev gains "Twitter", "Google"
///    and "Facebook"; on CoNLL train the places let in are "Kremlin" (the seat as government, like the White House)
///    and the news agency "Antara". Since 2026-11-30 a MISC reading gives way too, as for a place (not before a
///    model's designation or a "+": "Airbus A340" and "Disney+" are products): the product's guidelines make
///    leagues, exchanges and armed groups organizations where CoNLL-2003 says MISC. Web-news dev 0.8377 → 0.8554 (ten "Taliban" of one
///    article); CoNLL dev 0.8832 → 0.8822 and train 0.9655 → 0.9632, all names CoNLL types MISC ("Major League
///    Baseball", "Bundesliga", "Nasdaq", "Democrats", "PGA Tour").
/// 2. **An institution the tagger read as a place** ("The Riverside Public Library Foundation has pledged …" typed
///    LOC): the same words typed LOC, ending in a head word that names no place. CoNLL-2003 labels hospitals and
///    museums as places, and the tagger learnt that; the product's guidelines make them organizations. CoNLL dev
///    moved 0.8890 → 0.8883 ("Central Clinical Hospital"), web-news dev did not move. Since round 19 also the head
///    before "of" ("Metropolitan Museum of Art") and a name typed in place or MISC parts ("British" of "British
///    Museum"), not a part cut from a longer run: probes18 0.8148 → 0.8245, CoNLL train 0.9630 → 0.9627. Since
///    round 24 also a court after the word that says which court ("Delhi High Court", `courtKinds`).
/// 3. **A rule name joined to a tagger organization** by "and", "or" or "&" (`isCoordinatedWithOrganization`).
/// 4. **A party named by its members** ("Democrats", "Republicans", "Tories", "Conservatives"): CoNLL-2003 calls
///    them MISC and the tagger learnt that; the product's guidelines make parties organizations, and the web-news
///    dev set marks "Republicans" and "Conservatives" so.
/// 5. **A city or state standing for its team** ("Winnipeg defeated Nashville", "Buffalo is on a 1-6-2 skid"): the
///    rules read the place as the team from the game report around it, the tagger typed exactly those words as a
///    place, and the guidelines make a city standing for its team an organization. Not in capitals ("NEW YORK
///    5,710.53" of a market table). Web-news dev 0.8287 → 0.8377; CoNLL dev 0.8835 → 0.8832 and train 0.9658 →
///    0.9655, where the names let in are teams that CoNLL-2003 typed as places ("homered for Atlanta, which has
///    won 14 of its last", "a 9-5 victory over Seattle").
/// 6. **A team opening a recap's score line** ("Hurricanes 4, Blackhawks 2: Nino Niederreiter scored"), which the
///    tagger left untyped: web-news dev 0.8659 → 0.8677, CoNLL dev and train unchanged.
/// 7. **A one-word name of a shape no word or place has**: a digit first and a letter after it ("3M", "7-Eleven",
///    "23andMe"), or a lowercase letter first and a capital inside ("eBay", "iRobot", "easyJet"), which the tagger
///    typed exactly as a place or a miscellaneous name, or not at all ("3M" of "Shares of 3M jumped", "iRobot"
///    typed LOC). A tagger trained on Reuters 1996 has seen few such brands; the rules found the name in its
///    sentence. On CoNLL train and dev and web-news dev the rules report no other name of this shape that the
///    served finder left out: CoNLL train gains "3M", CoNLL dev and web-news dev do not move.
/// 8. **A name right after a kind of organization** ("US pharmaceutical firm Eli Lilly", typed PER; `nameKinds`),
///    typed exactly by the tagger or not at all, and not in capitals. Probes16 0.8746 → 0.8758 ("Eli Lilly");
///    CoNLL dev, CoNLL train, web-news dev and the dev pages unchanged.
/// 9. **A name after two words only a firm follows** ("according to data from Tracxn", "analysts at Jefferies";
///    `companyPairs`), typed exactly as a place by the tagger or not at all, and no place the rules know.
///    Probes17 0.8966 → 0.8978 ("Tracxn"); CoNLL dev, CoNLL train, web-news dev and the dev pages unchanged.
/// 10. **A name before its analysts** ("Bernstein analysts said", typed PER; `precedesAnalysts`), round 24.
/// 11. **A list's first name left untyped** ("Meta, TikTok and Snap called the plan rushed";
///    `opensListOfOrganizations`), round 28: the tagger typed the names after it and nothing of the first.
extension CombinedOrganizationFinder {
    /// Keys of the gazetteer's names that carry no "~" (ordinary word or person's name) or "+" (team nickname).
    static let knownKeys: Set<String> = Set(
        (KnownOrganizations.names + KnownOrganizations.more)
            .filter { !$0.hasPrefix("~") && !$0.hasPrefix("+") }
            .map(OrganizationKey.make))

    /// Whether a mention of a rule organization the tagger did not report is reported anyway: case 1 for a
    /// well-known organization (`known`), case 2 for any.
    static func isReportedThoughMissed(
        _ mention: Mention, known: Bool, entities: [EntitySpan], _ scalars: [Unicode.Scalar]
    ) -> Bool {
        (known && standsUntagged(mention, entities: entities, scalars)
            && !isMarketIndex(scalars, mention.start, mention.end))
            || isInstitutionReadAsPlace(mention, entities: entities, scalars)
            || isCoordinatedWithOrganization(mention, entities: entities, scalars)
            || (partyMembers.contains(mention.text) && !followsCapitalisedWord(mention, scalars))
            || isTeamReadAsPlace(mention, entities: entities) || opensScoreLine(mention, entities: entities, scalars)
            || isBrandShapedName(mention, entities: entities) || followsKindWord(mention, entities: entities, scalars)
            || followsCompanyPair(mention, entities: entities, scalars)
            || precedesAnalysts(mention, entities: entities, scalars)
            || opensListOfOrganizations(mention, entities: entities, scalars)
    }

    /// Whether a rule mention the tagger typed nothing of is followed by ", " and an organization the tagger found,
    /// itself followed by ", " or " and " and another (case 11): the first of a list of three or more names whose
    /// others are all organizations. A list of two ("Meta, Google said") may be a place and its firm.
    static func opensListOfOrganizations(
        _ mention: Mention, entities: [EntitySpan], _ scalars: [Unicode.Scalar]
    ) -> Bool {
        // The comma after the mention first: most mentions have none.
        guard mention.end + 2 < scalars.count, scalars[mention.end] == ",", scalars[mention.end + 1] == " " else {
            return false
        }
        let near = entities.overlapping(mention.start..<(mention.end + 64))
        guard !near.contains(where: { $0.start < mention.end && mention.start < $0.end }),
            let second = near.first(where: { $0.start == mention.end + 2 }), second.label == "ORG",
            let third = near.first(where: { $0.start > second.end && $0.start <= second.end + 6 }), third.label == "ORG"
        else { return false }
        let gap = scalars[second.end..<third.start]
        return gap.elementsEqual(", ".unicodeScalars) || gap.elementsEqual(" and ".unicodeScalars)
            || gap.elementsEqual(", and ".unicodeScalars)
    }

    /// Whether a rule mention typed exactly as a person by the tagger stands right before the analysts,
    /// economists or strategists it employs ("Bernstein analysts said"), and is not in capitals (case 10): a
    /// person is not written before them so. Not an untyped one: "Aviation analysts" of web-news dev opens a
    /// sentence with a trade.
    static func precedesAnalysts(_ mention: Mention, entities: [EntitySpan], _ scalars: [Unicode.Scalar]) -> Bool {
        let end = mention.end
        // The cheap test first: " analyst", " economist" or " strategist" after the mention.
        guard end + 9 < scalars.count, scalars[end] == " ",
            scalars[end + 1] == "a" || scalars[end + 1] == "e" || scalars[end + 1] == "s",
            mention.text.unicodeScalars.contains(where: { $0.properties.isLowercase })
        else { return false }
        var k = end + 1
        while k < scalars.count && scalars[k].value >= 0x61 && scalars[k].value <= 0x7A { k += 1 }
        guard analystWords.contains(ScalarClass.string(scalars[(end + 1)..<k])) else { return false }
        return entities.overlapping(mention.start..<mention.end).contains { entity in
            entity.start == mention.start && entity.end == mention.end && entity.label == "PER"
        }
    }

    /// The staff a firm's name is written before ("Bernstein analysts", "Nomura economists").
    static let analystWords: Set<String> = [
        "analyst", "analysts", "economist", "economists", "strategist", "strategists",
    ]

    /// Whether a rule mention stands right after two words that only a company or an institution follows ("according
    /// to data from Tracxn", "analysts at Jefferies", "shares of Ocado"), the tagger typed exactly it as a place or
    /// typed none of it, and it is no place the rules know nor in capitals (case 9): the tagger reads an unfamiliar
    /// one-word firm after "at" or "from" as a town.
    static func followsCompanyPair(_ mention: Mention, entities: [EntitySpan], _ scalars: [Unicode.Scalar]) -> Bool {
        guard mention.start >= 6, scalars[mention.start - 1] == " ",
            mention.text.unicodeScalars.contains(where: { $0.properties.isLowercase })
        else { return false }
        // The two lowercase words before the mention.
        var k = mention.start - 1
        for _ in 0..<2 {
            guard k > 0, scalars[k] == " " else { return false }
            var start = k
            while start > 0 && scalars[start - 1].value >= 0x61 && scalars[start - 1].value <= 0x7A && k - start <= 14 {
                start -= 1
            }
            guard start < k else { return false }
            k = start - 1
        }
        guard k < 0 || !isNameScalar(scalars[k]),
            companyPairs.contains(ScalarClass.string(scalars[(k + 1)..<(mention.start - 1)])),
            !PlaceNames.contains(mention.text.lowercased())
        else { return false }
        return entities.overlapping(mention.start..<mention.end).allSatisfy { entity in
            !(entity.start < mention.end && mention.start < entity.end)
                || (entity.start == mention.start && entity.end == mention.end && entity.label == "LOC")
        }
    }

    /// Pairs of `OrganizationCues.precedingPairs` that a place does not follow: not "loan from" ("a loan from
    /// China"), "workers at" ("workers at Dagenham"), "strike at", "jobs at", "move to", nor "spokesman for" ("a
    /// spokesman for Stansted airport", "for Guernsey police", CoNLL train).
    static let companyPairs: Set<String> = [
        "shares of", "shares in", "analyst at", "analysts at", "economist at", "economists at", "strategist at",
        "strategists at", "data from", "research from", "estimates from", "analysts from", "analysts with",
        "owned by", "acquired by", "bought by", "subsidiary of", "polled by", "surveyed by", "compiled by", "survey by",
        "poll by", "analysis by",
    ]

    /// Whether a rule mention stands right after a lowercase kind of organization ("US pharmaceutical firm Eli
    /// Lilly", "chipmaker Arm", "the German lender Commerzbank") and the tagger typed exactly it, as anything but an
    /// organization, or none of it (case 8): the article's own noun types the name.
    static func followsKindWord(_ mention: Mention, entities: [EntitySpan], _ scalars: [Unicode.Scalar]) -> Bool {
        // Not letters in capitals: "Shrs offered by company N" of a Reuters table.
        guard mention.start >= 3, scalars[mention.start - 1] == " ",
            mention.text.unicodeScalars.contains(where: { $0.properties.isLowercase })
        else { return false }
        var start = mention.start - 1
        while start > 0 && scalars[start - 1].value >= 0x61 && scalars[start - 1].value <= 0x7A
            && mention.start - start <= 14
        {
            start -= 1
        }
        guard start < mention.start - 1, start == 0 || !isNameScalar(scalars[start - 1]),
            nameKinds.contains(ScalarClass.string(scalars[start..<(mention.start - 1)]))
        else { return false }
        return entities.overlapping(mention.start..<mention.end).allSatisfy { entity in
            !(entity.start < mention.end && mention.start < entity.end)
                || (entity.start == mention.start && entity.end == mention.end)
        }
    }

    /// Kinds of organization written right before a name ("firm Eli Lilly"): `appositiveKinds` less "party",
    /// "club" and "group" ("the party Leader", "club captain", "group stage" stand before other capitalised words).
    static let nameKinds: Set<String> = appositiveKinds.subtracting(["party", "club", "group", "union"])

    /// Whether a rule mention is one word shaped as no word or place is ("3M", "7-Eleven", "eBay") and the tagger
    /// typed exactly it as something other than a person, or typed none of it (case 7).
    static func isBrandShapedName(_ mention: Mention, entities: [EntitySpan]) -> Bool {
        let scalars = mention.text.unicodeScalars
        guard let first = scalars.first, !scalars.contains(" "), !scalars.contains("\n") else { return false }
        if ScalarClass.isDigit(first) {
            guard scalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
        } else if first.properties.isLowercase {
            guard scalars.dropFirst().contains(where: ScalarClass.isUppercase) else { return false }
        } else {
            return false
        }
        return entities.overlapping(mention.start..<mention.end).allSatisfy { entity in
            !(entity.start < mention.end && mention.start < entity.end)
                || (entity.start == mention.start && entity.end == mention.end && entity.label != "PER")
        }
    }

    /// Whether a rule mention the tagger left untyped opens a recap's score line ("Hurricanes 4, Blackhawks 2:
    /// Nino Niederreiter scored"): a name, its score, a comma, another capitalised name (case 6).
    static func opensScoreLine(_ mention: Mention, entities: [EntitySpan], _ scalars: [Unicode.Scalar]) -> Bool {
        var k = mention.end
        guard k + 4 < scalars.count, scalars[k] == " ", ScalarClass.isDigit(scalars[k + 1]) else { return false }
        k += 1
        while k < scalars.count && ScalarClass.isDigit(scalars[k]) { k += 1 }
        guard k + 2 < scalars.count, scalars[k] == ",", scalars[k + 1] == " ", ScalarClass.isUppercase(scalars[k + 2])
        else { return false }
        return !entities.overlapping(mention.start..<mention.end).contains {
            $0.start < mention.end && mention.start < $0.end
        }
    }

    /// Whether the rules read a place's name as its team and the tagger typed exactly those words as a place (case 5).
    static func isTeamReadAsPlace(_ mention: Mention, entities: [EntitySpan]) -> Bool {
        mention.text.unicodeScalars.contains { $0.properties.isLowercase }
            && PlaceNames.contains(mention.text.lowercased())
            && entities.overlapping(mention.start..<mention.end).contains {
                $0.start == mention.start && $0.end == mention.end && $0.label == "LOC"
            }
    }

    /// Whether the word before a mention is capitalised, other than "The": "Social Democrats" and "Sweden Democrats"
    /// are parties of their own, which the tagger read whole or not at all.
    static func followsCapitalisedWord(_ mention: Mention, _ scalars: [Unicode.Scalar]) -> Bool {
        var end = mention.start
        while end > 0 && scalars[end - 1] == " " { end -= 1 }
        guard end < mention.start, end > 0 else { return false }
        var start = end
        while start > 0 && isNameScalar(scalars[start - 1]) { start -= 1 }
        guard start < end, ScalarClass.isUppercase(scalars[start]) else { return false }
        return !scalars[start..<end].elementsEqual("The".unicodeScalars)
    }

    /// Plural names of parties' members that name the party (case 4). Not "Liberals", "Greens" or "Socialists",
    /// which also name members of several parties, or none.
    static let partyMembers: Set<String> = ["Democrats", "Republicans", "Tories", "Conservatives"]

    /// Whether a rule mention the tagger typed as nothing or as anything but an organization (exactly those words)
    /// is joined by "and", "or" or "&" to an organization the tagger found (case 3: "Honda and Nissan have issued
    /// smaller recalls", "Nissan" read as MISC): names joined so are of one kind. Not a comma alone: "On the Russian Trading System, Gazprom shares
    /// rose" (CoNLL train).
    static func isCoordinatedWithOrganization(
        _ mention: Mention, entities: [EntitySpan], _ scalars: [Unicode.Scalar]
    ) -> Bool {
        var beside = false
        // Joiners are at most six scalars long.
        for entity in entities.overlapping(max(0, mention.start - 7)..<(mention.end + 7)) {
            if entity.start < mention.end && mention.start < entity.end {
                // A person's reading of exactly the words gives way too ("Marion Biotech and Maiden
                // Pharmaceuticals", "Mazda and Subaru" typed PER): on CoNLL train and dev and web-news dev the
                // rules find no person's name joined so to an organization.
                guard entity.start == mention.start, entity.end == mention.end else { return false }
            } else if entity.label == "ORG" {
                if entity.end <= mention.start {
                    beside = beside || isJoiner(scalars[entity.end..<mention.start])
                } else if mention.end <= entity.start {
                    beside = beside || isJoiner(scalars[mention.end..<entity.start])
                }
            }
        }
        return beside
    }

    private static let joiners: [[Unicode.Scalar]] = [" and ", " or ", " & ", ", and "].map {
        Array($0.unicodeScalars)
    }

    private static func isJoiner(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        gap.count <= 6 && joiners.contains { gap.elementsEqual($0) }
    }

    /// Whether a rule mention of a well-known organization stands where the tagger found nothing or a place (case 1).
    static func standsUntagged(_ mention: Mention, entities: [EntitySpan], _ scalars: [Unicode.Scalar]) -> Bool {
        mention.text.unicodeScalars.contains { $0.properties.isLowercase }
            && !entities.overlapping(mention.start..<mention.end).contains {
                $0.start < mention.end && mention.start < $0.end
                    && !($0.start == mention.start && $0.end == mention.end
                        && ($0.label == "LOC" || ($0.label == "MISC" && !namesModel(after: mention.end, scalars))))
            }
    }

    /// Whether a model's designation or a service's "+" follows ("Airbus A340", "Boeing 737", "Disney+", "Disney +"):
    /// then a maker's name typed MISC is the product's, which the guidelines leave out.
    static func namesModel(after end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        if end < scalars.count, scalars[end] == "+" { return true }
        guard end + 1 < scalars.count, scalars[end] == " " else { return false }
        if scalars[end + 1] == "+" { return true }
        let first = scalars[end + 1]
        if ScalarClass.isDigit(first) { return true }
        return ScalarClass.isUppercase(first) && end + 2 < scalars.count && ScalarClass.isDigit(scalars[end + 2])
    }

    /// Whether a rule mention names an institution that the tagger read as a place (case 2).
    static func isInstitutionReadAsPlace(
        _ mention: Mention, entities: [EntitySpan], _ scalars: [Unicode.Scalar]
    ) -> Bool {
        // The tagger's reading is asked first: most rule mentions are no place it typed, and then the text is not
        // searched for a space (a Foundation search) nor split.
        // Typed exactly as a place, or in parts that are places or miscellaneous names inside it ("British" of
        // "British Museum" typed MISC, the head left untyped).
        guard mention.start <= mention.end else { return false }
        let overlapping = entities.overlapping(mention.start..<mention.end).filter {
            $0.start < mention.end && mention.start < $0.end
        }
        let exactPlace = overlapping.contains {
            $0.start == mention.start && $0.end == mention.end && $0.label == "LOC"
        }
        let placeParts =
            !overlapping.isEmpty
            && overlapping.allSatisfy {
                $0.start >= mention.start && $0.end <= mention.end && ($0.label == "LOC" || $0.label == "MISC")
            }
        guard exactPlace || placeParts else { return false }
        // Not a part the rules cut from a longer run ("Paris School" of "Paris School District No 7").
        let end = mention.end
        if end + 1 < scalars.count, scalars[end] == " ", ScalarClass.isUppercase(scalars[end + 1]) { return false }
        guard mention.text.contains(" ") else { return false }
        // The head is the last word, or the word before "of" ("Metropolitan Museum of Art").
        let words = mention.text.split(separator: " ")
        let headIndex = words.firstIndex(of: "of").map { $0 > 0 ? $0 - 1 : 0 } ?? words.count - 1
        // A court is an institution only after the word that says which court ("Delhi High Court", "Seoul
        // District Court"): "Stadium Court" and "Centre Court" are a tennis ground's courts, places in CoNLL-2003.
        if words[headIndex] == "Court" {
            return headIndex > 0 && courtKinds.contains(words[headIndex - 1].lowercased())
        }
        let head = words[headIndex].lowercased()
        return institutionHeads.contains(head) || placeReadInstitutionHeads.contains(head)
    }

    /// Heads of institutions beyond `institutionHeads` that name no place, asked only here: "the Wellcome Trust"
    /// typed LOC (round 28). Not in `institutionHeads`, which other passes read as any institution's head.
    static let placeReadInstitutionHeads: Set<String> = ["trust", "charity"]

    /// Words that say which court a "… Court" is ("High Court", "District Court", "Court of Appeals" after
    /// "Federal"): a court of law, not a tennis ground's court.
    static let courtKinds: Set<String> = [
        "high", "district", "supreme", "appeals", "appeal", "appellate", "constitutional", "circuit", "superior",
        "federal", "crown", "county", "magistrates'", "magistrates", "sessions", "bankruptcy", "criminal", "civil",
        "administrative", "regional", "military", "municipal", "provincial", "commercial", "family", "juvenile",
    ]

    /// Head words of institutions; not "Federation" ("Russian Federation"), "Union", "Bank" ("West Bank") or
    /// "Center", which also end places' names.
    static let institutionHeads: Set<String> = [
        "foundation", "council", "university", "college", "association", "corporation", "company", "commission",
        "committee", "department", "ministry", "agency", "authority", "institute", "library", "museum", "hospital",
        "school", "academy", "society", "organization", "organisation", "inc", "inc.", "corp", "corp.", "ltd",
        "ltd.", "llc", "plc",
    ]
}

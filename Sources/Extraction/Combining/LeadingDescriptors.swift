/// "Rival Viva Aerobus said …", "ACCRA - The Ghana Cocoa Board signed …": a sentence's capital makes the word before
/// a name look like part of it, and the tagger, trained on Reuters (whose gold rarely opens a name with such a word),
/// takes it in. The guidelines drop a leading "the" unless the name itself holds it ("The New York Times", "The Walt
/// Disney Co", "The Natural Law Party"): a public body's name (a board, a ministry, a university) does not. A word that
/// says how the company stands ("Rival", "Embattled", "State-owned") never opens a name, nor a month that dates it.
extension CombinedOrganizationFinder {
    /// Cuts a leading "The " from a mention that ends in a public body's head word, and a leading descriptor
    /// (`leadingDescriptors`) from any mention, where capitalised words follow; the cut mentions are regrouped under
    /// their keys.
    static func withoutLeadingDescriptors(_ organizations: [FoundOrganization]) -> [FoundOrganization] {
        // Most articles have no such mention: the first word is read before anything is built.
        guard organizations.contains(where: { $0.mentions.contains { leadingWordToCut($0.text) != nil } }) else {
            return organizations
        }
        return cuttingLeadingWords(organizations) { leadingWordToCut($0.text) }
    }

    /// Cuts the front of each mention by as many scalars as `cutOf` says (all of them: the mention is dropped),
    /// names an organization whose name was cut away by a mention it keeps, and regroups the cut mentions whose key
    /// changed ("the" is not in keys, so a cut "The" stays in place). Shared by the passes that cut a word before a
    /// name (this file, TradeNounsBeforeNames.swift).
    static func cuttingLeadingWords(_ organizations: [FoundOrganization], cutOf: (Mention) -> Int?)
        -> [FoundOrganization]
    {
        var result = organizations
        var parts: [Mention] = []
        for index in result.indices {
            var moved: [Mention] = []
            var dropped: [Mention] = []
            for (k, mention) in result[index].mentions.enumerated() {
                guard let cut = cutOf(mention) else { continue }
                guard cut < mention.text.unicodeScalars.count else {
                    dropped.append(mention)
                    continue
                }
                let rest = Mention(
                    start: mention.start + cut, end: mention.end,
                    text: String(mention.text.unicodeScalars.dropFirst(cut)))
                result[index].mentions[k] = rest
                if result[index].name == mention.text { result[index].name = rest.text }
                if OrganizationKey.make(rest.text) != result[index].key { moved.append(rest) }
            }
            guard !moved.isEmpty || !dropped.isEmpty else { continue }
            result[index].mentions.removeAll { moved.contains($0) || dropped.contains($0) }
            // The name changes with a cut mention: the organization is named by a mention it still has.
            result[index] = renamedToAMention(result[index])
            parts += moved
        }
        return regrouping(result, adding: parts)
    }

    private static func renamedToAMention(_ organization: FoundOrganization) -> FoundOrganization {
        guard let first = organization.mentions.first,
            !organization.mentions.contains(where: { $0.text == organization.name })
        else { return organization }
        var renamed = organization
        renamed.name = first.text
        renamed.key = OrganizationKey.make(first.text)
        return renamed
    }

    /// How many scalars to cut from the front of a mention (its first word and the space after it), if any.
    static func leadingWordToCut(_ text: String) -> Int? {
        // The first word by its bytes, then one look-up of it as written: most mentions are one word or open with
        // no listed word, and are passed over without splitting or lowercasing.
        let bytes = text.utf8
        guard let lead = bytes.first, let space = bytes.firstIndex(of: 0x20),
            bytes.distance(from: bytes.startIndex, to: space) <= 13
        else { return nil }
        let first = text[..<space]
        if lead >= 0x30, lead <= 0x39 {
            guard first.utf8.count == 4 || first.hasSuffix("-year-old") else { return nil }
            return leadingDateToCut(text)
        }
        guard lead >= 0x41, lead <= 0x5A,
            leadingWordLengths[Int(lead - 0x41)] & (1 << first.utf8.count) != 0,
            leadingWordsAsWritten.contains(String(first))
        else { return nil }
        let restWords = text[text.index(after: space)...].split(separator: " ")
        guard let next = restWords.first?.unicodeScalars.first, ScalarClass.isUppercase(next),
            let last = restWords.last
        else { return nil }
        if first == "The" {
            guard restWords.count >= 2,
                publicBodyHeads.contains(last.lowercased()) || isPublicBodyOfPlace(restWords)
            else { return nil }
        }
        return first.unicodeScalars.count + 1
    }

    /// Round 27: "LAGOS - The Central Bank of Nigeria (CBN) raised …": a body named "X of Y" whose head before "of" is
    /// a public body's or a bank's; the dateline's dash hides the sentence's start, and the tagger took the "The" in.
    /// CoNLL-2003's gold names so written leave it out ("Bank of France", "National Bank of Poland").
    static func isPublicBodyOfPlace(_ words: [Substring]) -> Bool {
        guard let of = words.firstIndex(of: "of"), of >= 1 else { return false }
        let head = words[of - 1].lowercased()
        return head == "bank" || publicBodyHeads.contains(head)
    }

    /// For each capital A-Z, the lengths (as bits) of the listed words that open with it: most first words are
    /// passed over by one look-up here, without building a string.
    static let leadingWordLengths: [UInt16] = {
        var lengths = [UInt16](repeating: 0, count: 26)
        for word in leadingWordsAsWritten {
            guard let lead = word.utf8.first, lead >= 0x41, lead <= 0x5A else { continue }
            lengths[Int(lead - 0x41)] |= 1 << word.utf8.count
        }
        return lengths
    }()

    /// "The", the descriptors and the months as a sentence's first word writes them ("Rival", "August").
    static let leadingWordsAsWritten: Set<String> = Set(
        ["The"] + leadingDescriptors.union(leadingMonths).map { $0.prefix(1).uppercased() + $0.dropFirst() })

    /// "the 1979 Democracy Wall movement", "20-year-old Norwich striker": a year before a name of two words or more
    /// (a year and one word can be the name: "1860 Munich", "2000 Games" in CoNLL's gold), or a person's age.
    static func leadingDateToCut(_ text: String) -> Int? {
        let words = text.split(separator: " ")
        guard words.count >= 2, words.dropFirst().allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        let first = words[0]
        let isYear =
            words.count >= 3 && first.utf8.count == 4 && (first.hasPrefix("19") || first.hasPrefix("20"))
            && first.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        guard isYear || first.hasSuffix("-year-old") else { return nil }
        return first.unicodeScalars.count + 1
    }

    /// Head words that end a public body's or an institution's name, which holds no "The" of its own.
    static let publicBodyHeads: Set<String> = [
        "board", "council", "ministry", "department", "agency", "authority", "commission", "committee", "office",
        "tribunal", "court", "university", "college", "institute", "academy", "museum", "library", "hospital",
        "foundation", "federation", "association", "society", "union", "unions", "confederation", "organisation",
        "organization", "alliance",
    ]

    /// Months that date what follows ("the August National Association of Purchasing Management report"); not "May"
    /// or "March", which open names ("May Department Stores", "March Networks") and are surnames.
    static let leadingMonths: Set<String> = [
        "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Words that say how a company stands, written before its name ("rival Flutterwave", "embattled Boeing").
    static let leadingDescriptors: Set<String> = [
        "rival", "rivals", "fellow", "embattled", "struggling", "troubled", "beleaguered", "ailing", "cash-strapped",
        "loss-making", "debt-laden", "state-owned", "state-run", "state-backed", "family-owned", "crisis-hit",
    ]
}

/// "Broadcaster Globo said …", "Chipmaker Rapidus signs …", "Shipowners said …": business news introduces a company by
/// its trade, and when that trade opens the sentence (or a title-case headline) its capital makes it look like the
/// first word of the name; the tagger, trained on Reuters, whose names never open with such a word, takes it in, or
/// reads the trade alone in the plural as a name. A trade noun is a common noun (it is written in lower case
/// elsewhere), so it is never a name's first word: it is cut, and a trade alone in the plural is no name.
extension CombinedOrganizationFinder {
    /// Cuts a leading trade noun (`isTradeNoun`) from each mention that opens a sentence where a capitalised word
    /// follows, and drops a mention that is only a trade in the plural and opens a sentence before a lowercase word
    /// ("Shipowners said"; "the Brewers rallied" is a team); the cut mentions are regrouped under their keys.
    static func withoutLeadingTradeNouns(_ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar])
        -> [FoundOrganization]
    {
        let cutOf = { (mention: Mention) -> Int? in
            guard let cut = tradeNounCut(mention.text), tradeOpensSentence(mention.start, scalars) else { return nil }
            if cut < mention.text.unicodeScalars.count { return cut }
            let next = mention.end + 1
            guard next < scalars.count, scalars[mention.end] == " ", scalars[next].properties.isLowercase else {
                return nil
            }
            return cut
        }
        // Most articles have no such mention: the first word is read before anything is built.
        guard organizations.contains(where: { $0.mentions.contains { cutOf($0) != nil } }) else {
            return organizations
        }
        return cuttingLeadingWords(organizations, cutOf: cutOf)
    }

    /// How many scalars to cut from the front of a mention: its first word and the space after it when the word is
    /// a capitalised trade noun and a capitalised word follows; the whole mention when it is one trade word in the
    /// plural; nil otherwise.
    static func tradeNounCut(_ text: String) -> Int? {
        // The first word by its bytes: most mentions open with no capitalised lowercase word of a trade's length,
        // and are passed over without lowercasing.
        let bytes = text.utf8
        guard let lead = bytes.first, lead >= 0x41, lead <= 0x5A else { return nil }
        let space = bytes.firstIndex(of: 0x20) ?? bytes.endIndex
        let length = bytes.distance(from: bytes.startIndex, to: space)
        // "Broadcaster", not "BROADCASTER" (a capitals headline) nor "LenderCo".
        guard length >= 5, length <= 16,
            bytes[bytes.index(after: bytes.startIndex)..<space].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x2D })
        else { return nil }
        // A listed trade's capital and length (`tradeLengths`), or a "-maker(s)" ending, before any string is built.
        let lastByte = bytes[bytes.index(space, offsetBy: -1)]
        let stem = lastByte == 0x73 ? bytes[..<bytes.index(space, offsetBy: -1)] : bytes[..<space]
        guard tradeLengths[Int(lead - 0x41)] & (1 << length) != 0 || stem.suffix(5).elementsEqual("maker".utf8)
        else { return nil }
        let lower = text[..<space].lowercased()
        guard space < bytes.endIndex else {
            guard lower.hasSuffix("s"), isTradeNoun(String(lower.dropLast())) || pluralTrades.contains(lower) else {
                return nil
            }
            return length
        }
        let next = bytes.index(after: space)
        guard next < bytes.endIndex, bytes[next] >= 0x41, bytes[next] <= 0x5A, isTradeNoun(lower) else {
            return nil
        }
        return length + 1
    }

    /// For each capital A-Z, the lengths (as bits) of the listed trades, their plurals and `pluralTrades` that open
    /// with it: most capitalised first words are passed over by one look-up here, without building a string.
    static let tradeLengths: [UInt32] = {
        var lengths = [UInt32](repeating: 0, count: 26)
        for word in tradeNouns.union(tradeNouns.map { $0 + "s" }).union(pluralTrades) {
            guard let lead = word.uppercased().utf8.first, lead >= 0x41, lead <= 0x5A, word.utf8.count < 32 else {
                continue
            }
            lengths[Int(lead - 0x41)] |= 1 << word.utf8.count
        }
        return lengths
    }()

    /// Trades that open no name in the plural but may in the singular ("Airline Pilots Association", "Bank of
    /// Japan"): alone before a verb they are the trade ("Airlines said", "Banks have").
    static let pluralTrades: Set<String> = [
        "airlines", "carriers", "banks", "operators", "utilities", "supermarkets", "automakers", "telecoms",
    ]

    /// Whether the text at `start` opens a sentence: the text's or a line's start, after a sentence's end, a colon
    /// or a dateline's dash ("ACCRA - "), perhaps after an opening quote.
    static func tradeOpensSentence(_ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = start
        if k > 0, s[k - 1] == "\"" || s[k - 1] == "\u{201C}" || s[k - 1] == "'" { k -= 1 }
        guard k > 0, s[k - 1] != "\n" else { return true }
        guard k >= 2, s[k - 1] == " " else { return false }
        return [".", "?", "!", ":", "-", "\u{2013}", "\u{2014}"].contains(s[k - 2])
    }

    /// Whether a lowercase word names a trade: a listed trade (`tradeNouns`), or a maker of something ("carmaker",
    /// "chipmaker", "drugmaker"), which no name opens with either.
    static func isTradeNoun(_ word: String) -> Bool {
        tradeNouns.contains(word) || (word.hasSuffix("maker") && word.count > 6)
    }

    /// Trades that business news writes right before a company's name. Not "airline" ("Airline Pilots
    /// Association"), "bank" ("Bank of Japan"), "supermarket" or "operator", which open names or stand for people.
    static let tradeNouns: Set<String> = [
        "broadcaster", "lender", "miner", "insurer", "reinsurer", "retailer", "grocer", "brewer", "outsourcer",
        "conglomerate", "shipowner", "shipbuilder", "refiner", "telco", "distiller", "exporter",
    ]
}

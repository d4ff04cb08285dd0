extension Token {
    /// Could be part of a name: a capitalised word, a word with inner capitals ("eBay"), or a number
    /// with letters ("3M", "49ers").
    var isNameWord: Bool {
        switch kind {
        case .word:
            if isCapitalized { return text != "I" }
            return hasInnerCapital
        case .number:
            return hasInnerCapital || text.unicodeScalars.contains { Tokenizer.isAlnum($0) && !Tokenizer.isDigit($0) }
        default:
            return false
        }
    }

    /// A lowercase word allowed inside a name ("of", "for", "&", "de"), or "the" after one of them.
    var isConnector: Bool {
        (kind == .word || text == "&") && OrganizationCues.connectors.contains(text)
    }

    /// An organization head word ("Council", "Agency") or a legal suffix ("Inc.").
    var isHead: Bool {
        guard kind == .word, isCapitalized || isAllCaps else { return false }
        let l = lower
        if OrganizationCues.heads.contains(l) || OrganizationCues.legalSuffixes.contains(l) { return true }
        // "Post-Gazette": the last part of a hyphenated word decides.
        if let dash = l.lastIndex(of: "-") {
            return OrganizationCues.heads.contains(String(l[l.index(after: dash)...]))
        }
        return false
    }

    var isLegalSuffix: Bool {
        kind == .word && (isCapitalized || isAllCaps) && OrganizationCues.legalSuffixes.contains(lower)
    }

    var isTitle: Bool { kind == .word && ExclusionLexicon.titles.contains(lower) }

    /// An acronym candidate: 2–6 capitals, maybe with digits, "&" or dots ("CIIE", "AT&T", "U.N.").
    var isAcronymShaped: Bool {
        guard kind == .word || kind == .number, isAllCaps else { return false }
        var letters = 0
        for s in text.unicodeScalars where Tokenizer.isAlnum(s) && !Tokenizer.isDigit(s) { letters += 1 }
        return letters >= 2 && letters <= 6 && text.unicodeScalars.count <= 9
    }
}

extension DocumentResolver {
    /// An all-caps word spelling the initials of an organization found in the article is the same
    /// organization ("FBI" after "Federal Bureau of Investigation").
    mutating func linkInitials() {
        let tokens = self.tokens  // see `resolve`
        var byInitials: [String: Int] = [:]
        var ambiguous: Set<String> = []
        for m in mentions where m.hi - m.lo >= 2 {
            // At most two forms, each an independent key: an array, not a hashed set, holds them.
            var forms: [String] = []
            if let ini = AcronymLinker.initials(tokens, m.lo..<m.hi) { forms.append(ini) }
            if let ini = AcronymLinker.initials(tokens, m.lo..<m.hi, connectors: true), !forms.contains(ini) {
                forms.append(ini)
            }
            for ini in forms where ini.unicodeScalars.count >= 2 {
                if let g = byInitials[ini], find(g) != find(m.group) { ambiguous.insert(ini) }
                byInitials[ini] = m.group
            }
        }
        guard !byInitials.isEmpty else { return }
        // The initials again as a vocabulary: most all-caps words of an article spell none, and the vocabulary turns
        // them away by the token's hash where the dictionary would hash each with SipHash.
        var initials = ArticleVocabulary(capacity: byInitials.count)
        for ini in byInitials.keys { initials.insert(ini) }
        for i in tokens.indices where tokens[i].isAcronymShaped {
            // Most have no dot, and are their own bare form; the others lose their dots ("U.N." → "UN"), byte by
            // byte: a "." is one byte in UTF-8, and no other scalar's encoding holds that byte.
            let dotted = tokens[i].text.utf8.contains(UInt8(ascii: "."))
            let bare =
                dotted
                ? String(decoding: tokens[i].text.utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
                : tokens[i].text
            guard initials.contains(bare, asciiHash: dotted ? WordSet.asciiHash(bare) : tokens.textHash(at: i)),
                let g = byInitials[bare], !ambiguous.contains(bare)
            else { continue }
            if let k = mentionIndex(startingAt: i), mentions[k].hi == i + 1 {
                union(g, mentions[k].group)
            } else if !covered[i], !ExclusionLexicon.nonOrganizationAcronyms.contains(bare.lowercased()) {
                add(i, i + 1, evidence: .definition, group: g)
            }
        }
    }

    /// Names the gazetteer knows to be one organization ("Fed" and "Federal Reserve") join when both occur.
    mutating func linkKnownAliases() {
        var byName: [String: Int] = [:]
        // Only a mention starting with a known name's first word can be one: the others are not spelled out.
        for m in mentions
        where Self.knownPairFirstWords.contains(tokens[m.lo].normalized, asciiHash: tokens[m.lo].normalizedHash) {
            byName[words(m.lo, m.hi).joined(separator: " ")] = m.group
        }
        guard !byName.isEmpty else { return }
        for (a, b) in Self.knownPairs {
            if let ga = byName[a], let gb = byName[b] { union(ga, gb) }
        }
    }

    /// `KnownOrganizations.sameOrganization` in token words, so "Procter & Gamble" matches its tokens.
    static let knownPairs: [(String, String)] = {
        let tokenizer = Tokenizer()
        func form(_ s: String) -> String { tokenizer.tokens(in: s).map(\.normalized).joined(separator: " ") }
        return KnownOrganizations.sameOrganization.map { (form($0.0), form($0.1)) }
    }()

    /// The first token word of every name in `knownPairs`.
    static let knownPairFirstWords: WordSet = {
        let tokenizer = Tokenizer()
        let names = KnownOrganizations.sameOrganization.flatMap { [$0.0, $0.1] }
        return WordSet(Set(names.compactMap { tokenizer.tokens(in: $0).first?.normalized }))
    }()

    /// "Export Center of the Sacramento Minority Business Development Agency" is the same organization as
    /// "Sacramento Minority Business Development Agency Export Center" when the article uses both.
    mutating func linkInvertedNames() {
        // Most articles have no name with a complement: then no mention's words need be listed and hashed.
        guard mentions.contains(where: \.hasComplement) else { return }
        var byWords: [[String]: Int] = [:]
        for m in mentions { byWords[words(m.lo, m.hi)] = m.group }
        for m in mentions where m.hasComplement {
            guard let of = (m.lo + 1..<m.hi).first(where: { tokens[$0].text == "of" || tokens[$0].text == "for" })
            else { continue }
            var b = of + 1
            if b < m.hi && tokens[b].text == "the" { b += 1 }
            guard b < m.hi else { continue }
            let direct = words(b, m.hi) + words(m.lo, of)
            if let g = byWords[direct] { union(g, m.group) }
        }
    }

    /// "the council" where exactly one organization found has the head word "Council".
    func definiteReferences() -> [(index: Int, group: Int)] {
        var heads: [String: Set<Int>] = [:]
        var roots = parent
        func root(_ g: Int) -> Int {
            var r = g
            while roots[r] != r { r = roots[r] }
            return r
        }
        for m in mentions where m.hi - m.lo >= 2 {
            var last = m.hi - 1
            while last > m.lo && tokens[last].isLegalSuffix { last -= 1 }
            guard tokens[last].isHead else { continue }
            heads[tokens[last].lower, default: []].insert(root(m.group))
        }
        roots = parent
        var out: [(Int, Int)] = []
        guard !heads.isEmpty else { return out }
        for i in 1..<max(1, tokens.count) {
            // Fields read in place: copying each token would retain and release its two strings.
            guard tokens[i].kind == .word, tokens[i].isLowercase, tokens[i - 1].lowerIsThe,
                let groups = heads[tokens[i].lower], groups.count == 1, let g = groups.first
            else { continue }
            if i + 1 < tokens.count && (tokens[i + 1].isNameWord || tokens[i + 1].text == "of") { continue }
            out.append((i, g))
        }
        return out
    }
}

/// What a press release or a science news page sets under the story, before its footer: the issuer's description
/// of itself without an "About" heading ("Brightwell is a leading provider of … For more information, visit …"),
/// the "Forward-looking statements" legalese, the media contact, the wire's "SOURCE Brightwell" line, and a
/// science desk's "Citation: … retrieved … from …", copyright notice and "Explore further" (its "More information:"
/// reference and "Provided by …" above them are the story's, as the dev pages' gold has them). The first of these
/// among the story's last blocks closes the story.
extension ArticleBodyEdges {
    /// How many of the body's last blocks are searched for a closing note (a release's legalese runs to several).
    static let closingNoteReach = 12

    /// `body` without the closing notes under the story: from the first among its last `closingNoteReach` blocks
    /// on. The first block stays whatever it says (it is the story's lead).
    static func withoutClosingNotes(_ body: [Int], blocks: [TextBlock], features: [BlockFeatures]) -> [Int] {
        guard body.count > 1 else { return body }
        let start = max(1, body.count - closingNoteReach)
        guard
            let cut = (start..<body.count).first(where: { k in
                isClosingNote(
                    blocks[body[k]].text, words: features[body[k]].words,
                    next: k + 1 < body.count ? blocks[body[k + 1]].text : nil)
            })
        else { return body }
        return Array(body[..<cut])
    }

    /// Whether a block opens the notes under a press release or a science news story (see the type's note).
    static func isClosingNote(_ text: String, words: Int, next: String? = nil) -> Bool {
        guard words > 0, let lead = text.utf8.first, lead &- 0x41 < 26 || lead &- 0x61 < 26 else { return false }
        // "SOURCE Brightwell Analytics": the wire's line naming the issuer, in capitals.
        if lead == 0x53, text.utf8.starts(with: source), words <= 10 { return true }
        // The openings are compared byte by byte, folding ASCII capitals (no lowercased copy of the block), and
        // only when the block's first letter opens one of them.
        if closingNoteLeads & (1 << UInt32((lead | 0x20) &- 0x61)) != 0 {
            for opening in closingNoteOpenings where opensFolded(text, opening.bytes) {
                return words <= opening.maxWords
            }
            // "Citation: <headline> (2026, November 30) retrieved 30 November 2026 from https://…".
            if opensFolded(text, citation) { return ByteSearch.contains(text, retrieved) }
        }
        return lead &- 0x41 < 26 && isIssuerDescription(text, words: words, next: next)
    }

    /// Whether `text` opens with `opening` (lowercase ASCII bytes), ignoring ASCII case.
    static func opensFolded(_ text: String, _ opening: [UInt8]) -> Bool {
        var k = 0
        for byte in text.utf8 {
            if k == opening.count { return true }
            guard (byte &- 0x41 < 26 ? byte + 32 : byte) == opening[k] else { return false }
            k += 1
        }
        return k == opening.count
    }

    /// "Brightwell Analytics is a leading provider of inventory software … For more information, visit
    /// www.brightwell.ai.": a paragraph opening with a name, "is a"/"is an"/"is the" and what kind of business it
    /// is among the next words, that says where to learn more or where the business is based. A story's sentence
    /// about a company does not send the reader to its website.
    /// The pointer may stand in the next paragraph instead (`next`): a description in two paragraphs, what the
    /// business is, then where it is based and where to read more ("The company is headquartered in Denver …").
    static func isIssuerDescription(_ text: String, words: Int, next: String? = nil) -> Bool {
        guard words >= 8, words <= 160, let first = text.unicodeScalars.first, ScalarClass.isUppercase(first) else {
            return false
        }
        // Most paragraphs have no " is a ", " is an " or " is the " in their first 86 bytes: turned away before any
        // word is split off. The last six bytes read are kept as one number, so nothing is copied out.
        var window: UInt64 = 0
        var linked = false
        for byte in text.utf8.prefix(86) {
            window = (window << 8 | UInt64(byte)) & 0xFFFF_FFFF_FFFF
            if window == isA || window == isAn || window == isThe {
                linked = true
                break
            }
        }
        guard linked else { return false }
        let head = text.split(separator: " ", maxSplits: 20, omittingEmptySubsequences: true)
        guard let verb = head.prefix(8).firstIndex(where: { $0 == "is" }), verb >= 1, verb + 1 < head.count,
            ["a", "an", "the"].contains(head[verb + 1].lowercased())
        else { return false }
        // "… provider of software, …": the kind may carry the comma or full stop after it.
        let kind = head[(verb + 2)...].prefix(10).map { word in
            ScalarClass.lowercased(String(word.prefix { $0 != "," && $0 != "." && $0 != ";" }))
        }
        guard kind.contains(where: businessKinds.contains) else { return false }
        if issuerPointers.contains(where: { ByteSearch.containsFolded(text, $0) }) { return true }
        // The second paragraph goes on about the same business: it opens with its name or "The company". Only a
        // pointer a release's boilerplate gives counts there: a story's next paragraph may well tell when the
        // business was founded ("It was founded in 2021 by …") or where it is listed, and go on.
        guard let next, next.split(separator: " ", maxSplits: 60).count <= 60, let name = head.first,
            next.hasPrefix(name + " ") || continuationOpenings.contains(where: { next.hasPrefix($0) })
        else { return false }
        return boilerplatePointers.contains { ByteSearch.containsFolded(next, $0) }
    }

    /// How a description's second paragraph opens when it does not repeat the name.
    static let continuationOpenings = ["The company ", "The Company ", "The firm ", "Headquartered "]

    /// The pointers of `issuerPointers` that a story's paragraph about a business seldom holds.
    static let boilerplatePointers = [
        "for more information", "learn more", "please visit", "visit www", "visit http", "www.", "headquartered in",
    ].map { Array($0.utf8) }

    /// Openings of the notes under a release or a science story, lowercased, with the most words each may hold.
    static let closingNoteOpenings: [(bytes: [UInt8], maxWords: Int)] = [
        ("forward-looking statement", 400), ("forward looking statement", 400), ("cautionary statement", 400),
        ("cautionary note regarding forward", 400), ("safe harbor statement", 400),
        ("this press release contains forward-looking", 400), ("this news release contains forward-looking", 400),
        ("media contact", 40), ("media contacts", 60), ("press contact", 40), ("media inquiries", 40),
        ("media enquiries", 40), ("investor contact", 40), ("investor relations contact", 40),
        // A science desk's "More information:" reference and "Provided by …" stay: the dev pages' gold keeps them.
        ("explore further", 30), ("this document is subject to copyright", 80),
    ].map { (Array($0.0.utf8), $0.1) }

    static let citation = Array("citation:".utf8)
    static let source = Array("SOURCE ".utf8)

    /// The first letters of the openings and of "citation:", one bit each ("a" the lowest).
    static let closingNoteLeads: UInt32 = (closingNoteOpenings.map(\.bytes) + [citation]).reduce(0) { mask, bytes in
        mask | (1 << UInt32((bytes.first ?? 0x61) - 0x61))
    }

    /// " is a ", " is an" and " is th", each six bytes read as one number.
    static let isA = sixBytes(" is a "), isAn = sixBytes(" is an"), isThe = sixBytes(" is th")
    static func sixBytes(_ text: String) -> UInt64 { text.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    static let retrieved = Array(" retrieved ".utf8)

    /// What a business calls itself in its description.
    static let businessKinds: Set<String> = [
        "provider", "leader", "company", "developer", "manufacturer", "maker", "supplier", "platform", "firm",
        "operator", "pioneer", "innovator", "producer", "distributor", "designer", "specialist", "marketplace",
        "brand", "retailer", "bank", "insurer", "group", "network", "organization", "organisation", "nonprofit",
        "non-profit", "institution", "university", "agency", "consultancy", "corporation", "startup", "start-up",
    ]

    /// Where a description sends the reader or says the business is based, lowercased.
    static let issuerPointers = [
        "for more information", "learn more", "please visit", "visit www", "visit http", "www.", "headquartered in",
        "is based in", "founded in", "listed on the",
    ].map { Array($0.utf8) }
}

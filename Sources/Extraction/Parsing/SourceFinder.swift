import Foundation

/// Finds the publication's name in a page's text by letting the places that name a site vote: a "From:" field,
/// the copyright owner, the logo line at the top, "About X" / "Follow X" / "Search X" links, a bare domain name.
struct SourceFinder {
    let blocks: [TextBlock]
    let features: [BlockFeatures]
    /// The blocks lowered, when the caller has them already (else `find` lowers them).
    var page: LoweredPage? = nil

    /// Weights of each kind of evidence.
    enum Evidence: Double {
        case copyright = 3
        case corporateCopyright = 1.2
        case logo = 2.5
        case doubledLogo = 4
        case link = 1.5
        case domain = 2
        /// A logo line named like a newspaper ("The Daily Ledger", "Metro Herald").
        case masthead = 3.5
        /// The logo's link as screen readers and text browsers give it: "The Guardian - Back to home".
        case homeLink = 6
        /// A short line under the logo line: more likely a section than the site.
        case sectionUnderLogo = 1.4
        /// The page's first line named like a publication, two to four capitalised words ("Riverbend Garden Notes",
        /// "Markets Daily"): a copied page opens with its nameplate, which the story seldom repeats in full. With
        /// the line's own count (0.4) it reaches the floor of 3 that a plain logo line (2.5) does not.
        case nameplate = 2.9
        /// The first logo line opening with the logo's picture and then its name ("[image] Rzeczpospolita"): a text
        /// browser prints the picture's placeholder and the link's words, which name the site even in one word (a
        /// plain logo line's 2.5 with the line's own count stays under the floor of 3; 3.1: raw values are unique).
        case picturedLogo = 3.1
    }

    /// Newspapers' section names. Not those that are also publications' names ("Science", "Nature", "Time",
    /// "Fortune", "Money", "Wired").
    static let sectionNames: Set<String> = [
        "news", "world", "world news", "business", "politics", "health", "sport", "sports", "technology", "tech",
        "entertainment", "opinion", "lifestyle", "travel", "culture", "education", "environment", "climate",
        "energy", "markets", "economy", "local", "local news", "national", "international", "us news", "uk news",
        "us", "uk", "europe", "asia", "africa", "americas", "middle east", "arts", "books", "film", "movies",
        "music", "food", "style", "fashion", "autos", "cars", "weather", "crime", "obituaries", "football",
        "soccer", "cricket", "golf", "tennis", "video", "podcasts", "life", "living", "property", "finance",
        "companies", "media", "society", "family", "parenting", "personal finance", "real estate", "science & tech",
        "health & wellness", "food & drink", "arts & culture", "tv", "television", "games", "gaming", "investing",
        "rugby", "hockey", "baseball", "basketball", "boxing", "cycling", "athletics", "racing", "motorsport",
        "formula 1", "nfl", "nba", "mlb", "nhl", "gaa",
    ]

    /// Words that end a newspaper's name and rarely a section's or a headline's: `ParsingLexicon.domainPublicationWords` without
    /// those that also name sections ("News", "Business", "Sports", "World", "Today", "Review").
    static let mastheadWords: Set<String> = Set(ParsingLexicon.domainPublicationWords).subtracting([
        "news", "business", "sports", "world", "today", "review", "report", "digest", "online", "science", "wire",
        "weekly", "magazine", "insider", "reporter", "record", "progress", "union", "daily", "voice", "leader",
    ])

    static let linkPrefixes = [
        "about ", "search ", "follow ", "contact ", "support ", "welcome to ", "more from the ", "more from ",
        "subscribe to ", "über ", "sobre ", "à propos de ", "acerca de ", "tentang ",
    ]
    /// `linkPrefixes` as openings: `hasPrefix` answered on bytes for an ASCII line.
    static let linkOpenings = linkPrefixes.map(LineOpening.init)
    /// For each first byte of a lowered ASCII line, whether a link prefix may open it (`LineOpening.asciiLeads`).
    static let linkLeads = LineOpening.asciiLeads(linkOpenings)
    /// Each link prefix's bytes when it is ASCII, else nil: the prefixes are lowercase letters and spaces, so an
    /// ASCII line, lowered byte by byte, opens with one exactly when its bytes, capitals folded, do; a prefix
    /// beyond ASCII opens no ASCII line (`LineOpening.opens`).
    static let asciiLinkPrefixes: [[UInt8]?] = linkPrefixes.map { prefix in
        prefix.utf8.allSatisfy { $0 < 0x80 } ? Array(prefix.utf8) : nil
    }

    /// Whether an ASCII line's bytes, capitals folded, open with `prefix` (nil: a prefix that opens no such line).
    static func opensFolded(_ text: String, _ prefix: [UInt8]?) -> Bool {
        guard let prefix else { return false }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= prefix.count else { return false }
            for k in 0..<prefix.count where (bytes[k] &- 0x41 < 26 ? bytes[k] + 32 : bytes[k]) != prefix[k] {
                return false
            }
            return true
        }
    }
    /// What an invitation to subscribe may say after the site's name ("Subscribe to X for free", "… today").
    static let offerTerms = [" for free", " today", " now"]
    static let ownerSuffixes = [
        " media network", " media group", " media", " network", " llc", " inc", " ltd", " limited", " gmbh", " ag",
        " corporation", " corp", " co", " plc", " s.a", " sa", " l.p.", " l.p", " lp", " llp",
        // Continental forms: Italian, Dutch and Belgian, Nordic, Spanish, Austrian.
        " s.p.a", " spa", " s.r.l", " srl", " b.v", " bv", " n.v", " nv", " oy", " oyj", " s.l", " m.b.h", " mbh",
        " dac", " pvt", " pty",
        // Round 28: Nordic, French, Polish, Czech, Turkish forms, and the paper's publishing company.
        " as", " asa", " ab", " a/s", " & cie", " et cie", " sp. z o.o", " s.r.o", " a.s", " a.ş", " publishers",
    ]

    func find() -> String? {
        var votes: [String: (name: String, score: Double)] = [:]
        // The keys in the order of their first vote: ties are settled by it, and sums made in it, never in the
        // dictionary's order, which changes from run to run (Swift seeds its hashing per process).
        var voteOrder: [String] = []
        func vote(_ raw: String, _ evidence: Evidence) {
            guard var name = Self.clean(raw) else { return }
            let bare = name.lowercased().hasPrefix("the ") ? String(name.dropFirst(4)) : name
            if let agency = ParsingLexicon.wireAgencies[bare.lowercased()] { name = agency }
            let key = name.lowercased()
            if votes[key] == nil { voteOrder.append(key) }
            let current = votes[key] ?? (name, 0)
            votes[key] = (current.name, current.score + evidence.rawValue)
        }
        // Logo: the first short lines of the page ("[logo] Live Science", "LinkNaija | Nigeria's news platform").
        // Controls a copy of the page opens with ("Menu", "Search", "Skip to main content") come before the logo
        // without taking its place among the first three lines.
        var logoLines = 0
        var logoVoted = false
        var twoLetterNameplate: String? = nil
        for (i, block) in blocks.prefix(12).enumerated() where logoLines < 3 {
            if features[i].length <= 4, Self.pageControls.contains(block.text.lowercased()) { continue }
            logoLines += 1
            if block.isBullet { continue }
            if logoLines == 1, Self.isTwoLetterNameplate(block.text) { twoLetterNameplate = block.text }
            let text = Self.withoutImages(block.text)
            // The placeholder stands before the words: "[image] Le Monde", not "Le Monde [image]".
            let isPictured = !logoVoted && text != block.text && block.text.hasPrefix("[") && features[i].words <= 5
            // "The Verge homepage": the logo's link, named by its alt text; its label is no part of the name, and
            // the name alone votes below only when the page draws the logo itself ("The Verge logo.").
            if Self.endsWithHomepage(text) { continue }
            // "[image] Sky News - Home": the logo's link with its label, which votes below as a home link; whole,
            // it would take the name's votes as a longer form of it.
            if Self.homeLinkedName(text) != nil { continue }
            if let half = Self.doubled(text) {
                vote(half, .doubledLogo)
            } else if let site = text.components(separatedBy: " | ").first, site != text, i < 15 {
                vote(site, .logo)
            } else if features[i].words <= 5 {
                let last = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
                let isMasthead =
                    features[i].words >= 2 && (Self.mastheadWords.contains(last) || Self.isStationName(text))
                // "Forbes", "Innovation", "Energy": under a logo line, short lines are its sections, and a section
                // the story is about ("Energy") is repeated by the story itself.
                // A section's name standing alone at the top ("Health", "Business") is the section, not the site:
                // no vote, since the story repeats such a word and its count would make up one.
                let isSection = features[i].words <= 2 && Self.sectionNames.contains(text.lowercased())
                // A news brand readers know by its name alone ("Forbes", "Axios") is as sure as a masthead. (Wire
                // agencies vote nowhere here: their names at the top of a page are mostly photo credits.)
                let isKnown = features[i].words <= 3 && ParsingLexicon.knownPublications.contains(text.lowercased())
                // Not the logo's link ("BBC Homepage"), whose label is no part of the name.
                let isNameplate =
                    logoLines == 1 && (2...4).contains(features[i].words)
                    && (BylineParser.looksLikePublication(text) || Self.isArticledNameplate(text)
                        || Self.isLowercaseArticledNameplate(text))
                    && last != "homepage" && last != "home"
                if !isSection {
                    vote(
                        text,
                        isMasthead || isKnown
                            ? .masthead
                            : logoVoted
                                ? .sectionUnderLogo : isPictured ? .picturedLogo : isNameplate ? .nameplate : .logo)
                }
                // A picture's placeholder ("[script]") or a control ("toggle") is no logo above the sections.
                if !logoVoted, !isSection, let name = Self.clean(text), !Self.pageControls.contains(name.lowercased()) {
                    logoVoted = true
                }
            }
        }
        // The logo's link says where it goes ("The Guardian - Back to home"): the site's own name, whatever section
        // line ("Energy") or menu surrounds it.
        // By index: a block is copied (its text retained) only once the features let it through.
        for i in blocks.indices.prefix(40) where features[i].length <= 10 {
            if let site = Self.homeLinkedName(Self.withoutImages(blocks[i].text)) { vote(site, .homeLink) }
        }
        // The logo's picture drawn as its alt text ("The Verge logo.", "Kestrel News homepage").
        for i in blocks.indices.prefix(40) where features[i].length <= 5 && !blocks[i].isBullet {
            if let site = Self.labelledLogo(Self.withoutImages(blocks[i].text)) { vote(site, .logo) }
        }
        // Further down the header, a logo with its tagline ("Daily Wire | The region's news since 1901"): the
        // tagline is a phrase (lowercase words), which tells it from a menu ("News | Sports").
        for i in blocks.indices.prefix(40) where i >= 3 && !blocks[i].isBullet && features[i].length <= 12 {
            if let site = Self.taggedLogo(Self.withoutImages(blocks[i].text)) { vote(site, .logo) }
        }

        // The texts taken out of the blocks once: a block bound here (`let block = blocks[i]`) was copied out of
        // the array again at each use of its text.
        let texts = blocks.map(\.text)
        let whole = page ?? LoweredPage(blocks)
        // The blocks whose lowered bytes say "©" or "copyright", found in one pass over the page: any other line
        // fails `ByteSearch.mentionsCopyright`, whose byte tests need those bytes in the line with its ASCII
        // capitals lowered, and lowering keeps every ASCII byte and "©" where it is, case aside.
        let copyrightBlocks = whole.blocksHolding([ByteSearch.copyrightSign, ByteSearch.copyrightWord])
        for i in blocks.indices where features[i].length <= 120 {
            let text = texts[i]
            // Most lines say neither; the byte test spares them a lowercased copy and two Foundation searches.
            if copyrightBlocks[i], ByteSearch.mentionsCopyright(text) {
                if let owner = TextMetadataReader.copyrightOwner(in: text) {
                    // "© DR" under the nameplate "DR": too short a name for `clean`, the site's all the same.
                    if let plate = twoLetterNameplate, owner == plate {
                        if votes[plate.lowercased()] == nil { voteOrder.append(plate.lowercased()) }
                        votes[plate.lowercased()] = (
                            plate, (votes[plate.lowercased()]?.score ?? 0) + 2 * Evidence.copyright.rawValue
                        )
                    }
                    let name = Self.stripOwnerSuffix(owner)
                    // "© 2026 Nexstar Media Inc.": a name the line gives a legal form is a company, which owns the
                    // site the logo names ("WFLA"); a publication's own footer writes its name bare.
                    let corporate =
                        name.split(separator: " ").contains { Self.corporateWords.contains($0.lowercased()) }
                        || Self.givesLegalForm(text, to: owner) || Self.endsWithLegalForm(owner)
                        || Self.namesCompanyAfter(text, owner: owner)
                    // "© 2024 Sam Patel": a newsletter's or a blog's writer keeps the rights to what they write;
                    // the person is the byline, the site's name is elsewhere (its nameplate).
                    if !namesWriter(name) { vote(name, corporate ? .corporateCopyright : .copyright) }
                }
            }
            if features[i].words <= 6 && features[i].length <= 30 {
                // An ASCII line lowers byte by byte: one whose first byte, lowered, opens no prefix is opened by none.
                let textIsASCII = ByteSearch.isASCII(text)
                // The first byte, lowered (0: an empty line).
                let lead = text.utf8.first.map { $0 &- 0x41 < 26 ? $0 + 32 : $0 } ?? 0
                let mayOpen = !textIsASCII || Self.linkLeads[Int(lead)]
                // An ASCII line is compared with its capitals folded (`opensFolded`), without a lowered copy.
                let lower = mayOpen && !textIsASCII ? ScalarClass.lowercased(text) : ""
                let ascii = ByteSearch.isASCII(lower)
                for (k, (prefix, opening)) in zip(Self.linkPrefixes, Self.linkOpenings).enumerated()
                where mayOpen
                    && (textIsASCII
                        ? Self.asciiLinkPrefixes[k]?.first == lead && Self.opensFolded(text, Self.asciiLinkPrefixes[k])
                        : opening.opens(lower, ascii: ascii))
                {
                    var rest = String(text.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
                    // "Subscribe to Morning Signal for free": the offer's terms are no part of the name.
                    for terms in Self.offerTerms where rest.hasSuffix(terms) {
                        rest = String(rest.unicodeScalars.dropLast(terms.unicodeScalars.count))
                    }
                    if let domain = TextMetadataReader.domain(in: rest) {
                        vote(domain, .domain)
                    } else if rest.split(separator: " ").count <= 4, !namesWriter(rest) {
                        vote(rest, .link)
                    }
                }
                // The block's place first: `doubled` is asked only of a line that may vote.
                if i < 200, let half = Self.doubled(text) { vote(half, .doubledLogo) }
                if features[i].words <= 4, let domain = TextMetadataReader.domain(in: text),
                    domain.unicodeScalars.count + 4 >= text.unicodeScalars.count
                {
                    vote(domain, .domain)
                }
            }
        }
        guard !votes.isEmpty else { return nil }
        // Names the page repeats are more likely the site's own.
        // Counted on the page's lowered bytes (`LoweredPage`, `whole` above), without lowering the joined page into
        // scalars.
        var best: (name: String, score: Double)? = nil
        // Only the leading candidates are worth counting through the whole page.
        let ranked = voteOrder.enumerated().map { (rank: $0.offset, key: $0.element, entry: votes[$0.element]!) }
        let leading = ranked.sorted {
            $0.entry.score != $1.entry.score ? $0.entry.score > $1.entry.score : $0.rank < $1.rank
        }
        .prefix(8)
        for (_, key, entry) in leading {
            // The lowercased key's UTF-8 is its scalars' (`min(_, 10)` below: no need to count further).
            let occurrences = whole.count(Array(key.utf8), inBlocks: blocks.indices, atMost: 10)
            var score = entry.score + 0.4 * Double(min(occurrences, 10))
            // A short form ("Quanta") lends its votes to the full name ("Quanta Magazine"), and so does the last
            // word a company's copyright leaves ("Herald Corporation" → "Herald") to a newspaper's masthead ending
            // with it ("The Korea Herald"; not to "Support The Guardian" or "the BBC").
            let masthead = Self.isArticledNameplate(entry.name)
            // A company named after its paper ("The Standard Group" in "© 2026 The Standard Group PLC") takes
            // nothing from the nameplate ("The Standard").
            for (_, other, shorter) in ranked
            where other != key
                && ((key.hasPrefix(other + " ") && !Self.isCompanyOf(key, other))
                    || (masthead && key.hasSuffix(" " + other)))
            {
                score += shorter.score
            }
            if best == nil || score > best!.score { best = (entry.name, score) }
        }
        guard let best, best.score >= 3 else { return nil }
        return Self.siteName(best.name, in: whole, blocks: blocks.indices)
    }

    /// "About Jane Doe", "Über Moritz Bachmann", "Follow Jane Doe": the author's box under a story opens with the
    /// same words a site's own links do, but what follows is the person who wrote the story, not its publisher: a
    /// name opening with a given name, or one the page's byline writes after "By" ("Von Moritz Bachmann publiziert
    /// am …"). Asked only of the few lines a link prefix opens.
    func namesWriter(_ rest: String) -> Bool {
        let lower = ScalarClass.lowercased(rest)
        if MetadataMerger.opensWithGivenName(lower) { return true }
        // Only a name shaped like a person's is looked for after a byline word: most link lines ("Follow us on
        // Twitter") are not, and the look is a pass over the whole page.
        let words = rest.split(separator: " ")
        guard (2...3).contains(words.count), BylineParser().isPersonName(words) else { return false }
        let whole = page ?? LoweredPage(blocks)
        return Self.followsBylineWord(Array(lower.utf8), in: whole.bytes)
    }

    /// Whether the lowered page writes `name` (its lowered bytes) right after one of `bylineOpeners`, in one pass:
    /// each place the name's first byte occurs (`memchr`) is compared with the name, then its opener.
    static func followsBylineWord(_ name: [UInt8], in page: [UInt8]) -> Bool {
        guard let first = name.first, name.count <= page.count else { return false }
        return page.withUnsafeBufferPointer { h in
            guard let base = h.baseAddress else { return false }
            let last = h.count - name.count
            var i = 0
            while i <= last {
                guard let found = memchr(base + i, Int32(first), last - i + 1) else { return false }
                let k = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var m = 1
                while m < name.count && h[k + m] == name[m] { m += 1 }
                if m == name.count,
                    bylineOpenerBytes.contains(where: { o in
                        k >= o.count && (0..<o.count).allSatisfy { h[k - o.count + $0] == o[$0] }
                    })
                {
                    return true
                }
                i = k + 1
            }
            return false
        }
    }

    /// The words a byline opens with before the writer's name, in the languages the parser reads.
    static let bylineOpeners = ["by ", "von ", "par ", "por ", "door ", "di ", "oleh ", "av ", "af "]
    static let bylineOpenerBytes = bylineOpeners.map { Array($0.utf8) }

    /// A site written as its capitalised address ("TheHill.com", "Smithsonian.com") is the publication's name
    /// squashed into a domain ("The Hill", "Smithsonian") when the page also writes it so; a site the page names
    /// only by its address ("SpaceNews.com"), lowercase addresses and other suffixes stay as written.
    static func siteName(_ name: String, in lowered: [Unicode.Scalar]) -> String {
        let spaced = spacedSiteName(name)
        guard spaced != name, count(PhraseMatcher.lowered(spaced), in: lowered) > 0 else { return name }
        return spaced
    }

    /// `siteName(name, in: PhraseMatcher.lowered(lines: texts of blocks))`, counting on the page's lowered bytes.
    static func siteName(_ name: String, in page: LoweredPage, blocks: Range<Int>) -> String {
        let spaced = spacedSiteName(name)
        guard spaced != name, page.count(HeadlineEchoes.loweredBytes(spaced), inBlocks: blocks, atMost: 1) > 0 else {
            return name
        }
        return spaced
    }

    static func spacedSiteName(_ name: String) -> String {
        let lower = name.lowercased()
        guard lower.hasSuffix(".com"), !name.contains(" ") else { return name }
        let label = Array(name.unicodeScalars.dropLast(4))
        guard let first = label.first, ScalarClass.isUppercase(first), label.count >= 3,
            label.allSatisfy({ ScalarClass.isASCIILetter($0) }),
            // An acronym ("CBSSports.com") cannot be split back into the words it was squashed from.
            !zip(label, label.dropFirst()).contains(where: {
                ScalarClass.isUppercase($0) && ScalarClass.isUppercase($1)
            })
        else { return name }
        var out = String.UnicodeScalarView()
        for (k, s) in label.enumerated() {
            if k > 0, ScalarClass.isUppercase(s), !ScalarClass.isUppercase(label[k - 1]) { out.append(" ") }
            out.append(s)
        }
        return String(out)
    }

    /// The text without "[alt]" image placeholders that text browsers print.
    static func withoutImages(_ text: String) -> String {
        // A byte miss is Foundation's miss (no other scalar is equivalent to "[").
        // On ASCII text the byte's hit is Foundation's too (`LineShortcuts.contains`).
        guard ByteSearch.holds(text, byte: 0x5B), LineShortcuts.contains(text, Self.openBracket) ?? text.contains("[")
        else { return text }
        var out = String.UnicodeScalarView()
        var depth = 0
        for s in text.unicodeScalars {
            if s == "[" {
                depth += 1
            } else if s == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                out.append(s)
            }
        }
        return LineShortcuts.trimming(String(out), .whitespaces, asciiMembers: Self.whitespaceASCII)
    }

    /// Which ASCII bytes `CharacterSet.whitespaces` holds, for `LineShortcuts.trimming`.
    static let whitespaceASCII = LineShortcuts.asciiMembers(of: .whitespaces)

    /// "MoreBikesMoreBikes" or "Billboard Billboard": a logo rendered twice.
    static func doubled(_ text: String) -> String? {
        // More than 80 scalars take more than 320 bytes, fewer than 6 fewer than 6 bytes.
        guard text.utf8.count >= 6, text.utf8.count <= 320 else { return nil }
        // An ASCII line is compared on its contiguous bytes, without copying them into an array.
        if ByteSearch.isASCII(text) {
            var text = text
            return text.withUTF8 { asciiDoubled($0) }
        }
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        guard n >= 6, n <= 80 else { return nil }
        if n % 2 == 0, Array(scalars[0..<(n / 2)]) == Array(scalars[(n / 2)...]) {
            return ScalarClass.string(scalars[0..<(n / 2)])
        }
        if n % 2 == 1, scalars[n / 2] == " ", Array(scalars[0..<(n / 2)]) == Array(scalars[(n / 2 + 1)...]) {
            return ScalarClass.string(scalars[0..<(n / 2)])
        }
        return nil
    }

    /// `doubled` on an ASCII line's bytes, each byte a scalar.
    private static func asciiDoubled(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        guard n >= 6, n <= 80 else { return nil }
        if n % 2 == 0, bytes[0..<(n / 2)].elementsEqual(bytes[(n / 2)...]) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<(n / 2)]), as: UTF8.self)
        }
        if n % 2 == 1, bytes[n / 2] == 0x20, bytes[0..<(n / 2)].elementsEqual(bytes[(n / 2 + 1)...]) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<(n / 2)]), as: UTF8.self)
        }
        return nil
    }

    static let spacedBar = Array(" | ".utf8)
    static let openParen = Array("(".utf8)
    static let closeParen = Array(")".utf8)
    static let openBracket = Array("[".utf8)
    static let atSign = Array("@".utf8)
    static let slash = Array("/".utf8)
    /// What `clean` trims from a name's ends (built once rather than on every vote).
    static let nameTrim = CharacterSet(charactersIn: " .,:;!?|-–—•·\u{A0}")
    static let nameTrimASCII = LineShortcuts.asciiMembers(of: nameTrim)

    static func stripOwnerSuffix(_ owner: String) -> String {
        var name = owner
        var changed = true
        while changed {
            changed = false
            let lower = name.lowercased()
            for suffix in ownerSuffixes where lower.hasSuffix(suffix) && lower.count > suffix.count + 2 {
                // "Independent Digital News & Media Ltd": the "&" the last word leaves goes with it.
                name = String(name.dropLast(suffix.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ,.&"))
                changed = true
                break
            }
        }
        return name
    }

    /// A plausible publication name, or nil: a few words, starting with a capital or a digit, no sentence.
    static func clean(_ raw: String) -> String? {
        // Exactly Foundation's trimming (`LineShortcuts.trimming`: on ASCII text a byte trim).
        var name = LineShortcuts.trimming(raw, Self.nameTrim, asciiMembers: Self.nameTrimASCII)
        if name.lowercased().hasPrefix("the ") == false, name.hasPrefix("'") { name.removeFirst() }
        let words = LineShortcuts.split(name, at: 0x20)
        guard (1...5).contains(words.count), name.unicodeScalars.count >= 2, name.unicodeScalars.count <= 40 else {
            return nil
        }
        guard let first = name.unicodeScalars.first, ScalarClass.isLetter(first) || ScalarClass.isDigit(first) else {
            return nil
        }
        guard name.unicodeScalars.count >= 3, name.unicodeScalars.contains(where: { ScalarClass.isLetter($0) }) else {
            return nil
        }
        // Byte answers where they are Foundation's (`LineShortcuts.contains`), Foundation's search otherwise.
        if LineShortcuts.contains(name, Self.closeParen) ?? name.contains(")")
            || LineShortcuts.contains(name, Self.openParen) ?? name.contains("(")
        {
            return nil
        }
        // Lowered once (`ScalarClass.lowercased` is `String.lowercased()`): `name` does not change below.
        let lower = ScalarClass.lowercased(name)
        if Self.notNames.contains(lower) || MetadataMerger.platforms.contains(lower) {
            return nil
        }
        if words.contains(where: { Self.notNameWords.contains($0.lowercased()) }) { return nil }
        if LineShortcuts.contains(name, Self.openBracket) ?? name.contains("[")
            || LineShortcuts.contains(name, Self.atSign) ?? name.contains("@")
            || LineShortcuts.contains(name, Self.slash) ?? name.contains("/")
        {
            return nil
        }
        for word in ["menu", "search", "home", "sign in", "log in", "subscribe", "skip to", "close", "newsletter"]
        where lower.hasPrefix(word) {
            return nil
        }
        return name
    }

    /// Lines that are the page's controls, not its logo, as a copy of the page opens with them.
    static let pageControls: Set<String> = [
        "menu", "search", "subscribe", "sign in", "log in", "login", "sign up", "register", "skip to main content",
        "skip to content", "skip to navigation", "open menu", "close menu", "close", "account", "my account",
        "sections", "navigation", "toggle navigation", "main menu", "open navigation menu", "search for:", "toggle",
        // The skip link in the languages the parser reads.
        "aller au contenu", "vai al contenuto", "salta al contenuto", "ir al contenido", "saltar al contenido",
        "zum inhalt springen", "direkt zum inhalt", "naar de inhoud", "ga naar de inhoud", "przejdź do treści",
        "pular para o conteúdo", "siirry sisältöön", "hoppa till innehållet", "hopp til innhold", "gå til indhold",
        "gå til innhold", "naar hoofdinhoud", "aller au contenu principal", "saltar al contenido principal",
    ]

    static let notNames: Set<String> = [
        "us", "me", "our team", "the team", "the author", "this site", "the site", "you", "more", "all", "news",
        "ad", "ads", "iklan", "home", "top", "site", "blog", "contact", "help", "faq", "international", "cookies",
        "privacy", "terms", "author", "authors", "editor", "editors", "staff", "admin", "adchoices", "policy",
    ]
    static let notNameWords: Set<String> = [
        "logo", "getty", "images", "shutterstock", "photo", "photos", "image", "afp", "reuters", "ap", "epa",
        "newsletter", "newsletters", "us", "me", "rights", "policy",
        // "© Riproduzione riservata", "Alle Rechte vorbehalten": a copyright line's reservation, in other languages.
        "riproduzione", "riservata", "reproduction", "reproducción", "reservados", "réservés", "vorbehalten",
    ]

    static func count(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int {
        guard let first = needle.first, needle.count <= haystack.count else { return 0 }
        var total = 0
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                let before = i == 0 ? " " : haystack[i - 1]
                let after = i + needle.count < haystack.count ? haystack[i + needle.count] : " "
                if k == needle.count && !ScalarClass.isLetter(before) && !ScalarClass.isLetter(after) {
                    total += 1
                    i += needle.count
                    continue
                }
            }
            i += 1
        }
        return total
    }
}

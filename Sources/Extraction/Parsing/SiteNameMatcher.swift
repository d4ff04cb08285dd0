import Foundation

/// Finds the publication's name among the names a page shows by matching them against the site's host name: a
/// publication is nearly always named after its domain, squashed ("foxbusiness" ← "Fox Business"), abbreviated
/// ("nypost" ← "New York Post", "wsj" ← "The Wall Street Journal") or as the address itself ("Express.co.uk").
/// The host only chooses between names the page writes; it is never turned into a name itself.
struct SiteNameMatcher {
    let url: PageURL

    /// How a written name relates to the host.
    enum Match: Int, Comparable {
        /// Each word contributes a piece of the label, starting with its first letter ("ctpost" ← "Connecticut Post").
        case abbreviated = 1
        /// The address as the page writes it ("EXPRESS.CO.UK", "9to5Mac.com").
        case address = 2
        /// Letters and digits equal the label ("Fox Business", "TheHill", "IGN").
        case squashed = 3
        static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }
    }

    struct Candidate: Sendable {
        var name: String
        var match: Match
        /// Which of the host's site labels it names, 0 the most specific.
        var label: Int
        /// Occurrences, lines of furniture (short blocks) counting more than mentions in prose.
        var weight = 0.0
        /// Occurrences in short blocks (logo, menus, footer) or in the page's metadata.
        var furniture = 0
        var words: Int { name.split(separator: " ").count }
        var isShouting: Bool {
            words > 1 && !name.unicodeScalars.contains { ScalarClass.isLetter($0) && !ScalarClass.isUppercase($0) }
        }
    }

    /// How a name relates to the host and which of its labels it names (0 = most specific), or nil.
    func match(_ name: String) -> (Match, label: Int)? {
        let lower = name.lowercased()
        if lower == url.host { return (.address, 0) }
        var words = Self.squashedWords(name)
        guard !words.isEmpty, words.count <= 6 else { return nil }
        var variants = [words]
        // "De Standaard" on standaard.be, "Le Monde" on lemonde.fr: a nameplate's article, in any language the
        // parser reads, is one the host may drop.
        if words.count > 1, Self.articles.contains(words[0]) {
            words.removeFirst()
            variants.append(words)
        }
        for (index, label) in url.siteLabels.enumerated() {
            let target = Array(label.unicodeScalars)
            // "RiverGazette" on therivergazette.com: the host kept the article the name dropped.
            for v in variants where v.joined() == label || "the" + v.joined() == label { return (.squashed, index) }
            for v in variants where v.count >= 2 && Self.abbreviates(target, v.map { Array($0.unicodeScalars) }) {
                return (.abbreviated, index)
            }
        }
        return nil
    }

    /// Whether `label` is the words abbreviated: each word gives its initial or the whole word, the last may give
    /// a prefix ("mag" for Magazine), the first two of its letters before whole words ("ct" + "post"); connectors
    /// ("of", "and") may give nothing.
    static func abbreviates(_ label: [Unicode.Scalar], _ words: [[Unicode.Scalar]]) -> Bool {
        func fits(_ pos: Int, _ w: Int) -> Bool {
            if w == words.count { return pos == label.count }
            let word = words[w]
            if w > 0, Self.connectors.contains(ScalarClass.string(word)), fits(pos, w + 1) {
                return true
            }
            guard pos < label.count, let first = word.first, first == label[pos] else { return false }
            var pieces: [Int] = [1]
            if pos + word.count <= label.count, Array(label[pos..<(pos + word.count)]) == word {
                pieces.append(word.count)
            }
            // "ct" for Connecticut, only before whole words and in longer labels ("ctpost", not "msn").
            if w == 0, words.count > 1, label.count >= 5, word.count > 3, pos + 1 < label.count,
                word.dropFirst().contains(label[pos + 1]),
                Array(label[(pos + 2)...]) == Array(words.dropFirst().joined())
            {
                pieces.append(2)
            }
            if w == words.count - 1, word.count > 3 {
                var n = 1
                while pos + n < label.count, n < word.count, label[pos + n] == word[n] { n += 1 }
                if n >= 3 && pos + n == label.count { pieces.append(n) }
            }
            return Set(pieces).contains { fits(pos + $0, w + 1) }
        }
        return fits(0, 0)
    }

    static let connectors: Set<String> = [
        "of", "and", "the", "de", "la", "le", "du", "di", "del", "der", "für", "della", "delle", "dello", "des",
    ]

    /// Articles a nameplate may open with ("The Hindu", "De Standaard", "Il Sole 24 Ore", "El País", "Die Zeit").
    static let articles: Set<String> = [
        "the", "de", "het", "le", "la", "les", "il", "lo", "el", "der", "die", "das", "o", "a",
    ]

    /// Lowercased letters and digits.
    static func squash(_ s: String) -> String {
        // Lowered by `ScalarClass.lowercased` (`String.lowercased()`) and kept as UTF-8 bytes: the same String.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        ScalarClass.forEachScalar(in: ScalarClass.lowercased(s)) { scalar in
            if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) { UTF8.encode(scalar) { out.append($0) } }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every name in the blocks that matches the host, with how often the page writes it.
    func candidates(in blocks: [TextBlock], features: [BlockFeatures], extra: [String] = []) -> [Candidate] {
        var found: [String: Candidate] = [:]
        // The names in the order the page first writes them: the candidates are returned so, since ties between
        // them are settled by their order, and the dictionary's changes from run to run.
        var order: [String] = []
        let initials = Set(url.siteLabels.compactMap { $0.unicodeScalars.first })
        let screen = HostScreen(url)
        // Names already found not to match: the screen and `match` depend on the name alone, and a page writes
        // the same words ("The", its sections) again and again.
        var rejected = Set<String>()
        func consider(_ name: String, weight: Double) {
            // A name the screen rules out never matches, so it is never among the names found: asked first, it
            // spares most names the look-ups and the insertion into `rejected` (which then holds only names the
            // screen lets through and `match` turns away).
            if screen?.rulesOut(name) ?? false { return }
            let short = weight >= 1 ? 1 : 0
            if var c = found[name] {
                c.weight += weight
                c.furniture += short
                found[name] = c
            } else if rejected.contains(name) {
                return
            } else if let (m, label) = match(name) {
                found[name] = Candidate(name: name, match: m, label: label, weight: weight, furniture: short)
                order.append(name)
            } else {
                rejected.insert(name)
            }
        }
        /// Considers the word at `i` that starts a name, then the name it opens with each of up to five words
        /// after it: capitalised words, figures and connectors ("of", "&"), a connector never ending a name.
        func considerName(from i: Int, of count: Int, weight: Double, word: (Int) -> String) {
            var name = word(i)
            consider(name, weight: weight)
            var k = i + 1
            while k < count && k < i + 6 {
                let next = word(k)
                guard let f = next.unicodeScalars.first, !Self.containsFullStop(next) else { break }
                let isConnector = Self.connectors.contains(next.lowercased()) || next == "&"
                guard ScalarClass.isUppercase(f) || ScalarClass.isDigit(f) || isConnector else { break }
                name += " " + next
                if !isConnector { consider(name, weight: weight) }
                k += 1
            }
        }
        for name in extra { consider(name, weight: 1) }
        // Long prose paragraphs (most of a page's bytes) are skipped: a site's name lives in its furniture and in
        // short lines, and scanning every paragraph's words would cost more than the rest of the parse.
        let lineScreen = CandidateLineScreen(initials: initials)
        // For each ASCII byte, whether a word opening with it starts a name: a capital or digit that, lowered by
        // its byte as below, is a label's initial.
        let opensName = (0..<256).map { b -> Bool in
            guard (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) else { return false }
            return initials.contains(Unicode.Scalar(UInt8(b <= 0x5A && b >= 0x41 ? b + 32 : b)))
        }
        var spans: [Range<Int>] = []
        // By index: a block copied out of the array costs a retain and release of each of its fields.
        for b in blocks.indices where features[b].length <= 40 {
            let text = blocks[b].text
            if lineScreen.rulesOut(text) { continue }
            let weight = features[b].length <= 12 ? 1.0 : 0.3
            if ByteSearch.isASCII(text) {
                // The same words and tests as below on the line's bytes, a String made only of a word that
                // starts a name (most words start none).
                spans.removeAll(keepingCapacity: true)
                var line = text
                line.withUTF8 { bytes in
                    Self.asciiWordSpans(bytes, into: &spans)
                    func word(_ span: Range<Int>) -> String {
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self)
                    }
                    for i in spans.indices {
                        let span = spans[i]
                        // An ASCII word's "." is its byte (`containsFullStop`).
                        if bytes[span].contains(0x2E) {
                            consider(word(span), weight: weight)
                            continue
                        }
                        let first = bytes[span.lowerBound]
                        // A word "The" opens with "T", a capital: `isUppercase` holds, the initials may not.
                        let isThe =
                            span.count == 3 && first == 0x54 && bytes[span.lowerBound + 1] == 0x68
                            && bytes[span.lowerBound + 2] == 0x65
                        guard opensName[Int(first)] || isThe else { continue }
                        considerName(from: i, of: spans.count, weight: weight) { word(spans[$0]) }
                    }
                }
                continue
            }
            let tokens = Self.words(text)
            for i in tokens.indices {
                let token = tokens[i]
                guard let first = token.unicodeScalars.first else { continue }
                if Self.containsFullStop(token) {
                    consider(token, weight: weight)
                    continue
                }
                guard ScalarClass.isUppercase(first) || ScalarClass.isDigit(first) else { continue }
                // An ASCII capital lowers by its byte, as `ScalarClass.lowercased` does.
                let lowerFirst =
                    first.value < 0x80
                    ? Unicode.Scalar(UInt8(first.value >= 0x41 && first.value <= 0x5A ? first.value + 32 : first.value))
                    : ScalarClass.lowercased([first][...]).unicodeScalars.first!
                guard initials.contains(lowerFirst) || token == "The" else { continue }
                considerName(from: i, of: tokens.count, weight: weight) { tokens[$0] }
            }
        }
        return order.map { found[$0]! }
    }

    /// Words of a line with surrounding punctuation and a possessive removed.
    static func tokens(_ text: String) -> [String] {
        let trim = CharacterSet(charactersIn: "\"'“”‘’()[]{}<>,;:!?•|*·—–…").union(.whitespaces)
        return text.split(separator: " ").compactMap { raw in
            var word = raw.trimmingCharacters(in: trim)
            for possessive in ["'s", "’s"] where word.hasSuffix(possessive) { word = String(word.dropLast(2)) }
            while word.hasSuffix(".") { word.removeLast() }
            return word.isEmpty ? nil : word
        }
    }

    /// The publication's name. The name already read stays when it agrees with the host, unless the page also
    /// writes a fuller form of it (a squashed "TheHill" gives way to "The Hill", an acronym or short form "WSJ",
    /// "CT Post" to "The Wall Street Journal", "Connecticut Post", a lowercase address to the spaced name). A name
    /// that does not match the host is replaced by the best matching name the page writes, when there is a
    /// convincing one; `trusted` names (the page's own site-name metadata) are then kept.
    func reconcile(_ current: String?, candidates all: [Candidate], trusted: Bool = false) -> String? {
        // "JERUSALEM POST" in a menu gives way to "Jerusalem Post" as the name is written elsewhere.
        let written = Set(all.filter { !$0.isShouting }.map { Self.squash($0.name) })
        let candidates = all.filter { !$0.isShouting || !written.contains(Self.squash($0.name)) }
        // "The 9to5Mac" is chosen through "9to5Mac" and `withArticle`, never on its own.
        func best(_ list: [Candidate]) -> Candidate? {
            list.filter { !$0.name.hasPrefix("The ") || Self.squash($0.name) == url.siteLabels[$0.label] }.max { a, b in
                if a.label != b.label { return a.label > b.label }
                if a.match != b.match { return a.match < b.match }
                if a.weight != b.weight { return a.weight < b.weight }
                return a.words < b.words
            }
        }
        // "The Wall Street Journal" over "Wall Street Journal" when the page's furniture writes it so about as often;
        // a one-word name takes it only when the host does ("TheHill").
        func withArticle(_ c: Candidate) -> String {
            if let the = candidates.first(where: { $0.name == "The " + c.name }), the.furniture > 0,
                the.weight * 2 >= c.weight, c.words >= 2 || Self.squash(the.name) == url.siteLabels[c.label]
            {
                return the.name
            }
            return c.name
        }
        // "WSJ" → "The Wall Street Journal", "NY Post" → "New York Post", "CT Post" → "Connecticut Post"; not
        // "NJ" → "New Jersey", a place: two words must keep one of the short form's.
        func expansion(of name: String, label: Int) -> Candidate? {
            let words = (name.split(separator: ".").first ?? "").split(separator: " ")
            let short = words.filter { word in
                word.count <= 3 && word.unicodeScalars.allSatisfy { ScalarClass.isUppercase($0) }
            }
            guard !short.isEmpty else { return nil }
            let own = Set(short.map { $0.lowercased() })
            let kept = Set(words.map { $0.lowercased() }).subtracting(own)
            return best(
                candidates.filter { c in
                    let theirs = c.name.split(separator: " ").map { $0.lowercased() }
                    return c.label == label && c.match == .abbreviated && c.words >= words.count && c.furniture > 0
                        && (c.words >= 3 || theirs.contains { kept.contains($0) })
                        && !theirs.contains { own.contains($0) }
                })
        }
        // Two words or more besides a leading "The" that the match did not need ("The 9to5Mac" is one word).
        let spaced = candidates.filter { c in
            let the = c.name.hasPrefix("The ") && Self.squash(c.name) != url.siteLabels[c.label]
            return c.words - (the ? 1 : 0) >= 2 && c.match != .address
        }
        if let current, let (m, label) = match(current) {
            // "The 9to5Mac": an article the page put before a one-word brand the host writes without it.
            if current.hasPrefix("The "), current.split(separator: " ").count == 2,
                Self.squash(current) != url.siteLabels[label]
            {
                return String(current.dropFirst(4))
            }
            if let full = expansion(of: current, label: label) { return withArticle(full) }
            let isSpaced = current.contains(" ")
            let isAcronym = current.unicodeScalars.allSatisfy { ScalarClass.isUppercase($0) || ScalarClass.isDigit($0) }
            if m == .squashed && !isSpaced && !isAcronym,
                let full = best(spaced.filter { $0.label == label && ($0.match == .squashed || $0.weight >= 2) })
            {
                return withArticle(full)  // "TheHill" → "The Hill", "Jpost" → "The Jerusalem Post"
            }
            if m == .address && current == current.lowercased(),
                let full = best(spaced.filter { $0.label == label && $0.match == .squashed })
            {
                return withArticle(full)  // "livescience.com" → "Live Science"
            }
            if m == .squashed && current == current.lowercased(),
                let address = best(
                    candidates.filter { $0.match == .address && !$0.name.lowercased().hasPrefix("www.") })
            {
                return address.name  // "cleveland" → "cleveland.com"
            }
            return current
        }
        if trusted, current != nil { return current }
        // "Sputnik" on sputniknews.com: a short form of the site's name, not a different one.
        if let current, url.siteLabels.contains(where: { $0.hasPrefix(Self.squash(current)) }) {
            // … unless the page writes the whole of it ("Quanta" → "Quanta Magazine").
            return best(spaced.filter { $0.match == .squashed }).map(withArticle) ?? current
        }
        let convincing = candidates.filter { c in
            guard c.name.lowercased() != c.name || c.match == .address, !c.name.lowercased().hasPrefix("www.") else {
                return false
            }
            // "Smithsonian" stays rather than becoming the "Smithsonian Magazine" the host abbreviates.
            if c.match == .abbreviated, let current, c.name.hasPrefix(current + " ") { return false }
            return c.match != .abbreviated || c.weight >= 2
        }
        guard let chosen = best(convincing) else { return current }
        if let full = expansion(of: chosen.name, label: chosen.label) { return withArticle(full) }
        if chosen.match == .squashed, !chosen.name.contains(" "),
            let full = best(spaced.filter { $0.label == chosen.label && $0.match == .squashed })
        {
            return withArticle(full)
        }
        return withArticle(chosen)
    }

    /// Whether `name` is the host's name with one to three more capitalised words after it ("CBC News" on cbc.ca,
    /// "ByteForge Engineering" on blog.byteforge.dev) or before it ("U.S. Department of Transportation" on
    /// transportation.gov, "The Harlow Ledger" on ledger.com; "of", "the", "and" and "&" may stand between). Not the
    /// site and a section of it ("CNN Business"), but "News" is the site's own word.
    func extendsSiteLabel(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        func isNameWord(_ word: Substring) -> Bool {
            Self.connectors.contains(word.lowercased()) || word == "&"
                || (word.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
        }
        var head = ""
        var tail = ""
        for k in 0..<(words.count - 1) {
            head += Self.squash(String(words[k]))
            if url.siteLabels.contains(head) {
                // "CNN Business", "CNN Politics": the site and one of its sections, whose name is the site's alone.
                let rest = words[(k + 1)...]
                let section = rest.joined(separator: " ").lowercased()
                return rest.allSatisfy(isNameWord)
                    && (section == "news" || !SourceFinder.sectionNames.contains(section))
            }
            tail = Self.squash(String(words[words.count - 1 - k])) + tail
            if url.siteLabels.contains(tail) { return words[..<(words.count - 1 - k)].allSatisfy(isNameWord) }
        }
        return false
    }

    /// Whether `short` is `name` without words at its start or end ("CBC" of "CBC News"), letter case aside.
    static func cuts(_ name: String, to short: String) -> Bool {
        let (whole, part) = (name.lowercased(), short.lowercased())
        return whole.hasPrefix(part + " ") || whole.hasSuffix(" " + part)
    }
}

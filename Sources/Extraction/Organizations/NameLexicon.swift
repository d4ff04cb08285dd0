/// A set of names as token sequences, matched longest-first against a token array.
///
/// Serves both the built-in gazetteer and the names an article has introduced.
struct NameLexicon: Sendable {
    /// How a gazetteer entry may be used.
    enum Usage: Sendable, Equatable {
        /// Counts wherever it occurs.
        case plain
        /// Also an ordinary word or a person's name: counts only standing alone.
        case standalone
        /// A team nickname: counts after its city or after "the".
        case team
    }

    struct Entry: Sendable {
        var words: [String]
        var usage: Usage
        var id: Int
    }

    private(set) var byFirst: [String: [Entry]] = [:]
    private(set) var count = 0
    /// The id of each entry by its words: a name is added once, and an article's lexicon asks for ids as it grows.
    private var ids: [[String]: Int] = [:]
    /// For a first word that opens more than `indexedAfter` entries (an article of thousands of names that share
    /// one, "Acme Widgets", "Acme Tools"…), its entries by their words: scanning the list at every occurrence of
    /// the word made such an article quadratic.
    private var longLists: [String: LongList] = [:]
    static let indexedAfter = 32
    /// The keys of `byFirst` as a `WordSet`, for a lexicon built once (the gazetteer): most tokens begin no
    /// name, and the set rejects them for an FNV hash where the dictionary hashes the string with SipHash.
    /// Nil once the lexicon changes after it was built.
    private var firstWords: WordSet? = nil
    /// `byFirst[w]` for each ASCII first word `w` of `firstWords`, in the order of its `entries`: the gazetteer is
    /// asked at nearly every name word, and reading the list by the set's index spares the dictionary's SipHash.
    private var firstLists: [[Entry]] = []
    /// The keys of `byFirst` again, kept as names are added: an article's own lexicon changes as it is built, and
    /// this set rejects the many words that begin no name without the dictionary's SipHash.
    private var addedFirstWords = ArticleVocabulary()

    init() {}

    /// Builds a lexicon from names written with the "~" / "+" markers of `KnownOrganizations`.
    init(markedNames: [String]) {
        let tokenizer = Tokenizer()
        for raw in markedNames {
            var name = Substring(raw)
            var usage = Usage.plain
            if name.hasPrefix("~") {
                usage = .standalone
                name = name.dropFirst()
            } else if name.hasPrefix("+") {
                usage = .team
                name = name.dropFirst()
            }
            let words = tokenizer.tokens(in: String(name)).map(\.normalized)
            insert(words, usage: usage, id: count)
        }
        let firstWords = WordSet(Set(byFirst.keys))
        self.firstWords = firstWords
        firstLists = firstWords.entries.map { byFirst[$0]! }
    }

    /// Adds a name; a longer entry is always tried before a shorter one with the same first word.
    mutating func insert(_ words: [String], usage: Usage = .plain, id: Int) {
        guard let first = words.first, ids[words] == nil else { return }
        // Room for a few names at once: an article's lexicon starts empty, and growing each table one step at a
        // time rehashed every name it held (no answer depends on the tables' sizes).
        if count == 0 {
            ids.reserveCapacity(16)
            byFirst.reserveCapacity(16)
        }
        firstWords = nil
        firstLists = []
        ids[words] = id
        let entry = Entry(words: words, usage: usage, id: id)
        // The list is changed in place, with one look-up of its first word: copying it out and storing it back
        // hashed the word three times and copied the list. Longest first, and after the entries as long (the order
        // they were added in), found by halving rather than by sorting the whole list again.
        let listCount = Self.add(entry, to: &byFirst[first, default: []])
        if listCount > Self.indexedAfter {
            if longLists[first] == nil {
                longLists[first] = LongList(byFirst[first]!)
            } else {
                longLists[first]!.add(entry)
            }
        }
        addedFirstWords.insert(first)
        count += 1
    }

    /// Adds `entry` to `list` after every entry at least as long; the list's new length.
    private static func add(_ entry: Entry, to list: inout [Entry]) -> Int {
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].words.count >= entry.words.count { lo = mid + 1 } else { hi = mid }
        }
        list.insert(entry, at: lo)
        return list.count
    }

    /// The id of the entry spelled exactly `words`, if any.
    func id(of words: [String]) -> Int? { ids[words] }

    /// The longest entry matching `tokens` from index `i`, not running past `limit`.
    /// In headlines written in capitals, a word also matches its uppercase form.
    // Inlined into the callers up to the first words' filter: the gazetteer is asked at almost every name word, most
    // begin no name, and the filter turns those away where the call (copying this lexicon's fields) cost far more.
    @inline(__always) func longestMatch(in tokens: [Token], at i: Int, limit: Int) -> Entry? {
        if let h = tokens[i].normalizedHash, firstWords?.rejects(asciiHash: h) == true { return nil }
        return anyLongestMatch(in: tokens, at: i, limit: limit)
    }

    /// `longestMatch` past the first words' filter.
    @inline(never) private func anyLongestMatch(in tokens: [Token], at i: Int, limit: Int) -> Entry? {
        // Asked at almost every token: read the one field instead of copying the token with its two strings.
        let word = tokens[i].normalized
        let hash = tokens[i].normalizedHash
        if let firstWords {
            switch firstWords.find(word, asciiHash: hash) {
            case .absent: return nil
            case .present(let entry?): return firstMatch(firstLists[entry], tokens, i, limit, caseless: false)
            case .present(nil): break
            }
        } else if !addedFirstWords.contains(word, asciiHash: hash) {
            return nil
        }
        if let list = byFirst[word], let hit = firstMatch(list, tokens, i, limit, caseless: false) {
            return hit
        }
        return nil
    }

    /// Case-insensitive variant for ALL-CAPS lines: looks up every entry whose first word uppercases alike.
    func longestCaselessMatch(in tokens: [Token], at i: Int, limit: Int, upperIndex: [String: [String]]) -> Entry? {
        // Asked of capitals: an ASCII word without a lowercase letter is its own uppercase form.
        let word = tokens[i].normalized
        guard let firsts = upperIndex[Self.isUppercaseASCII(word) ? word : word.uppercased()] else { return nil }
        var best: Entry? = nil
        for first in firsts {
            if let list = byFirst[first], let hit = firstMatch(list, tokens, i, limit, caseless: true) {
                if best == nil || hit.words.count > best!.words.count { best = hit }
            }
        }
        return best
    }

    /// ASCII without a lowercase letter: `uppercased()` would return the same bytes.
    private static func isUppercaseASCII(_ s: String) -> Bool {
        Token.withBytes(s) { b in
            for byte in b where byte >= 0x80 || (byte >= 97 && byte <= 122) { return false }
            return true
        }
    }

    /// Maps the uppercase form of each first word to its spellings, for `longestCaselessMatch`.
    func upperIndex() -> [String: [String]] {
        var out: [String: [String]] = [:]
        // in sorted order: two spellings that match a capitals line equally well are told apart by their order here,
        // which must not be the dictionary's (it varies from one process to the next)
        for key in byFirst.keys.sorted() { out[key.uppercased(), default: []].append(key) }
        return out
    }

    private func firstMatch(_ list: [Entry], _ tokens: [Token], _ i: Int, _ limit: Int, caseless: Bool) -> Entry? {
        if list.count > Self.indexedAfter, let long = longLists[list[0].words[0]] {
            return long.firstMatch(tokens, i, limit, caseless: caseless)
        }
        outer: for entry in list {
            let n = entry.words.count
            if i + n > limit { continue }
            for k in 0..<n {
                // Fields read in place: copying the token retained and released its two strings at every word.
                let t = i + k
                if k > 0 && (tokens[t].newlinesBefore > 1 || tokens[t].region != tokens[i].region) { continue outer }
                let w = tokens[t].normalized
                if w == entry.words[k] { continue }
                if caseless && w.uppercased() == entry.words[k].uppercased() { continue }
                continue outer
            }
            return entry
        }
        return nil
    }
}

extension NameLexicon {
    /// The entries of one long list by their words, for each length they come in: the list's first match is the
    /// entry of the greatest length whose words the tokens spell (of one length and spelling there is one entry),
    /// and in capitals the first added of those that spell them alike in capitals.
    struct LongList {
        /// Lengths of the entries, longest first.
        private var lengths: [Int] = []
        private var exact: [[String]: Entry] = [:]
        private var caseless: [[String]: Entry] = [:]

        /// - Parameter list: longest first, entries of one length in the order they were added.
        init(_ list: [Entry]) {
            for entry in list { add(entry) }
        }

        mutating func add(_ entry: Entry) {
            let n = entry.words.count
            if !lengths.contains(n) {
                lengths.append(n)
                lengths.sort(by: >)
            }
            exact[entry.words] = entry
            let upper = entry.words.map { $0.uppercased() }
            if caseless[upper] == nil { caseless[upper] = entry }
        }

        func firstMatch(_ tokens: [Token], _ i: Int, _ limit: Int, caseless: Bool) -> Entry? {
            for n in lengths where i + n <= limit {
                guard
                    (1..<max(n, 1)).allSatisfy({
                        tokens[i + $0].newlinesBefore <= 1 && tokens[i + $0].region == tokens[i].region
                    })
                else { continue }
                let words = (0..<n).map { tokens[i + $0].normalized }
                // in capitals, every entry that spells them alike in capitals counts, the exact one too
                if caseless {
                    if let entry = self.caseless[words.map { $0.uppercased() }] { return entry }
                } else if let entry = exact[words] {
                    return entry
                }
            }
            return nil
        }
    }
}

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
        guard let first = words.first else { return }
        firstWords = nil
        firstLists = []
        // The list is changed in place, with one look-up of its first word: copying it out and storing it back
        // hashed the word three times and copied the list.
        guard Self.add(Entry(words: words, usage: usage, id: id), to: &byFirst[first, default: []]) else { return }
        addedFirstWords.insert(first)
        count += 1
    }

    /// Adds `entry` to `list`, longest entries first, unless an entry spells the same words; whether it was added.
    /// (A new first word's empty list always takes the entry, so no empty list is left in the dictionary.)
    private static func add(_ entry: Entry, to list: inout [Entry]) -> Bool {
        if list.contains(where: { $0.words == entry.words }) { return false }
        list.append(entry)
        list.sort { $0.words.count > $1.words.count }
        return true
    }

    /// The id of the entry spelled exactly `words`, if any.
    func id(of words: [String]) -> Int? {
        guard let first = words.first else { return nil }
        return byFirst[first]?.first(where: { $0.words == words })?.id
    }

    /// The longest entry matching `tokens` from index `i`, not running past `limit`.
    /// In headlines written in capitals, a word also matches its uppercase form.
    func longestMatch(in tokens: [Token], at i: Int, limit: Int) -> Entry? {
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
        for key in byFirst.keys { out[key.uppercased(), default: []].append(key) }
        return out
    }

    private func firstMatch(_ list: [Entry], _ tokens: [Token], _ i: Int, _ limit: Int, caseless: Bool) -> Entry? {
        outer: for entry in list {
            let n = entry.words.count
            if i + n > limit { continue }
            for k in 0..<n {
                let tok = tokens[i + k]
                if k > 0 && (tok.newlinesBefore > 1 || tok.region != tokens[i].region) { continue outer }
                let w = tok.normalized
                if w == entry.words[k] { continue }
                if caseless && w.uppercased() == entry.words[k].uppercased() { continue }
                continue outer
            }
            return entry
        }
        return nil
    }
}

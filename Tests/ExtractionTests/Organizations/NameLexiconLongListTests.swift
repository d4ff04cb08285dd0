import Testing

@testable import Extraction

@Suite("Names that share a first word by the hundred")
struct NameLexiconLongListTests {
    /// What `NameLexicon` answered by scanning each first word's list: the longest entry (the first added of one
    /// length) that `tokens` spell from `i`, not past `limit`, within one paragraph; in capitals, alike in capitals,
    /// over every spelling of the first word, the longest winning and the first spelling in sorted order on a tie.
    static func scanned(
        _ names: [[String]], _ tokens: [Token], _ i: Int, _ limit: Int, caseless: Bool
    ) -> [String]? {
        var seen = Set<[String]>()
        let entries = names.filter { seen.insert($0).inserted }
        func same(_ a: String, _ b: String) -> Bool { a == b || (caseless && a.uppercased() == b.uppercased()) }
        var best: [String]? = nil
        let firsts = Set(entries.map { $0[0] }).sorted().filter { same(tokens[i].normalized, $0) }
        for first in firsts {
            // stable: of one length, the first added comes first
            let list = entries.filter { $0[0] == first }.enumerated()
                .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
            let hit = list.first { words in
                i + words.count <= limit
                    && words.indices.allSatisfy { k in
                        (k == 0 || (tokens[i + k].newlinesBefore <= 1 && tokens[i + k].region == tokens[i].region))
                            && same(tokens[i + k].normalized, words[k])
                    }
            }
            if let hit, hit.count > best?.count ?? 0 { best = hit }
        }
        return best
    }

    @Test("Past the scan's reach, the index finds what the scan found, as written and in capitals")
    func indexAgreesWithScan() {
        var g = FinderRobustnessTests.Generator(state: 11)
        let words = ["Tools", "TOOLS", "Widgets", "Group", "Bank", "of", "Ohio", "OHIO"]
        for round in 0..<6 {
            // Enough names on one first word for the index (`NameLexicon.indexedAfter`), a few written in capitals.
            var names: [[String]] = []
            for _ in 0..<(NameLexicon.indexedAfter + 30) {
                let first = g.next() % 8 == 0 ? "ACME" : "Acme"
                names.append([first] + (0..<Int(g.next() % 4)).map { _ in g.pick(words) })
            }
            var lexicon = NameLexicon()
            var ids: [[String]: Int] = [:]
            for (id, name) in names.enumerated() {
                lexicon.insert(name, id: id)
                if ids[name] == nil { ids[name] = id }
            }
            let pieces = ["Acme", "ACME", "\n\nTools"] + words
            let text = (0..<80).map { _ in g.pick(pieces) }.joined(separator: " ")
            let tokens = Tokenizer().tokens(in: text)
            let upper = lexicon.upperIndex()
            for i in tokens.indices {
                for limit in [tokens.count, min(tokens.count, i + 2)] {
                    let expected = Self.scanned(names, tokens, i, limit, caseless: false)
                    #expect(lexicon.longestMatch(in: tokens, at: i, limit: limit)?.id == expected.map { ids[$0]! })
                    let inCapitals = Self.scanned(names, tokens, i, limit, caseless: true)
                    #expect(
                        lexicon.longestCaselessMatch(in: tokens, at: i, limit: limit, upperIndex: upper)?.id
                            == inCapitals.map { ids[$0]! }, "round \(round), token \(i)")
                }
            }
            for name in names { #expect(lexicon.id(of: name) == ids[name]) }
        }
    }
}

/// Title-Case lines inside an article: subheads ("Why Regulators Fear The Deal"), lists of related stories or of
/// tour dates ("Sept. 18 -- The Forum, Los Angeles, CA").
///
/// Like a Title-Case headline (HeadlineMentions.swift), such a line capitalises every word, and the tagger reads
/// runs of them as one long name ("Samsung Struggles With Chip Shortage As Apple Gains"). Its mentions get the
/// headline's treatment: kept only as names the article also writes in ordinary sentences. A line counts only
/// with the surest sign of Title Case, a capitalised small word after its first word ("As", "With", "The"): a
/// line of names alone ("Bank of America Merrill Lynch", a results table's "Arsenal 2 Tottenham 1") has none.
extension CombinedOrganizationFinder {
    /// The Title-Case lines, other than `title`, that hold the start of a mention.
    static func titleCaseSubheads(
        _ organizations: [FoundOrganization], outside title: Range<Int>, _ scalars: [Unicode.Scalar]
    ) -> [Range<Int>] {
        // In text order, so that each line is found and judged once, however many mentions it holds.
        let starts = organizations.flatMap { $0.mentions.map(\.start) }.filter { !title.contains($0) }.sorted()
        var judged: Range<Int>? = nil
        var lines: [Range<Int>] = []
        for start in starts where !(judged?.contains(start) ?? false) {
            guard let line = line(around: start, scalars) else { continue }
            judged = line
            if !title.overlaps(line), isTitleCase(scalars[line]), hasCapitalisedSmallWord(scalars[line]) {
                lines.append(line)
            }
        }
        return lines
    }

    /// The line holding `offset`, unless it is longer than a headline (`isTitleCase` reads at most 300 scalars):
    /// each mention looks at most that far either way, so a page of one long line stays linear.
    private static func line(around offset: Int, _ scalars: [Unicode.Scalar]) -> Range<Int>? {
        let reach = 301
        var start = offset
        while start > 0 && scalars[start - 1] != "\n" {
            start -= 1
            if offset - start > reach { return nil }
        }
        var end = offset
        while end < scalars.count && scalars[end] != "\n" {
            end += 1
            if end - start > reach { return nil }
        }
        return start..<end
    }
}

/// The names an article writes outside its Title-Case lines, longest first, each with the organization it belongs
/// to, and where they stand inside a headline's run of capitals.
///
/// Indexed by their opening (the first run of letters and digits, or the first scalar): a headline is read once,
/// and at each word only the names opening with that word are tried, so many headlines against many names stay
/// near linear.
struct BodyNames {
    private let names: [(scalars: [Unicode.Scalar], owner: Int)]
    private let byOpening: [ArraySlice<Unicode.Scalar>: [Int]]

    /// - Parameter names: longest first.
    init(_ names: [(scalars: [Unicode.Scalar], owner: Int)]) {
        self.names = names
        var byOpening: [ArraySlice<Unicode.Scalar>: [Int]] = [:]
        for (index, name) in names.enumerated() where !name.scalars.isEmpty {
            byOpening[Self.opening(name.scalars[...], at: 0), default: []].append(index)
        }
        self.byOpening = byOpening
    }

    /// The names standing in `span` as whole words (no letter or digit on either side), not overlapping: first
    /// the longest (the first listed among names of one length) at its first place, then the others that fit, in
    /// the same order.
    func standing(in span: ArraySlice<Unicode.Scalar>) -> [(name: [Unicode.Scalar], owner: Int, offset: Int)] {
        let span = Array(span)
        var matches: [(index: Int, offset: Int)] = []
        for k in span.indices where k == 0 || !CombinedOrganizationFinder.isNameScalar(span[k - 1]) {
            guard let candidates = byOpening[Self.opening(span[...], at: k)] else { continue }
            for index in candidates {
                let name = names[index].scalars
                let end = k + name.count
                guard end <= span.count, span[k..<end].elementsEqual(name),
                    end == span.count || !CombinedOrganizationFinder.isNameScalar(span[end])
                else { continue }
                matches.append((index, k))
            }
        }
        matches.sort { ($0.index, $0.offset) < ($1.index, $1.offset) }
        var taken: [Range<Int>] = []
        var out: [(name: [Unicode.Scalar], owner: Int, offset: Int)] = []
        for (index, offset) in matches {
            let range = offset..<(offset + names[index].scalars.count)
            guard !taken.contains(where: { $0.overlaps(range) }) else { continue }
            taken.append(range)
            out.append((names[index].scalars, names[index].owner, offset))
        }
        return out
    }

    /// The run of letters and digits from `k`, or the one scalar there when it is neither: a name standing at `k`
    /// as a whole word opens with the same scalars.
    private static func opening(_ scalars: ArraySlice<Unicode.Scalar>, at k: Int) -> ArraySlice<Unicode.Scalar> {
        let k = scalars.startIndex + k
        guard CombinedOrganizationFinder.isNameScalar(scalars[k]) else { return scalars[k..<(k + 1)] }
        var end = k + 1
        while end < scalars.endIndex && CombinedOrganizationFinder.isNameScalar(scalars[end]) { end += 1 }
        return scalars[k..<end]
    }
}

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
        var starts: [Int] = []
        for organization in organizations {
            for mention in organization.mentions where !title.contains(mention.start) { starts.append(mention.start) }
        }
        starts.sort()
        var judged: Range<Int>? = nil
        var lines: [Range<Int>] = []
        var breaks = LinesInOrder(scalars)
        for start in starts where !(judged?.contains(start) ?? false) {
            // A line longer than a headline (`isTitleCase` reads at most 300 scalars) is no subhead.
            let line = breaks.line(holding: start)
            guard line.count <= 301 else { continue }
            judged = line
            if !title.overlaps(line), isTitleCase(scalars[line]), hasCapitalisedSmallWord(scalars[line]) {
                lines.append(line)
            }
        }
        return lines
    }
}

/// The lines holding offsets asked in ascending order, found with `memchr` on the line breaks: each break is passed
/// once, where looking both ways from each mention read up to a headline's length twice for every one.
private struct LinesInOrder {
    private let scalars: [Unicode.Scalar]
    /// The start of the line last asked for.
    private var start = 0
    /// The first line break at or after the offset last asked about (the text's end without one).
    private var end: Int? = nil

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// The line holding `offset`, without its line break; `offset` is no smaller than the last one asked.
    mutating func line(holding offset: Int) -> Range<Int> {
        var end = self.end ?? breakAt(orAfter: 0)
        // A break before `offset`: the line begins after it.
        while end < offset {
            start = end + 1
            end = breakAt(orAfter: start)
        }
        self.end = end
        return start..<end
    }

    private func breakAt(orAfter k: Int) -> Int {
        scalars.withUnsafeBufferPointer { ScalarSearch.next("\n", in: $0, from: k) } ?? scalars.count
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

/// Finds any of a fixed list of lowercase phrases in a text, on Unicode scalars (no Foundation search).
///
/// The phrases are one Aho-Corasick automaton, built once: a text is read scalar by scalar, each scalar one step
/// through a table of states, and a state says which lists have a phrase ending there. Every list is answered in
/// that one walk, whatever the number of phrases, instead of comparing each position with the phrases that may open
/// there.
struct PhraseMatcher: Sendable {
    /// Each scalar's column in `steps`: the scalars the phrases are written with get one each; every other scalar is
    /// column 0, which no phrase holds, so it leads back to the start. ASCII by value: `foldingASCII` takes an ASCII
    /// capital to its small letter's column (the text is lowered as it is read), `exactASCII` to column 0 (a lowered
    /// text holds no capital, and no phrase kept holds one: see `init(lists:)`).
    private let foldingASCII: [UInt8]
    private let exactASCII: [UInt8]
    /// The scalars outside ASCII the phrases hold, sorted, and their columns; a bit per low 10 bits of their values,
    /// so most other scalars are told column 0 by one test.
    private let otherScalars: [UInt32]
    private let otherColumns: [UInt8]
    private let otherBits: [UInt64]
    private let columns: Int
    /// The automaton: state × `columns` + column → next state; the start is state 0.
    private let steps: [UInt16]
    /// For each state, the bits of the lists (see `init(lists:)`) with a phrase ending at it, itself or a suffix.
    private let endings: [UInt8]
    private let allLists: UInt8

    init(_ phrases: [String]) {
        self.init(lists: [phrases])
    }

    /// One matcher over several lists of phrases (up to 8), to tell in one pass which lists a text holds a phrase
    /// of (`matchedLists`). A phrase with an ASCII capital is left out: the text it is matched with is lowered,
    /// and so never holds it.
    init(lists: [[String]]) {
        var kept: [(scalars: [Unicode.Scalar], bit: UInt8)] = []
        var all: UInt8 = 0
        for (list, phrases) in lists.enumerated() {
            for phrase in phrases {
                let scalars = Array(phrase.unicodeScalars)
                guard !scalars.isEmpty else { continue }
                all |= 1 << UInt8(list)
                guard !scalars.contains(where: { $0.value &- 0x41 < 26 }) else { continue }
                kept.append((scalars, 1 << UInt8(list)))
            }
        }
        // Columns: 0 for every scalar no phrase holds, then one per distinct scalar, ASCII first by value.
        var folding = [UInt8](repeating: 0, count: 128)
        var exact = [UInt8](repeating: 0, count: 128)
        let held = Set(kept.flatMap { $0.scalars.map(\.value) })
        var next = 1
        for v in 0..<128 where held.contains(UInt32(v)) {
            exact[v] = UInt8(next)
            folding[v] = UInt8(next)
            next += 1
        }
        for v in 0x41...0x5A { folding[v] = folding[v + 32] }
        let others = held.filter { $0 >= 128 }.sorted()
        var otherColumns: [UInt8] = []
        var bits = [UInt64](repeating: 0, count: 1024 / 64)
        for v in others {
            otherColumns.append(UInt8(next))
            next += 1
            let low = Int(v & 1023)
            bits[low >> 6] |= 1 << UInt64(low & 63)
        }
        precondition(next <= 256, "phrase scalars fit a byte's columns")
        let columns = next
        func column(_ v: UInt32) -> Int {
            v < 128 ? Int(exact[Int(v)]) : Int(otherColumns[others.firstIndex(of: v)!])
        }
        // The trie of the phrases: node × `columns` + column → child (-1 none), and the lists ending at each node.
        var children = [Int](repeating: -1, count: columns)
        var endings: [UInt8] = [0]
        for (scalars, bit) in kept {
            var node = 0
            for s in scalars {
                let slot = node * columns + column(s.value)
                if children[slot] < 0 {
                    children[slot] = endings.count
                    children.append(contentsOf: repeatElement(-1, count: columns))
                    endings.append(0)
                }
                node = children[slot]
            }
            endings[node] |= bit
        }
        let nodes = endings.count
        precondition(nodes <= Int(UInt16.max), "phrase states fit 16 bits")
        // Breadth first: a node's fallback (the longest proper suffix of its phrase that is a trie node) is met
        // before the node, so its steps and endings are complete when the node takes them over.
        var steps = [UInt16](repeating: 0, count: nodes * columns)
        var fallback = [Int](repeating: 0, count: nodes)
        var queue: [Int] = []
        queue.reserveCapacity(nodes)
        for c in 0..<columns where children[c] > 0 {
            steps[c] = UInt16(children[c])
            queue.append(children[c])
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            endings[node] |= endings[fallback[node]]
            for c in 0..<columns {
                let child = children[node * columns + c]
                if child > 0 {
                    fallback[child] = Int(steps[fallback[node] * columns + c])
                    steps[node * columns + c] = UInt16(child)
                    queue.append(child)
                } else {
                    steps[node * columns + c] = steps[fallback[node] * columns + c]
                }
            }
        }
        foldingASCII = folding
        exactASCII = exact
        otherScalars = others
        self.otherColumns = otherColumns
        otherBits = bits
        self.columns = columns
        self.steps = steps
        self.endings = endings
        allLists = all
    }

    /// The column of a scalar outside ASCII (0 for one no phrase holds).
    @inline(__always)
    private func otherColumn(_ v: UInt32) -> Int {
        let low = Int(v & 1023)
        guard otherBits[low >> 6] & (1 << UInt64(low & 63)) != 0 else { return 0 }
        var lo = 0
        var hi = otherScalars.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if otherScalars[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < otherScalars.count && otherScalars[lo] == v ? Int(otherColumns[lo]) : 0
    }

    /// Which of the lists (bit k for list k), among those `wanted`, `lowered` (already lowercased) holds a phrase
    /// of: for each list, exactly whether a matcher of that list alone `matches`, since a text holds a list's
    /// phrase wherever it is found, whatever the other lists hold. With `lowersASCII`, `lowered` is a text whose
    /// only capitals are ASCII, lowered here as each scalar is read: `lowered(text)` maps such a text one scalar
    /// for one, so the answer is the one for `lowered(text)`, without building it.
    func matchedLists(_ lowered: [Unicode.Scalar], wanted: UInt8, lowersASCII: Bool = false) -> UInt8 {
        let wanted = wanted & allLists
        guard wanted != 0 else { return 0 }
        let ascii = lowersASCII ? foldingASCII : exactASCII
        return lowered.withUnsafeBufferPointer { text in
            steps.withUnsafeBufferPointer { steps in
                ascii.withUnsafeBufferPointer { ascii in
                    var found: UInt8 = 0
                    var state = 0
                    for s in text {
                        let v = s.value
                        let column = v < 128 ? Int(ascii[Int(v)]) : otherColumn(v)
                        state = Int(steps[state &* columns &+ column])
                        let ending = endings[state] & wanted
                        if ending != 0 {
                            found |= ending
                            if found == wanted { return wanted }
                        }
                    }
                    return found
                }
            }
        }
    }

    /// Whether `lowered` (already lowercased) contains one of the phrases.
    func matches(_ lowered: [Unicode.Scalar]) -> Bool {
        matchedLists(lowered, wanted: allLists) != 0
    }

    /// Lowercases for matching (ASCII fast path).
    static func lowered(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        ScalarClass.forEachScalar(in: text) { appendLowered($0, to: &out) }
        return out
    }

    /// Exactly `lowered(lines.joined(separator: "\n"))`, without building the joined text: lowering maps each
    /// scalar on its own.
    static func lowered(lines: [String]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        for (k, line) in lines.enumerated() {
            if k > 0 { out.append("\n") }
            ScalarClass.forEachScalar(in: line) { appendLowered($0, to: &out) }
        }
        return out
    }

    /// `lowered(text)` for a text already split into its scalars.
    static func lowered(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for s in scalars { appendLowered(s, to: &out) }
        return out
    }

    @inline(__always)
    private static func appendLowered(_ s: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        if s.value < 0x80 {
            out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(UInt8(s.value + 32)) : s)
        } else if ScalarClass.isUppercase(s) {
            out.append(contentsOf: String(s).lowercased().unicodeScalars)
        } else {
            out.append(s)
        }
    }
}

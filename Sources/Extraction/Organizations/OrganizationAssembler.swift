/// Turns resolved token spans into `FoundOrganization`s: mention texts and offsets, the fullest name,
/// the canonical key, aliases and salience.
struct OrganizationAssembler {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Whether the text has regions (then region 0 is the title); without, the first line counts as title.
    let hasRegions: Bool
    let emitsDefiniteDescriptions: Bool

    func assemble(_ outcome: DocumentResolver.Outcome) -> [FoundOrganization] {
        // The mentions by organization, organizations in the order of their first mention and each one's mentions in
        // text order, as slices of one array sorted by counting: a dictionary of arrays hashed each mention's group
        // twice and grew an array per organization. A group is a token index's root, so at least 0.
        let mentions = outcome.mentions
        var bound = 0
        for m in mentions { bound = max(bound, m.group + 1) }
        var slotOfGroup = [Int](repeating: -1, count: bound)
        var order: [Int] = []
        var counts: [Int] = []
        for m in mentions {
            if slotOfGroup[m.group] < 0 {
                slotOfGroup[m.group] = order.count
                order.append(m.group)
                counts.append(0)
            }
            counts[slotOfGroup[m.group]] += 1
        }
        var starts: [Int] = []
        starts.reserveCapacity(counts.count)
        var total = 0
        for c in counts {
            starts.append(total)
            total += c
        }
        var ends = starts
        var grouped = mentions
        for m in mentions {
            let slot = slotOfGroup[m.group]
            grouped[ends[slot]] = m
            ends[slot] += 1
        }
        var references: [Int: [Int]] = [:]
        for r in outcome.definiteReferences { references[r.group, default: []].append(r.index) }

        // One organization per key: separately found spellings of one name merge here.
        var byKey: [String: Int] = [:]
        var orgs: [Draft] = []
        // Arrays below are sized before they are filled: grown an element at a time, each was copied as it grew.
        orgs.reserveCapacity(order.count)
        for (slot, g) in order.enumerated() {
            let spans = grouped[starts[slot]..<ends[slot]]
            let named = spans.max { a, b in
                let la = nameWeight(a)
                let lb = nameWeight(b)
                return la < lb || (la == lb && a.lo > b.lo)
            }!
            let name = display(named.lo, named.hi)
            let key = OrganizationKey.make(name)
            guard !key.isEmpty else { continue }
            var draft = Draft(name: name, key: key)
            draft.spans.reserveCapacity(spans.count)
            for s in spans { draft.spans.append((tokens[s.lo].start, spanEnd(s.hi))) }
            for r in references.isEmpty ? [] : references[g] ?? [] {
                draft.references.append((tokens[r].start, tokens[r].end))
            }
            if let k = byKey[key] {
                orgs[k].spans += draft.spans
                orgs[k].references += draft.references
            } else {
                byKey[key] = orgs.count
                orgs.append(draft)
            }
        }
        let titleEnd = titleBoundary()
        let maxCount = orgs.map { $0.spans.count + $0.references.count }.max() ?? 1
        var out: [FoundOrganization] = []
        out.reserveCapacity(orgs.count)
        for d in orgs {
            var spans = d.spans
            if emitsDefiniteDescriptions { spans += d.references }
            spans.sort { $0.0 < $1.0 }
            var mentions: [Mention] = []
            mentions.reserveCapacity(spans.count)
            var aliases: [String] = []
            // A few keys per organization: an array asks them more cheaply than a hashed set.
            var seenKeys: [String] = [d.key]
            for (s, e) in spans {
                mentions.append(Mention(start: s, end: e, text: text(s, e)))
            }
            // Without references the mentions are these spans in this order: their texts serve again.
            let texts =
                emitsDefiniteDescriptions
                ? d.spans.sorted(by: { $0.0 < $1.0 }).map { text($0.0, $0.1) } : mentions.map(\.text)
            var seenTexts: [String] = [d.name]
            for raw in texts {
                // A text met before (most mentions repeat the name) has a key already seen: not keyed again.
                if seenTexts.contains(raw) { continue }
                seenTexts.append(raw)
                let form = normalizedSpace(raw)
                let k = OrganizationKey.make(form)
                if !seenKeys.contains(k) {
                    seenKeys.append(k)
                    aliases.append(form)
                }
            }
            let first = min(d.spans.map(\.0).min() ?? 0, d.references.map(\.0).min() ?? Int.max)
            let count = d.spans.count + d.references.count
            let inTitle = d.spans.contains { $0.0 < titleEnd }
            out.append(
                FoundOrganization(
                    name: d.name, key: d.key, aliases: aliases, mentions: mentions,
                    salience: salience(count: count, maxCount: maxCount, first: first, inTitle: inTitle)))
        }
        out.sort { a, b in
            a.salience != b.salience
                ? a.salience > b.salience : (a.mentions.first?.start ?? 0) < (b.mentions.first?.start ?? 0)
        }
        return out
    }

    /// End offset of a span ending before token `hi`. A legal suffix's dot that also ends the sentence
    /// ("… bought Acme Corp. The deal …") is left out; at a paragraph's end it stays ("Ceres Robotics Inc.").
    private func spanEnd(_ hi: Int) -> Int {
        let last = tokens[hi - 1]
        guard last.isLegalSuffix, last.text.hasSuffix("."), hi < tokens.count else { return last.end }
        let next = tokens[hi]
        if next.newlinesBefore == 0 && next.spaceBefore && next.isCapitalized && next.sentenceStart == false
            && next.region == last.region
        {
            return last.end - 1
        }
        return last.end
    }

    /// How full a name a span is: its words without connectors; a lone acronym counts least.
    private func nameWeight(_ m: DocumentResolver.Resolved) -> Int {
        if m.hi - m.lo == 1 && tokens[m.lo].isAllCaps && m.evidence == .definition { return 0 }
        var count = 0
        for k in m.lo..<m.hi where !tokens[k].isConnector && tokens[k].text != "the" { count += 1 }
        return count
    }

    private struct Draft {
        var name: String
        var key: String
        var spans: [(Int, Int)] = []
        var references: [(Int, Int)] = []
    }

    /// Salience: half from how often the organization is named (relative to the most named one), three
    /// tenths from how early it is first named, one fifth from being named in the title.
    private func salience(count: Int, maxCount: Int, first: Int, inTitle: Bool) -> Double {
        let frequency = Double(count) / Double(max(maxCount, 1))
        let length = Double(max(scalars.count, 1))
        let earliness = 1 - min(Double(first) / length, 1)
        let value = 0.5 * frequency + 0.3 * earliness + (inTitle ? 0.2 : 0)
        return (min(max(value, 0), 1) * 1000).rounded() / 1000
    }

    /// End offset of the title: region 0 when regions are given, else the first line of the text.
    private func titleBoundary() -> Int {
        if hasRegions {
            // By index: `last(where:)` copied every token of the body on its way back to the title.
            var k = tokens.count - 1
            while k >= 0 && tokens[k].region != 0 { k -= 1 }
            return k >= 0 ? tokens[k].end : 0
        }
        guard let first = tokens.first else { return 0 }
        var end = first.end
        for t in tokens.dropFirst() {
            if t.newlinesBefore > 0 { break }
            end = t.end
        }
        return end
    }

    /// Written straight into UTF-8 storage: appending scalar by scalar to a `String` was a measurable share of
    /// the finder's time.
    private func text(_ s: Int, _ e: Int) -> String { Tokenizer.string(scalars, s..<e) }

    private func display(_ lo: Int, _ hi: Int) -> String { normalizedSpace(text(tokens[lo].start, spanEnd(hi))) }

    /// Line breaks and runs of spaces inside a wrapped name become one space.
    private func normalizedSpace(_ s: String) -> String {
        // Almost every name holds no line break or double space; a name without whitespace, or whose only
        // whitespace is single ASCII spaces between words, is already in normal form and is returned as is.
        if Self.isSpaceNormal(s) { return s }
        return Self.collapsingSpaces(s)
    }

    /// `normalizedSpace` of a name that needs it, out of line: its Unicode property test, inlined, set up the
    /// property tables in the prologue of every call, even for the names returned as they are.
    @inline(never) private static func collapsingSpaces(_ s: String) -> String {
        var out = ""
        var space = false
        for c in s.unicodeScalars {
            if c.properties.isWhitespace {
                space = true
            } else {
                if space && !out.isEmpty { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// ASCII only, no whitespace but single spaces, none at either end: `normalizedSpace` would return it unchanged.
    private static func isSpaceNormal(_ s: String) -> Bool {
        Token.withBytes(s) { b in
            var previousSpace = true  // a leading space is not normal
            for byte in b {
                if byte >= 0x80 || (byte >= 9 && byte <= 13) { return false }
                let space = byte == UInt8(ascii: " ")
                if space && previousSpace { return false }
                previousSpace = space
            }
            return !previousSpace || b.isEmpty
        }
    }
}

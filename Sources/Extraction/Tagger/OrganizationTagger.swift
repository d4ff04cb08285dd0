/// A trained sequence tagger for entity spans (ORG, and the other types it was trained on), ready to run.
///
/// Two passes over a document: the first labels each sentence from local features; the second, when the model has
/// one, adds features saying how the first pass labelled the same words and names elsewhere in the document and
/// decodes again. Decode a tagger from model bytes once at start-up and share it: it is an immutable value.
public struct OrganizationTagger: Sendable {
    let labels: LabelSet
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    let first: WeightTable
    /// `(labels.count + 1) * labels.count`, row `labels.count` is the sentence start.
    let firstTransitions: [Float]
    let second: WeightTable?
    let secondTransitions: [Float]
    /// The second pass scores a label as `baseScale` × the first pass's score plus its own features' weights.
    let baseScale: Float
    /// Precomputed first-pass scores of the intrinsic features of common words (empty in models without them).
    let common: CommonWordScores
    /// Decoders with each pass's transitions already gathered (`Viterbi.prepare`), copied by every document.
    let firstDecoder: Viterbi
    let secondDecoder: Viterbi
    /// The first pass's rows of its class features, by value.
    let firstClassRows: ClassFeatureRows

    init(
        labels: LabelSet, lexicon: Lexicon, gazetteer: Gazetteer, first: WeightTable, firstTransitions: [Float],
        second: WeightTable?,
        secondTransitions: [Float], baseScale: Float = 1, common: CommonWordScores? = nil
    ) {
        self.common = common ?? .empty(labelCount: labels.count)
        self.baseScale = baseScale
        self.labels = labels
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.first = first
        self.firstTransitions = firstTransitions
        self.second = second
        self.secondTransitions = secondTransitions
        firstClassRows = ClassFeatureRows(first)
        firstDecoder = Self.decoder(firstTransitions, labels)
        secondDecoder = second == nil ? firstDecoder : Self.decoder(secondTransitions, labels)
    }

    private static func decoder(_ transitions: [Float], _ labels: LabelSet) -> Viterbi {
        var viterbi = Viterbi()
        transitions.withUnsafeBufferPointer { viterbi.prepare($0, labels) }
        return viterbi
    }

    /// Entity types the model knows ("ORG", "PER", …).
    public var entityTypes: [String] {
        labels.types.enumerated().compactMap { labels.begins[$0.offset] ? $0.element : nil }
    }

    /// Every entity span the model finds in `text`, ordered by start.
    public func entities(in text: String) -> [EntitySpan] {
        entities(in: ScalarText(text), evidence: RuleEvidence(text: text, regions: nil))
    }

    /// Every entity span the model finds in already-decoded text, ordered by start; with `regions`, only in those
    /// parts of the text (a page's title and body blocks): menus, bylines and footers are not read at all, neither
    /// as words to tag nor as the document-wide context of the second pass.
    func entities(in text: ScalarText, evidence: RuleEvidence, regions: [Range<Int>]? = nil) -> [EntitySpan] {
        let tokens = NewsTokenizer().tokens(in: text, regions: regions)
        let labels = tagTokens(tokens, in: text, evidence: evidence)
        return Self.spans(tokens: tokens, labels: labels, labelSet: self.labels)
    }

    /// Only the spans of one type.
    public func spans(of type: String, in text: String) -> [EntitySpan] {
        entities(in: text).filter { $0.label == type }
    }

    /// Label index of each token.
    func tagTokens(_ tokens: [NewsToken], in text: ScalarText, evidence: RuleEvidence) -> [Int] {
        let sentences = SentenceSplitter().sentences(tokens, in: text)
        let extractor = FeatureExtractor(bits: first.bits, lexicon: lexicon, gazetteer: gazetteer)
        var traits = extractor.traits(tokens, sentences, text)
        evidence.mark(&traits, tokens)
        var emissions = first.firstPassScores(
            extractor, traits, sentences, common: common, classRows: firstClassRows)
        var viterbi = firstDecoder
        let firstPass = Self.decode(
            sentences, emissions, firstTransitions, labels, &viterbi, tokens.count, prepared: true)
        guard let second else { return firstPass }
        let consistency = DocumentConsistency(bits: second.bits, labels: labels)
            .features(tokens, traits, firstPass, text)
        if baseScale != 1 { for k in emissions.indices { emissions[k] *= baseScale } }
        second.addScores(consistency, tokens: 0..<tokens.count, to: &emissions)
        viterbi.takeTransitions(of: secondDecoder)
        return Self.decode(sentences, emissions, secondTransitions, labels, &viterbi, tokens.count, prepared: true)
    }

    /// Viterbi over each sentence of document-wide emissions; `prepared` when `viterbi` already holds `transitions`.
    static func decode(
        _ sentences: [Range<Int>], _ emissions: [Float], _ transitions: [Float], _ labels: LabelSet,
        _ viterbi: inout Viterbi, _ count: Int, prepared: Bool = false
    ) -> [Int] {
        var result = [Int](repeating: 0, count: count)
        emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                result.withUnsafeMutableBufferPointer { result in
                    if !prepared { viterbi.prepare(tr, labels) }
                    viterbi.decodeSentences(e, sentences, transitions: tr, labels: labels, into: result.baseAddress!)
                }
            }
        }
        return result
    }

    /// Spans from BIO labels; an I without its B (never produced by Viterbi) starts a span. The open span keeps
    /// the label of its first token, and its type's name is only read when the span is written or an I- label
    /// may continue it (most tokens are O).
    static func spans(tokens: [NewsToken], labels: [Int], labelSet: LabelSet) -> [EntitySpan] {
        var out: [EntitySpan] = []
        var open: (start: Int, end: Int, label: Int)?
        for (k, y) in labels.enumerated() {
            if y != 0 && !labelSet.begins[y], let o = open, labelSet.types[o.label] == labelSet.types[y] {
                open = (o.start, tokens[k].end, o.label)
                continue
            }
            if let o = open { out.append(EntitySpan(start: o.start, end: o.end, label: labelSet.types[o.label])) }
            open = y == 0 ? nil : (tokens[k].start, tokens[k].end, y)
        }
        if let o = open { out.append(EntitySpan(start: o.start, end: o.end, label: labelSet.types[o.label])) }
        return out
    }
}

/// A labelled span of text, by Unicode-scalar offsets (end exclusive).
public struct EntitySpan: Sendable, Equatable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var label: String

    public init(start: Int, end: Int, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }
}

extension OrganizationTagger {
    /// What the model holds, for logs: labels, weight rows per pass, lexicon and gazetteer sizes.
    public var summary: String {
        var parts = [
            "labels \(labels.names.joined(separator: " "))",
            "first pass \(first.rowCount) rows (2^\(first.bits) buckets)",
        ]
        if let second { parts.append("second pass \(second.rowCount) rows") }
        parts.append("lexicon \(lexicon.common.count + lexicon.proper.count) words")
        parts.append("gazetteer \(gazetteer.keys.count) names")
        parts.append("common words \(common.hashes.count)")
        return parts.joined(separator: ", ")
    }
}

/// The first organization finder: rules over capitalisation, organization head words, a modest gazetteer,
/// acronym definitions and context, then article-level linking of repeats, short forms and acronyms.
///
/// See docs/organizations.md for the rules and their limits. Pure: no I/O, no clock, no shared state.
public struct RuleBasedOrganizationFinder: OrganizationFinder {
    /// Choices that change what counts as a mention.
    public struct Options: Sendable, Equatable {
        /// Emit "the council" (the span "council") as a mention when exactly one organization found has
        /// that head word. Off by default: annotation guidelines mark names only. Either way such
        /// references count towards salience.
        public var definiteDescriptionMentions = false

        public init(definiteDescriptionMentions: Bool = false) {
            self.definiteDescriptionMentions = definiteDescriptionMentions
        }
    }

    public var options: Options

    public init() { options = Options() }

    public init(options: Options) { self.options = options }

    static let gazetteer = NameLexicon(markedNames: KnownOrganizations.names + KnownOrganizations.more)
    static let gazetteerUpper = gazetteer.upperIndex()

    public func organizations(in text: String, regions: [Range<Int>]?) -> [FoundOrganization] {
        organizations(in: ScalarText.scalars(of: text), regions: regions)
    }

    /// The same, over text already decoded to scalars.
    func organizations(in scalars: [Unicode.Scalar], regions: [Range<Int>]?) -> [FoundOrganization] {
        let tokens = Tokenizer().tokens(in: scalars, regions: regions)
        guard !tokens.isEmpty else { return [] }
        var lowercaseWords = ArticleVocabulary(capacity: tokens.count / 2)
        // By index, reading two fields, rather than copying each token with its two strings.
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].isLowercase {
            lowercaseWords.insert(tokens[k].lower, asciiHash: tokens[k].lowerHash)
        }
        let scanner = CandidateScanner(
            tokens: tokens, gazetteer: Self.gazetteer, gazetteerUpper: Self.gazetteerUpper,
            lowercaseWords: lowercaseWords, placeLike: CandidateScanner.placeLikeRuns(tokens))
        let candidates = scanner.candidates()
        let surnames = personSurnames(candidates, scanner)
        var resolver = DocumentResolver(scanner: scanner)
        let teams = ResultsTable(tokens: tokens).teamSpans()
        let outcome = resolver.resolve(candidates, surnames: surnames, teams: teams)
        let assembler = OrganizationAssembler(
            scalars: scalars, tokens: tokens, hasRegions: regions != nil,
            emitsDefiniteDescriptions: options.definiteDescriptionMentions)
        return assembler.assemble(outcome)
    }

    /// "Ngozi Okonjo-Iweala, head of …", "Kwame Mensah, a spokesman for …", "Jane Roe, 45, …": a name
    /// followed by a role or an age is a person's.
    private func isIntroducedAsPerson(_ c: Candidate, _ tokens: [Token]) -> Bool {
        guard c.hi + 1 < tokens.count, tokens[c.hi].text == "," else { return false }
        // Read in place: a copy of the token would retain and release its two strings.
        let t = c.hi + 1
        if tokens[t].kind == .number && tokens[t].text.utf8.count <= 3 { return true }
        if tokens[t].isLowercase && tokens[t].isTitle { return true }
        if tokens[t].text == "a" || tokens[t].text == "an" || tokens[t].text == "the" {
            for k in c.hi + 2..<min(tokens.count, c.hi + 5) where tokens[k].isLowercase && tokens[k].isTitle {
                return true
            }
        }
        return false
    }

    /// Last words of spans read as people ("Zou" after "Jennifer Zou"), so they are not taken alone later. (In an
    /// `ArticleVocabulary`, which answers as a `Set<String>` would, from the tokens' lowercase hashes.)
    private func personSurnames(_ candidates: [Candidate], _ scanner: CandidateScanner) -> ArticleVocabulary {
        var out = ArticleVocabulary()
        let tokens = scanner.tokens
        for c in candidates where !c.isAccepted && c.hi - c.lo >= 2 {
            let afterTitle = c.lo > 0 && tokens[c.lo - 1].isTitle
            if PersonNames.given.contains(tokens[c.lo].lower, asciiHash: tokens[c.lo].lowerHash) || afterTitle
                || isIntroducedAsPerson(c, tokens)
            {
                out.insert(tokens[c.hi - 1].lower, asciiHash: tokens[c.hi - 1].lowerHash)
            }
        }
        return out
    }
}

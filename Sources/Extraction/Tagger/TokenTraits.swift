/// What the features need to know about one token, computed once per token: hashes of its forms and its classes.
struct TokenTraits {
    var exact: UInt64 = 0
    var lower: UInt64 = 0
    var shape: UInt64 = 0
    var shortShape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var length: Int = 0
    var capital: Capitalization = .other
    /// First token of its sentence (after opening quotes).
    var sentenceStart = false
    /// On a line whose letters are all capitals (a headline).
    var capsLine = false
    var keyword: KeywordClass = .none
    /// Capitalised elsewhere in the document, not at a sentence start or in a capitals line.
    var capitalElsewhere = false
    /// Lowercase elsewhere in the document.
    var lowerElsewhere = false
    var insideParentheses = false
    /// `Lexicon.classify` of the lowercase form.
    var lexical: UInt64 = 0
    /// Longest gazetteer name covering the token: category mask, and 16 when the token begins it, 32 when inside.
    var gazetteer: UInt64 = 0
    /// The rule-based finder's reading of the token (`RuleEvidence`): 0 outside its mentions, else begin (1) or
    /// inside (2), plus 4 when the rules' organization has more than one mention or an alias in the document.
    var rule: UInt64 = 0
    /// The number of the token's lowercase form among the document's distinct lowercase forms, in order of first
    /// appearance (`FeatureExtractor.traits`): the document-wide tallies by word count into arrays by this number
    /// instead of hashing `lower` into a table at every token.
    var lowerIndex: Int32 = 0
}

extension TokenTraits {
    /// What `FeatureExtractor.ownKey` folds with the spelling: everything the `own` features of
    /// `FeatureExtractor.contextFeatures` read besides it, each in its own bits (gazetteer masks take 7 bits, rule
    /// evidence 3). Two tokens with the same `exact` and the same flags have the same own features. A property, so
    /// that reading it through a buffer of traits loads these fields only instead of copying the whole value.
    @inline(__always) var ownFlags: UInt64 {
        (sentenceStart ? 1 : 0) | (capsLine ? 2 : 0) | (capitalElsewhere ? 4 : 0) | (lowerElsewhere ? 8 : 0)
            | (insideParentheses ? 16 : 0) | capital.rawValue << 5 | keyword.rawValue << 9 | lexical << 13
            | gazetteer << 16 | rule << 32
    }
}

enum Capitalization: UInt64 {
    case lower = 1, initial, allCaps, mixed, number, alphanumeric, punctuation, other
}

/// Generic cue words of English organization and person names (not fitted to any data set).
enum KeywordClass: UInt64 {
    case none = 0
    /// Heads of organization names: "Council", "Bank", "University".
    case organization
    /// Legal forms: "Inc", "Ltd", "GmbH".
    case legal
    /// Titles and roles before person names: "Mr", "President".
    case personTitle
    /// Lowercase connectors inside names: "of", "and", "&", "for", "de".
    case connector
}

enum Keywords {
    static let organization: Set<String> = [
        "council", "group", "agency", "authority", "ministry", "department", "university", "college", "school",
        "institute", "bank", "association", "commission", "committee", "union", "party", "club", "united", "fc",
        "federation", "foundation", "corporation", "company", "board", "bureau", "office", "organization",
        "organisation", "society", "trust", "fund", "exchange", "airlines", "airways", "motors", "industries",
        "holdings", "partners", "capital", "securities", "services", "systems", "technologies", "communications",
        "network", "press", "times", "news", "post", "journal", "court", "parliament", "senate", "congress",
        "assembly", "army", "police", "navy", "force", "forces", "league", "team", "center", "centre", "hospital",
        "church", "administration", "service", "reserve", "secretariat", "alliance", "front", "movement", "coalition",
        "network", "media", "energy", "oil", "petroleum", "pharmaceuticals", "labs", "laboratories", "bancorp",
        "insurance", "investments", "management", "group's", "city", "rovers", "wanderers", "athletic", "county",
        "sporting", "olympique", "real", "dynamo", "academy", "cooperative", "consortium", "unit", "division",
        "inc", "corp", "co", "ltd",
    ]

    static let legal: Set<String> = [
        "inc", "inc.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "sa", "s.a.", "nv", "n.v.", "bv", "spa", "s.p.a.",
        "corp", "corp.", "co", "co.", "lp", "llp", "ab", "asa", "oyj", "kk", "pty", "limited", "incorporated", "sarl",
        "se", "pte",
    ]

    static let personTitle: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "president", "minister",
        "chairman", "chief", "executive", "director", "spokesman", "spokeswoman", "secretary", "senator", "sen.",
        "rep.", "gov.", "governor", "judge", "coach", "manager", "king", "queen", "prince", "pope", "general",
        "gen.", "captain", "ceo", "founder",
    ]

    static let connector: Set<String> = ["of", "and", "&", "for", "de", "du", "der", "la", "le", "von", "van", "the"]

    /// Keyword class by the hash of the lowercased token (`FeatureHash.string`).
    /// (hash of the lowercased word, class), later lists winning.
    static let all: [(UInt64, KeywordClass)] = {
        var table: [(UInt64, KeywordClass)] = []
        for (words, kind) in [
            (connector, KeywordClass.connector), (personTitle, .personTitle), (organization, .organization),
            (legal, .legal),
        ] {
            for word in words.sorted() { table.append((FeatureHash.string(word), kind)) }
        }
        return table
    }()
}

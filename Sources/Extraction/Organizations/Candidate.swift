/// A span of tokens that may name an organization, with the evidence found for it.
struct Candidate: Sendable, Equatable {
    /// Why the span is (or may be) an organization.
    enum Evidence: Int, Sendable, Comparable {
        /// No evidence yet: a capitalised sequence waiting for context.
        case unknown
        /// An all-caps word waiting for a definition or context.
        case acronym
        /// Surrounding words ("shares of X", "X, a biotech company").
        case context
        /// Another name introduced by the article, repeated or shortened.
        case propagated
        /// Acronym defined in parentheses after a full name, or matching its initials.
        case definition
        /// "Johnson & Johnson".
        case ampersand
        /// Ends in an organization head word or a legal suffix.
        case head
        /// In the gazetteer of well-known organizations.
        case gazetteer

        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    /// First token index.
    var lo: Int
    /// Token index past the span.
    var hi: Int
    var evidence: Evidence
    /// The span was joined across "of"/"for" after a head word ("Export Center of the ... Agency").
    var hasComplement = false

    var isAccepted: Bool { evidence >= .context }
}

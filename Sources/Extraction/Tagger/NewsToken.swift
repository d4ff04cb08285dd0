/// One token of news text, located by Unicode-scalar offsets into the text it came from.
public struct NewsToken: Sendable, Equatable, Hashable {
    /// First scalar of the token.
    public var start: Int
    /// One past the last scalar (exclusive).
    public var end: Int
    /// Line breaks between the previous token and this one (0 on the same line; 2 or more at a paragraph break).
    public var newlinesBefore: Int
    /// Whether whitespace separates this token from the previous one.
    public var spaceBefore: Bool

    public init(start: Int, end: Int, newlinesBefore: Int = 0, spaceBefore: Bool = true) {
        self.start = start
        self.end = end
        self.newlinesBefore = newlinesBefore
        self.spaceBefore = spaceBefore
    }

    /// Number of scalars.
    public var length: Int { end - start }
}

/// Text prepared for tokenizing: its scalars, indexed by offset.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The text of `start..<end` as a String.
    public func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    public func string(of token: NewsToken) -> String { string(token.start, token.end) }
}

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
        scalars = Self.scalars(of: text)
    }

    /// Text already decoded (the combined finder decodes an article once for the rules and the tagger).
    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// `Array(text.unicodeScalars)`, decoded straight from the string's UTF-8 (which Swift keeps valid) in one
    /// pass: the standard way counts the scalars first and then copies them through the view, twice the work on
    /// every article.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                // Unicode.Scalar is a UInt32 value; writing the values directly avoids a failable init per scalar.
                let out = UnsafeMutableRawPointer(buffer.baseAddress!)
                var i = 0
                var n = 0
                let end = bytes.count
                let raw = UnsafeRawPointer(bytes.baseAddress!)
                while i < end {
                    // Eight ASCII bytes at a time (most news text is ASCII): widened to eight scalars in one step
                    // instead of a branch and a store per byte.
                    if i &+ 8 <= end {
                        let eight = raw.loadUnaligned(fromByteOffset: i, as: SIMD8<UInt8>.self)
                        if eight & SIMD8(repeating: 0x80) == SIMD8(repeating: 0) {
                            out.storeBytes(
                                of: SIMD8<UInt32>(truncatingIfNeeded: eight), toByteOffset: n &* 4,
                                as: SIMD8<UInt32>.self)
                            i &+= 8
                            n &+= 8
                            continue
                        }
                    }
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i &+= 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F)
                        i &+= 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F)
                        i &+= 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12 | UInt32(bytes[i &+ 2] & 0x3F) << 6
                        v |= UInt32(bytes[i &+ 3] & 0x3F)
                        i &+= 4
                    }
                    out.storeBytes(of: v, toByteOffset: n &* 4, as: UInt32.self)
                    n &+= 1
                }
                count = n
            }
        }
    }

    public var count: Int { scalars.count }

    /// The text of `start..<end` as a String.
    public func string(_ start: Int, _ end: Int) -> String { Tokenizer.string(scalars, start..<end) }

    public func string(of token: NewsToken) -> String { string(token.start, token.end) }
}

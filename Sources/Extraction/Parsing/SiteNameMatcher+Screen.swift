/// A cheap test run before `SiteNameMatcher.match` on an ASCII name: most names a page writes (menus, people,
/// places) cannot match the host, and `match` splits, squashes and tries every abbreviation of each.
///
/// Why a name it rules out never matches: `match` answers `.address` only when the lowercased name is the host;
/// every other answer takes the name's words, squashed to lowercase letters and digits (all of them, or all but a
/// leading "the"), and either joins them into the label, puts "the" before the join to make the label, or takes
/// from each word in order its initial, its first two letters, a prefix or the whole word to spell the label
/// (connectors may give nothing). Each of those spells the label with letters taken in order from "the" followed
/// by the name's squashed words, so a label that is not a subsequence of that string is matched by none of them.
/// On an ASCII name, with an ASCII host and labels, squashing keeps the bytes a-z and 0-9 of the lowercased name,
/// and words split at " " and "-" lose nothing to the join, so the string is built from the name's bytes alone.
struct HostScreen {
    private let host: [UInt8]
    private let labels: [[UInt8]]

    /// Nil when the host or a label is not ASCII: the screen's reasoning is on bytes.
    init?(_ url: PageURL) {
        guard ByteSearch.isASCII(url.host), url.siteLabels.allSatisfy(ByteSearch.isASCII) else { return nil }
        host = Array(url.host.utf8)
        labels = url.siteLabels.map { Array($0.utf8) }
    }

    /// Whether `name` is sure not to match (false for a name that is not ASCII: `match` decides). Read in passes
    /// over the name's bytes, without building its lowered and squashed copies.
    func rulesOut(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            if bytes.count == host.count && zip(bytes, host).allSatisfy({ Self.lowered($0) == $1 }) { return false }
            // Each label a subsequence of "the" followed by the name's lowered letters and digits?
            for label in labels {
                var k = 0
                for b: UInt8 in [0x74, 0x68, 0x65] where k < label.count && b == label[k] { k += 1 }
                for byte in bytes where k < label.count {
                    let b = Self.lowered(byte)
                    if ((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)) && b == label[k] { k += 1 }
                }
                if k == label.count { return false }
            }
            return true
        }
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }

    static func isSubsequence(_ label: [UInt8], of text: [UInt8]) -> Bool {
        var k = 0
        for b in text where k < label.count && b == label[k] { k += 1 }
        return k == label.count
    }
}

/// A cheap test run before `SiteNameMatcher.words` on a line: most short lines of a page hold no word that
/// `candidates` would consider, and splitting them into words costs more than the rest of the search.
///
/// Why a line it rules out gives no candidate: `candidates` starts a name only at a word holding a full stop, at a
/// word "The", or at a word whose first scalar is a capital or a digit that, lowered, is the first of a site label.
/// The line's words are its pieces between space bytes, trimmed, so their scalars are the line's: a word "The"
/// needs the bytes "The" (no scalar is canonically equivalent to "T", "h" or "e"), and a word opening with such a
/// capital or digit needs that scalar somewhere in the line, which is asked of every scalar of the line, ASCII by
/// its byte, any other as `candidates` asks it. A word keeps no full stop at its end (trailing ones are removed),
/// so a full stop inside it is followed by another byte of the word, neither a space (words end there) nor, for
/// the last stop of a run, another full stop. Names that go on past the first word are only built from a word
/// that started one. A line that is not ASCII is split at its space bytes only when every space stands alone as
/// a Character (`SiteNameMatcher.isPlainNeighbour`); else it is split by Characters, a piece may hold a space
/// byte, and the line is not ruled out.
struct CandidateLineScreen {
    /// For each ASCII byte, whether a word opening with it may start a name (a capital or digit of the initials).
    private let opens: [Bool]
    private let initials: Set<Unicode.Scalar>

    init(initials: Set<Unicode.Scalar>) {
        self.initials = initials
        opens = (0..<256).map { b in
            guard (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) else { return false }
            // Lowered as `candidates` lowers an ASCII capital: by its byte.
            let lower = b <= 0x5A && b >= 0x41 ? b + 32 : b
            return initials.contains(Unicode.Scalar(UInt8(lower)))
        }
    }

    /// Whether `text` is sure to start no name.
    func rulesOut(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b >= 0x80 {
                    let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    let value = SiteNameMatcher.scalar(at: i, in: bytes)
                    let spaced = (i > 0 && bytes[i - 1] == 0x20) || (i + width < n && bytes[i + width] == 0x20)
                    if spaced && !SiteNameMatcher.isPlainNeighbour(value) { return false }
                    if let scalar = Unicode.Scalar(value), opensName(scalar) { return false }
                    i += width
                    continue
                }
                if opens[Int(b)] { return false }
                if b == 0x2E, i + 1 < n, bytes[i + 1] != 0x20, bytes[i + 1] != 0x2E { return false }
                // "The": a capital T that is not an initial still opens the word "The".
                if b == 0x54, i + 2 < n, bytes[i + 1] == 0x68, bytes[i + 2] == 0x65 { return false }
                i += 1
            }
            return true
        }
    }

    /// Whether a word opening with `scalar` (not ASCII) may start a name, asked as `candidates` asks it: a capital
    /// whose lowercase opens with an initial (no scalar beyond ASCII is a digit to `ScalarClass`).
    private func opensName(_ scalar: Unicode.Scalar) -> Bool {
        // A caseless scalar (a curly quote, a dash, a bullet "□") is no capital: asked before Unicode's tables are.
        guard !ScalarClass.isCaseless(scalar), ScalarClass.isUppercase(scalar) || ScalarClass.isDigit(scalar) else {
            return false
        }
        guard let lower = ScalarClass.lowercased([scalar][...]).unicodeScalars.first else { return false }
        return initials.contains(lower)
    }
}

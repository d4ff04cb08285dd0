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

    /// Whether `name` is sure not to match (false for a name that is not ASCII: `match` decides).
    func rulesOut(_ name: String) -> Bool {
        guard ByteSearch.isASCII(name) else { return false }
        var lowered: [UInt8] = []
        lowered.reserveCapacity(name.utf8.count)
        var squashed: [UInt8] = [0x74, 0x68, 0x65]  // "the"
        squashed.reserveCapacity(name.utf8.count + 3)
        for byte in name.utf8 {
            let b = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            lowered.append(b)
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { squashed.append(b) }
        }
        if lowered == host { return false }
        return !labels.contains { Self.isSubsequence($0, of: squashed) }
    }

    static func isSubsequence(_ label: [UInt8], of text: [UInt8]) -> Bool {
        var k = 0
        for b in text where k < label.count && b == label[k] { k += 1 }
        return k == label.count
    }
}

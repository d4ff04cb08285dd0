import Foundation

/// What a page's address tells about the article when the client sends it: the site's host names (the publication
/// is usually named after its domain), a date in the path ("/2019/11/18/"), and the slug's words (which repeat
/// the headline). These are hints that choose between candidates the page itself shows; only the path's full date
/// is used as a value on its own, when the page shows no date at all.
struct PageURL: Sendable, Equatable {
    /// The host without "www." or "m.": "profootballtalk.nbcsports.com".
    var host: String
    /// Labels that may name the site, most specific first, without the public suffix or generic ones:
    /// "profootballtalk.nbcsports.com" → ["profootballtalk", "nbcsports"]; "www.express.co.uk" → ["express"].
    var siteLabels: [String]
    var year: Int?
    var month: Int?
    var day: Int?
    /// Lowercased words of the path's last meaningful segment, digits-only words left out.
    var slugWords: [String]

    /// Whether the path gives a full calendar day.
    var date: PublicationDate? {
        guard let year, let month, let day else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }

    static let schemeMark = Array("://".utf8)

    init?(_ raw: String) {
        let trimmed = LineShortcuts.trimmingWhitespace(raw)
        var rest = Substring(trimmed)
        // An ASCII address without "\r" (which joins "\n" into one Character) has a Character a byte: its host and
        // path are cut and split on the bytes, where Characters cost about 300 instructions each.
        let plain = ByteSearch.isASCII(trimmed) && !ByteSearch.holds(trimmed, byte: 0x0D)
        if ByteSearch.isASCII(trimmed) {
            // On ASCII text the first byte match is Foundation's first match, and it ends on a Character boundary.
            if let k = ByteSearch.firstIndex(of: Self.schemeMark, in: trimmed, foldingASCIICase: false) {
                rest = rest[rest.utf8.index(rest.startIndex, offsetBy: k + Self.schemeMark.count)...]
            }
        } else if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
        }
        let hostEnd =
            (plain
                ? rest.utf8.firstIndex(where: { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 })
                : rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" })) ?? rest.endIndex
        var host = rest[..<hostEnd].lowercased()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if let colon = host.firstIndex(of: ":") { host = String(host[..<colon]) }
        for prefix in ["www.", "m.", "amp.", "mobile."] where host.hasPrefix(prefix) {
            host = String(host.dropFirst(prefix.count))
        }
        var labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.host = host
        labels.removeLast()  // the top-level domain
        if labels.count >= 2, Self.secondLevelSuffixes.contains(labels.last!) { labels.removeLast() }
        siteLabels = labels.reversed().filter { !Self.genericLabels.contains($0) }.reversed()
        if siteLabels.isEmpty { siteLabels = [labels.last!] }

        let segments: [String]
        if plain {
            let path = rest[hostEnd...].utf8.prefix { $0 != 0x3F && $0 != 0x23 }
            segments = path.split(separator: 0x2F).map { String(decoding: $0, as: UTF8.self) }
        } else {
            let path = rest[hostEnd...].prefix { $0 != "?" && $0 != "#" }
            segments = path.split(separator: "/").map(String.init)
        }
        slugWords = []
        readDate(segments)
        if let slug = segments.reversed().first(where: { Self.words(of: $0).count >= 3 }) {
            slugWords = Self.words(of: slug)
        }
    }

    /// "/2019/11/18/", "/2019/11/", "/2019-11-18-title", "/20191118/".
    private mutating func readDate(_ segments: [String]) {
        func number(_ s: Substring) -> Int? { s.allSatisfy(\.isASCII) ? Int(s) : nil }
        for (i, segment) in segments.enumerated() {
            let seg = Substring(segment)
            if seg.count == 4, let y = number(seg), (1995...2100).contains(y) {
                guard i + 1 < segments.count, segments[i + 1].count <= 2, let m = Int(segments[i + 1]),
                    (1...12).contains(m)
                else { continue }
                (year, month) = (y, m)
                if i + 2 < segments.count, segments[i + 2].count <= 2, let d = Int(segments[i + 2]),
                    PublicationDate.isValid(year: y, month: m, day: d)
                {
                    day = d
                }
                return
            }
            let head = seg.prefix(10)
            let parts = head.split(separator: "-")
            if head.count == 10, parts.count == 3, let y = number(parts[0]), let m = number(parts[1]),
                let d = number(parts[2]), parts[0].count == 4, (1995...2100).contains(y),
                PublicationDate.isValid(year: y, month: m, day: d)
            {
                (year, month, day) = (y, m, d)
                return
            }
            if seg.count == 8, let all = number(seg) {
                let (y, m, d) = (all / 10000, all / 100 % 100, all % 100)
                if (1995...2100).contains(y), PublicationDate.isValid(year: y, month: m, day: d) {
                    (year, month, day) = (y, m, d)
                    return
                }
            }
        }
    }

    /// Lowercased letter runs of a path segment ("Nelson-s-OT-goal-lifts-Isles-14848099.php" → nelson, s, ot, …).
    static func words(of segment: String) -> [String] {
        // On ASCII (without "\r", which joins "\n" into one Character) Characters are bytes.
        if segment.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return asciiWords(of: segment) }
        var name = Substring(segment)
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 5 {
            name = name[..<dot]
        }
        var words: [String] = []
        // Lowered by `ScalarClass.lowercased` (`String.lowercased()`), each word built as UTF-8 bytes: the same
        // Strings as appending scalars to a `String.UnicodeScalarView`, without a String per scalar.
        var current: [UInt8] = []
        ScalarClass.forEachScalar(in: ScalarClass.lowercased(String(name))) { s in
            if ScalarClass.isLetter(s) || ScalarClass.isDigit(s) {
                UTF8.encode(s) { current.append($0) }
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words.filter { !$0.unicodeScalars.allSatisfy(ScalarClass.isDigit) }
    }

    /// `words(of:)` on the bytes of an ASCII segment.
    static func asciiWords(of segment: String) -> [String] {
        var bytes = Array(segment.utf8)
        if let dot = bytes.lastIndex(of: 0x2E), bytes.count - dot <= 5 { bytes.removeSubrange(dot...) }
        var words: [String] = []
        var start = 0
        var allDigits = true
        for k in 0...bytes.count {
            let b = k < bytes.count ? (bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] + 32 : bytes[k]) : 0x20
            let digit = b >= 0x30 && b <= 0x39
            if digit || (b >= 0x61 && b <= 0x7A) {
                if k < bytes.count { bytes[k] = b }
                allDigits = allDigits && digit
                continue
            }
            if k > start && !allDigits { words.append(String(decoding: bytes[start..<k], as: UTF8.self)) }
            start = k + 1
            allDigits = true
        }
        return words
    }

    /// Second-level labels under a country code ("co.uk", "com.au").
    static let secondLevelSuffixes: Set<String> = ["co", "com", "org", "net", "ac", "gov", "ne", "or", "edu"]
    /// Labels that say what part of a site this is, not whose it is.
    static let genericLabels: Set<String> = [
        "www", "m", "amp", "mobile", "news", "blog", "blogs", "english", "en", "edition", "international", "beta",
        // A company's press pages ("newsroom.veridianhealth.com", "press.acme.com", "investors.acme.com"): the
        // company is the site, its press room a part of it.
        "newsroom", "press", "pressroom", "mediaroom", "media", "investors", "ir",
    ]
}

/// The stops and joins that cut a byline's names (`BylineParser.names`), with the byte screens that spare most lines
/// Foundation's searches for them.
extension BylineParser {
    /// What follows the names in a byline: a date, a handle, a separator, a time.
    static let stops = [
        " | ", " - ", " – ", " — ", " • ", " · ", "@", " / ", "  ", "\t", " on ", " am ", " um ", " le ", " el ",
        " em ",
        "(",
    ]
    /// Stops that end the names only in lowercase: "el" and "le" before a date ("el 12 de marzo", "le 12 mars"),
    /// while "El" and "Le" are particles of names ("Maha El Dahan", "Marine Le Pen").
    static let lowercaseStops: Set<String> = [" le ", " el "]
    /// The ASCII stops as bytes; the others cannot occur in ASCII text.
    static let asciiStops = stops.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
    /// Whether each ASCII stop is matched in any case.
    static let asciiStopsFold = stops.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { !lowercaseStops.contains($0) }
    /// Each stop's bytes when a byte miss is final for it: ASCII stops without letters (no case to fold) and
    /// without ";" or "`"; nil for the others, always searched.
    static let stopScreens: [[UInt8]?] = stops.map { stop in
        stop.utf8.allSatisfy { $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && !ScalarClass.isASCIILetter(Unicode.Scalar($0)) }
            ? Array(stop.utf8) : nil
    }
    /// Each stop made of spaces and the letters a, e, l, m, n, o, u, opening and closing with a space (" on ",
    /// " am ", " um ", " le ", " el ", " em "), with its bytes and whether it is matched in any case; nil for the
    /// others. Text whose bytes lack the stop's (in any ASCII case, for a stop matched so) has no match of it in
    /// Foundation's search either: no other scalar is canonically equivalent to a space or one of these letters,
    /// and of the scalars outside ASCII only "ẚ" ("aʾ"), "ŉ" ("ʼn"), "ﬂ" and "ﬄ" ("fl", "ffl") case-fold to text
    /// holding one of them, each with a scalar outside the set beside that letter ("ʾ" after the "a", "ʼ" before
    /// the "n", "f" before the "l"), where such a stop has a space or one of its letters.
    static let letterStopScreens: [(bytes: [UInt8], anyCase: Bool)?] = stops.map { stop in
        let bytes = Array(stop.utf8)
        let allowed = Array(" aelmnou".utf8)
        guard bytes.count >= 3, bytes.first == 0x20, bytes.last == 0x20, bytes.allSatisfy(allowed.contains),
            bytes.contains(where: { $0 != 0x20 })
        else { return nil }
        return (bytes, !lowercaseStops.contains(stop))
    }
    /// Each stop outside ASCII (" – ", " — ", " • ", " · ") with the bytes of every text Foundation's search can
    /// match it in; nil for the ASCII stops. No scalar but the stop's own decomposes or case-folds to a space, an en
    /// or em dash or a bullet; the middle dot has one twin, the Greek ano teleia (U+0387), which decomposes to it.
    /// So a line holding none of these byte strings has no match, and most bylines outside ASCII hold none.
    static let wideStopScreens: [[[UInt8]]?] = stops.map { stop in
        guard stop.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        let twin = Array(
            String(String.UnicodeScalarView(stop.unicodeScalars.map { $0 == "\u{B7}" ? "\u{387}" : $0 })).utf8)
        // On bytes: as Strings the twin equals the stop, being canonically equivalent.
        return twin == Array(stop.utf8) ? [twin] : [Array(stop.utf8), twin]
    }
    /// Where the ASCII stops cut an ASCII line's names: each stop searched, in order, before the cut the ones
    /// before it made, the first match moving the cut to its start. Each stop's first match in the whole line is
    /// found in one pass (all stops open with a byte that is no letter, read at once); a stop then matches before
    /// the cut exactly when its first match ends by it, since any later match ends later.
    static func asciiStopsEnd(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        // The tables read once into locals: a static read in the loop checks its initialisation each time.
        let stops = asciiStops
        let folds = asciiStopsFold
        let leads = asciiStopLeads
        // -1: not found yet.
        var first = [Int](repeating: -1, count: stops.count)
        var open = stops.count
        var i = 0
        while i < line.count && open > 0 {
            let byte = line[i]
            if leads[Int(byte)] {
                for s in 0..<stops.count where first[s] < 0 && stops[s][0] == byte {
                    if opens(stops[s], at: i, in: line, folding: folds[s]) {
                        first[s] = i
                        open -= 1
                    }
                }
            }
            i += 1
        }
        var end = line.count
        for s in 0..<stops.count where first[s] >= 0 && first[s] + stops[s].count <= end { end = first[s] }
        return end
    }

    /// Whether `stop` starts at `i` in `line`, the line's capitals lowered when `folding`.
    private static func opens(_ stop: [UInt8], at i: Int, in line: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool {
        guard i + stop.count <= line.count else { return false }
        for k in 1..<stop.count {
            let byte = line[i + k]
            let folded = folding && byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            if folded != stop[k] { return false }
        }
        return true
    }

    /// For each byte, whether an ASCII stop opens with it.
    static let asciiStopLeads: [Bool] = (0..<256).map { byte in asciiStops.contains { $0[0] == UInt8(byte) } }
    static let associatedPress = Array("associated press".utf8)
    /// Each join's bytes when a byte miss is final for it (ASCII without "K", ";" or "`"), else nil.
    static let joinScreens: [[UInt8]?] = joins.map { join in
        join.utf8.allSatisfy { $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 } ? Array(join.utf8) : nil
    }
    static let semicolon = Array(";".utf8)
    static let greekQuestionMark = Array("\u{37E}".utf8)
    /// What joins two names, each read as a comma.
    static let joins = [" and ", " & ", " und ", " e ", " y ", " et ", " en ", " og ", " och ", ";"]
    static let asciiJoins = joins.map { (Array($0.utf8), Array(",".utf8)) }
}

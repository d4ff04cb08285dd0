/// The end-marker and comment tests of `BlockFeatures.finish` for a short line of ASCII scalars, on its lowered
/// bytes. `finish` lowered such a line into an array of scalars, made Strings of it and of its head, and compared
/// the head's bytes with the markers and openings (`isEndMarker`, `opensWithEndMarker`), about 2,000 instructions a
/// short line. An ASCII String is its own normal form, so a String comparison or prefix test of two ASCII Strings
/// is one of their bytes; the tests that need a String (a comment count, a comment signature, an opening with
/// bytes of no use) still get one, made from the same bytes.
extension BlockFeatures {
    /// `finish`'s tests after `cannotCloseStory`, for a line whose scalars are all ASCII (and so whose only
    /// capitals are ASCII: `finish`'s `copied` is nil and `lower` is `loweredASCIICapitals(scalars)`).
    mutating func closesStory(ascii scalars: [Unicode.Scalar], length: Int) {
        let n = scalars.count
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { buffer in
            for k in 0..<n {
                let v = UInt8(truncatingIfNeeded: scalars[k].value)
                buffer[k] = v &- 0x41 < 26 ? v + 32 : v
            }
            let lower = UnsafeBufferPointer(rebasing: buffer[0..<n])
            func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
            if length <= 20, let first = lower.first, first &- 0x30 < 10 {
                opensComments = Self.opensCommentThread(ascii: lower)
            }
            // `ScalarClass.string(lower.prefix(5)) == "tags:"`: ASCII Strings are equal when their bytes are.
            guard length <= 6 || (length <= 40 && lower.starts(with: Self.tagsBytes)) else { return }
            if lower.last == 0x3A { opensComments = opensComments || Self.signsComment(string(lower)) }
            var m = n
            while m > 0, lower[m - 1] == 0x3A || lower[m - 1] == 0x20 || lower[m - 1] == 0x2E { m -= 1 }
            let head = UnsafeBufferPointer(rebasing: lower[0..<m])
            guard Self.endMarkerLeads[Int(head.first ?? 0)] else {
                isEndMarker = false
                return
            }
            isEndMarker =
                Self.isEndMarker(asciiHead: head)
                || Self.opensWithEndMarker(asciiHead: head, orAbout: length <= 4)
            // `head.hasPrefix("most read from ")`, on the bytes of two ASCII Strings.
            if isEndMarker && head.starts(with: Self.mostReadFromBytes) { isEndMarker = false }
        }
    }

    /// `opensCommentThread(String(line))` of an ASCII line's bytes: its first two words at the spaces (what
    /// `LineShortcuts.split(_, at: 0x20, maxSplits: 2)` gives first), the first of digits alone (the only ASCII
    /// Characters that are numbers), the second a comment count's word.
    static func opensCommentThread(ascii line: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = line.count
        var i = 0
        while i < n && line[i] == 0x20 { i += 1 }
        let first = i
        while i < n && line[i] != 0x20 { i += 1 }
        guard i > first, line[first..<i].allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        while i < n && line[i] == 0x20 { i += 1 }
        let second = i
        while i < n && line[i] != 0x20 { i += 1 }
        guard i > second else { return false }
        return ParsingLexicon.commentCountWords.contains(
            String(decoding: UnsafeBufferPointer(rebasing: line[second..<i]), as: UTF8.self))
    }

    static let tagsBytes = Array("tags:".utf8)
    static let mostReadFromBytes = Array("most read from ".utf8)

    /// `isEndMarker(String(head), ascii: true)` of an ASCII head's bytes.
    static func isEndMarker(asciiHead head: UnsafeBufferPointer<UInt8>) -> Bool {
        guard foreignEndMarkersEqualNoASCII else {
            return endMarkers.contains(String(decoding: head, as: UTF8.self))
        }
        guard let first = head.first else { return endMarkers.contains("") }
        return asciiEndMarkersByLead[Int(first)].contains { $0.elementsEqual(head) }
    }

    /// `opensWithEndMarker(String(head), scalars: head.count, ascii: true, orAbout:)` of an ASCII head's bytes: an
    /// ASCII head has a scalar a byte. The String is made only for an opening its bytes cannot decide.
    static func opensWithEndMarker(asciiHead head: UnsafeBufferPointer<UInt8>, orAbout: Bool) -> Bool {
        func line() -> String { String(decoding: head, as: UTF8.self) }
        if orAbout, aboutPrefixes.contains(where: { $0.opens(asciiLine: head, line) }) { return true }
        return endMarkerOpeningsByLead[Int(head.first ?? 0)].contains { k in
            head.count < endMarkerOpenings[k].longest && endMarkerOpenings[k].opening.opens(asciiLine: head, line)
        }
    }
}

extension LineOpening {
    /// `opens(line(), bytes: bytes, ascii: true)` for an ASCII line's bytes, asking `line` for the String only
    /// where that test reads it.
    func opens(asciiLine bytes: UnsafeBufferPointer<UInt8>, _ line: () -> String) -> Bool {
        if foreign { return false }
        if let asciiBytes { return bytes.starts(with: asciiBytes) }
        if let plainBytes, !bytes.starts(with: plainBytes) { return false }
        return line().hasPrefix(text)
    }
}

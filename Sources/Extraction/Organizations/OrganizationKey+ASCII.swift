extension OrganizationKey {
    /// `make(name)` for a name written in ASCII (nearly every one), worked on its bytes: the same rules in the same
    /// order, without building a string per scalar and per word. Nil for any other name, which `make` handles.
    static func asciiKey(_ name: String) -> String? {
        if let key = name.utf8.withContiguousStorageIfAvailable({ asciiKey(bytes: $0) }) { return key }
        return Array(name.utf8).withUnsafeBufferPointer { asciiKey(bytes: $0) }
    }

    private static func asciiKey(bytes b: UnsafeBufferPointer<UInt8>) -> String? {
        for byte in b where byte >= 0x80 { return nil }
        @inline(__always) func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
        // `withoutPossessive`: trailing white space trimmed, then a final "'s" dropped from a name of several words.
        var end = b.count
        while end > 0 && isSpace(b[end - 1]) { end -= 1 }
        if end > 3, b[end - 1] == UInt8(ascii: "s") || b[end - 1] == UInt8(ascii: "S"),
            b[end - 2] == UInt8(ascii: "'"), b[0..<(end - 2)].contains(where: isSpace)
        {
            end -= 2
        }
        // Words: letters, digits and "&", lowercased; dots and apostrophes deleted; anything else separates.
        var letters = [UInt8]()
        letters.reserveCapacity(end)
        var words: [Range<Int>] = []
        var wordStart = 0
        for k in 0..<end {
            let c = b[k]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "'") { continue }
            let digit = c >= 48 && c <= 57
            let upper = c >= 65 && c <= 90
            let lower = c >= 97 && c <= 122
            if c == UInt8(ascii: "&") || digit || upper || lower {
                letters.append(upper ? c + 32 : c)
            } else if letters.count > wordStart {
                words.append(wordStart..<letters.count)
                wordStart = letters.count
            }
        }
        if letters.count > wordStart { words.append(wordStart..<letters.count) }
        func word(_ r: Range<Int>) -> String { String(decoding: letters[r], as: UTF8.self) }
        if words.count > 1 && letters[words[0]].elementsEqual("the".utf8) { words.removeFirst() }
        while words.count > 1, let last = words.last, legalSuffixes.contains(word(last)) {
            words.removeLast()
        }
        while words.count > 1, let last = words.last, letters[last].elementsEqual("&".utf8) {
            words.removeLast()
        }
        var size = 0
        for r in words { size += r.count }
        size += max(0, words.count - 1)
        return String(unsafeUninitializedCapacity: size) { out in
            var n = 0
            for (i, r) in words.enumerated() {
                if i > 0 {
                    out[n] = UInt8(ascii: " ")
                    n += 1
                }
                for k in r {
                    out[n] = letters[k]
                    n += 1
                }
            }
            return n
        }
    }
}

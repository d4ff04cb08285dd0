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
        // Words: letters, digits and "&", lowercased; dots and apostrophes deleted; anything else separates. Kept in
        // stack buffers: `letters` the words' bytes back to back, `bounds` where each word ends in it.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end + 1) { letters in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: end + 1) { bounds in
                var count = 0
                var words = 0
                for k in 0..<end {
                    let c = b[k]
                    if c == UInt8(ascii: ".") || c == UInt8(ascii: "'") { continue }
                    let upper = c >= 65 && c <= 90
                    if c == UInt8(ascii: "&") || (c >= 48 && c <= 57) || upper || (c >= 97 && c <= 122) {
                        letters[count] = upper ? c + 32 : c
                        count += 1
                    } else if count > (words == 0 ? 0 : bounds[words - 1]) {
                        bounds[words] = count
                        words += 1
                    }
                }
                if count > (words == 0 ? 0 : bounds[words - 1]) {
                    bounds[words] = count
                    words += 1
                }
                func start(_ w: Int) -> Int { w == 0 ? 0 : bounds[w - 1] }
                func word(_ w: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: UnsafeBufferPointer(letters)[start(w)..<bounds[w]])
                }
                var first = 0
                var last = words  // words first..<last are kept
                if last - first > 1 && word(first).elementsEqual("the".utf8) { first += 1 }
                while last - first > 1, legalSuffixWords.contains(String(decoding: word(last - 1), as: UTF8.self)) {
                    last -= 1
                }
                while last - first > 1, word(last - 1).elementsEqual("&".utf8) { last -= 1 }
                guard last > first else { return "" }
                // The kept words with one space between them.
                var size = 0
                for w in first..<last { size += bounds[w] - start(w) }
                size += last - first - 1
                return String(unsafeUninitializedCapacity: size) { out in
                    var n = 0
                    for w in first..<last {
                        if w > first {
                            out[n] = UInt8(ascii: " ")
                            n += 1
                        }
                        for k in start(w)..<bounds[w] {
                            out[n] = letters[k]
                            n += 1
                        }
                    }
                    return n
                }
            }
        }
    }

    /// `legalSuffixes` as a `WordSet`: the same answers, hashed more cheaply.
    private static let legalSuffixWords = WordSet(legalSuffixes)
}

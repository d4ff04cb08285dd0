/// Finds any of a fixed list of lowercase phrases in a text, on Unicode scalars (no Foundation search).
struct PhraseMatcher: Sendable {
    private let byFirst: [UInt32: [[Unicode.Scalar]]]

    init(_ phrases: [String]) {
        var table: [UInt32: [[Unicode.Scalar]]] = [:]
        for phrase in phrases {
            let scalars = Array(phrase.unicodeScalars)
            guard let first = scalars.first else { continue }
            table[first.value, default: []].append(scalars)
        }
        byFirst = table
    }

    /// Whether `lowered` (already lowercased) contains one of the phrases.
    func matches(_ lowered: [Unicode.Scalar]) -> Bool {
        let n = lowered.count
        for i in 0..<n {
            guard let candidates = byFirst[lowered[i].value] else { continue }
            for phrase in candidates where i + phrase.count <= n {
                var k = 1
                while k < phrase.count && lowered[i + k] == phrase[k] { k += 1 }
                if k == phrase.count { return true }
            }
        }
        return false
    }

    /// Lowercases for matching (ASCII fast path).
    static func lowered(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            if s.value < 0x80 {
                out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32)! : s)
            } else if s.properties.isUppercase {
                out.append(contentsOf: String(s).lowercased().unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return out
    }
}

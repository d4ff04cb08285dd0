/// Finds any of a fixed list of lowercase phrases in a text, on Unicode scalars (no Foundation search).
struct PhraseMatcher: Sendable {
    private let phrases: [[Unicode.Scalar]]
    /// Phrases opening with two ASCII scalars, by that pair (first × 128 + second): a text position is compared
    /// only with the phrases that open with its own two scalars, the only ones of them that can match there.
    /// Those of four scalars or more whose third and fourth are ASCII too are in `longByASCIIPair` instead.
    private let byASCIIPair: [[Int]]
    /// Phrases opening with four ASCII scalars, by their first two: compared only at a position whose four
    /// scalars have their bit in `openingQuads`.
    private let longByASCIIPair: [[Int]]
    /// One bit per pair that opens a phrase of `byASCIIPair`, and one per pair opening one of `longByASCIIPair`.
    private let shortPairs: [UInt64]
    private let longPairs: [UInt64]
    /// One bit per hash (`quadBit`) of the four ASCII scalars a phrase of `longByASCIIPair` opens with: about one
    /// text position in five opens with a phrase's pair, and most of them ("co", "re", "th") open no phrase's four
    /// scalars, which one bit test tells. A position whose quad's bit is clear opens none of those phrases.
    private let openingQuads: [UInt64]
    /// Phrases opening with an ASCII scalar that the pair cannot index (one scalar long, or a non-ASCII second),
    /// by that scalar.
    private let looseByFirst: [[Int]]
    /// Phrases opening with a non-ASCII scalar, by it.
    private let byOtherFirst: [UInt32: [Int]]
    /// One bit per pair of ASCII scalars that opens a phrase: most text positions are ruled out by one bit test.
    private let openingPairs: [UInt64]
    /// ASCII first scalars of the phrases in `looseByFirst`.
    private let looseFirst: [Bool]
    /// One bit per non-ASCII first scalar's low 10 bits, so most non-ASCII text skips the dictionary.
    private let otherFirstBits: [UInt64]
    /// For each phrase, the bit of the list it came from (see `init(lists:)`); the bits of all lists.
    private let listBits: [UInt8]
    private let allLists: UInt8

    init(_ phrases: [String]) {
        self.init(lists: [phrases])
    }

    /// One matcher over several lists of phrases (up to 8), to tell in one pass which lists a text holds a phrase
    /// of (`matchedLists`).
    init(lists: [[String]]) {
        var bits: [UInt8] = []
        var kept: [[Unicode.Scalar]] = []
        var byPair = [[Int]](repeating: [], count: 128 * 128)
        var longByPair = [[Int]](repeating: [], count: 128 * 128)
        var short = [UInt64](repeating: 0, count: 128 * 128 / 64)
        var long = [UInt64](repeating: 0, count: 128 * 128 / 64)
        var quads = [UInt64](repeating: 0, count: Self.quadBits / 64)
        var loosePhrases = [[Int]](repeating: [], count: 128)
        var other: [UInt32: [Int]] = [:]
        var pairs = [UInt64](repeating: 0, count: 128 * 128 / 64)
        var loose = [Bool](repeating: false, count: 128)
        var otherBits = [UInt64](repeating: 0, count: 1024 / 64)
        var all: UInt8 = 0
        for (list, phrases) in lists.enumerated() {
            for phrase in phrases {
                let scalars = Array(phrase.unicodeScalars)
                guard let first = scalars.first else { continue }
                let index = kept.count
                kept.append(scalars)
                bits.append(1 << UInt8(list))
                all |= 1 << UInt8(list)
                if first.value < 128 {
                    if scalars.count >= 2 && scalars[1].value < 128 {
                        let pair = Int(first.value) * 128 + Int(scalars[1].value)
                        pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                        if scalars.count >= 4 && scalars[2].value < 128 && scalars[3].value < 128 {
                            long[pair >> 6] |= 1 << UInt64(pair & 63)
                            longByPair[pair].append(index)
                            let quad = Self.quadBit(first.value, scalars[1].value, scalars[2].value, scalars[3].value)
                            quads[quad >> 6] |= 1 << UInt64(quad & 63)
                        } else {
                            short[pair >> 6] |= 1 << UInt64(pair & 63)
                            byPair[pair].append(index)
                        }
                    } else {
                        loose[Int(first.value)] = true
                        loosePhrases[Int(first.value)].append(index)
                    }
                } else {
                    other[first.value, default: []].append(index)
                    let low = Int(first.value & 1023)
                    otherBits[low >> 6] |= 1 << UInt64(low & 63)
                }
            }
        }
        self.phrases = kept
        listBits = bits
        allLists = all
        byASCIIPair = byPair
        longByASCIIPair = longByPair
        shortPairs = short
        longPairs = long
        openingQuads = quads
        looseByFirst = loosePhrases
        byOtherFirst = other
        openingPairs = pairs
        looseFirst = loose
        otherFirstBits = otherBits
    }

    /// Which of the lists (bit k for list k), among those `wanted`, `lowered` (already lowercased) holds a phrase
    /// of: for each list, exactly whether a matcher of that list alone `matches`, since a text holds a list's
    /// phrase wherever it is found, whatever the other lists hold. With `lowersASCII`, `lowered` is a text whose
    /// only capitals are ASCII, lowered here as each scalar is read: `lowered(text)` maps such a text one scalar
    /// for one, so the answer is the one for `lowered(text)`, without building it.
    func matchedLists(_ lowered: [Unicode.Scalar], wanted: UInt8, lowersASCII: Bool = false) -> UInt8 {
        let wanted = wanted & allLists
        guard wanted != 0 else { return 0 }
        return lowered.withUnsafeBufferPointer { text in
            @inline(__always) func at(_ k: Int) -> UInt32 {
                let v = text[k].value
                return lowersASCII && v &- 0x41 < 26 ? v + 32 : v
            }
            var found: UInt8 = 0
            let n = text.count
            // Whether one of `candidates` (phrases opening with the scalar at `i`) matches at `i` and completes
            // `wanted`.
            func completes(_ candidates: [Int], at i: Int) -> Bool {
                for index in candidates where listBits[index] & wanted & ~found != 0 {
                    let phrase = phrases[index]
                    guard i + phrase.count <= n else { continue }
                    var k = 1
                    while k < phrase.count && at(i + k) == phrase[k].value { k += 1 }
                    if k == phrase.count {
                        found |= listBits[index]
                        if found & wanted == wanted { return true }
                    }
                }
                return false
            }
            for i in 0..<n {
                let v = at(i)
                if v < 128 {
                    // A phrase opening with two ASCII scalars matches here only if they are this pair.
                    if i + 1 < n {
                        let next = at(i + 1)
                        if next < 128 {
                            let pair = Int(v) * 128 + Int(next)
                            let bit: UInt64 = 1 << UInt64(pair & 63)
                            if openingPairs[pair >> 6] & bit != 0 {
                                if shortPairs[pair >> 6] & bit != 0, completes(byASCIIPair[pair], at: i) {
                                    return wanted
                                }
                                // A long phrase fits only if the text goes on for its four ASCII scalars.
                                if longPairs[pair >> 6] & bit != 0, i + 3 < n {
                                    let third = at(i + 2)
                                    let fourth = at(i + 3)
                                    if third < 128, fourth < 128 {
                                        let quad = Self.quadBit(v, next, third, fourth)
                                        if openingQuads[quad >> 6] & (1 << UInt64(quad & 63)) != 0,
                                            completes(longByASCIIPair[pair], at: i)
                                        {
                                            return wanted
                                        }
                                    }
                                }
                            }
                        }
                    }
                    if looseFirst[Int(v)], completes(looseByFirst[Int(v)], at: i) { return wanted }
                } else {
                    let low = Int(v & 1023)
                    guard otherFirstBits[low >> 6] & (1 << UInt64(low & 63)) != 0, let listed = byOtherFirst[v] else {
                        continue
                    }
                    if completes(listed, at: i) { return wanted }
                }
            }
            return found & wanted
        }
    }

    /// Bits in `openingQuads`.
    static let quadBits = 1 << 16

    /// The bit of four ASCII scalars (values below 128) in `openingQuads`: their 28 bits mixed by one
    /// multiplication, the top 16 kept.
    @inline(__always)
    static func quadBit(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> Int {
        let key = a << 21 | b << 14 | c << 7 | d
        return Int((key &* 0x9E37_79B1) >> 16)
    }

    /// Whether `lowered` (already lowercased) contains one of the phrases.
    func matches(_ lowered: [Unicode.Scalar]) -> Bool {
        matchedLists(lowered, wanted: allLists) != 0
    }

    /// Lowercases for matching (ASCII fast path).
    static func lowered(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        ScalarClass.forEachScalar(in: text) { appendLowered($0, to: &out) }
        return out
    }

    /// Exactly `lowered(lines.joined(separator: "\n"))`, without building the joined text: lowering maps each
    /// scalar on its own.
    static func lowered(lines: [String]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        for (k, line) in lines.enumerated() {
            if k > 0 { out.append("\n") }
            ScalarClass.forEachScalar(in: line) { appendLowered($0, to: &out) }
        }
        return out
    }

    /// `lowered(text)` for a text already split into its scalars.
    static func lowered(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for s in scalars { appendLowered(s, to: &out) }
        return out
    }

    @inline(__always)
    private static func appendLowered(_ s: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        if s.value < 0x80 {
            out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(UInt8(s.value + 32)) : s)
        } else if ScalarClass.isUppercase(s) {
            out.append(contentsOf: String(s).lowercased().unicodeScalars)
        } else {
            out.append(s)
        }
    }
}

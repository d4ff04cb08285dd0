/// The words a byline writes around its names: the writer's role before the name or after it (with a rank, an
/// agency or a desk between), an agency glued after it, and a desk standing where a name would.
extension BylineParser {
    /// The role words naming a newsroom's desk rather than a person's post.
    static let deskWords: Set<String> = ["bureau", "desk"]

    /// "political reporter Tom Lowery" → "Tom Lowery", "Staff Writer Jane Doe" → "Jane Doe": the writer's role
    /// written between "By" and the name, in lowercase or as a rank and a role. The text as it is otherwise.
    static func droppingRoleBeforeName(_ rest: String) -> String {
        // `wordsAtSpaces` is this split at " " (on the space bytes when they are Characters of their own).
        let words = wordsAtSpaces(rest)
        guard words.count >= 3, let first = words.first?.unicodeScalars.first else { return rest }
        let lowercase = !ScalarClass.isUppercase(first)
        for k in 0..<min(4, words.count - 1) {
            let word = words[k].lowercased()
            if roleWords.contains(word) {
                // "Staff Writer": a role of two words.
                if roleWords.contains(words[k + 1].lowercased()) { continue }
                // A name of two capitalised words follows ("By Staff Reports" names nobody).
                let name = words[(k + 1)...]
                guard name.count >= 2,
                    name.prefix(2).allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false })
                else { return rest }
                return name.joined(separator: " ")
            }
            // Before the role: lowercase words ("political", "our"), or capitalised ranks ("Senior", "Staff").
            let isLowercase = words[k].unicodeScalars.first.map { !ScalarClass.isUppercase($0) } ?? false
            guard lowercase ? isLowercase && !particles.contains(word) : rankWords.contains(word) else {
                return rest
            }
        }
        return rest
    }

    /// The last words of the wire agencies' names ("press", "reuters", "ap"), lowered.
    static let agencyLastWords = Set(
        ParsingLexicon.wireAgencies.keys.compactMap { $0.split(separator: " ").last.map(String.init) })

    /// "Karen Lindqvist Associated Press" → ("Karen Lindqvist", "Associated Press"): a wire agency written right
    /// after a name of two words at least, as a byline box sets the writer's and the agency's links side by side.
    /// An agency's short name must be written in capitals ("AP", "PA"), not a surname's way.
    static func agencyAfterName(_ part: String) -> (String, String)? {
        // `part.split(separator: " ")`, cut at the space bytes where that is the same (`wordsAtSpaces`): the
        // Character split cost about 7,700 instructions a part.
        let words = wordsAtSpaces(part)
        // Most parts end in no agency's last word: asked before any tail is joined and lowered.
        guard words.count >= 3, let last = words.last, agencyLastWords.contains(last.lowercased()) else { return nil }
        for take in 1...min(3, words.count - 2) {
            let tail = words.suffix(take).joined(separator: " ")
            guard let named = ParsingLexicon.wireAgencies[tail.lowercased()] else { continue }
            let capitals = tail.unicodeScalars.filter { ScalarClass.isLetter($0) }.allSatisfy {
                ScalarClass.isUppercase($0)
            }
            guard tail.unicodeScalars.count > 4 || capitals,
                let initial = tail.unicodeScalars.first, ScalarClass.isUppercase(initial)
            else { continue }
            return (words.dropLast(take).joined(separator: " "), named)
        }
        return nil
    }

    /// The name in words that go on to an agency, a desk and a role: "CHRISTOPHER RUGABER AP Economics Writer" →
    /// (CHRISTOPHER RUGABER, Associated Press); "Jillian Ambrose Energy correspondent" → Jillian Ambrose. A name
    /// in capitals ends where the capitals do; otherwise a desk is one word, so the name is what comes before it
    /// when that leaves at least two words. Nil when no role word follows a name.
    static func nameBeforeRole(_ words: [String]) -> ([String], String?)? {
        guard let role = words.firstIndex(where: { roleWords.contains($0.lowercased()) }), role >= 2,
            // "TOI City Desk", "Metro Bureau": the words before a desk name the desk, not a person.
            !deskWords.contains(words[role].lowercased())
        else {
            return nil
        }
        var end = role
        var agency: String? = nil
        if let k = words[..<role].firstIndex(where: { ParsingLexicon.wireAgencies[$0.lowercased()] != nil }) {
            agency = ParsingLexicon.wireAgencies[words[k].lowercased()]
            end = k
        }
        func isCapitals(_ word: String) -> Bool {
            word.unicodeScalars.contains { ScalarClass.isLetter($0) }
                && !word.unicodeScalars.contains { ScalarClass.isLetter($0) && !ScalarClass.isUppercase($0) }
        }
        let capitals = words[..<end].prefix { isCapitals($0) }.count
        // "Jessica Elgot Deputy political editor": lowercase words of the role, then a rank, follow the name.
        var roleStart = end
        while roleStart > 2, let first = words[roleStart - 1].unicodeScalars.first, !ScalarClass.isUppercase(first) {
            roleStart -= 1
        }
        if capitals >= 2 && capitals < end {
            end = capitals
        } else if agency == nil && roleStart < end {
            end = roleStart
            if end >= 3 && Self.rankWords.contains(words[end - 1].lowercased()) { end -= 1 }
        } else if agency == nil && end >= 3 {
            end -= 1
        }
        // "JERUSALEM POST Staff": a publication's staff, no person.
        guard end >= 2, !ParsingLexicon.domainPublicationWords.contains(words[end - 1].lowercased()) else { return nil }
        return (Array(words[..<end]), agency)
    }

    /// Ranks written before a role ("Deputy political editor", "Senior reporter").
    static let rankWords: Set<String> = [
        "deputy", "senior", "chief", "assistant", "associate", "executive", "managing", "contributing", "special",
        "lead", "principal", "acting", "junior",
    ]
}

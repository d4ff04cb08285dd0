/// The words a fresh page's byline writes around its names: the writer's role before the name, an agency glued
/// after it, and a desk standing where a name would.
extension BylineParser {
    /// The role words naming a newsroom's desk rather than a person's post.
    static let deskWords: Set<String> = ["bureau", "desk"]

    /// "political reporter Tom Lowery" → "Tom Lowery", "Staff Writer Jane Doe" → "Jane Doe": the writer's role
    /// written between "By" and the name, in lowercase or as a rank and a role. The text as it is otherwise.
    static func droppingRoleBeforeName(_ rest: String) -> String {
        let words = rest.split(separator: " ")
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

    /// "Karen Lindqvist Associated Press" → ("Karen Lindqvist", "Associated Press"): a wire agency written right
    /// after a name of two words at least, as a byline box sets the writer's and the agency's links side by side.
    /// An agency's short name must be written in capitals ("AP", "PA"), not a surname's way.
    static func agencyAfterName(_ part: String) -> (String, String)? {
        let words = part.split(separator: " ")
        guard words.count >= 3 else { return nil }
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
}

/// Orders organizations by salience, computing it when the finder left it at 0.
enum OrganizationRanking {
    /// Salience from mention count, how early the first mention comes and presence in the title.
    static func rank(_ organizations: inout [FoundOrganization], titleRange: Range<Int>?, textLength: Int) {
        // Closures, not key paths: a key path here was read through the runtime's generic accessor on every call.
        let maxMentions = organizations.lazy.map { $0.mentions.count }.max() ?? 0
        for index in organizations.indices where organizations[index].salience == 0 {
            let org = organizations[index]
            guard !org.mentions.isEmpty else { continue }
            let frequency = Double(org.mentions.count) / Double(max(1, maxMentions))
            let first = org.mentions.lazy.map { $0.start }.min() ?? 0
            let position = textLength > 0 ? 1 - Double(first) / Double(textLength) : 0
            let inTitle = titleRange.map { range in org.mentions.contains { range.contains($0.start) } } ?? false
            let score = 0.5 * frequency + 0.3 * max(0, position) + (inTitle ? 0.2 : 0)
            organizations[index].salience = min(1, max(0.01, score))
        }
        organizations.sort { a, b in
            if a.salience != b.salience { return a.salience > b.salience }
            return (a.mentions.first?.start ?? .max) < (b.mentions.first?.start ?? .max)
        }
    }
}

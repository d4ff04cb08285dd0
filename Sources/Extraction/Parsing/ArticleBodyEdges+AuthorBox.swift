/// A blog or a columnist's page closes the story with a box about its author: the name on a line of its own
/// ("Carlos Nadalim", "Foto von Moritz Bachmann" under the portrait) and a paragraph about the person that names
/// them again ("Pulitzer Prize-winning journalist Michael Hiltzik writes a daily blog …"). The box is the page's,
/// not the story's. Only the byline's names are looked for, among the body's last blocks.
extension ArticleBodyEdges {
    /// How far from the body's end the author's name line may stand.
    static let authorBoxReach = 3
    /// Most words the paragraph about the author may hold.
    static let authorBoxWords = 150

    /// `body` without the box about its author that closes it, if there is one.
    static func withoutAuthorBox(
        _ body: [Int], blocks: [TextBlock], features: [BlockFeatures], authors: [String]
    ) -> [Int] {
        guard !authors.isEmpty, body.count >= 3 else { return body }
        for k in max(1, body.count - authorBoxReach)..<(body.count - 1) {
            let line = body[k]
            let about = body[k + 1]
            guard features[line].words <= 6, !features[line].endsSentence,
                features[about].words <= authorBoxWords, features[about].endsSentence,
                let author = authors.first(where: { blocks[line].text.hasSuffix($0) })
            else { continue }
            // The paragraph names the author again, in full or by surname.
            let surname = author.split(separator: " ").last.map(String.init) ?? author
            guard blocks[about].text.contains(surname) else { continue }
            return Array(body[..<k])
        }
        return body
    }
}

/// A blog's or newsletter's tagline, set under its name at the top of every page ("A blog about walking the hills",
/// "A newsletter on money and markets"): it says what the site is about and is never the story's headline.
extension TextMetadataReader {
    /// Whether block `i` is such a tagline: one of the page's first three lines, where the site's name and its
    /// description stand (further down, "A blog about grief …" may be a story's headline).
    func isSiteTagline(at i: Int) -> Bool { i <= 2 && Self.isSiteTagline(blocks[i].text) }

    /// Whether `text` opens as a site's description of itself: an indefinite article, the kind of site, then "about",
    /// "on" or "for" ("A blog about …", "A weekly newsletter on …"). A headline rarely opens so ("A blog post that …"
    /// has no such word after the kind).
    static func isSiteTagline(_ text: String) -> Bool {
        // Most lines open with another letter: no lowercased copy for them.
        guard let first = text.unicodeScalars.first, first == "A" || first == "a" else { return false }
        let words = ScalarClass.lowercased(text).split(separator: " ", maxSplits: 4)
        guard words.count >= 4, words[0] == "a" || words[0] == "an" else { return false }
        // "A blog about …", or with one word before the kind: "A weekly newsletter on …", "An occasional blog for …".
        for k in 1...2 where k + 1 < words.count && siteKinds.contains(String(words[k])) {
            return taglineLinks.contains(String(words[k + 1]))
        }
        return false
    }

    /// What a site calls itself in its tagline.
    static let siteKinds: Set<String> = ["blog", "newsletter", "podcast", "website"]
    /// The word after the kind that tells what the site covers.
    static let taglineLinks: Set<String> = ["about", "on", "for"]
}

/// Lines a site sets under a story, or between its paragraphs, to sell itself: an app ("Download the Courier News
/// App for the latest city news."), its live coverage ("Get Current Updates on India News … at the Times.", "Track
/// Latest News Live on …"), a newsletter platform's thanks ("Thanks for reading The Ledger! This post is public so
/// feel free to share it."), a bare "Sign up here." under a wire's newsletter box; and a pointer label closing
/// with a colon over a few headlines ("Read more from Sky News:" / two headlines). Each reads like a sentence, so
/// it weighed as the story's last paragraph; none is the story's.
extension BodySelector {
    /// Whether a line of `words` words is one of the promotions above.
    static func isSitePromo(_ text: String, words: Int) -> Bool {
        guard words >= 3, words <= 30, let lead = text.utf8.first else { return false }
        switch lead | 0x20 {
        case 0x64:  // "Download … app …"
            return words <= 20 && ArticleBodyEdges.opensFolded(text, download)
                && foldedWords(text).contains { $0 == "app" || $0 == "apps" }
        case 0x67, 0x63, 0x74, 0x73:  // "Get", "Catch", "Track", "Stay" … the latest news
            if lead | 0x20 == 0x74, ArticleBodyEdges.opensFolded(text, thanksForReading) {
                return words <= 25 && newsletterThanks.contains { ByteSearch.containsFolded(text, $0) }
            }
            guard liveCoverageOpenings.contains(where: { ArticleBodyEdges.opensFolded(text, $0) }) else {
                return false
            }
            // The verb is an imperative addressed to the reader: what it asks for follows it ("Get Current
            // Updates on …", "Catch all the Latest News …", "Stay up to date …"), where a story's "Track officials
            // said …" goes on with its subject's words.
            let second = foldedWords(text).dropFirst().first ?? ""
            guard imperativeObjects.contains(second) else { return false }
            return liveCoveragePhrases.contains { ByteSearch.containsFolded(text, $0) }
        default:
            return false
        }
    }

    /// "Sign up here." alone on its line: the link to a wire's newsletter under its lead.
    static func isSignUpLink(_ text: String, words: Int) -> Bool {
        words == 3 && text.utf8.count <= 14 && labelKey(text) == "sign up here"
    }

    static let download = Array("download ".utf8)
    static let thanksForReading = Array("thanks for reading".utf8)
    /// What a newsletter platform's thanks goes on to say: the post may be shared, or the reader may subscribe.
    static let newsletterThanks = ["subscribe", "share it", "this post is public", "new posts"].map { Array($0.utf8) }
    static let liveCoverageOpenings = ["get ", "catch ", "track ", "stay "].map { Array($0.utf8) }
    static let imperativeObjects: Set<String> = ["all", "the", "latest", "current", "live", "breaking", "up"]
    static let liveCoveragePhrases = [
        "latest news", "news updates", "breaking news", "live updates", "current updates",
    ].map { Array($0.utf8) }

    /// The blocks of pointer lists: a label closing with a colon that opens like a "read also" label or "More
    /// from" ("Read more from Sky News:", "More from the Courier:"), then one to four headlines (see
    /// `isPointedHeadline`), then the story going on or the page ending. A label without its colon may head a box
    /// under the story, which the end markers handle.
    static func pointerListBlocks(_ texts: [String], _ features: [BlockFeatures]) -> [Int] {
        var found: [Int] = []
        for i in texts.indices where features[i].words >= 2 && features[i].words <= 8 && texts[i].utf8.last == 0x3A {
            guard pointerListLabels.contains(where: { ArticleBodyEdges.opensFolded(texts[i], $0) }) else { continue }
            var k = i + 1
            while k < texts.count, k - i <= 4, isPointedHeadline(texts[k], features[k]) { k += 1 }
            guard k > i + 1, k == texts.count || k - i <= 4 else { continue }
            found += Array(i..<k)
        }
        return found
    }

    static let pointerListLabels = ["read more", "more from", "read also", "also read", "see also", "more on "].map {
        Array($0.utf8)
    }
}

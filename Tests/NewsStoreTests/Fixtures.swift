import Foundation
import NewsStore

/// A store on a fresh temporary file; `remove()` closes it and deletes the directory.
final class TemporaryStore {
    let directory: URL
    let path: String
    let store: NewsStore

    init(readers: Int = 4) throws {
        directory = FileManager.default.temporaryDirectory.appending(path: "newsstore-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appending(path: "news.sqlite").path
        store = try NewsStore(path: path, readers: readers)
    }

    func remove() {
        store.close()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// A new article with defaults; `sha` defaults to a digest of the body so distinct bodies are distinct content.
func makeArticle(
    title: String? = "A title", body: String = "Some body text.", sha: String? = nil,
    organizations: [NewArticleOrganization] = []
) -> NewArticle {
    NewArticle(
        title: title, authors: ["Ada Writer", "Bo Reporter"], source: "Example News", url: "https://example.com/a",
        publishedAt: "2024-05-14", dateline: "GENEVA", body: body, text: (title ?? "") + "\n\n" + body,
        language: "en", wordCount: body.split(separator: " ").count,
        contentSHA256: sha ?? String(format: "%064x", abs(body.hashValue)) + body,
        contentFormat: "plainText", organizations: organizations)
}

/// A found organization with one mention per listed start offset.
func makeOrganization(
    _ name: String, key: String? = nil, aliases: [String] = [], salience: Double = 0.5, mentionsAt starts: [Int] = [0]
) -> NewArticleOrganization {
    NewArticleOrganization(
        name: name, key: key ?? name.lowercased(), aliases: aliases, salience: salience,
        mentions: starts.map { StoredMention(start: $0, end: $0 + name.unicodeScalars.count, text: name) })
}

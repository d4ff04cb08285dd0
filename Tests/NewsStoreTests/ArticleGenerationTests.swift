import Testing

@testable import NewsStore

/// The generation number lets the API keep rendered articles: it must advance whenever an article already stored
/// would read back differently, and only then.
@Suite struct ArticleGenerationTests {
    @Test func aNewArticleWithItsOwnOrganizationsLeavesTheGenerationAlone() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let before = store.articleGeneration
        _ = try store.insert(
            makeArticle(body: "Kestrel Biotech grows.", organizations: [makeOrganization("Kestrel Biotech")]))
        _ = try store.insert(batch: [makeArticle(body: "Norwick University hires.")])
        #expect(store.articleGeneration == before)
    }

    @Test func aNewAliasOfAKnownOrganizationAdvancesTheGeneration() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let first = try store.insert(
            makeArticle(
                body: "The China International Import Expo opened.",
                organizations: [makeOrganization("China International Import Expo")])
        ).article
        let before = store.articleGeneration
        _ = try store.insert(
            makeArticle(
                body: "The China International Import Expo (CIIE) closed.",
                organizations: [makeOrganization("China International Import Expo", aliases: ["CIIE"])]))
        #expect(store.articleGeneration != before)
        #expect(try store.article(id: first.id)?.organizations.first?.aliases == ["CIIE"])
    }

    @Test func aBatchThatAddsAnAliasOrADeletionAdvancesTheGeneration() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let first = try store.insert(
            makeArticle(body: "Harbor Freight ships.", organizations: [makeOrganization("Harbor Freight")])
        ).article
        var generation = store.articleGeneration
        _ = try store.insert(batch: [
            makeArticle(
                body: "Harbor Freight (HF) ships more.",
                organizations: [makeOrganization("Harbor Freight", aliases: ["HF"])])
        ])
        #expect(store.articleGeneration != generation)
        generation = store.articleGeneration
        #expect(try store.deleteArticle(id: first.id))
        #expect(store.articleGeneration != generation)
        generation = store.articleGeneration
        #expect(try !store.deleteArticle(id: first.id))
        #expect(store.articleGeneration == generation)
    }
}

import Testing

@testable import NewsStore

@Suite struct OrganizationIdentityTests {
    /// A name known as an alias of two organizations goes to the one in more articles; on a tie, the older one.
    @Test func aSharedAliasGoesToTheMostCoveredThenTheOldestOrganization() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let alpha = try store.insert(
            makeArticle(body: "Alpha one.", organizations: [makeOrganization("Alpha Holdings", aliases: ["Shared"])])
        ).article.organizations[0].id
        let beta = try store.insert(
            makeArticle(body: "Beta one.", organizations: [makeOrganization("Beta Group", aliases: ["Shared"])])
        ).article.organizations[0].id
        let tie = try store.insert(
            makeArticle(body: "Shared, tied.", organizations: [makeOrganization("Shared", key: "shared one")])
        ).article
        #expect(tie.organizations.map(\.id) == [alpha], "equal coverage: the lowest id")
        _ = try store.insert(makeArticle(body: "Beta two.", organizations: [makeOrganization("Beta Group")]))
        _ = try store.insert(makeArticle(body: "Beta three.", organizations: [makeOrganization("Beta Group")]))
        let most = try store.insert(
            makeArticle(body: "Shared, again.", organizations: [makeOrganization("Shared", key: "shared two")])
        ).article
        #expect(most.organizations.map(\.id) == [beta], "more articles win")
    }

    @Test func anAliasInOneArticleIdentifiesTheOrganizationInAnother() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let a = try store.insert(
            makeArticle(
                body: "The China International Import Expo (CIIE) opened.",
                organizations: [makeOrganization("China International Import Expo", aliases: ["CIIE"])])
        ).article
        let b = try store.insert(
            makeArticle(body: "CIIE draws buyers.", organizations: [makeOrganization("CIIE", key: "ciie")])
        ).article
        let expo = a.organizations[0].id
        #expect(b.organizations.map(\.id) == [expo])
        #expect(b.organizations[0].name == "China International Import Expo", "the stored name is kept")
        #expect(b.organizations[0].aliases == ["CIIE"])
        let articles = try store.articles(organizationID: expo, query: nil, limit: 10, cursor: nil)
        #expect(articles.items.map(\.id) == [b.id, a.id])
        let summary = try #require(try store.organization(id: expo)?.summary)
        #expect(summary.articleCount == 2 && summary.mentionCount == 2)
    }

    @Test func theFullNameAsAnAliasFindsAnOrganizationFirstSeenByItsAcronym() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let a = try store.insert(
            makeArticle(body: "CIIE", organizations: [makeOrganization("CIIE", key: "ciie")])
        ).article
        let b = try store.insert(
            makeArticle(
                body: "Full", organizations: [makeOrganization("C.I.I.E.", key: "c i i e", aliases: ["CIIE"])])
        ).article
        #expect(b.organizations[0].id == a.organizations[0].id)
        #expect(b.organizations[0].aliases == [], "C.I.I.E. normalises to the stored name's key")
    }

    @Test func theNameFormIsRecordedAsAnAliasWhenItDiffers() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        _ = try store.insert(
            makeArticle(body: "One", organizations: [makeOrganization("Apple Inc.", key: "apple")]))
        let b = try store.insert(
            makeArticle(
                body: "Two",
                organizations: [makeOrganization("Apple", key: "apple"), makeOrganization("APPLE INC", key: "apple")])
        ).article
        #expect(b.organizations.count == 1, "two names of one organization in an article merge into one link")
        #expect(b.organizations[0].name == "Apple Inc.")
        #expect(b.organizations[0].aliases == ["Apple"])
        #expect(b.organizations[0].mentionCount == 2)
    }

    @Test func distinctKeysWithoutSharedNamesStayDistinct() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let a = try temporary.store.insert(
            makeArticle(body: "Two orgs", organizations: [makeOrganization("Acme"), makeOrganization("Globex")])
        ).article
        #expect(Set(a.organizations.map(\.id)).count == 2)
    }

    @Test func normalisesNamesForMatching() {
        #expect(SearchText.key("  The  Bay-Area   Council!! ") == "the bay area council")
        #expect(SearchText.key("C.I.I.E.") == "ciie")
        #expect(SearchText.key("McDonald’s") == "mcdonalds")
        #expect(SearchText.key("AT&T") == "at t")
        #expect(SearchText.key("Société Générale") == "société générale")
        #expect(SearchText.key("!!!") == "")
    }

    /// ASCII names take a byte path; it gives the character path's key for every ASCII text (random strings over
    /// every ASCII byte, CR LF pairs included), and declines anything else.
    @Test func theASCIIKeyEqualsTheCharacterKey() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0...16, using: &generator)).map { _ in
                UInt8.random(in: 0...0x7F, using: &generator)
            }
            let text = String(decoding: bytes, as: UTF8.self) + (Bool.random(using: &generator) ? "\r\nA.b" : "")
            #expect(SearchText.asciiKey(text) == SearchText.characterKey(text), "\(bytes)")
        }
        #expect(SearchText.asciiKey("Société") == nil)
        #expect(SearchText.asciiKey("McDonald’s") == nil)
    }
}

import Testing

@testable import NewsStore

@Suite struct QueryTests {
    @Test func pagesThroughManyArticlesNewestFirstWithoutDuplicatesOrGaps() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ids: [Int64] = []
        for index in 0..<23 {
            let organizations = index % 2 == 0 ? [makeOrganization("Even Org")] : []
            ids.append(
                try temporary.store.insert(makeArticle(body: "Article \(index)", organizations: organizations)).article
                    .id)
        }
        var seen: [Int64] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = try temporary.store.articles(organizationID: nil, query: nil, limit: 5, cursor: cursor)
            #expect(page.items.count <= 5)
            seen += page.items.map(\.id)
            cursor = page.nextCursor
            pages += 1
        } while cursor != nil
        #expect(seen == ids.reversed())
        #expect(pages == 5)

        let first = try #require(
            try temporary.store.articles(organizationID: nil, query: nil, limit: 1, cursor: nil).items.first)
        #expect(first.authors == ["Ada Writer", "Bo Reporter"] && first.organizationCount == 1)
        #expect(first.source == "Example News" && first.publishedAt == "2024-05-14" && first.wordCount == 2)

        let even = try #require(try temporary.store.organizations(query: "even", limit: 1, cursor: nil).items.first)
        seen = []
        cursor = nil
        repeat {
            let page = try temporary.store.articles(organizationID: even.id, query: nil, limit: 4, cursor: cursor)
            seen += page.items.map(\.id)
            cursor = page.nextCursor
        } while cursor != nil
        #expect(seen == ids.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).reversed())

        let exact = try temporary.store.articles(organizationID: nil, query: nil, limit: 23, cursor: nil)
        #expect(exact.items.count == 23 && exact.nextCursor == nil, "no cursor when nothing follows")
    }

    @Test func articlesArrivingBetweenPagesNeitherRepeatNorShiftTheNextPage() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let ids = try (0..<6).map { try store.insert(makeArticle(body: "Old \($0)")).article.id }
        let first = try store.articles(organizationID: nil, query: nil, limit: 3, cursor: nil)
        _ = try store.insert(makeArticle(body: "New arrival"))
        let second = try store.articles(organizationID: nil, query: nil, limit: 3, cursor: first.nextCursor)
        #expect(first.items.map(\.id) + second.items.map(\.id) == ids.reversed())
    }

    @Test func refusesCursorsItDidNotIssue() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        for index in 0..<3 {
            _ = try store.insert(makeArticle(body: "Body \(index)", organizations: [makeOrganization("Org \(index)")]))
        }
        let organizationCursor = try #require(try store.organizations(query: nil, limit: 1, cursor: nil).nextCursor)
        let articleCursor = try #require(
            try store.articles(organizationID: nil, query: nil, limit: 1, cursor: nil).nextCursor)
        for bad in ["", "nonsense", "!!", "YTox=", "YTotMQ", organizationCursor] {
            #expect(throws: StoreError.self) {
                try store.articles(organizationID: nil, query: nil, limit: 5, cursor: bad)
            }
        }
        #expect(throws: StoreError.self) { try store.organizations(query: nil, limit: 5, cursor: articleCursor) }
        do {
            _ = try store.articles(organizationID: nil, query: nil, limit: 5, cursor: "garbage")
        } catch StoreError.invalidCursor(let cursor) {
            #expect(cursor == "garbage")
        }
    }

    @Test func findsArticlesByWordsInTitleOrBody() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let harbor = try store.insert(makeArticle(title: "Harbor expansion", body: "The port authority voted.")).article
        let zurich = try store.insert(makeArticle(title: "Banks", body: "Zürich banks report profits.")).article
        func search(_ query: String) throws -> [Int64] {
            try store.articles(organizationID: nil, query: query, limit: 10, cursor: nil).items.map(\.id)
        }
        #expect(try search("harbor") == [harbor.id])
        #expect(try search("PORT Authority") == [harbor.id])
        #expect(try search("zurich") == [zurich.id], "diacritics are folded")
        #expect(try search("port banks").isEmpty, "every word must match")
        #expect(try search("\"unbalanced AND (OR NEAR") == [])
        #expect(try search("!!!").isEmpty)
        _ = try store.deleteArticle(id: harbor.id)
        #expect(try search("harbor").isEmpty, "deleted articles leave the index")
    }

    @Test func combinesOrganizationAndTextFilters() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let a = try store.insert(makeArticle(body: "Acme builds rockets", organizations: [makeOrganization("Acme")]))
            .article
        _ = try store.insert(makeArticle(body: "Acme sells anvils", organizations: [makeOrganization("Acme")]))
        _ = try store.insert(makeArticle(body: "Globex builds rockets", organizations: [makeOrganization("Globex")]))
        let acme = a.organizations[0].id
        let page = try store.articles(organizationID: acme, query: "rockets", limit: 10, cursor: nil)
        #expect(page.items.map(\.id) == [a.id])
    }

    @Test func findsOrganizationsByNamePrefixOrAliasCaseInsensitively() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        _ = try store.insert(
            makeArticle(
                body: "One",
                organizations: [
                    makeOrganization("Bay Area Council"), makeOrganization("Bayer AG", key: "bayer"),
                    makeOrganization("China International Import Expo", aliases: ["C.I.I.E."]),
                ]))
        func names(_ query: String) throws -> Set<String> {
            Set(try store.organizations(query: query, limit: 10, cursor: nil).items.map(\.name))
        }
        #expect(try names("bay") == ["Bay Area Council", "Bayer AG"])
        #expect(try names("BAY AR") == ["Bay Area Council"])
        #expect(try names("council") == ["Bay Area Council"], "words anywhere in the name")
        #expect(try names("ciie") == ["China International Import Expo"], "the alias's normalised key")
        #expect(try names("import") == ["China International Import Expo"])
        #expect(try names("nothing like it").isEmpty)
        #expect(try names("*").isEmpty)
    }

    @Test func listsOrganizationsByArticleCountThenIdAcrossPages() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        // Org k appears in k articles (k = 1…6), plus ties at count 1.
        for article in 0..<6 {
            let organizations =
                (article..<6).map { makeOrganization("Org \($0)") } + [makeOrganization("Tie \(article)")]
            _ = try store.insert(makeArticle(body: "Article \(article)", organizations: organizations))
        }
        var seen: [OrganizationSummary] = []
        var cursor: String?
        repeat {
            let page = try store.organizations(query: nil, limit: 4, cursor: cursor)
            seen += page.items
            cursor = page.nextCursor
        } while cursor != nil
        #expect(seen.count == 12 && Set(seen.map(\.id)).count == 12)
        #expect(seen.prefix(6).map(\.name) == (0..<6).reversed().map { "Org \($0)" })
        #expect(seen.map(\.articleCount) == [6, 5, 4, 3, 2, 1, 1, 1, 1, 1, 1, 1])
        let ties = seen.dropFirst(5).map(\.id)
        #expect(ties == ties.sorted(), "ties ordered by id")
    }

    @Test func reportsOrganizationsMentionedInTheSameArticles() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let first = try store.insert(
            makeArticle(
                body: "1",
                organizations: [makeOrganization("Acme"), makeOrganization("Globex"), makeOrganization("Initech")])
        ).article
        _ = try store.insert(
            makeArticle(body: "2", organizations: [makeOrganization("Acme"), makeOrganization("Globex")]))
        _ = try store.insert(makeArticle(body: "3", organizations: [makeOrganization("Initech")]))
        let acme = first.organizations.first { $0.name == "Acme" }!.id
        let detail = try #require(try store.organization(id: acme))
        #expect(detail.summary.name == "Acme" && detail.summary.articleCount == 2)
        #expect(detail.coMentioned.map(\.organization.name) == ["Globex", "Initech"])
        #expect(detail.coMentioned.map(\.sharedArticles) == [2, 1])
        #expect(detail.coMentioned[1].organization.articleCount == 2)
        #expect(try store.organization(id: acme, related: 1)?.coMentioned.count == 1)
        #expect(try store.organization(id: acme, related: 0)?.coMentioned.isEmpty == true)
        #expect(try store.organization(id: 9999) == nil)
    }
}

import Extraction
import HTTP
import Logging
import NewsService
import NewsStore

/// The API's routes, registered once and frozen into the responder the server serves.
public enum NewsRoutes {
    /// `articleCacheBytes`: room for rendered GET /articles/{id} answers (0 turns the cache off).
    public static func responder(service: NewsService, articleCacheBytes: Int = 64 << 20) -> Responder {
        var router = Router()
        let endpoints = Endpoints(service: service, articles: ArticleResponseCache(budgetBytes: articleCacheBytes))

        // The two constant answers never block: they run on the event loop, without a hand-off to a handler thread.
        let health = HTTPResponse.json(200, Array(#"{"status":"ok"}"#.utf8))
        router.add("GET", "/healthz", execution: .eventLoop) { _ in health }
        let openAPI = HTTPResponse.json(200, Array(OpenAPIDocument.json.utf8))
        router.add("GET", "/openapi.json", execution: .eventLoop) { _ in openAPI }
        router.add("POST", "/articles") { endpoints.handle($0, endpoints.createArticle) }
        router.add("POST", "/articles/batch") { endpoints.handle($0, endpoints.createArticles) }
        router.add("POST", "/extract") { endpoints.handle($0, endpoints.extract) }
        router.add("GET", "/articles") { endpoints.handle($0, endpoints.listArticles) }
        // A cached article is answered on the event loop; a miss reads and renders it on a handler thread.
        if articleCacheBytes > 0 {
            router.add("GET", "/articles/{id}", attempt: endpoints.cachedArticle) {
                endpoints.handle($0, endpoints.showArticle)
            }
        } else {
            router.add("GET", "/articles/{id}") { endpoints.handle($0, endpoints.showArticle) }
        }
        router.add("DELETE", "/articles/{id}") { endpoints.handle($0, endpoints.deleteArticle) }
        router.add("GET", "/organizations") { endpoints.handle($0, endpoints.listOrganizations) }
        router.add("GET", "/organizations/{id}") { endpoints.handle($0, endpoints.showOrganization) }
        router.add("GET", "/organizations/{id}/articles") { endpoints.handle($0, endpoints.organizationArticles) }
        return router.freeze()
    }

    static func json(
        _ status: Int, headers extra: [(String, String)] = [], capacity: Int = 1024, _ body: (inout JSONWriter) -> Void
    ) -> HTTPResponse {
        var writer = JSONWriter(capacity: capacity)
        body(&writer)
        var headers = HTTPHeaders(extra)
        headers.set("Content-Type", "application/json")
        return HTTPResponse(status: status, headers: headers, body: writer.bytes)
    }
}

/// The handlers behind each route; each turns a request into a service call and its result into JSON.
struct Endpoints: Sendable {
    let service: NewsService
    let articles: ArticleResponseCache

    /// Runs a handler, answering its problems as application/problem+json.
    func handle(_ request: HTTPRequest, _ handler: (HTTPRequest) throws(Problem) -> HTTPResponse) -> HTTPResponse {
        do {
            return try handler(request)
        } catch {
            return error.response()
        }
    }

    func createArticle(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        let input = try ArticleSubmission.input(from: request)
        let wantsExplanation = try Self.wantsExplanation(request)
        let (article, created) = try serve { () throws(ServiceError) in try service.ingest(input) }
        // Provenance is not stored: asking for it analyses the content again (pure, so the same answer).
        let explain =
            wantsExplanation ? try serve { () throws(ServiceError) in try service.analyze(input) }.provenance : nil
        let location = "/articles/\(article.id)"
        return NewsRoutes.json(
            created ? 201 : 200, headers: [(created ? "Location" : "Content-Location", location)],
            capacity: article.estimatedJSONBytes
        ) { $0.article(article, explain: explain) }
    }

    func createArticles(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        let inputs = try ArticleSubmission.batchInputs(from: request)
        let results = try serve { () throws(ServiceError) in try service.ingest(batch: inputs) }
        let created = results.filter(\.created).count
        return NewsRoutes.json(200) {
            $0.object { json in
                json.key("created")
                json.int(created)
                json.key("existing")
                json.int(results.count - created)
                json.key("articles")
                json.array(results) { json, result in
                    json.object { json in
                        json.key("id")
                        json.int(result.id)
                        json.key("created")
                        json.bool(result.created)
                    }
                }
            }
        }
    }

    func extract(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        let input = try ArticleSubmission.input(from: request)
        let explain = try Self.wantsExplanation(request)
        let analyzed = try serve { () throws(ServiceError) in try service.analyze(input) }
        return NewsRoutes.json(200) {
            $0.analysis(
                analyzed, contentSHA256: ContentFingerprint.sha256(of: analyzed.text),
                contentType: input.format.rawValue, explain: explain)
        }
    }

    /// `?explain=true` (or `1`); `false`, `0` or absent is no; anything else is a 400.
    static func wantsExplanation(_ request: HTTPRequest) throws(Problem) -> Bool {
        guard let raw = request.queryValue("explain") else { return false }
        switch raw.lowercased() {
        case "true", "1", "": return true
        case "false", "0": return false
        default:
            throw Problem(
                status: 400, title: "Invalid parameter", detail: "explain: \(raw.prefix(40)) is not true or false",
                type: Problem.kind("invalid-parameter"))
        }
    }

    func showArticle(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        let id = try resourceID(request, "article")
        // Read the generation first: if a write lands meanwhile, the entry is kept under the older number and
        // dropped at its next lookup.
        let generation = service.articleGeneration
        let article = try serve { () throws(ServiceError) in try service.article(id: id) }
        let response = NewsRoutes.json(200, capacity: article.estimatedJSONBytes) { $0.article(article) }
        articles.keep(id, json: response.body, generation: generation)
        return response
    }

    /// GET /articles/{id} from the cache, without blocking; nil on a miss.
    @Sendable func cachedArticle(_ request: HTTPRequest) -> HTTPResponse? {
        guard let id = request.pathParameters["id"].flatMap({ Int64($0) }), id > 0,
            let json = articles.cached(id, generation: service.articleGeneration)
        else { return nil }
        return HTTPResponse.json(200, json)
    }

    func deleteArticle(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        let id = try resourceID(request, "article")
        try serve { () throws(ServiceError) in try service.deleteArticle(id: id) }
        return HTTPResponse(status: 204)
    }

    func listArticles(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        try articlePage(request, organizationID: integerParameter(request, "organization"))
    }

    func listOrganizations(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        let limit = try integerParameter(request, "limit")
        let page = try serve { () throws(ServiceError) in
            try service.organizations(
                query: request.queryValue("q"), limit: limit.map(Int.init), cursor: request.queryValue("cursor"))
        }
        return NewsRoutes.json(200) { $0.page("organizations", page) { $0.organizationSummary($1) } }
    }

    func showOrganization(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        let id = try resourceID(request, "organization")
        let detail = try serve { () throws(ServiceError) in try service.organization(id: id) }
        return NewsRoutes.json(200) { $0.organizationDetail(detail) }
    }

    func organizationArticles(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        try articlePage(request, organizationID: resourceID(request, "organization"))
    }

    /// A page of article summaries, narrowed to one organization when `organizationID` is given; `q`, `limit` and
    /// `cursor` come from the query string.
    private func articlePage(_ request: HTTPRequest, organizationID: Int64?) throws(Problem) -> HTTPResponse {
        let limit = try integerParameter(request, "limit")
        let page = try serve { () throws(ServiceError) in
            try service.articles(
                organizationID: organizationID, query: request.queryValue("q"), limit: limit.map(Int.init),
                cursor: request.queryValue("cursor"))
        }
        return NewsRoutes.json(200) { $0.page("articles", page) { $0.articleSummary($1) } }
    }

    private func serve<T>(_ body: () throws(ServiceError) -> T) throws(Problem) -> T {
        do {
            return try body()
        } catch {
            throw Problem(error)
        }
    }

    /// The `{id}` path parameter; an id that cannot exist is simply not found.
    private func resourceID(_ request: HTTPRequest, _ resource: String) throws(Problem) -> Int64 {
        let raw = request.pathParameters["id"] ?? ""
        guard let id = Int64(raw), id > 0 else {
            throw Problem(
                status: 404, title: "Not Found", detail: "There is no \(resource) with id \(raw.prefix(40)).",
                type: Problem.kind("not-found"))
        }
        return id
    }

    private func integerParameter(_ request: HTTPRequest, _ name: String) throws(Problem) -> Int64? {
        guard let raw = request.queryValue(name), !raw.isEmpty else { return nil }
        guard let value = Int64(raw) else {
            throw Problem(
                status: 400, title: "Invalid parameter", detail: "\(name): \(raw.prefix(40)) is not an integer",
                type: Problem.kind("invalid-parameter"))
        }
        return value
    }
}

extension StoredArticle {
    /// Room for the article's JSON, so that writing it does not grow the buffer step by step.
    var estimatedJSONBytes: Int { text.utf8.count + body.utf8.count + 2048 + organizations.count * 256 }
}

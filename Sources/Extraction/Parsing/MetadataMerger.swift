import Foundation

/// Merges what a reader sees on an HTML page with what its metadata claims. The visible text wins where both
/// speak (metadata often lies: site-name suffixes, UTC dates a day off, section names as site names); metadata fills
/// the gaps, and overrides a shown date in the shapes `mergeDate` names.
enum MetadataMerger {
    static func merge(
        _ page: PageMetadata, into parsed: inout ParsedArticle, visible: TextMetadataReader.Result,
        pageURL: PageURL? = nil
    ) {
        // Title: the visible headline if it matches a metadata title; otherwise the metadata headline, cleaned.
        let hints = page.titleHints
        let visibleTitle = visible.title.map(TextMetadataReader.normalised)
        let hinted = hints.map(TextMetadataReader.normalised)
        if visibleTitle == nil || !hinted.contains(where: { $0 == visibleTitle! }) {
            if let best = metadataTitle(page) {
                parsed.title = best
                let fromLD = page.ld.headline?.hasPrefix(best) == true
                parsed.record(
                    FieldOrigin(field: "title", place: fromLD ? .jsonLD : .meta, detail: fromLD ? "headline" : "title"))
            }
        }
        // Authors: a visible byline, else JSON-LD persons, else <meta name=author>. Metadata often puts the site's
        // name there, so a metadata author must have two words and must not be a name the site goes by.
        if parsed.authors.isEmpty {
            let declared = [page.meta["og:site_name"], page.ld.publisher, page.meta["application-name"]]
                .compactMap { $0?.lowercased() }
            // A newsletter's copyright line names its writer ("© 2024 Grace Liu"), which the text reader takes for
            // the source: when the page declares its site's name, a source opening with a given name is a person.
            let textSource = parsed.source.map { $0.lowercased() }.flatMap { source in
                declared.isEmpty || !Self.opensWithGivenName(source) ? source : nil
            }
            let siteNames = declared + [textSource].compactMap { $0 }
            func isPerson(_ name: String) -> Bool {
                let words = name.split(separator: " ")
                let lower = name.lowercased()
                return words.count >= 2 && BylineParser().isPersonName(words)
                    && !siteNames.contains { $0.contains(lower) || lower.contains($0) }
            }
            let fromLD = page.ld.authors.filter(isPerson)
            if !fromLD.isEmpty {
                parsed.authors = fromLD
                parsed.record(FieldOrigin(field: "authors", place: .jsonLD, detail: "author"))
            } else if let metaAuthor = page.meta["author"] ?? page.meta["article:author"]
                ?? page.meta["parsely-author"],
                !metaAuthor.contains("/")
            {
                parsed.authors = BylineParser().names(in: metaAuthor, explicit: true).0.filter(isPerson)
                if !parsed.authors.isEmpty {
                    parsed.record(FieldOrigin(field: "authors", place: .meta, detail: "author"))
                }
            }
        }
        mergeDate(page, into: &parsed, visible: visible.published)
        // Source: the site name the page gives, else the publisher, else the title's suffix, else what the text says.
        let named = [page.meta["og:site_name"], page.meta["application-name"], page.ld.publisher]
            .compactMap { $0 }.compactMap(cleanSiteName)
        let suffix = page.documentTitle.flatMap(titleSuffix).flatMap(cleanSiteName)
        if let site = named.first {
            // Site names in metadata are often squashed ("detroitnews", "TheHill", "nj"): a spelling readers see
            // elsewhere on the page (title suffix, publisher, copyright) that squashes the same way wins.
            let seen = [suffix, page.ld.publisher, visible.source].compactMap { $0 }
            let key = squashed(site)
            let looksSquashed = !site.contains(" ")
            parsed.source =
                looksSquashed
                ? seen.first { squashed($0) == key || (key.count <= 4 && squashed($0) == key + "com") } ?? site : site
            var fromMeta = [page.meta["og:site_name"], page.meta["application-name"]].compactMap { $0 }.contains {
                cleanSiteName($0) == site
            }
            // A section in og:site_name ("Markets") gives way to the publisher when the title's suffix or the page's
            // own text names the publisher too: two places agree against one. Two forms of one name ("Slate" and
            // "Slate Magazine"; "WSJ" and "The Wall Street Journal") are not a disagreement.
            if fromMeta, let publisher = page.ld.publisher.flatMap(cleanSiteName), let current = parsed.source,
                current.count > 5 || current != current.uppercased(),
                !squashed(publisher).contains(squashed(current)), !squashed(current).contains(squashed(publisher)),
                [suffix, visible.source].compactMap({ $0 }).contains(where: { squashed($0) == squashed(publisher) })
            {
                parsed.source = publisher
                fromMeta = false
            }
            parsed.record(
                FieldOrigin(
                    field: "source", place: fromMeta ? .meta : .jsonLD, detail: fromMeta ? "site name" : "publisher"))
        } else if let suffix {
            parsed.source = suffix
            parsed.record(FieldOrigin(field: "source", place: .meta, detail: "title suffix"))
        }
        if let url = pageURL {
            // The names the metadata gives join those the page writes; the host chooses between them.
            let matcher = SiteNameMatcher(url: url)
            var candidates = visible.siteCandidates
            let metadataNames = [page.meta["og:site_name"], page.meta["application-name"], page.ld.publisher, suffix]
            for extra in matcher.candidates(in: [], features: [], extra: metadataNames.compactMap { $0 }) {
                if let k = candidates.firstIndex(where: { $0.name == extra.name }) {
                    candidates[k].weight += extra.weight
                    candidates[k].furniture += 1
                } else {
                    candidates.append(extra)
                }
            }
            let reconciled = matcher.reconcile(
                parsed.source, candidates: candidates, trusted: !named.isEmpty || suffix != nil)
            if reconciled != parsed.source {
                parsed.source = reconciled
                parsed.record(
                    FieldOrigin(
                        field: "source", place: .text, detail: "a name the page writes that matches the address's host")
                )
            }
        }
        if parsed.url == nil { parsed.url = page.canonicalURL ?? page.meta["og:url"] }
    }

    /// Letters and digits only, lowercased, without a leading "the": "The Detroit News" → "detroitnews".
    static func squashed(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for s in name.lowercased().unicodeScalars where ScalarClass.isLetter(s) || ScalarClass.isDigit(s) {
            out.append(s)
        }
        let result = String(out)
        return result.hasPrefix("the") && result.count > 6 ? String(result.dropFirst(3)) : result
    }

    static let platforms: Set<String> = [
        "wordpress", "wordpress.com", "blogger", "blogspot", "medium", "tumblr", "wix", "squarespace",
    ]

    /// A site name as readers see it: the first part of "Site | tagline", not a blogging platform.
    static func cleanSiteName(_ raw: String) -> String? {
        var name = raw.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "@")))
        if name.contains(" | ") { name = name.components(separatedBy: " | ")[0].trimmingCharacters(in: .whitespaces) }
        guard !name.isEmpty, name.count <= 60, !platforms.contains(name.lowercased()) else { return nil }
        return name
    }

    /// The metadata headline with a site-name suffix removed.
    static func metadataTitle(_ page: PageMetadata) -> String? {
        let site = page.meta["og:site_name"]?.lowercased()
        for candidate in [page.ld.headline, page.meta["og:title"], page.meta["twitter:title"], page.documentTitle] {
            guard let candidate, !candidate.isEmpty else { continue }
            for separator in [" | ", " - ", " – ", " — "] where candidate.contains(separator) {
                let parts = candidate.components(separatedBy: separator).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty && $0.lowercased() != site }
                // "Headline | Site": the headline comes first.
                if let first = parts.first { return first }
            }
            return candidate
        }
        return nil
    }

    static func titleSuffix(_ title: String) -> String? {
        for separator in [" | ", " - ", " – ", " — "] where title.contains(separator) {
            let last = title.components(separatedBy: separator).last!.trimmingCharacters(in: .whitespaces)
            if !last.isEmpty && last.count < 40 { return last }
        }
        return nil
    }

    /// The JSON-LD articleBody as paragraphs, when the classifier found much less than it holds (a page that renders
    /// its story with scripts). Measured on real pages, the rendered body is otherwise the better one: articleBody is
    /// often a teaser or lacks subheadings.
    static func structuredBody(_ articleBody: String, instead body: String) -> String? {
        let structured = ArticleParser.countWords(articleBody)
        guard structured >= 50, Double(ArticleParser.countWords(body)) < 0.3 * Double(structured) else { return nil }
        let paragraphs = articleBody.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { HTMLRenderer.collapse(String($0)) }.filter { !$0.isEmpty }
        return paragraphs.joined(separator: "\n\n")
    }

    /// "grace liu", "jane doe": two or three words, the first a common given name.
    static func opensWithGivenName(_ lowered: String) -> Bool {
        let words = lowered.split(separator: " ")
        guard (2...3).contains(words.count), let first = words.first else { return false }
        return PersonNames.given.contains(String(first))
    }
}

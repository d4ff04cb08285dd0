import Foundation

/// Renders an HTML page to text the way a reader sees it: block elements become lines, paragraphs are separated by a
/// blank line, scripts/styles/templates and hidden elements are skipped. Each rendered block keeps what its markup
/// says about it (tag, class/id hints, link density) for the body classifier, and the page's metadata is collected
/// on the way.
struct HTMLRenderer {
    struct Rendered {
        var text: String
        var blocks: [TextBlock]
        var metadata: PageMetadata
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen",
    ]
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "math", "select", "button",
        "textarea", "video", "audio", "map",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5",
        "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "tbody", "thead", "tfoot", "blockquote",
        "pre", "figure", "figcaption", "form", "hr", "address", "details", "summary", "fieldset", "center", "body",
        "html", "caption", "dialog", "menu", "hgroup", "legend", "label", "img",
    ]
    static let furnitureElements: Set<String> = ["nav", "footer", "aside", "form", "header", "menu", "dialog"]

    /// Each element name of the four lists above with a bit per list it is in (`voidTrait` …): a start tag looks its
    /// name up once instead of once a list.
    static let elementTraits: [String: UInt8] = {
        var traits: [String: UInt8] = [:]
        for (list, bit) in [
            (voidElements, voidTrait), (skippedElements, skippedTrait), (blockElements, blockTrait),
            (furnitureElements, furnitureTrait),
        ] {
            for name in list { traits[name, default: 0] |= bit }
        }
        return traits
    }()
    static let voidTrait: UInt8 = 1
    static let skippedTrait: UInt8 = 2
    static let blockTrait: UInt8 = 4
    static let furnitureTrait: UInt8 = 8

    struct Element {
        var name: String
        var hint: Int
        var hidden: Bool
        /// The element's number in opening order, and whether it may hold a story (`PageContext.container`).
        var opening = 0
        var holdsStory = false
        /// `furnitureElements.contains(name)`, asked once when the element opens rather than each time a text's
        /// context walks the open elements.
        var isFurniture = false
        /// `blockElements.contains(name)`, from the traits the start tag looked up, for its end tag.
        var isBlock = false
    }

    static func render(_ html: String) -> Rendered {
        var renderer = Renderer()
        var tokenizer = HTMLTokenizer(html)
        while let token = tokenizer.next() {
            switch token {
            case .text(let text):
                renderer.text(text)
            case .start(let name, let attributes, let selfClosing):
                if name == "script" {
                    let type = attributes.value(of: "type")?.lowercased() ?? ""
                    if type.contains("ld+json") {
                        renderer.metadata.readLinkedData(tokenizer.rawText(until: "script"))
                    } else {
                        tokenizer.skipRawText(until: "script")
                    }
                    continue
                }
                if name == "title" && renderer.metadata.documentTitle == nil && !renderer.inSVG {
                    let raw = tokenizer.rawText(until: "title")
                    renderer.metadata.documentTitle = collapse(HTMLEntities.decodeAll(raw))
                    continue
                }
                if name == "style" || name == "textarea" || name == "xmp" || name == "plaintext" {
                    tokenizer.skipRawText(until: name)
                    continue
                }
                renderer.start(name, attributes, selfClosing: selfClosing)
            case .end(let name):
                renderer.end(name)
            }
        }
        renderer.flush()
        return Rendered(text: renderer.output, blocks: renderer.blocks, metadata: renderer.metadata)
    }

    static func collapse(_ s: String) -> String {
        guard ByteSearch.isASCII(s) else { return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        // On ASCII text each Character is a byte, but for "\r\n", whitespace as both its bytes are; the whitespace
        // bytes are tab to carriage return and the space. The words, joined by single spaces, on the bytes (a
        // Character walk cost about 700 instructions a Character).
        // Most values (a meta tag's content, a title) are collapsed already: no whitespace but single spaces
        // between words. The words joined by single spaces are then the value itself, returned as it is.
        if isCollapsedASCII(s) { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var gap = false
        for byte in s.utf8 {
            if byte == 0x20 || byte &- 0x09 < 5 {
                gap = !out.isEmpty
            } else {
                if gap { out.append(0x20) }
                gap = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether an ASCII value holds no whitespace byte (tab to carriage return, space) but single spaces, none at
    /// either end: what `collapse` writes.
    static func isCollapsedASCII(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if first == 0x20 || last == 0x20 { return false }
            var previousSpace = false
            for byte in bytes {
                if byte &- 0x09 < 5 { return false }
                let space = byte == 0x20
                if space && previousSpace { return false }
                previousSpace = space
            }
            return true
        }
    }

    private struct Renderer {
        var stack: [Element] = []
        var skipDepth = 0  // >0 while inside a skipped or hidden element
        var skipName: [String] = []
        var metadata = PageMetadata()
        var output = ""
        var outputScalars = 0
        var blocks: [TextBlock] = []
        /// The block being rendered, as UTF-8 bytes, and how many scalars they hold.
        var buffer: [UInt8] = []
        var bufferScalars = 0
        var pendingSpace = false
        var linkLetters = 0
        var letters = 0
        var linkDepth = 0
        var context: PageContext? = nil
        var inSVG: Bool { skipName.last == "svg" }
        var articleDepth = 0
        /// Elements opened so far: numbers the story containers (`PageContext.container`).
        var elementsOpened = 0

        mutating func start(_ name: String, _ attributes: HTMLAttributes, selfClosing: Bool) {
            if skipDepth > 0 {
                // The name compared first: most tags inside a skipped element are not of its kind.
                if skipName.last == name && !selfClosing && !Self.isVoid(name) { skipDepth += 1 }
                return
            }
            if name == "meta" {
                readMeta(attributes)
                return
            }
            if name == "link" {
                if let rel = attributes.value(of: "rel"), rel.lowercased() == "canonical",
                    let href = attributes.value(of: "href")
                {
                    metadata.canonicalURL = href
                }
                return
            }
            if name == "time", let value = attributes.value(of: "datetime") {
                metadata.times.append((value, articleDepth > 0 || attributes.value(of: "itemprop") == "datePublished"))
            }
            let traits = HTMLRenderer.elementTraits[name] ?? 0
            let hidden = Self.isHidden(attributes)
            if traits & HTMLRenderer.skippedTrait != 0 || hidden {
                if traits & HTMLRenderer.voidTrait == 0 && !selfClosing {
                    skipDepth = 1
                    skipName.append(name)
                }
                return
            }
            if name == "br" {
                flush()
                return
            }
            if name == "img" {
                return
            }
            if traits & HTMLRenderer.voidTrait != 0 { return }
            if traits & HTMLRenderer.blockTrait != 0 { flush() }
            // Implied ends: a new <p> or <li> closes an open sibling.
            if name == "p" || name == "li" || name == "dt" || name == "dd", let top = stack.last, top.name == name {
                end(name)
            }
            if name == "a" { linkDepth += 1 }
            if name == "td" || name == "th" { pendingSpace = !buffer.isEmpty }
            let hint = hint(attributes)
            let isArticle =
                name == "article" || name == "main" || attributes.value(of: "itemprop")?.lowercased() == "articlebody"
            if isArticle { articleDepth += 1 }
            if selfClosing && name != "a" { return }
            elementsOpened += 1
            stack.append(
                Element(
                    name: name, hint: hint, hidden: false, opening: elementsOpened, holdsStory: isArticle || hint > 0,
                    isFurniture: traits & HTMLRenderer.furnitureTrait != 0,
                    isBlock: traits & HTMLRenderer.blockTrait != 0))
        }

        mutating func end(_ name: String) {
            if skipDepth > 0 {
                if skipName.last == name {
                    skipDepth -= 1
                    if skipDepth == 0 { skipName.removeLast() }
                }
                return
            }
            guard let index = stack.lastIndex(where: { $0.name == name }) else { return }
            // The open element has the end tag's name, so its start tag's traits say whether it is a block: no
            // hashing of the name again.
            if stack[index].isBlock { flush() }
            for element in stack[index...].reversed() {
                if element.name == "a" { linkDepth = max(0, linkDepth - 1) }
                if element.name == "article" || element.name == "main" { articleDepth = max(0, articleDepth - 1) }
            }
            stack.removeSubrange(index...)
        }

        mutating func text(_ text: [Unicode.Scalar]) {
            guard skipDepth == 0 else { return }
            for s in text {
                if ScalarClass.isWhitespace(s) {
                    pendingSpace = !buffer.isEmpty
                    continue
                }
                if buffer.isEmpty { context = currentContext() }
                if pendingSpace {
                    buffer.append(0x20)
                    bufferScalars += 1
                }
                pendingSpace = false
                if s.value < 0x80 {
                    buffer.append(UInt8(truncatingIfNeeded: s.value))
                } else {
                    UTF8.encode(s) { buffer.append($0) }
                }
                bufferScalars += 1
                if ScalarClass.isLetter(s) || ScalarClass.isDigit(s) {
                    letters += 1
                    if linkDepth > 0 { linkLetters += 1 }
                }
            }
        }

        mutating func flush() {
            defer {
                buffer.removeAll(keepingCapacity: true)
                bufferScalars = 0
                pendingSpace = false
                letters = 0
                linkLetters = 0
            }
            guard !buffer.isEmpty else { return }
            var ctx = context ?? PageContext()
            ctx.linkDensity = letters > 0 ? Double(linkLetters) / Double(letters) : 0
            let text = String(decoding: buffer, as: UTF8.self)
            if !output.isEmpty {
                let compact = Self.isCompact(ctx.kind) && (blocks.last?.page.map { Self.isCompact($0.kind) } ?? false)
                let separator = compact ? "\n" : "\n\n"
                output += separator
                outputScalars += separator.unicodeScalars.count
            }
            let count = bufferScalars
            let start = outputScalars
            output += text
            outputScalars += count
            var block = TextBlock(start: start, end: start + count, text: text)
            if case .listItem = ctx.kind { block.isBullet = true }
            block.page = ctx
            blocks.append(block)
        }

        static func isCompact(_ kind: PageContext.Kind) -> Bool {
            switch kind {
            case .listItem, .cell, .other: return true
            default: return false
            }
        }

        func currentContext() -> PageContext {
            var ctx = PageContext()
            var kindSet = false
            var hintSet = false
            for element in stack.reversed() {
                if !kindSet {
                    switch element.name {
                    case "p": ctx.kind = .paragraph
                    case "h1": ctx.kind = .heading(1)
                    case "h2": ctx.kind = .heading(2)
                    case "h3": ctx.kind = .heading(3)
                    case "h4", "h5", "h6": ctx.kind = .heading(4)
                    case "li", "dd", "dt": ctx.kind = .listItem
                    case "blockquote": ctx.kind = .quote
                    case "figcaption", "caption", "figure": ctx.kind = .caption
                    case "pre": ctx.kind = .preformatted
                    case "td", "th": ctx.kind = .cell
                    default: break
                    }
                    if case .other = ctx.kind {} else { kindSet = true }
                }
                if !hintSet && element.hint != 0 {
                    ctx.hint = element.hint
                    hintSet = true
                }
                if element.isFurniture { ctx.inFurniture = true }
            }
            if case .caption = ctx.kind {
            } else if kindSet == false, stack.contains(where: { $0.name == "figure" }) {
                ctx.kind = .caption
            }
            ctx.inArticle = articleDepth > 0
            ctx.container = stack.last(where: { $0.holdsStory })?.opening ?? 0
            if ctx.inArticle, ctx.inFurniture,
                let furniture = stack.lastIndex(where: \.isFurniture),
                let article = stack.lastIndex(where: { $0.name == "article" || $0.name == "main" }), article > furniture
            {
                ctx.inFurniture = false
            }
            return ctx
        }

        mutating func readMeta(_ attributes: HTMLAttributes) {
            guard let content = attributes.value(of: "content") else { return }
            for key: StaticString in ["property", "name", "itemprop"] {
                if let k = attributes.value(of: key)?.lowercased(), !k.isEmpty, metadata.meta[k] == nil {
                    metadata.meta[k] = HTMLRenderer.collapse(content)
                }
            }
        }

        static func isVoid(_ name: String) -> Bool { HTMLRenderer.voidElements.contains(name) }

        static func isHidden(_ attributes: HTMLAttributes) -> Bool {
            if attributes.isEmpty { return false }
            if attributes.contains("hidden") { return true }
            var hidden = false
            attributes.forEachValue(named: ["style", "class"]) { which, value in
                switch value {
                case .plain(let scalars):
                    hidden = which == 0 ? styleHides(ScalarClass.string(scalars)) : HTMLRenderer.classHides(scalars)
                case .decoded(let text): hidden = which == 0 ? styleHides(text) : classHides(text)
                }
                return !hidden
            }
            return hidden
        }

        static func styleHides(_ value: String) -> Bool {
            if ByteSearch.isASCII(value) { return styleHides(ascii: value) }
            let v = value.lowercased().replacingOccurrences(of: " ", with: "")
            return v.contains("display:none") || v.contains("visibility:hidden")
        }

        static func classHides(_ value: String) -> Bool {
            // On ASCII the byte searches answer as Foundation's do (ByteSearch).
            if ByteSearch.isASCII(value) {
                return HTMLRenderer.hiddenClasses.contains { ByteSearch.containsFolded(value, $0) }
            }
            let v = value.lowercased()
            return v.contains("sr-only") || v.contains("visually-hidden") || v.contains("screen-reader")
        }

        static let hiddenStyles = ["display:none", "visibility:hidden"].map { Array($0.utf8) }

        /// An ASCII style attribute lowercased with its spaces removed, then searched on bytes: what
        /// `lowercased().replacingOccurrences(of: " ", with: "")` and `contains` give on ASCII.
        static func styleHides(ascii value: String) -> Bool {
            var compact: [UInt8] = []
            compact.reserveCapacity(value.utf8.count)
            for byte in value.utf8 where byte != 0x20 {
                compact.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            }
            return compact.withUnsafeBufferPointer { bytes in
                hiddenStyles.contains {
                    ByteSearch.firstIndex(of: $0, in: bytes, from: 0, foldingASCIICase: false) != nil
                }
            }
        }

        /// +1 for class/id words of content, -1 for navigation, comments, sharing, related links, ads…
        func hint(_ attributes: HTMLAttributes) -> Int {
            var classes: UInt8 = 0
            // A plain value's words are read off its scalars (`wordClasses(plain:)`), where each value became a
            // String looked up in a table of the page's values, and a value missing from it was split into words.
            attributes.forEachValue(named: ["class", "id", "role", "itemprop"]) { _, value in
                switch value {
                case .plain(let scalars): classes |= HTMLRenderer.wordClasses(plain: scalars)
                case .decoded(let text): classes |= HTMLRenderer.wordClasses(text)
                }
                return true
            }
            let positive = classes & HTMLRenderer.positiveClass != 0
            if classes & HTMLRenderer.strongClass != 0 { return positive ? -1 : -2 }
            if classes & HTMLRenderer.weakClass != 0 { return positive ? 0 : -1 }
            return positive ? 1 : 0
        }
    }

    /// Class words of text kept for screen readers alone, as bytes.
    static let hiddenClasses = ["sr-only", "visually-hidden", "screen-reader"].map { Array($0.utf8) }

    static let strongClass: UInt8 = 1
    static let weakClass: UInt8 = 2
    static let positiveClass: UInt8 = 4

    /// What the words of one class/id value say: strong furniture, weak furniture, content (bits above). A page
    /// repeats its class values on element after element, so the renderer keeps each value's answer.
    static func wordClasses(_ value: String) -> UInt8 {
        var classes: UInt8 = 0
        forEachWord(value) { word in
            // One look-up for the three lists (`listedClass`; a word of up to 8 letters packed into an integer, as
            // stopwords are, without a String), and the prefixes asked only of a word opening with a prefix's first
            // letter; a word is ASCII lowercase letters, so String equality and `hasPrefix` are byte comparisons.
            let listed: UInt8
            if word.count <= 8 {
                listed = UInt8(
                    truncatingIfNeeded: packedListedClass.value(word.reversed().reduce(0) { $0 << 8 | UInt64($1) }))
            } else {
                listed = listedClass[String(decoding: word, as: UTF8.self)] ?? 0
            }
            if listed == strongClass
                || negativePrefixesByFirst[Int(word.first ?? 0)].contains(where: { word.starts(with: $0) })
            {
                classes |= strongClass
            } else {
                classes |= listed
            }
        }
        return classes
    }

    /// `listedClass` for its words of up to 8 letters, packed (byte k at bits 8k): packing is one-to-one for words
    /// of 1 to 8 non-zero bytes.
    static let packedListedClass = PackedWordTable(
        Dictionary(
            uniqueKeysWithValues: listedClass.filter { $0.key.utf8.count <= 8 }.map { word, listed in
                (word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }, UInt64(listed))
            }))

    /// Each word of the three lists with the class `wordClasses` gives it: strong furniture before weak furniture
    /// before content, the order the lists were asked in.
    static let listedClass: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        for word in positiveWords { table[word] = positiveClass }
        for word in negativeWords { table[word] = weakClass }
        for word in strongNegativeWords { table[word] = strongClass }
        return table
    }()

    /// The negative prefixes' bytes by their first byte.
    static let negativePrefixesByFirst: [[[UInt8]]] = (0..<256).map { lead in
        negativePrefixes.map { Array($0.utf8) }.filter { Int($0.first ?? 0) == lead }
    }

    /// Words of a class/id value: split at non-letters and camelCase humps, lowercased. Words hold ASCII letters
    /// only, so they are built from the UTF-8 bytes (a non-ASCII scalar's bytes all separate words, as the scalar
    /// does).
    static func words(_ value: String) -> [String] {
        var words: [String] = []
        forEachWord(value) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Each word of `words(value)` in turn, as its bytes (ASCII lowercase letters), without making a String.
    static func forEachWord(_ value: String, _ body: ([UInt8]) -> Void) {
        var current: [UInt8] = []
        var previousLower = false
        for byte in value.utf8 {
            if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
                let upper = byte <= 0x5A
                if upper && previousLower && !current.isEmpty {
                    body(current)
                    current.removeAll(keepingCapacity: true)
                }
                current.append(upper ? byte + 32 : byte)
                previousLower = !upper
            } else {
                if !current.isEmpty { body(current) }
                current.removeAll(keepingCapacity: true)
                previousLower = false
            }
        }
        if !current.isEmpty { body(current) }
    }

    /// Class/id words that mark page furniture for certain.
    static let strongNegativeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "breadcrumb", "breadcrumbs", "promo", "ad", "ads",
        "banner", "cookie", "cookies", "popup", "modal", "byline", "caption", "credit", "masthead", "toolbar", "login",
        "signup", "outbrain", "taboola", "disqus", "pagination", "pager", "newsletter", "newsletters", "subscribe",
        "subscription", "sponsor", "sponsored", "dfp", "trending", "popular", "recirc", "recirculation", "signin",
        "complementary", "contentinfo", "tags", "dateline", "timestamp",
    ]
    /// Class/id words that lean towards furniture but also wrap articles on some sites.
    static let negativeWords: Set<String> = [
        "widget", "tag", "bio", "rail", "teaser", "print", "feedback", "hidden", "search", "meta", "author",
        "headline", "title", "topics", "categories", "more", "skip", "overlay", "gpt", "carousel", "slideshow",
        "gallery", "thumbnail", "thumb", "alert", "notification", "embed", "player", "header",
    ]
    static let negativePrefixes: [String] = [
        "comment", "share", "social", "related", "advert", "recommend", "footer", "sidebar", "breadcrumb",
        "newsletter", "promo", "sponsor",
    ]
    static let positiveWords: Set<String> = [
        "article", "content", "story", "body", "post", "entry", "main", "text", "prose", "articlebody", "richtext",
        "paragraph", "blog", "single",
    ]
}

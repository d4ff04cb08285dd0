/// A tolerant HTML tokenizer: tags with attributes, text with character references decoded, comments, doctypes and
/// processing instructions dropped. Broken markup never stops it: an unclosed "<" is text, an unclosed comment
/// runs to the end.
struct HTMLTokenizer {
    enum Token {
        /// Text with its character references decoded.
        case text([Unicode.Scalar])
        case start(name: String, attributes: HTMLAttributes, selfClosing: Bool)
        case end(name: String)
    }

    let scalars: [Unicode.Scalar]
    var i = 0

    init(_ html: String) {
        scalars = ScalarClass.scalars(of: html)
    }

    mutating func next() -> Token? {
        let n = scalars.count
        while i < n, scalars[i] == "<" {
            let before = i
            if let token = tag() { return token }
            if i != before { continue }  // a comment, doctype or stray end tag was skipped
            i += 1  // a lone "<" is text
            return .text(["<"])
        }
        guard i < n else { return nil }
        var text: [Unicode.Scalar] = []
        // Copied a run at a time between references: most text has none.
        var run = i
        while i < n, scalars[i] != "<" {
            if scalars[i] == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: i, end: n) {
                text.append(contentsOf: scalars[run..<i])
                text.append(contentsOf: decoded)
                i = next
                run = i
            } else {
                i += 1
            }
        }
        text.append(contentsOf: scalars[run..<i])
        return .text(text)
    }

    /// The raw content of a script/style-like element, up to its end tag (which is consumed).
    mutating func rawText(until name: String) -> String {
        let start = i
        let end = skipRawText(until: name)
        return ScalarClass.string(scalars[start..<end])
    }

    /// Moves past a script/style-like element's content and its end tag, as `rawText` does, without copying the
    /// content (most scripts are thrown away); returns where the content ends.
    @discardableResult
    mutating func skipRawText(until name: String) -> Int {
        let n = scalars.count
        let target = Array(name.unicodeScalars)
        while i < n {
            if scalars[i] == "<", i + 1 < n, scalars[i + 1] == "/", i + 2 + target.count <= n {
                var match = true
                for (k, t) in target.enumerated() {
                    let s = scalars[i + 2 + k]
                    let lower = s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32)! : s
                    if lower != t {
                        match = false
                        break
                    }
                }
                if match {
                    let end = i
                    i += 2 + target.count
                    while i < n, scalars[i] != ">" { i += 1 }
                    if i < n { i += 1 }
                    return end
                }
            }
            i += 1
        }
        return n
    }

    private mutating func tag() -> Token? {
        let n = scalars.count
        let open = i
        var j = i + 1
        guard j < n else { return nil }
        let c = scalars[j]
        if c == "!" {
            if j + 2 < n, scalars[j + 1] == "-", scalars[j + 2] == "-" {
                // Comment: to "-->" or the end.
                var k = j + 3
                while k + 2 < n, !(scalars[k] == "-" && scalars[k + 1] == "-" && scalars[k + 2] == ">") { k += 1 }
                i = k + 2 < n ? k + 3 : n
                return nil
            }
            var k = j
            while k < n, scalars[k] != ">" { k += 1 }
            i = min(n, k + 1)
            return nil
        }
        if c == "?" {
            var k = j
            while k < n, scalars[k] != ">" { k += 1 }
            i = min(n, k + 1)
            return nil
        }
        var closing = false
        if c == "/" {
            closing = true
            j += 1
        }
        guard j < n, ScalarClass.isASCIILetter(scalars[j]) else {
            if closing {
                // "</ >" or "</3": drop to ">".
                var k = j
                while k < n, scalars[k] != ">" { k += 1 }
                i = min(n, k + 1)
                return nil
            }
            i = open
            return nil
        }
        let nameStart = j
        while j < n, !ScalarClass.isWhitespace(scalars[j]), scalars[j] != ">", scalars[j] != "/" { j += 1 }
        let name = ScalarClass.lowercased(scalars[nameStart..<j])
        var attributes = HTMLAttributes(scalars: scalars)
        var selfClosing = false
        while j < n {
            while j < n, ScalarClass.isWhitespace(scalars[j]) { j += 1 }
            guard j < n else { break }
            if scalars[j] == ">" {
                j += 1
                break
            }
            if scalars[j] == "/" {
                selfClosing = true
                j += 1
                continue
            }
            if scalars[j] == "<" { break }  // a broken tag: let the next tag start here
            let attrStart = j
            while j < n, !ScalarClass.isWhitespace(scalars[j]), scalars[j] != "=", scalars[j] != ">",
                scalars[j] != "/" || j == attrStart
            {
                j += 1
            }
            let attrName = attrStart..<j
            while j < n, ScalarClass.isWhitespace(scalars[j]) { j += 1 }
            var value: Range<Int>? = nil
            if j < n, scalars[j] == "=" {
                j += 1
                while j < n, ScalarClass.isWhitespace(scalars[j]) { j += 1 }
                if j < n, scalars[j] == "\"" || scalars[j] == "'" {
                    let quote = scalars[j]
                    j += 1
                    let vs = j
                    while j < n, scalars[j] != quote { j += 1 }
                    value = vs..<j
                    if j < n { j += 1 }
                } else {
                    let vs = j
                    while j < n, !ScalarClass.isWhitespace(scalars[j]), scalars[j] != ">" { j += 1 }
                    value = vs..<j
                }
            }
            if !attrName.isEmpty && !closing { attributes.append(name: attrName, value: value) }
        }
        i = j
        return closing ? .end(name: name) : .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }
}

/// A start tag's attributes as where their names and values lie in the page's scalars. Most values (link targets,
/// image sources, data attributes) are never read, so a value becomes a String, its character references decoded,
/// only when it is asked for; building every value cost about a quarter of rendering a page.
struct HTMLAttributes {
    private struct Span {
        var name: Range<Int>
        /// nil for an attribute written without "=", whose value is "".
        var value: Range<Int>?
    }

    private let scalars: [Unicode.Scalar]
    private var spans: [Span] = []

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    fileprivate mutating func append(name: Range<Int>, value: Range<Int>?) {
        // Room for a few at the first: most tags that have attributes have two to four.
        if spans.isEmpty { spans.reserveCapacity(4) }
        spans.append(Span(name: name, value: value))
    }

    var isEmpty: Bool { spans.isEmpty }

    /// The value of the first attribute named `name` (lowercase ASCII), nil when the tag has none.
    func value(of name: StaticString) -> String? {
        for span in spans where nameMatches(span.name, name) { return value(span) }
        return nil
    }

    /// Whether an attribute named `name` (lowercase ASCII) is there, with or without a value.
    func contains(_ name: StaticString) -> Bool {
        spans.contains { nameMatches($0.name, name) }
    }

    /// Each attribute whose name is one of `names` (lowercase ASCII), in the tag's order: the index of its name in
    /// `names` and its value. `body` returns false to stop.
    func forEach(named names: [StaticString], _ body: (Int, String) -> Bool) {
        for span in spans {
            for (index, name) in names.enumerated() where nameMatches(span.name, name) {
                if !body(index, value(span)) { return }
                break
            }
        }
    }

    /// An attribute's value as `forEachValue(named:)` hands it over.
    enum Value {
        /// Every scalar ASCII, none "&": the value is these scalars as they stand (no character reference to
        /// decode), read where they are.
        case plain(ArraySlice<Unicode.Scalar>)
        /// Any other value, its references decoded.
        case decoded(String)
    }

    /// `forEach(named:)` without a String for a plain value (`Value.plain`): class and id values are read word by
    /// word, and making each a String, decoding it and hashing it cost more than reading it.
    func forEachValue(named names: [StaticString], _ body: (Int, Value) -> Bool) {
        for span in spans {
            for (index, name) in names.enumerated() where nameMatches(span.name, name) {
                if !body(index, plainOrDecoded(span)) { return }
                break
            }
        }
    }

    private func plainOrDecoded(_ span: Span) -> Value {
        guard let range = span.value else { return .plain(scalars[0..<0]) }
        for k in range {
            let v = scalars[k].value
            if v >= 0x80 || v == 0x26 { return .decoded(value(span)) }
        }
        return .plain(scalars[range])
    }

    /// Every attribute as (lowercased name, value), as the tokenizer once handed them over (for tests).
    var pairs: [(String, String)] {
        spans.map { (ScalarClass.lowercased(scalars[$0.name]), value($0)) }
    }

    private func value(_ span: Span) -> String {
        guard let range = span.value else { return "" }
        return HTMLEntities.decodeAll(ScalarClass.string(scalars[range]))
    }

    /// `ScalarClass.lowercased(name) == literal` for a lowercase ASCII literal: the only scalar outside ASCII that
    /// lowercases to a single ASCII letter is the Kelvin sign, to "k".
    private func nameMatches(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { bytes in
            var k = 0
            for index in range {
                let v = scalars[index].value
                let lowered: UInt32 = v &- 0x41 < 26 ? v + 32 : (v == 0x212A ? 0x6B : v)
                if lowered != UInt32(bytes[k]) { return false }
                k += 1
            }
            return true
        }
    }
}

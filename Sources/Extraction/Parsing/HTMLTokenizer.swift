/// A tolerant HTML tokenizer: tags with attributes, text with character references decoded, comments, doctypes and
/// processing instructions dropped. Broken markup never stops it: an unclosed "<" is text, an unclosed comment
/// runs to the end.
struct HTMLTokenizer {
    enum Token {
        /// Text with its character references decoded.
        case text([Unicode.Scalar])
        case start(name: String, attributes: [(String, String)], selfClosing: Bool)
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
        var attributes: [(String, String)] = []
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
            let attrName = ScalarClass.lowercased(scalars[attrStart..<j])
            while j < n, ScalarClass.isWhitespace(scalars[j]) { j += 1 }
            var value = ""
            if j < n, scalars[j] == "=" {
                j += 1
                while j < n, ScalarClass.isWhitespace(scalars[j]) { j += 1 }
                if j < n, scalars[j] == "\"" || scalars[j] == "'" {
                    let quote = scalars[j]
                    j += 1
                    let vs = j
                    while j < n, scalars[j] != quote { j += 1 }
                    value = ScalarClass.string(scalars[vs..<j])
                    if j < n { j += 1 }
                } else {
                    let vs = j
                    while j < n, !ScalarClass.isWhitespace(scalars[j]), scalars[j] != ">" { j += 1 }
                    value = ScalarClass.string(scalars[vs..<j])
                }
                value = HTMLEntities.decodeAll(value)
            }
            if !attrName.isEmpty && !closing {
                // Room for a few at the first: most tags that have attributes have two to four.
                if attributes.isEmpty { attributes.reserveCapacity(4) }
                attributes.append((attrName, value))
            }
        }
        i = j
        return closing ? .end(name: name) : .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }
}

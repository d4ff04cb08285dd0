/// A small, forgiving JSON reader for JSON-LD blocks (no Foundation, no throwing: bad input gives nil).
indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value as a list: an array's elements, or the value alone.
    var list: [JSONValue] {
        if case .array(let items) = self { return items }
        return [self]
    }

    static func parse(_ text: String) -> JSONValue? {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        parser.skip()
        guard let value = parser.value(depth: 0) else { return nil }
        return value
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var i = 0

        mutating func skip() {
            while i < scalars.count, ScalarClass.isWhitespace(scalars[i]) { i += 1 }
        }

        mutating func value(depth: Int) -> JSONValue? {
            guard depth < 64, i < scalars.count else { return nil }
            switch scalars[i] {
            case "{":
                i += 1
                var pairs: [(String, JSONValue)] = []
                skip()
                if i < scalars.count, scalars[i] == "}" {
                    i += 1
                    return .object(pairs)
                }
                while true {
                    skip()
                    guard i < scalars.count, scalars[i] == "\"", let key = string() else { return nil }
                    skip()
                    guard i < scalars.count, scalars[i] == ":" else { return nil }
                    i += 1
                    skip()
                    guard let v = value(depth: depth + 1) else { return nil }
                    pairs.append((key, v))
                    skip()
                    guard i < scalars.count else { return nil }
                    if scalars[i] == "," {
                        i += 1
                        skip()
                        if i < scalars.count, scalars[i] == "}" {  // trailing comma
                            i += 1
                            return .object(pairs)
                        }
                        continue
                    }
                    if scalars[i] == "}" {
                        i += 1
                        return .object(pairs)
                    }
                    return nil
                }
            case "[":
                i += 1
                var items: [JSONValue] = []
                skip()
                if i < scalars.count, scalars[i] == "]" {
                    i += 1
                    return .array(items)
                }
                while true {
                    skip()
                    guard let v = value(depth: depth + 1) else { return nil }
                    items.append(v)
                    skip()
                    guard i < scalars.count else { return nil }
                    if scalars[i] == "," {
                        i += 1
                        skip()
                        if i < scalars.count, scalars[i] == "]" {
                            i += 1
                            return .array(items)
                        }
                        continue
                    }
                    if scalars[i] == "]" {
                        i += 1
                        return .array(items)
                    }
                    return nil
                }
            case "\"":
                return string().map { .string($0) }
            case "t", "f", "n":
                let word = ScalarClass.string(scalars[i..<min(scalars.count, i + 5)])
                if word.hasPrefix("true") {
                    i += 4
                    return .bool(true)
                }
                if word.hasPrefix("false") {
                    i += 5
                    return .bool(false)
                }
                if word.hasPrefix("null") {
                    i += 4
                    return .null
                }
                return nil
            default:
                let start = i
                while i < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[i]) { i += 1 }
                guard i > start, let d = Double(ScalarClass.string(scalars[start..<i])) else {
                    return nil
                }
                return .number(d)
            }
        }

        /// A string value from its opening quote: the runs between escapes are taken as slices of the scalars
        /// and the String is made once. Appending to a `String.UnicodeScalarView` a scalar at a time cost about
        /// 400 instructions a scalar (the JSON-LD of the dev pages' HTML: 52M of the 65M its parse took).
        mutating func string() -> String? {
            i += 1
            var out: [Unicode.Scalar] = []
            var runStart = i
            while i < scalars.count {
                let s = scalars[i]
                if s == "\"" {
                    // `out` holds everything before `runStart`: without it, the value is the one run.
                    let run = scalars[runStart..<i]
                    i += 1
                    if out.isEmpty { return ScalarClass.string(run) }
                    out.append(contentsOf: run)
                    return ScalarClass.string(out[...])
                }
                if s == "\\" {
                    out.append(contentsOf: scalars[runStart..<i])
                    i += 1
                    guard i < scalars.count else { return nil }
                    let e = scalars[i]
                    i += 1
                    switch e {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "b", "f": out.append(" ")
                    case "u":
                        guard let high = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(high), i + 1 < scalars.count, scalars[i] == "\\",
                            scalars[i + 1] == "u"
                        {
                            i += 2
                            guard let low = hex4() else { return nil }
                            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            if let scalar = Unicode.Scalar(value) { out.append(scalar) }
                        } else if let scalar = Unicode.Scalar(high) {
                            out.append(scalar)
                        }
                    default: out.append(e)
                    }
                    runStart = i
                    continue
                }
                i += 1
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= scalars.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard let d = HTMLEntities.hexValue(scalars[i]) else { return nil }
                v = v * 16 + d
                i += 1
            }
            return v
        }
    }
}

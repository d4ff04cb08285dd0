/// An RFC 9457 problem object rendered as `application/problem+json`.
public struct ProblemDetails: Error, Sendable, Equatable {
    /// The HTTP status.
    public var status: Int
    /// A short summary of the problem type.
    public var title: String
    /// An explanation of this occurrence.
    public var detail: String
    /// A URI naming the kind of problem; "about:blank" when the status says it all.
    public var type: String

    /// Creates a problem.
    public init(status: Int, title: String, detail: String, type: String = "about:blank") {
        self.status = status
        self.title = title
        self.detail = detail
        self.type = type
    }

    /// `{"type":…,"title":…,"status":…,"detail":…}`
    public var json: String {
        "{\"type\":\(Self.quote(type)),\"title\":\(Self.quote(title)),\"status\":\(status),\"detail\":\(Self.quote(detail))}"
    }

    /// The response carrying this problem.
    public func response() -> HTTPResponse {
        HTTPResponse(
            status: status, headers: HTTPHeaders([("Content-Type", "application/problem+json")]),
            body: Array(json.utf8))
    }

    /// `string` as a JSON string literal (quotes included), escaping quotes, backslashes and control characters.
    public static func quote(_ string: String) -> String {
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }
}

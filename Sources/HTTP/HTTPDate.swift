import Glibc

/// IMF-fixdate (RFC 9110 §5.6.7) for the Date header, cached per second.
struct HTTPDate {
    private var second: Int = -1
    private var cached: [UInt8] = []

    static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Sun, 06 Nov 1994 08:49:37 GMT" for now, as bytes.
    mutating func now() -> [UInt8] {
        let t = time(nil)
        if Int(t) != second {
            second = Int(t)
            cached = Array(Self.format(t).utf8)
        }
        return cached
    }

    static func format(_ t: time_t) -> String {
        var seconds = t
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return
            "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}

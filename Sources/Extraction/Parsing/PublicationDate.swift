/// A calendar date, with the time and UTC offset when the text gives them, printed as ISO 8601 "as far as known".
struct PublicationDate: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int?
    var minute: Int?
    var second: Int?
    /// Minutes east of UTC.
    var offsetMinutes: Int?

    var iso: String {
        var out = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let hour, let minute else { return out }
        out += "T\(pad(hour, 2)):\(pad(minute, 2))"
        if let offsetMinutes {
            out += ":\(pad(second ?? 0, 2))"
            if offsetMinutes == 0 {
                out += "Z"
            } else {
                let sign = offsetMinutes < 0 ? "-" : "+"
                let m = abs(offsetMinutes)
                out += "\(sign)\(pad(m / 60, 2)):\(pad(m % 60, 2))"
            }
        } else if let second {
            out += ":\(pad(second, 2))"
        }
        return out
    }

    var day10: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 0 = Sunday.
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }

    /// Whether US daylight saving time is in force (second Sunday of March to first Sunday of November).
    static func isUSDaylightTime(year: Int, month: Int, day: Int) -> Bool {
        if month < 3 || month > 11 { return false }
        if month > 3 && month < 11 { return true }
        let firstSunday = (7 - weekday(year: year, month: month, day: 1)) % 7 + 1
        if month == 3 { return day >= firstSunday + 7 }
        return day < firstSunday
    }

    /// Whether EU summer time is in force (last Sunday of March to last Sunday of October).
    static func isEUSummerTime(year: Int, month: Int, day: Int) -> Bool {
        if month < 3 || month > 10 { return false }
        if month > 3 && month < 10 { return true }
        let last = 31 - weekday(year: year, month: month, day: 31)
        return month == 3 ? day >= last : day < last
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

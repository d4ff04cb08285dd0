/// When the client fetched the page (POST /articles' "fetched_at", an RFC 3339 timestamp): the reference a
/// relative stamp on the page ("Published 3 hours ago", "Yesterday at 6:30PM", "Monday 6:30PM") is counted back
/// from. The parser never asks the clock: a page read twice with the same fetch time reads the same.
public struct FetchTime: Sendable, Equatable {
    /// The fetch time as the client wrote it, in its own offset (that offset is taken as the page's: a reader
    /// fetching a page sees the day its writer's "3 hours ago" means in the reader's zone at best).
    let moment: PublicationDate

    /// "2026-12-01T09:30:00Z", "2026-12-01T10:30:00.250+01:00" (a space for the "T", a lowercase "t" or "z" too, as
    /// RFC 3339 allows); nil for anything else, a date alone included.
    public init?(rfc3339 text: String) {
        let b = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for k in from..<(from + count) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            return value
        }
        guard b.count >= 20, let year = number(0, 4), b[4] == 0x2D, let month = number(5, 2), b[7] == 0x2D,
            let day = number(8, 2), [0x54, 0x74, 0x20].contains(b[10]), let hour = number(11, 2), b[13] == 0x3A,
            let minute = number(14, 2), b[16] == 0x3A, let second = number(17, 2),
            PublicationDate.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second <= 60
        else { return nil }
        var k = 19
        if k < b.count, b[k] == 0x2E {
            k += 1
            let digits = k
            while k < b.count, b[k] >= 0x30 && b[k] <= 0x39 { k += 1 }
            guard k > digits else { return nil }
        }
        guard k < b.count else { return nil }
        let offset: Int
        if b[k] == 0x5A || b[k] == 0x7A, k + 1 == b.count {
            offset = 0
        } else if b[k] == 0x2B || b[k] == 0x2D, k + 6 == b.count, let h = number(k + 1, 2), b[k + 3] == 0x3A,
            let m = number(k + 4, 2), h < 24, m < 60
        {
            offset = (b[k] == 0x2D ? -1 : 1) * (h * 60 + m)
        } else {
            return nil
        }
        moment = PublicationDate(
            year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59),
            offsetMinutes: offset)
    }

    /// The moment `minutes` before the fetch, in the fetch time's offset, to the minute.
    func minutesBefore(_ minutes: Int) -> PublicationDate {
        let total = Self.dayNumber(moment) * 1440 + (moment.hour ?? 0) * 60 + (moment.minute ?? 0) - minutes
        let dayNumber = total >= 0 ? total / 1440 : (total - 1439) / 1440
        let inDay = total - dayNumber * 1440
        var date = Self.civil(dayNumber)
        date.hour = inDay / 60
        date.minute = inDay % 60
        date.second = 0
        date.offsetMinutes = moment.offsetMinutes
        return date
    }

    /// The calendar day `days` before the fetch's (its own day for 0), without a time.
    func dayBefore(_ days: Int) -> PublicationDate { Self.civil(Self.dayNumber(moment) - days) }

    /// Days since 1970-01-01 of the date's calendar day (Howard Hinnant's days_from_civil).
    static func dayNumber(_ date: PublicationDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The calendar day of a day number (civil_from_days).
    static func civil(_ dayNumber: Int) -> PublicationDate {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return PublicationDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}

import Model

/// A calendar day (proleptic Gregorian), with no time and no time zone, so that no machine
/// setting can move it to the day before (HAZARDS.md B19).
///
/// Parsing and formatting are done by hand, never through `Date`, `TimeZone` or `DateFormatter`.
public struct CalendarDate: Sendable, Hashable, Comparable {
    /// Year, 1…9999.
    public let year: Int
    /// Month, 1…12.
    public let month: Int
    /// Day of the month, 1…31 (valid for the month and year).
    public let day: Int

    /// The date written as ISO 8601 `YYYY-MM-DD` (exactly ten characters, a valid day);
    /// nil for anything else, including date-times.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            GregorianDay.exists(year: year, month: month, day: day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The UTC calendar day containing `seconds` since 1970-01-01T00:00:00Z (a
    /// `SOURCE_DATE_EPOCH`, reproducible-builds.org). Algorithm: `civil_from_days` by
    /// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
    public init(secondsSince1970 seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, as used in `<time datetime>`, JSON and the sitemap's `<lastmod>`.
    public var iso: String {
        year.zeroPadded(to: 4) + "-" + month.zeroPadded(to: 2) + "-" + day.zeroPadded(to: 2)
    }

    /// RFC 3339 date-time at midnight UTC, `YYYY-MM-DDT00:00:00Z`, for Atom (RFC 4287 §3.3).
    public var rfc3339: String { iso + "T00:00:00Z" }

    /// The date as a reader of `lang` writes it: `11 avril 2016` for French (`fr`, `fr-CA` …),
    /// `11 April 2016` for English; other languages get the ISO form, which every reader parses.
    /// (The site's pages write dates with ``SiteLabels/format(_:)``, whose words are data.)
    public func formatted(lang: String) -> String {
        let primary = lang.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch primary {
        case "fr": return "\(day) \(CalendarDate.frenchMonths[month - 1]) \(year)"
        case "en": return "\(day) \(CalendarDate.englishMonths[month - 1]) \(year)"
        default: return iso
        }
    }

    /// Chronological order.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

}

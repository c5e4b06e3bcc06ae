/// Days of the proleptic Gregorian calendar (ISO 8601 §4.3.2.1): how many days a month has, and
/// the year, month and day of a date written `YYYY-MM-DD`. One place for the rule every date
/// reader and the site's date formatting share.
public enum GregorianDay {
    /// The number of days of `month` (1–12) in `year`: 28 or 29 for February (a leap year is
    /// divisible by 4, not by 100 unless by 400), 30 for April, June, September and November,
    /// else 31.
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `day` exists in `month` of `year`, with a year of 1 or later.
    public static func exists(year: Int, month: Int, day: Int) -> Bool {
        year >= 1 && (1...12).contains(month) && day >= 1 && day <= days(inMonth: month, year: year)
    }

    /// The numbers of the first ten characters of `text` when they are written `YYYY-MM-DD`
    /// (ASCII digits, hyphens at the 5th and 8th), whether or not that day exists; nil otherwise.
    public static func isoFields<S: StringProtocol>(_ text: S) -> (year: Int, month: Int, day: Int)? {
        let chars = Array(text.prefix(10))
        guard chars.count == 10, chars[4] == "-", chars[7] == "-",
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ chars[$0].isASCII && chars[$0].isNumber }),
              let year = Int(String(chars[0..<4])), let month = Int(String(chars[5..<7])), let day = Int(String(chars[8..<10]))
        else { return nil }
        return (year, month, day)
    }
}

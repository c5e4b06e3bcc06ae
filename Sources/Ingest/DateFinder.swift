import Model

/// Finds calendar dates written in prose or in a date line, and gives them as ISO 8601
/// `YYYY-MM-DD` strings, never through `Date`, so no time zone can shift them (HAZARDS B19).
///
/// Understood forms: ISO `2016-12-28` (with or without a time after it); day-month-year
/// `11 avril 2016`, `1er mai 2012`, `28 December 2016`, `9. Juni 2009`; month-day-year
/// `June 9th, 2009`, `Tuesday, June 9th, 2009 @ 20:28 UTC`. Month names come from
/// ``monthNames`` (French, English, German).
enum DateFinder {
    /// Month names, lowercased, without accents folded, mapped to 1…12.
    static let monthNames: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ]
        for list in lists {
            for (index, name) in list.enumerated() { table[name] = index + 1 }
        }
        table["fevrier"] = 2
        table["aout"] = 8
        table["decembre"] = 12
        table["jan"] = 1; table["feb"] = 2; table["mar"] = 3; table["apr"] = 4; table["jun"] = 6
        table["jul"] = 7; table["aug"] = 8; table["sep"] = 9; table["sept"] = 9; table["oct"] = 10
        table["nov"] = 11; table["dec"] = 12
        return table
    }()

    /// The first date in `text`, as `YYYY-MM-DD`, or nil.
    static func firstDate(in text: String) -> String? {
        if let iso = isoDate(atStartOf: text) { return iso }
        let tokens = tokenize(text)
        for (index, token) in tokens.enumerated() {
            guard let month = monthNames[token.lowercased()] else { continue }
            // day month year
            if index >= 1, let day = dayNumber(tokens[index - 1]),
                index + 1 < tokens.count, let year = yearNumber(tokens[index + 1])
            {
                if let date = format(year: year, month: month, day: day) { return date }
            }
            // month day year
            if index + 2 < tokens.count, let day = dayNumber(tokens[index + 1]),
                let year = yearNumber(tokens[index + 2])
            {
                if let date = format(year: year, month: month, day: day) { return date }
            }
        }
        // ISO anywhere in the text.
        var search = Substring(text)
        while let digit = search.firstIndex(where: { $0.isASCII && $0.isNumber }) {
            let rest = search[digit...]
            if let iso = isoDate(atStartOf: String(rest.prefix(10))),
                digit == text.startIndex || !text[text.index(before: digit)].isNumber
            {
                return iso
            }
            search = rest.drop(while: { $0.isASCII && $0.isNumber })
        }
        return nil
    }

    /// The date a metadata `date:` value (front matter, header line, sidecar) declares, as
    /// `YYYY-MM-DD`, or why it declares none.
    ///
    /// A value that starts as an ISO 8601 date (`YYYY-MM-DD`) is read strictly: the year is
    /// 0001 or later (ISO 8601's calendar years as RFC 3339 §5.6 writes them; `0000` is no
    /// year a document was published in), the day exists in its month, and a time after it
    /// (`T` or a space, then digits: `2016-12-28T23:00`, RFC 3339 §5.6 `partial-time`) is a time
    /// of day, hours 00–23, minutes 00–59, seconds 00–60. Any other value is read as
    /// ``firstDate(in:)`` reads prose (`11 avril 2016`).
    /// - Returns: the date and nil, or nil and the reason (`there is no year 0000`, ``T25:00`
    ///   is not a time of day …`), for a warning that leaves the date unknown.
    static func declaredDate(_ value: String) -> (date: String?, problem: String?) {
        let text = Substring(value).trimmingWhitespace()
        // A sign before the year (ISO 8601's expanded years, `-0001-01-01`): no year from 0001 on.
        if let sign = text.first, sign == "-" || sign == "+", text.dropFirst().first.map({ $0.isASCII && $0.isNumber }) == true {
            let year = text.dropFirst().prefix(while: { $0.isASCII && $0.isNumber })
            return (nil, "`\(sign)\(year)` is not a year from 0001 on (a signed, expanded year is not read)")
        }
        let chars = Array(text.prefix(10))
        guard let (year, month, day) = GregorianDay.isoFields(text) else {
            let date = firstDate(in: value)
            return (date, date == nil ? "it is not a calendar date (YYYY-MM-DD)" : nil)
        }
        if year == 0 { return (nil, "there is no year 0000 (years start at 0001)") }
        guard (1...12).contains(month) else { return (nil, "there is no month \(chars[5])\(chars[6]) (months are 01–12)") }
        guard let date = format(year: year, month: month, day: day) else {
            return (nil, "month \(chars[5])\(chars[6]) has no day \(chars[8])\(chars[9])")
        }
        let rest = text.dropFirst(10)
        guard let separator = rest.first, separator == "T" || separator == "t"
            || (separator == " " && rest.dropFirst().first.map { $0.isASCII && $0.isNumber } == true)
        else { return (date, nil) }
        let time = rest.dropFirst()
        if isTimeOfDay(time) {
            if let offset = badOffset(afterTimeIn: time) {
                return (nil, "`\(offset)` is not a time offset (Z, or +hh:mm / -hh:mm with hours 00–23 and minutes 00–59, RFC 3339 §5.6 `time-numoffset`)")
            }
            return (date, nil)
        }
        let written = (separator == " " ? "" : String(separator)) + time.prefix(while: { !$0.isWhitespace })
        return (nil, "`\(written)` is not a time of day (hh:mm or hh:mm:ss, hours 00–23, minutes 00–59)")
    }

    /// Whether `text` starts with a time of day `hh:mm[:ss[.fff]]` (hours 00–23, minutes 00–59,
    /// seconds 00–60 for a leap second, RFC 3339 §5.6) followed by nothing, white space, `Z` or
    /// an offset sign.
    private static func isTimeOfDay(_ text: Substring) -> Bool {
        let chars = Array(text)
        func number(_ at: Int) -> Int? {
            guard at + 1 < chars.count, chars[at].isASCII, chars[at].isNumber, chars[at + 1].isASCII, chars[at + 1].isNumber else { return nil }
            return Int(String(chars[at...at + 1]))
        }
        guard let hours = number(0), hours <= 23, chars.count > 2, chars[2] == ":", let minutes = number(3), minutes <= 59 else { return false }
        var index = 5
        if index < chars.count, chars[index] == ":" {
            guard let seconds = number(index + 1), seconds <= 60 else { return false }
            index += 3
            if index < chars.count, chars[index] == "." || chars[index] == "," {
                index += 1
                let start = index
                while index < chars.count, chars[index].isASCII, chars[index].isNumber { index += 1 }
                guard index > start else { return false }
            }
        }
        guard index < chars.count else { return true }
        let next = chars[index]
        return next.isWhitespace || next == "Z" || next == "z" || next == "+" || next == "-"
    }

    /// The offset after the time of day that starts `text` (``isTimeOfDay(_:)``) when it is no
    /// RFC 3339 §5.6 `time-numoffset` (`+hh:mm` or `-hh:mm`, hours 00–23, minutes 00–59; `+hhmm`
    /// and `+hh` are read too, as ISO 8601 writes them), as written; nil when there is none or
    /// it is one.
    private static func badOffset(afterTimeIn text: Substring) -> Substring? {
        guard let sign = text.firstIndex(where: { $0 == "+" || $0 == "-" }),
            !text[..<sign].contains(where: \.isWhitespace)
        else { return nil }
        let offset = text[sign...].prefix(while: { !$0.isWhitespace })
        let digits = offset.dropFirst().filter { $0 != ":" }
        let colonPlaced = !offset.contains(":") || (offset.count == 6 && Array(offset)[3] == ":")
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count == 4 || digits.count == 2, colonPlaced,
            let hours = Int(digits.prefix(2)), hours <= 23, Int(digits.dropFirst(2)).map({ $0 <= 59 }) ?? true
        else { return offset }
        return nil
    }

    /// Why `line`, shaped as a date line (``isDateLine(_:)``: a day, a month name and a year,
    /// perhaps a weekday and a time), is none: the day does not exist in that month (`30
    /// February 2024`: `February has no day 30`); an ISO 8601 date that ``declaredDate(_:)``
    /// refuses (`2023-02-30`, `2023-02-28T25:00`: the reason it gives); a date in figures
    /// (`30/02/2023`, `30.02.2023`) that is no day read either way round (day/month or
    /// month/day); nil for any other line. A header's label before
    /// it (`Date: 30 February 2024`, `Date : …`, `Datum: …`) is read past, as a header line under
    /// a title writes it.
    static func impossibleDateLine(_ line: String) -> String? {
        var line = line
        if let colon = line.firstIndex(of: ":"),
            ["date", "dated", "datum"].contains(line[..<colon].trimmingCharacters(in: .whitespaces).lowercased())
        {
            line = String(line[line.index(after: colon)...])
        }
        guard !line.contains("\n"), line.count <= 64 else { return nil }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        // ISO 8601 (`2023-02-30`, `2023-02-28T25:00`), read as a `date:` value is.
        if trimmed.count >= 10, !trimmed.contains(" ") || (trimmed.dropFirst(10).first == " " && trimmed.dropFirst(11).first?.isNumber == true),
            GregorianDay.isoFields(trimmed) != nil
        {
            return declaredDate(trimmed).problem
        }
        // All in figures, `30/02/2023`, `30.02.2023`: no day of that month either way round.
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "." })
        if parts.count == 3, trimmed.filter({ $0 == "/" }).count != 1,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
        {
            guard format(year: year, month: second, day: first) == nil, format(year: year, month: first, day: second) == nil else { return nil }
            return "`\(trimmed)` has no day \(first) in month \(second), nor a day \(second) in month \(first)"
        }
        guard firstDate(in: line) == nil, hasOnlyDateWords(line) else { return nil }
        let tokens = tokenize(line)
        for (index, token) in tokens.enumerated() {
            guard let month = monthNames[token.lowercased()] else { continue }
            let around = [(index - 1, index + 1), (index + 1, index + 2)]
            for (dayAt, yearAt) in around where dayAt >= 0 && yearAt < tokens.count {
                guard let day = dayNumber(tokens[dayAt]), let year = yearNumber(tokens[yearAt]),
                    format(year: year, month: month, day: day) == nil
                else { continue }
                return "\(token) has no day \(day) in \(year)"
            }
        }
        return nil
    }

    /// True when `line` is nothing but a date (and perhaps a weekday and a time), as in the
    /// date line under a title: `2016-12-28T00:00:19.000+00:00`, `Tuesday, June 9th, 2009 @ 20:28 UTC`;
    /// an ISO line whose time is none (`2023-02-28T25:00`, ``declaredDate(_:)``) is not one.
    static func isDateLine(_ line: String) -> Bool {
        guard !line.contains("\n"), line.count <= 64, firstDate(in: line) != nil else { return false }
        if isoDate(atStartOf: line) != nil, !line.contains(" ") { return declaredDate(line).problem == nil }
        return hasOnlyDateWords(line)
    }

    /// True when every word of `line` is a number, a day, a month name or a word a date line
    /// holds (a weekday, `UTC`, `at`, `published` …).
    private static func hasOnlyDateWords(_ line: String) -> Bool {
        let allowedWords: Set<String> = [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "utc", "gmt", "cet", "cest", "bst", "at", "à", "um", "le", "on", "am", "pm", "h", "er",
            "st", "nd", "rd", "th", "updated", "published", "publié", "mis", "jour", "the", "of",
        ]
        for token in tokenize(line) {
            let lower = token.lowercased()
            if lower.allSatisfy(\.isNumber) || monthNames[lower] != nil || allowedWords.contains(lower) { continue }
            if dayNumber(token) != nil { continue }
            return false
        }
        return true
    }

    private static func isoDate(atStartOf text: String) -> String? {
        guard let (year, month, day) = GregorianDay.isoFields(text) else { return nil }
        return format(year: year, month: month, day: day)
    }

    private static func tokenize(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func dayNumber(_ token: String) -> Int? {
        var digits = token
        for suffix in ["er", "st", "nd", "rd", "th"] where token.lowercased().hasSuffix(suffix) {
            digits = String(token.dropLast(suffix.count))
        }
        guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let day = Int(digits), (1...31).contains(day)
        else { return nil }
        return day
    }

    private static func yearNumber(_ token: String) -> Int? {
        guard token.count == 4, token.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(token),
            (1000...2999).contains(year)
        else { return nil }
        return year
    }

    /// `YYYY-MM-DD` if the year is 1 or later and the day exists in that month (Gregorian leap
    /// years), else nil.
    static func format(year: Int, month: Int, day: Int) -> String? {
        guard GregorianDay.exists(year: year, month: month, day: day) else { return nil }
        return "\(year.zeroPadded(to: 4))-\(month.zeroPadded(to: 2))-\(day.zeroPadded(to: 2))"
    }
}

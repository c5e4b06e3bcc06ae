/// The hint of a warning that refuses a declared date (a `date:` in front matter, a header line
/// or a sidecar file; a date line under a title; a page's `article:published_time`), shared by
/// every reader that refuses one, so that the hint fits what was written: a date already in the
/// form `YYYY-MM-DD` whose day does not exist (`2023-02-30`) is told to be corrected, not to be
/// written in the form it has.
public enum DateHint {
    /// What to do about `value`, a refused date as written (`2023-02-30`, `2023-02-28T25:00`,
    /// `le 3 mai`): correct the day when it is written `YYYY-MM-DD` and no such day exists;
    /// correct the time when the day exists and what follows it is refused; else `otherwise`
    /// (by default, to write it as `YYYY-MM-DD`).
    public static func forRefused(_ value: String, otherwise: String = "write dates as YYYY-MM-DD") -> String {
        guard let (year, month, day) = GregorianDay.isoFields(value.drop(while: { $0 == " " || $0 == "\t" })) else { return otherwise }
        guard GregorianDay.exists(year: year, month: month, day: day) else {
            return "correct the date: it is written as YYYY-MM-DD, but that day does not exist"
        }
        return "correct the time after the date (hh:mm or hh:mm:ss, then Z or an offset such as +01:00), or write the date alone as YYYY-MM-DD"
    }
}

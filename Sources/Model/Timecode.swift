/// Media times written as text: `HH:MM:SS.mmm` (W3C WebVTT §4.2 "WebVTT timestamp", also
/// used in annotated Markdown's `start=`/`end=`) and the short `MM:SS` / `H:MM:SS` shown on pages.
///
/// Times are seconds from the start of the media as `Double`; text is always to the millisecond,
/// rounded half away from zero, so that `parse(format(t)) == t` for every `t` that is a whole
/// number of milliseconds (`Double(ms) / 1000`).
public enum Timecode {
    /// The longest media time Verbatim accepts: 100,000 hours, in seconds. Readers refuse (with
    /// a warning) a time beyond it, so that no conversion can overflow.
    public static let maximumSeconds: Double = 360_000_000

    /// Whether `seconds` is a time a medium can have: finite, not negative, at most
    /// ``maximumSeconds``.
    public static func isPlausible(_ seconds: Double) -> Bool {
        seconds.isFinite && seconds >= 0 && seconds <= maximumSeconds
    }

    /// The time in whole milliseconds (negative and non-finite times count as 0, times beyond
    /// ``maximumSeconds`` as that).
    public static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return Int((min(seconds, maximumSeconds) * 1000).rounded(.toNearestOrAwayFromZero))
    }

    /// `62.5` → `00:01:02.500`: hours (at least two digits), minutes, seconds, milliseconds.
    public static func format(_ seconds: Double) -> String {
        let total = milliseconds(seconds)
        let ms = total % 1000, s = total / 1000 % 60, m = total / 60_000 % 60, h = total / 3_600_000
        return h.zeroPadded(to: 2) + ":" + m.zeroPadded(to: 2) + ":" + s.zeroPadded(to: 2) + "." + ms.zeroPadded(to: 3)
    }

    /// `62.5` → `01:02`, `3723.4` → `1:02:03`: the time as a reader sees it, whole seconds
    /// rounded down, hours only when there are any.
    public static func display(_ seconds: Double) -> String {
        let total = milliseconds(seconds) / 1000
        let s = total % 60, m = total / 60 % 60, h = total / 3600
        return h > 0 ? "\(h):" + m.zeroPadded(to: 2) + ":" + s.zeroPadded(to: 2) : m.zeroPadded(to: 2) + ":" + s.zeroPadded(to: 2)
    }

    /// `62.5` → `62.5`, `65` → `65`: seconds as a decimal number without trailing zeros, for
    /// `data-start`/`data-seek` attributes and `HTMLMediaElement.currentTime`.
    public static func decimal(_ seconds: Double) -> String {
        let total = milliseconds(seconds)
        var fraction = (total % 1000).zeroPadded(to: 3)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return String(total / 1000) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Reads `HH:MM:SS.mmm`, `MM:SS.mmm`, `H:MM:SS`, or plain seconds `62.5`; a `,` may stand for
    /// the `.` (SRT). Minutes and seconds in the colon forms must be below 60.
    /// - Returns: seconds, or nil when `text` is none of these.
    public static func parse(_ text: String) -> Double? {
        let fields = text.replacingOccurrences(of: ",", with: ".").split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count) else { return nil }
        func number(_ field: Substring) -> Int? {
            guard !field.isEmpty, field.count <= 9, field.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(field)
        }
        var minutes = 0
        if fields.count == 3 {
            guard let hours = number(fields[0]), let m = number(fields[1]), m < 60 else { return nil }
            minutes = hours * 60 + m
        } else if fields.count == 2 {
            guard let m = number(fields[0]) else { return nil }
            minutes = m
        }
        let parts = fields[fields.count - 1].split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let seconds = number(parts[0]) else { return nil }
        if fields.count > 1, seconds >= 60 { return nil }
        var millis = 0
        if parts.count == 2 {
            guard parts[1].count <= 3, let fraction = number(parts[1]) else { return nil }
            millis = fraction * [100, 10, 1][parts[1].count - 1]
        }
        let value = Double((minutes * 60 + seconds) * 1000 + millis) / 1000
        return isPlausible(value) ? value : nil
    }
}

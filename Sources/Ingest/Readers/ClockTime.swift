import Foundation
import Model

/// Times written as clock readings in transcripts and subtitles, converted to seconds (Double).
///
/// ``seconds(_:)`` is lenient, for timestamps inside transcript text (`12:34`, `1:02:03`,
/// `00:08:00.01`, `00:00:01,500`). The times of subtitle timing lines are read by
/// ``CueTimingLine/time(_:format:)``, alike for SubRip and WebVTT.
enum ClockTime {
    /// Seconds for `h+:mm:ss[.fff]` or `mm:ss[.fff]` (`,` or `.` before the fraction), or nil.
    static func seconds(_ text: Substring) -> Double? {
        plausible(lenientSeconds(text))
    }

    /// `value` when it is a plausible media time (``Timecode/isPlausible(_:)``), else nil.
    private static func plausible(_ value: Double?) -> Double? {
        guard let value, Timecode.isPlausible(value) else { return nil }
        return value
    }

    private static func lenientSeconds(_ text: Substring) -> Double? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count) else { return nil }
        var whole = fields.dropLast().map { String($0) }
        let last = fields.last!.replacingOccurrences(of: ",", with: ".")
        let secondParts = last.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(secondParts.count) else { return nil }
        whole.append(String(secondParts[0]))
        guard whole.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let numbers = whole.compactMap { Int($0) }
        guard numbers.count == whole.count else { return nil }
        // Every field after the first is below 60 and written with two digits.
        for field in whole.dropFirst() where field.count != 2 { return nil }
        for value in numbers.dropFirst() where value >= 60 { return nil }
        var fraction = 0.0
        if secondParts.count == 2 {
            let digits = secondParts[1]
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Double("0." + digits) else { return nil }
            fraction = value
        }
        let total = numbers.reduce(0) { $0 * 60 + $1 }
        return Double(total) + fraction
    }

    /// `seconds` written as `m:ss` or `h:mm:ss` (fractions dropped), for text.
    static func written(_ seconds: Double) -> String {
        let total = Int(seconds)
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(pad(minutes)):\(pad(secs))" : "\(pad(minutes)):\(pad(secs))"
    }
}

import Model

/// The times and arrow of a subtitle cue's timing line, read alike by the SubRip and the WebVTT
/// reader: what one repairs (a broken arrow, a comma or a colon before the milliseconds, a
/// fraction of more or fewer than three digits, a line with no start), the other repairs too,
/// each with a warning at the line that says how the time was read.
///
/// Neither format's rules are loosened silently: a time written as the format asks (WebVTT,
/// W3C WebVTT §4.3 "collect a WebVTT timestamp": optional hours, two-digit minutes and seconds
/// below 60, `.` and exactly three fraction digits; hours of one digit too, as players read
/// them, HAZARDS B24; SubRip, `hh:mm:ss,mmm`, or `.` before the milliseconds, which SubRip
/// files in the wild write as often) is read with no warning; any other time this type reads
/// is warned, through ``oddities(of:format:)``.
enum CueTimingLine {
    /// A subtitle format whose timing lines are read here.
    enum Format: Sendable {
        case subRip, webVTT

        /// The format's name, for messages.
        var name: String { self == .subRip ? "SubRip" : "WebVTT" }

        /// How the format writes a time, for hints.
        var pattern: String { self == .subRip ? "hh:mm:ss,mmm" : "[hh:]mm:ss.ttt" }

        /// The mark the format writes before the milliseconds, and its name.
        var fractionMark: (mark: Character, name: String) { self == .subRip ? (",", "a comma") : (".", "a full stop") }

        /// A time in seconds as the format writes it in full (`01:02:03,400`, `01:02:03.400`), for messages.
        func written(_ seconds: Double) -> String {
            // ``Model/Timecode/format(_:)`` (which counts a non-finite or negative time as 0),
            // with this line's own fraction mark.
            let formatted = Timecode.format(seconds)
            guard fractionMark.mark != ".", let dot = formatted.lastIndex(of: ".") else { return formatted }
            return String(formatted[..<dot]) + String(fractionMark.mark) + String(formatted[formatted.index(after: dot)...])
        }
    }

    /// A time as read: seconds; whether its minutes or seconds were written with one digit
    /// (`1:2:3,4`, as FFmpeg's `%d:%2d:%2d` reads it); the mark written before its fraction
    /// (`,`, `.`, or `:` in `00:00:11:000`, a typo the `srt` Python library reads too: cdown/srt,
    /// `RGX_TIMESTAMP_MAGNITUDE_DELIM = r"[,.:，．。：]"`), nil with no fraction; and the number of
    /// digits of that fraction, read as a decimal (`,4` is 400 ms, `,0000` is 0 ms).
    struct Time: Sendable {
        var seconds: Double
        var short: Bool
        var mark: Character?
        var fractionDigits: Int
    }

    /// A time of a timing line (`00:00:01,000`, `00:00:01.000`, `00:00:11:000`, `1:2:3,4`;
    /// for WebVTT also without hours, `01:02.000`), or nil when it is no time: minutes or
    /// seconds of 60 or more, more than two digits, hours of more than six digits, a fraction
    /// of no digit or that is not digits, or a time past ``Model/Timecode/isPlausible(_:)``.
    static func time(_ text: Substring, format: Format) -> Time? {
        var fields = text.split(separator: ":", omittingEmptySubsequences: false)
        // WebVTT writes hours only when there are some (`01:02.000`).
        if format == .webVTT, fields.count == 2 { fields.insert("0", at: 0) }
        var mark: Character?
        var secondsField = fields.last ?? ""
        var fraction: Substring?
        if fields.count == 4, (1...3).contains(fields[3].count), !fields[2].contains(where: { $0 == "," || $0 == "." }) {
            // `00:00:11:000`: a colon before the milliseconds.
            mark = ":"
            secondsField = fields[2]
            fraction = fields[3]
            fields.removeLast()
        } else if let separator = secondsField.firstIndex(where: { $0 == "," || $0 == "." }) {
            mark = secondsField[separator]
            fraction = secondsField[secondsField.index(after: separator)...]
            secondsField = secondsField[..<separator]
        }
        guard fields.count == 3 else { return nil }
        let whole = [fields[0], fields[1], secondsField]
        guard whole.allSatisfy({ !$0.isEmpty && $0.allSatisfy({ $0.isASCII && $0.isNumber }) }),
            whole.dropFirst().allSatisfy({ $0.count <= 2 }), fields[0].count <= 6,
            let hours = Int(fields[0]), let minutes = Int(fields[1]), let seconds = Int(secondsField),
            minutes < 60, seconds < 60
        else { return nil }
        var value = 0.0
        if let fraction {
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }), let read = Double("0." + fraction) else { return nil }
            value = read
        }
        let total = Double(hours * 3600 + minutes * 60 + seconds) + value
        guard Timecode.isPlausible(total) else { return nil }
        return Time(
            seconds: total, short: whole.dropFirst().contains(where: { $0.count < 2 }), mark: mark, fractionDigits: fraction?.count ?? 0)
    }

    /// How `time` departs from the way `format` writes a time, each as a phrase for a warning
    /// (`a colon before the milliseconds, not a comma`, `a fraction of 4 digits (milliseconds
    /// have three)`); empty when it is written as the format asks. A SubRip time written short
    /// (``Time/short``) is warned by the SubRip reader, with its whole timing line; a SubRip
    /// time with no fraction (`00:00:01`) is read silently, as before.
    static func oddities(of time: Time, format: Format) -> [String] {
        var found: [String] = []
        let mark = format.fractionMark
        if time.mark == ":" {
            found.append("a colon before the milliseconds, not \(mark.name)")
        } else if format == .webVTT, time.mark == "," {
            found.append("a comma before the milliseconds, not \(mark.name)")
        }
        if format == .webVTT, time.short { found.append("minutes or seconds of one digit (they have two)") }
        if format == .subRip, time.short { return found }
        switch time.fractionDigits {
        case 0 where format == .webVTT: found.append("no milliseconds (they have three digits)")
        case 1, 2:
            // The time's own fraction as the example (`,25` is 250 ms), not a fixed one.
            let milliseconds = Int((time.seconds * 1000).rounded()) % 1000
            let written = milliseconds.zeroPadded(to: 3).prefix(time.fractionDigits)
            found.append("a fraction of \(time.fractionDigits) digit\(time.fractionDigits == 1 ? "" : "s") (milliseconds have three; read as a decimal: `\(time.mark ?? mark.mark)\(written)` is \(milliseconds) ms)")
        case 4...: found.append("a fraction of \(time.fractionDigits) digits (milliseconds have three)")
        default: break
        }
        return found
    }

    /// The warnings for the times of one timing line (`line`, 1-based) that ``oddities(of:format:)``
    /// finds departing from the format, each saying how the time was read.
    static func oddTimeWarnings(_ times: [(written: Substring, read: Time?)], format: Format, file: String, line: Int) -> [Diagnostic] {
        times.compactMap { written, read in
            guard let read else { return nil }
            let odd = oddities(of: read, format: format)
            guard !odd.isEmpty else { return nil }
            return Diagnostic(
                .warning, file: file, line: line,
                message: "the time `\(written)` writes \(odd.joined(separator: " and ")); it was read as `\(format.written(read.seconds))`",
                hint: "write \(format.pattern): \(format.fractionMark.name), then three digits of milliseconds")
        }
    }

    /// The characters an arrow between two times is made of, as files in the wild write it.
    static let arrowCharacters: Set<Character> = ["-", "=", "–", "—", "~", ">", "<", "→", "⟶", "⇒", "➔", " ", "\t"]

    /// Whether `arrow` (trimmed) reads as an arrow: arrow characters only, with a head (`>`,
    /// `→`, `<`…) or at least one dash (`--`, a lone `–` or `—` as in a time range), or the word `to`.
    static func isArrow(_ arrow: Substring) -> Bool {
        guard !arrow.isEmpty else { return false }
        if arrow.lowercased() == "to" { return true }
        return arrow.allSatisfy { arrowCharacters.contains($0) }
            && arrow.contains(where: { ">→⟶⇒➔<-–—=~".contains($0) })
    }

    /// A line split at its first `-->` as the WebVTT parser splits a timing line (W3C WebVTT §6.1,
    /// "collect WebVTT cue timings and settings"): the text before the arrow, trimmed (empty when
    /// there is none), the arrow, and the first word after it (the end; cue settings follow). Nil
    /// when the line holds no `-->`.
    static func arrowParts(_ line: Substring) -> (start: Substring, arrow: Substring, end: Substring)? {
        guard let arrow = line.range(of: "-->") else { return nil }
        return (line[..<arrow.lowerBound].trimmingWhitespace(), line[arrow], line[arrow.upperBound...].trimmingWhitespace().prefix(while: { !$0.isWhitespace }))
    }

    /// Two times (``time(_:format:)``) apart by an arrow, well formed or broken (``isArrow(_:)``),
    /// perhaps followed by white space and more (coordinates, cue settings), as written: the
    /// start, the arrow (trimmed) and the end. Nil for any other line.
    static func lenientParts(_ line: Substring, format: Format) -> (start: Substring, arrow: Substring, end: Substring)? {
        let text = line.trimmingWhitespace()
        let isTimeCharacter = { (character: Character) in character.isASCII && (character.isNumber || character == ":" || character == "," || character == ".") }
        let start = text.prefix(while: isTimeCharacter)
        guard time(start, format: format) != nil else { return nil }
        let afterStart = text[start.endIndex...]
        let separator = afterStart.prefix(while: { !($0.isASCII && $0.isNumber) })
        let arrow = separator.trimmingWhitespace()
        guard isArrow(arrow) else { return nil }
        let end = afterStart[separator.endIndex...].prefix(while: isTimeCharacter)
        guard time(end, format: format) != nil else { return nil }
        let rest = afterStart[end.endIndex...]
        guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
        return (start, arrow, end)
    }

    /// A timing line with no start: an arrow (``isArrow(_:)``: `-->`, `-`, `->`…) then a time
    /// and nothing else (`- 00:00:22,000`, `--> 00:00:22.000`); the start is empty. Nil for any
    /// other line.
    static func startlessParts(_ line: Substring, format: Format) -> (start: Substring, arrow: Substring, end: Substring)? {
        let text = line.trimmingWhitespace()
        let arrow = text.prefix(while: { arrowCharacters.contains($0) })
        let end = text[arrow.endIndex...]
        guard isArrow(arrow.trimmingWhitespace()), time(end, format: format) != nil else { return nil }
        return (text[text.startIndex..<text.startIndex], arrow.trimmingWhitespace(), end)
    }

    /// The warning for a timing line (`line`, 1-based) whose end is followed by a second arrow
    /// (`00:00:05,000 --> 00:00:06,000 --> 00:00:07,000`), `afterEnd` being the rest of the line
    /// after its end; nil when the rest holds no arrow first (coordinates, cue settings).
    static func secondArrowWarning(
        afterEnd: Substring, start: Substring, end: Substring, format: Format, file: String, line: Int
    ) -> Diagnostic? {
        guard let arrow = afterEnd.range(of: "-->") ?? afterEnd.range(of: "->"), afterEnd[..<arrow.lowerBound].trimmingWhitespace().isEmpty else { return nil }
        return Diagnostic(
            .warning, file: file, line: line,
            message: "the timing line has a second arrow after its end (`\(afterEnd)`); it was read as `\(start) --> \(end)`, the rest left out",
            hint: "write one start and one end: \(format.pattern) --> \(format.pattern)")
    }

    /// The warning for a cue (timing line `line`) that starts (`start`, seconds) before the cue
    /// before it (`previousStart`, timing line `previousLine`): SubRip and WebVTT say it alike.
    static func goingBackWarning(start: Double, previousStart: Double, previousLine: Int, format: Format, file: String, line: Int) -> Diagnostic {
        Diagnostic(
            .warning, file: file, line: line,
            message: "the cue starts (\(format.written(start))) before the cue before it (\(format.written(previousStart)), timing line \(previousLine)); the page keeps the file's order, and the WebVTT export puts the cues in time order",
            hint: "put the cues in the order of their start, or correct the time")
    }

    /// The warning for a timing line (`line`, 1-based; `text` as written) with a time that cannot
    /// be read: `wrong` says which (``whatIsWrong(start:end:startRead:endRead:)``), `kept` how its
    /// cue is kept (``CueTiming/keptDescription(start:end:startRead:previous:format:)``).
    static func invalidTimingWarning(_ text: Substring, wrong: String, kept: String, format: Format, file: String, line: Int) -> Diagnostic {
        Diagnostic(
            .warning, file: file, line: line,
            message: "invalid \(format.name) timing `\(text.trimmingWhitespace())`: \(wrong); its cue is \(kept)",
            hint: "write \(format.pattern) --> \(format.pattern), with minutes and seconds below 60")
    }

    /// What is wrong with a timing line whose start or end cannot be read, as written (`start`,
    /// `end`, empty when missing): `it has no start time`, `its end `banana` is not a time`…
    static func whatIsWrong(start: Substring, end: Substring, startRead: Bool, endRead: Bool) -> String {
        func problem(_ text: Substring, _ name: String) -> String {
            text.isEmpty ? "it has no \(name) time" : "its \(name) `\(text)` is not a time"
        }
        if !startRead, !endRead, !start.isEmpty, !end.isEmpty { return "its start `\(start)` and its end `\(end)` are not times" }
        return startRead ? problem(end, "end") : problem(start, "start")
    }
}

import Model
import Testing

@testable import Ingest

/// What the sixteenth session's site tester found in seeds' metadata: keys repeated in another
/// case in front matter and sidecar files, the last one winning without a word; date messages
/// that named the wrong thing (`2024-13-01` "has no day 01", a `Date:` header line called front
/// matter), or none at all (`30 February 2024` under a title, a year `-0001`, an offset `+25:00`).
struct MetadataLeftoverTests {
    static func read(_ text: String, _ path: String, sidecar: String? = nil) throws -> SeedReader.Result {
        try SeedReader.read(Array(text.utf8), seedPath: path, sidecar: sidecar.map { Array($0.utf8) })
    }

    /// A front-matter or sidecar key repeated in another case is warned at its line, naming the first, which is used (it was the last, silently). Near
    /// miss: one key per name, no warning; `Title:` alone is read as `title:`.
    @Test func caseRepeatedKeysAreWarnedAndTheFirstIsUsed() throws {
        let seed = "---\ntitle: Conseil\nTitle: Autre\nlang: fr\nlanguage: en\ndate: 2016-05-03\n---\n\nLe maire a dit : « Nous verrons. »\n"
        let result = try Self.read(seed, "a.txt")
        #expect(result.warnings.map(\.description) == [
            "a.txt:3: warning: front-matter key 'Title' repeats 'title' (line 2) in another case, and keys are read without regard to case; the first one is used and this one was ignored (keep one of them)",
        ])
        #expect(result.document.metadata.title == "Conseil")

        let vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hello.\n"
        let sidecar = try Self.read(vtt, "n.vtt", sidecar: "title: \"S\"\ndate: 2024-01-01\nDate: 2024-02-30\n")
        #expect(sidecar.warnings.map(\.description) == [
            "n.vtt.yml:3: warning: front-matter key 'Date' repeats 'date' (line 2) in another case, and keys are read without regard to case; the first one is used and this one was ignored (keep one of them)"
        ])
        #expect(sidecar.document.metadata.date == "2024-01-01")

        let single = try Self.read("---\nTitle: Conseil\nlang: fr\n---\n\nTexte.\n", "b.txt")
        #expect(single.warnings.isEmpty, "\(single.warnings)")
        #expect(single.document.metadata.title == "Conseil")
    }

    /// Each refused date says what is wrong with it, at its line: a month that does not exist,
    /// a signed year, an offset that is no offset; a `Date:` header line is called one. Near
    /// misses: `2024-12-01`, offsets `+05:30`, `-0800` and `Z` are read.
    @Test func dateMessagesSayWhatIsWrong() throws {
        func yaml(_ date: String) -> String { "---\ntitle: Conseil\nlang: fr\ndate: \(date)\n---\n\nTexte.\n" }
        for (date, problem, hint) in [
            ("2024-13-01", "there is no month 13 (months are 01–12)", "correct the date: it is written as YYYY-MM-DD, but that day does not exist"),
            ("-0001-01-01", "`-0001` is not a year from 0001 on (a signed, expanded year is not read)", "write dates as YYYY-MM-DD"),
            ("2024-01-01T10:00+25:00", "`+25:00` is not a time offset (Z, or +hh:mm / -hh:mm with hours 00–23 and minutes 00–59, RFC 3339 §5.6 `time-numoffset`)",
             "correct the time after the date (hh:mm or hh:mm:ss, then Z or an offset such as +01:00), or write the date alone as YYYY-MM-DD"),
        ] {
            let result = try Self.read(yaml(date), "d.txt")
            #expect(result.warnings.map(\.description) == [
                "d.txt:4: warning: front matter date `\(date)` is refused: \(problem); the date is unknown (\(hint))"
            ])
            #expect(result.document.metadata.date == nil, "\(date)")
        }
        for (date, expected) in [("2024-12-01", "2024-12-01"), ("2024-01-01T10:00+05:30", "2024-01-01"),
                                 ("2024-01-01T10:00:00-0800", "2024-01-01"), ("2024-01-01T10:00Z", "2024-01-01")] {
            let good = try Self.read(yaml(date), "g.txt")
            #expect(good.warnings.isEmpty, "\(date): \(good.warnings)")
            #expect(good.document.metadata.date == expected)
        }
        let header = try Self.read("Title: Conseil\nDate: 2024-13-01\n\nTexte.\n", "h.txt")
        #expect(header.warnings.map(\.description) == [
            "h.txt:2: warning: header line date `2024-13-01` is refused: there is no month 13 (months are 01–12); the date is unknown (correct the date: it is written as YYYY-MM-DD, but that day does not exist)"
        ])
    }

    /// A date line under a title whose day does not exist is warned at its line and kept as
    /// text (it was dropped from the date without a word). Near miss: `28 February 2024` is the
    /// date, with no warning.
    @Test func anImpossibleDateLineUnderATitleIsWarned() throws {
        let bad = try Self.read("Conseil municipal\n30 February 2024\nLe maire a dit : « Nous verrons. »\n", "t.txt")
        #expect(bad.warnings.map(\.description) == [
            "t.txt:2: warning: `30 February 2024` reads as a date line, but it is no calendar date (February has no day 30 in 2024); it was not taken as the document's date, and is kept as text (correct the date, or write it as YYYY-MM-DD in a `date:` line)"
        ])
        #expect(bad.document.metadata.date == nil)
        #expect(bad.document.blocks.first?.text.hasPrefix("30 February 2024") == true)
        let good = try Self.read("Conseil municipal\n28 February 2024\nLe maire a dit : « Nous verrons. »\n", "t.txt")
        #expect(good.warnings.isEmpty, "\(good.warnings)")
        #expect(good.document.metadata.date == "2024-02-28")
    }

    /// What the seventeenth session's site tester found: an impossible `Date:` line under a plain
    /// title line was silent, and an impossible date line under a title with a blank line after
    /// it was warned twice. Each is warned once, at its line. Near misses: a good `Date:` line
    /// under a title is the date, with no warning; a line that only mentions a date is no date line.
    @Test func anImpossibleDateHeaderUnderATitleIsWarnedOnce() throws {
        let message = { (file: String, line: Int, text: String) in
            "\(file):\(line): warning: `\(text)` reads as a date line, but it is no calendar date (February has no day 30 in 2024); it was not taken as the document's date, and is kept as text (correct the date, or write it as YYYY-MM-DD in a `date:` line)"
        }
        for (seed, text) in [
            ("Council meeting\nDate: 30 February 2024\n\nAnn Lee said: \"We will see.\"\n", "Date: 30 February 2024"),
            ("Conseil municipal\nDate : 30 février 2024\n\nLe maire a dit : « Nous verrons. »\n", "Date : 30 février 2024"),
            ("Council meeting\n30 February 2024\n\nAnn Lee said: \"We will see.\"\n", "30 February 2024"),
        ] {
            let result = try Self.read(seed, "d.txt")
            let expected = message("d.txt", 2, text).replacingOccurrences(of: "(February", with: text.contains("février") ? "(février" : "(February")
            #expect(result.warnings.map(\.description) == [expected], "\(seed)")
            #expect(result.document.metadata.date == nil, "\(seed)")
        }
        let good = try Self.read("Council meeting\nDate: 28 February 2024\n\nAnn Lee said: \"We will see.\"\n", "g.txt")
        #expect(good.warnings.isEmpty, "\(good.warnings)")
        #expect(good.document.metadata.date == "2024-02-28")
        let mention = try Self.read("Council meeting\nThe vote of 30 February 2024 was void.\n\nAnn Lee said: \"We will see.\"\n", "m.txt")
        #expect(mention.warnings.isEmpty, "\(mention.warnings)")
    }
}

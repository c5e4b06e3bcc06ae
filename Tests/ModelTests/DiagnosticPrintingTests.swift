import Model
import Testing

/// Messages as the command prints them (the twentieth session's user check and site tester):
/// the errors first, whatever the order of the seeds, each group in the order given; a warning
/// repeated in one file (of one kind: the same words but for numbers and quoted input) printed
/// three times and then summed up; other warnings, and the same kind in another file, not.
@Test func errorsComeFirstAndAFloodOfOneWarningIsSummedUp() {
    let back = (0..<7).map { index in
        Diagnostic(
            .warning, file: "seeds/a.vtt", line: 3 * index + 6,
            message: "the cue starts (00:0\(9 - index):00.000) before the cue before it (00:0\(9 - index):30.000, timing line \(3 * index + 3))",
            hint: "put the cues in the order of their start")
    }
    let other = Diagnostic(.warning, file: "seeds/a.vtt", line: 8, message: "invalid WebVTT timing `00:61 --> 00:62`: its minutes are not below 60")
    let elsewhere = Diagnostic(.warning, file: "seeds/b.vtt", line: 6, message: back[0].message)
    let error = Diagnostic(.error, file: "seeds/z.md", line: 2, column: 8, message: "front matter is not valid YAML")
    let lines = ([back[0], back[1], other] + back.dropFirst(2) + [elsewhere, error]).printedLines()
    // The warnings of a file in line order (the site tester of the twenty-first session): the
    // warning of another kind on line 8 comes between the first two of the flood, which is
    // still folded after its third.
    #expect(lines == [
        "seeds/z.md:2:8: error: front matter is not valid YAML",
        back[0].description,
        "seeds/a.vtt:8: warning: invalid WebVTT timing `00:61 --> 00:62`: its minutes are not below 60",
        back[1].description, back[2].description,
        "… and 4 more like this in seeds/a.vtt (lines 15 to 24)",
        elsewhere.description,
    ])
    // Near miss: three of a kind are printed whole, with no line after them.
    #expect(Array(back.prefix(3)).printedLines() == back.prefix(3).map(\.description))
    #expect(([error] + back).errorCount == 1)
    #expect(([error] + back).warningCount == 7)
}

/// A file name with a line feed (or any control character) does not break `file:line:`: it is
/// written as an escape, in the place and in the message; a name without one is as it was.
@Test func controlCharactersInFileNamesAreEscaped() {
    let diagnostic = Diagnostic(
        .error, file: "seeds/a\nb\u{7}.md", line: 2, message: "kept from seeds/c\td.txt", hint: "see seeds/e\u{85}f.txt")
    #expect(diagnostic.description == "seeds/a\\nb\\u{7}.md:2: error: kept from seeds/c\\td.txt (see seeds/e\\u{85}f.txt)")
    #expect(Diagnostic(.warning, file: "seeds/café.md", message: "x").description == "seeds/café.md: warning: x")
}

/// Input a message quotes between backquotes is cut at 120 characters with `…` (a 100,000-digit
/// timing line is not echoed whole); quoted input of 120 characters (a long slug), and the
/// message's own words however long, are kept whole. A key quoted otherwise is cut by
/// `Diagnostic.echo`.
@Test func longQuotedInputIsCut() {
    let long = "00:00:01,000 --> " + String(repeating: "9", count: 100_000)
    let diagnostic = Diagnostic(
        .warning, file: "seeds/a.srt", line: 2, message: "invalid SubRip timing `\(long)`: its end is not a time",
        hint: "write hh:mm:ss,mmm --> hh:mm:ss,mmm")
    #expect(diagnostic.description
        == "seeds/a.srt:2: warning: invalid SubRip timing `00:00:01,000 --> \(String(repeating: "9", count: 102))…`: its end is not a time (write hh:mm:ss,mmm --> hh:mm:ss,mmm)")
    let longest = String(repeating: "x", count: 120)
    let words = String(repeating: "word ", count: 40)
    #expect(Diagnostic(.warning, file: "a", message: "`\(longest)` \(words)").description == "a: warning: `\(longest)` \(words)")
    #expect(Diagnostic.echo(String(repeating: "k", count: 200)) == String(repeating: "k", count: 119) + "…")
    #expect(Diagnostic.echo("title") == "title")
}

/// A flood of one kind is folded even when warnings of another kind come between its lines
/// (they ended the run folded, so that a file whose every cue had two faults printed them all):
/// the first three are printed, the line after the third sums up the rest, and the warnings of
/// the other kind keep their places (folded in turn when they are a flood too); bidirectional
/// controls in a file name are escaped, as other controls are.
@Test func aFloodIsFoldedAcrossWarningsOfAnotherKindAndBidiControlsAreEscaped() {
    let flood = (1...8).map { Diagnostic(.warning, file: "seeds/a.vtt", line: $0 * 10, message: "cue \($0) is empty; it was left out") }
    let other = Diagnostic(.warning, file: "seeds/a.vtt", line: 45, message: "invalid WebVTT timing `00:61 --> 00:62`")
    #expect((flood + [other]).printedLines() == [
        flood[0].description, flood[1].description, flood[2].description,
        "… and 5 more like this in seeds/a.vtt (lines 40 to 80)",
        other.description,
    ])
    // Two kinds taking turns, six of each: three of each printed in their places, each summed
    // up after its third. Near miss: three of each are printed whole.
    let late = (1...6).map { Diagnostic(.warning, file: "seeds/b.srt", line: $0 * 4, message: "cue \($0) starts before the cue before it") }
    let empty = (1...6).map { Diagnostic(.warning, file: "seeds/b.srt", line: $0 * 4 + 1, message: "cue \($0) is empty; it was left out") }
    let turns = zip(late, empty).flatMap { [$0, $1] }
    #expect(turns.printedLines() == [
        late[0].description, empty[0].description, late[1].description, empty[1].description, late[2].description,
        "… and 3 more like this in seeds/b.srt (lines 16 to 24)",
        empty[2].description,
        "… and 3 more like this in seeds/b.srt (lines 17 to 25)",
    ])
    let few = Array(turns.prefix(6))
    #expect(few.printedLines() == few.map(\.description))
    let bidi = Diagnostic(.error, file: "seeds/a\u{202E}txt.md\u{2066}\u{200F}", line: 1, message: "the seed is empty")
    #expect(bidi.description == "seeds/a\\u{202E}txt.md\\u{2066}\\u{200F}:1: error: the seed is empty")
}

/// Warnings of one kind that quote different keys between single quotes (`unknown label 'x'`)
/// are one flood, as those quoting different values between backquotes are: five unknown labels
/// in one file print three and a line for the other two. Near miss: an apostrophe in a word
/// (`speaker's`) quotes nothing, so two warnings that differ there are two kinds.
@Test func warningsQuotingDifferentKeysAreOneFlood() {
    let unknown = ["hedaer", "foter", "serch", "menuu", "titel"].enumerated().map { index, key in
        Diagnostic(.warning, file: "labels/fr.json", line: index + 2, message: "unknown label '\(key)'")
    }
    #expect(unknown.printedLines() == unknown.prefix(3).map(\.description) + ["… and 2 more like this in labels/fr.json (lines 5 to 6)"])
    let apostrophes = [
        Diagnostic(.warning, file: "a.txt", line: 1, message: "the speaker's name is cut"),
        Diagnostic(.warning, file: "a.txt", line: 2, message: "the speaker's role is cut"),
        Diagnostic(.warning, file: "a.txt", line: 3, message: "the speaker's name is cut"),
        Diagnostic(.warning, file: "a.txt", line: 4, message: "the speaker's role is cut"),
    ]
    #expect(apostrophes.printedLines() == apostrophes.map(\.description))
}

/// Warnings that name different bytes (`byte 0xFF`, `byte 0xFE`) are one kind, as those naming
/// different numbers are (the site tester of the twenty-third session: past five invalid bytes,
/// the decoder's count and the printed one disagreed); the rest on one line is `(line 2)`, not
/// `(lines 2 to 2)`. Near miss: a byte cut short (`bytes 0xE2 0x80 (a character cut short)`)
/// is another kind.
@Test func warningsNamingDifferentBytesAreOneFlood() {
    let bytes = [0xFF, 0xFE, 0xFF, 0xC0, 0xFF].enumerated().map { index, byte in
        Diagnostic(.warning, file: "a.txt", line: index < 3 ? 1 : 2, column: index + 1, message: String(format: "byte 0x%02X is not valid UTF-8", byte))
    }
    #expect(bytes.printedLines() == bytes.prefix(3).map(\.description) + ["… and 2 more like this in a.txt (line 2)"])
    let cut = bytes.prefix(3) + [Diagnostic(.warning, file: "a.txt", line: 3, message: "bytes 0xE2 0x80 (a character cut short) are not valid UTF-8")]
    #expect(Array(cut).printedLines() == cut.map(\.description))
}

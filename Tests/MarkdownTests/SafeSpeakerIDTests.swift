@testable import Markdown
import Model
import Testing

/// A hand-edited speaker id that cannot name a page folder is read as its slug, with a warning
/// at its line, so that the page is still published.
@Test func unsafeSpeakerIDsInSpansAndTurnsAreReadAsSlugsWithAWarning() throws {
    let markdown = """
        ---
        title: "Bad"
        lang: en
        ---

        Ann said [“hello there”]{#q-000016 .quote who=a/b}. End.

        ::: {.turn who=../x}
        Bob spoke [“at length”]{#q-000017 .quote who=.hidden}.
        :::

        Then [“again”]{#q-000018 .quote who=a/b}.
        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "badwho.md")
    let transcript = result.transcript
    #expect(transcript.quotations.map(\.speakerID) == ["a-b", "hidden", "a-b"])
    #expect(transcript.blocks[1].turn?.speakerID == "x")
    let replaced = result.warnings.filter { $0.message.contains("cannot name a speaker page") }
    #expect(replaced.map(\.line) == [6, 8, 9])
    #expect(replaced.first?.message == "speaker id 'a/b' cannot name a speaker page folder (or differs from another only by case); it was read as 'a-b'")
    #expect(Set(transcript.speakers.map(\.id)) == ["a-b", "x", "hidden"])
}

/// Front-matter speaker keys that are no slugs: `"a/b"` is read as its slug; `ZOE` beside `zoe`
/// (which a file system that ignores case would write to one folder) is the same speaker, as in
/// any other seed's front matter and across the site: the first listed id, with the other's
/// name as an alias and a warning at its line.
@Test func unsafeFrontMatterSpeakerKeysAreReadAsDistinctSlugs() throws {
    let markdown = """
        ---
        title: "Keys"
        lang: en
        speakers:
          zoe: {name: Zoe Low}
          ZOE: {name: Zoe High}
          "a/b": {name: Ann Bee}
        ---

        Zoe said [“low”]{#q-000001 .quote who=zoe} and [“high”]{#q-000002 .quote who=ZOE}; Ann [“hi”]{#q-000003 .quote who=a/b}.
        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "keys.md")
    #expect(result.transcript.speakers.map(\.id) == ["zoe", "a-b"])
    #expect(result.transcript.speakers.map(\.name) == ["Zoe Low", "Ann Bee"])
    #expect(result.transcript.speakers.first?.aliases == ["Zoe High"])
    #expect(result.transcript.metadata.speakers.map(\.id) == ["zoe", "a-b"])
    #expect(result.transcript.quotations.map(\.speakerID) == ["zoe", "zoe", "a-b"])
    let replaced = result.warnings.filter { $0.message.contains("cannot name a speaker page") }
    #expect(replaced.map(\.line) == [7])
    #expect(result.warnings.filter { $0.message.contains("differs from '") }.map(\.description) == [
        "keys.md:6: warning: speaker id 'ZOE' differs from 'zoe' (line 5) only by case, and their pages would share one folder on macOS and Windows; both are read as the speaker 'zoe' (write the id one way everywhere, `zoe`)",
    ])
    #expect(!result.warnings.contains { $0.message.contains("not listed") })
}

@Test func aNullSpeakerKeyIsReadAsAnUntitledSlug() throws {
    let markdown = """
        ---
        title: "Null"
        lang: en
        speakers:
          ~: {name: Nobody}
        ---

        Text.
        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "null.md")
    let id = try #require(result.transcript.speakers.first?.id)
    #expect(id.hasPrefix("untitled-") && SafeSpeakerIDs.isSafe(id))
    #expect(result.warnings.contains { $0.line == 5 && $0.message.contains("cannot name a speaker page") })
}

/// A quotation `#id` written twice (a span copied in a hand-edited file) is kept once: the
/// second quotation gets a new id and a warning at its line.
@Test func aRepeatedQuotationIDIsReplacedWithAWarning() throws {
    let markdown = """
        ---
        title: "Twice"
        lang: en
        ---

        Ann said [“one”]{#q-000014 .quote}.
        Then, on a second line,
        she said [“two”]{#q-000014 .quote}.
        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "twice.md")
    let ids = result.transcript.quotations.map(\.id)
    #expect(ids.count == 2 && ids[0] == "q-000014" && ids[1] == "q-" + StableHash.hex(result.transcript.quotations[1].text))
    #expect(result.warnings.map(\.description) == [
        "twice.md:8: warning: quotation id `q-000014` is already used at line 6; this quotation was given a new id"
    ])
}

/// A reserved private-use character written as a YAML escape becomes U+FFFD, as a raw one does,
/// and the document written back reads the same.
@Test func privateUseYAMLEscapesInFrontMatterBecomeReplacementCharacters() throws {
    let markdown = #"""
        ---
        title: "FM \uE000 and \U000F0001"
        lang: en
        speakers:
          ann: {name: "Ann \uE0FF"}
        ---

        Ann said [“hi”]{#q-000001 .quote who=ann}.
        """#
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "pua.md")
    #expect(result.transcript.metadata.title == "FM \u{FFFD} and \u{FFFD}")
    #expect(result.transcript.speakers.map(\.name) == ["Ann \u{FFFD}"])
    let written = AnnotatedMarkdownWriter.document(for: result.transcript, slug: "pua")
    let again = try AnnotatedMarkdownReader.read(written, seedPath: "pua.md")
    #expect(AnnotatedMarkdownWriter.document(for: again.transcript, slug: "pua") == written)
    #expect(again.transcript.metadata.title == "FM \u{FFFD} and \u{FFFD}")
}

/// A form feed (a page break) ends a line of text but starts no line in the file: later
/// blocks and messages keep the file's line numbers.
@Test func aFormFeedInAnnotatedMarkdownShiftsNoLaterLine() throws {
    let markdown = "---\ntitle: \"FF\"\nlang: en\n---\n\nA\u{0C}B\n\nAnn said [“x”]{#q-000001 .quote who=ann}. [y]{.odd}\n"
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "ff.md")
    #expect(result.transcript.blocks.map(\.text) == ["A\nB", "Ann said “x”. y"])
    #expect(result.transcript.blocks.map(\.line) == [6, 8])
    #expect(result.warnings.map(\.line) == [8, 8])
}

/// A `lang:` that is no language tag in annotated Markdown is warned about at its line and
/// recorded as `und`, as a seed's front matter is.
@Test func aLangThatIsNoLanguageTagIsWarnedAtItsLine() throws {
    let markdown = "---\ntitle: \"L\"\nslug: l\nlang: \"english please\"\n---\n\nText.\n"
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "l.md")
    #expect(result.transcript.metadata.lang == "und")
    #expect(result.warnings.map(\.description) == [
        "l.md:4: warning: `english please` is not a language tag; the language is recorded as `und` (write a BCP 47 tag such as fr, en or pt-BR)"
    ])
}

/// An id a `speakers.yml` may choose (`JDupont`) stays; the same id written in another case in
/// the body (`jdupont`, one folder with it where case is ignored) joins that speaker.
@Test func anIdDifferingOnlyByCaseJoinsTheSpeakerFirstWritten() throws {
    let markdown = """
        ---
        title: "Case"
        lang: en
        speakers:
          JDupont: {name: Jean Dupont}
        ---

        He said [“one”]{#q-000001 .quote who=JDupont} and [“two”]{#q-000002 .quote who=jdupont}.
        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "case.md")
    #expect(result.transcript.speakers.map(\.id) == ["JDupont"])
    #expect(result.transcript.quotations.map(\.speakerID) == ["JDupont", "JDupont"])
    #expect(result.warnings.map(\.description) == [
        "case.md:8: warning: speaker id 'jdupont' cannot name a speaker page folder (or differs from another only by case); it was read as 'JDupont' (write each speaker id one way, in letters, digits and `-`, such as `JDupont`)"
    ])
}

/// A span whose attributes a hand edit broke (a quote or brace never closed) is kept as text, as
/// before, but now with a warning at its line; a `confidence` outside [0, 1] is warned too.
@Test func aBrokenSpanInAHandEditedFileIsWarnedAtItsLine() throws {
    let markdown = """
        ---
        title: "Edited"
        lang: en
        ---

        Ann said [“hello there”]{#q-000016 .quote who="ann}. End.

        Bob said [“at length”]{#q-000017 .quote who=bob. Then more.

        Cy said [“fine”]{#q-000018 .quote who=cy confidence=2}.

        A footnote [1] and [a link](http://example.org) stay text.
        """
    let result = try AnnotatedMarkdownReader.read(markdown, seedPath: "edited.md")
    let broken = result.warnings.filter { $0.message.contains("attributes cannot be read") }
    #expect(broken.map(\.line) == [6, 8])
    #expect(broken.first?.message == "`]{#q-000016 .quote who=\"ann}. End.` is a span's closing whose attributes cannot be read (a `}` or a `\"` never closed, an attribute with no value); the span and its attributes were kept as text")
    #expect(result.transcript.blocks[0].text == "Ann said [“hello there”]{#q-000016 .quote who=\"ann}. End.")
    let confidence = result.warnings.filter { $0.message.hasPrefix("confidence") }
    #expect(confidence.map(\.description) == ["edited.md:10: warning: confidence `2` is not in [0, 1]; 1.0 used"])
    #expect(result.transcript.quotations.map(\.attribution.confidence) == [1.0])
    #expect(result.warnings.count == 4, "\(result.warnings)")  // and `cy` not listed
}

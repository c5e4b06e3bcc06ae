import Foundation
import Model
import Site
import Testing

@Suite struct TemplateAndValueTests {
    /// A copy of the repository's templates in a temporary folder, changed by `edit`.
    func templates(_ edit: (URL) throws -> Void) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("verbatim-templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SiteFixture.templatesDirectory, to: folder)
        try edit(folder)
        return folder
    }

    func diagnostic(_ folder: URL) -> Diagnostic? {
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try SiteBuilder(configuration: SiteConfiguration(templatesDirectory: folder, title: "t"))
            return nil
        } catch {
            return error
        }
    }

    @Test func missingPageTemplateIsNamed() throws {
        let folder = try templates { try FileManager.default.removeItem(at: $0.appendingPathComponent("speaker.mustache")) }
        let error = try #require(diagnostic(folder))
        #expect(error.message == "missing template 'speaker.mustache'")
        #expect(error.file.hasSuffix("/speaker.mustache"))
    }

    @Test func missingPartialIsNamedWithFileAndLine() throws {
        let folder = try templates {
            try "<p>\n{{> partials/nowhere}}\n".write(
                to: $0.appendingPathComponent("search.mustache"), atomically: true, encoding: .utf8)
        }
        let error = try #require(diagnostic(folder))
        #expect(error.message == "missing partial 'partials/nowhere'")
        #expect(error.file.hasSuffix("/search.mustache"))
        #expect(error.line == 2)
    }

    @Test func syntaxErrorIsNamedWithFileAndLine() throws {
        let folder = try templates {
            try "<h1>{{title}}</h1>\n<ul>\n{{#speakers}}<li>{{name}}</li>{{/groups}}\n</ul>\n".write(
                to: $0.appendingPathComponent("speakers.mustache"), atomically: true, encoding: .utf8)
        }
        let error = try #require(diagnostic(folder))
        #expect(error.file.hasSuffix("/speakers.mustache"))
        #expect(error.line == 3)
        #expect(error.message == "template syntax error: a section is closed with a name it was not opened with")
    }

    @Test func misspelledVariableIsNamedWithFileAndLine() throws {
        let folder = try templates {
            try "<h1>{{name}}</h1>\n{{#hasRole}}<p>{{rol}}</p>{{/hasRole}}\n".write(
                to: $0.appendingPathComponent("speaker.mustache"), atomically: true, encoding: .utf8)
        }
        let error = try #require(diagnostic(folder))
        #expect(error.message == "unknown variable 'rol'")
        #expect(error.file.hasSuffix("/speaker.mustache"))
        #expect(error.line == 2)
    }

    @Test(arguments: ["/archives/", "https://", "ftp://example.org/", "https://example.org/a b/", "https://x/?a=1&b=<2>", "https://example.org/#top"])
    func invalidBaseURLIsRefused(_ base: String) {
        #expect(throws: Diagnostic.self) {
            _ = try SiteBuilder(configuration: SiteFixture.configuration(baseURL: base))
        }
    }

    @Test func baseURLGetsItsTrailingSlash() throws {
        let builder = try SiteBuilder(configuration: SiteFixture.configuration(baseURL: "http://example.org/x"))
        #expect(builder.configuration.baseURL == "http://example.org/x/")
    }

    @Test func duplicateOrUnsafeSlugsAreRefused() throws {
        let builder = try SiteBuilder(configuration: SiteFixture.configuration())
        var documents = SiteFixture.documents
        documents[1].slug = documents[0].slug
        do {
            _ = try builder.build(documents)
            Issue.record("duplicate slug accepted")
        } catch {
            #expect(error.message.contains("already used by \(documents[0].transcript.seedPath)"))
        }
        documents[1].slug = "../escape"
        #expect(throws: Diagnostic.self) { _ = try builder.build(documents) }
    }

    @Test func calendarDatesFormatWithoutTimeZones() {
        let date = CalendarDate(iso: "2024-03-01")
        #expect(date?.formatted(lang: "fr") == "1 mars 2024")
        #expect(date?.formatted(lang: "fr-CA") == "1 mars 2024")
        #expect(date?.formatted(lang: "en") == "1 March 2024")
        #expect(date?.formatted(lang: "de") == "2024-03-01")
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-29")?.iso == "2024-02-29")
        #expect(CalendarDate(iso: "2024-3-1") == nil)
        #expect(CalendarDate(iso: "2024-03-01T00:00:00Z") == nil)
        #expect(CalendarDate(secondsSince1970: 0).iso == "1970-01-01")
        #expect(CalendarDate(secondsSince1970: 1_709_251_200).iso == "2024-03-01")
        #expect(CalendarDate(secondsSince1970: 1_709_251_199).iso == "2024-02-29")
        #expect(CalendarDate(secondsSince1970: -1).iso == "1969-12-31")
    }

    @Test func xmlEscapingRemovesForbiddenCharacters() {
        #expect(XMLEscaping.escape("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;")
        let forbidden = (0..<0x20).filter { ![0x9, 0xA, 0xD].contains($0) }.map { Character(Unicode.Scalar($0)!) }
            + ["\u{FFFE}", "\u{FFFF}"]
        let text = "x" + String(forbidden) + "y\t\n"
        #expect(XMLEscaping.removingForbiddenCharacters(text) == "xy\t\n")
        #expect(XMLEscaping.escape(text) == "xy\t\n")
    }

    @Test func jsonValuesAreWrittenDeterministically() {
        #expect(JSONValue.fixed(0.849).text == "0.85\n")
        #expect(JSONValue.fixed(0.005).text == "0.01\n")
        #expect(JSONValue.fixed(1).text == "1.0\n")
        #expect(JSONValue.fixed(.nan).text == "0.0\n")
        #expect(JSONValue.fixed(-0.001).text == "0.0\n")
        let value = JSONValue.object([("b", .string("a/b\u{1}\"\\\n")), ("a", .array([])), ("c", .null)])
        #expect(value.text == "{\n  \"b\": \"a/b\\u0001\\\"\\\\\\n\",\n  \"a\": [],\n  \"c\": null\n}\n")
    }
}

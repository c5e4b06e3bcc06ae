import Evaluate
import Foundation
import Testing

/// A gold file that is not valid JSON is named with the line and column where the parser
/// stopped; one of the wrong shape with the path of the value; a JSON Lines record with its line.
@Suite struct GoldFileErrorTests {
    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "no error" } catch { return "\(error)" }
    }

    @Test func syntaxErrorNamesLineAndColumn() throws {
        let gold = "{\n  \"document\": \"a.txt\",\n  \"quotations\": [\n    {\"kind\": \"direct\" \"text\": \"Oui\"}\n  ]\n}\n"
        let url = try folder(["a.gold.json": gold, "a.txt": "Oui."])
        defer { try? FileManager.default.removeItem(at: url) }
        let text = message { _ = try GoldCase.load(goldDirectory: url, seedDirectory: nil) }
        #expect(text.hasPrefix(url.appendingPathComponent("a.gold.json").path + ":4:23: error: not a gold annotation (not valid JSON: invalid value;"), "\(text)")
    }

    @Test func wrongShapeNamesTheValue() throws {
        let gold = "{\"document\": \"a.txt\", \"lang\": \"fr\", \"source\": \"s\", \"speakers\": [], \"quotations\": [{\"kind\": \"direct\", \"text\": 5, \"speaker\": null, \"nested\": false}]}"
        let url = try folder(["a.gold.json": gold, "a.txt": "Oui."])
        defer { try? FileManager.default.removeItem(at: url) }
        let text = message { _ = try GoldCase.load(goldDirectory: url, seedDirectory: nil) }
        #expect(text.contains("a.gold.json: error: not a gold annotation ("), "\(text)")
        #expect(text.contains("at `quotations[0].text`"), "\(text)")
    }

    /// Old Mac line ends (a carriage return alone) count as line ends, as CRLF and LF do.
    @Test func syntaxErrorPlaceCountsBareCarriageReturns() throws {
        for end in ["\r", "\r\n", "\n"] {
            let gold = ["{", "  \"document\": \"a.txt\",", "  \"quotations\": [", "    {\"kind\": \"direct\" \"text\": \"Oui\"}", "  ]", "}", ""]
                .joined(separator: end)
            let url = try folder(["a.gold.json": gold, "a.txt": "Oui."])
            defer { try? FileManager.default.removeItem(at: url) }
            let text = message { _ = try GoldCase.load(goldDirectory: url, seedDirectory: nil) }
            #expect(text.hasPrefix(url.appendingPathComponent("a.gold.json").path + ":4:23: error:"), "\(end.debugDescription): \(text)")
        }
    }

    /// A value of the wrong type is named in JSON's words (list, string, object), not Swift's.
    @Test func wrongTypeIsSaidInPlainWords() throws {
        let cases: [(String, String)] = [
            (#""speakers": "Ann""#, "expected a list, found a string at `speakers`"),
            (#""speakers": {"a": 1}"#, "expected a list, found an object at `speakers`"),
            (#""speakers": [{"name": 5, "aliases": []}]"#, "expected a string, found a number at `speakers[0].name`"),
        ]
        for (speakers, expected) in cases {
            let gold = "{\"document\": \"a.txt\", \"lang\": \"fr\", \"source\": \"s\", \(speakers), \"quotations\": []}"
            let url = try folder(["a.gold.json": gold, "a.txt": "Oui."])
            defer { try? FileManager.default.removeItem(at: url) }
            let text = message { _ = try GoldCase.load(goldDirectory: url, seedDirectory: nil) }
            #expect(text.contains(expected), "\(text)")
            #expect(!text.contains("Expected to decode"), "\(text)")
        }
    }

    @Test func jsonLinesRecordNamesItsLine() throws {
        let url = try folder(["documents.jsonl": "\n{\"id\": \"1\", \"documentName\": \"x\", \"originalText\": \"y\", \"annotations\": [}\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let text = message { _ = try JSONLinesGoldReader.load(url.appendingPathComponent("documents.jsonl"), lang: "de") }
        #expect(text.hasPrefix(url.appendingPathComponent("documents.jsonl").path + ":2:"), "\(text)")
        #expect(text.contains("not valid JSON"), "\(text)")
    }
}

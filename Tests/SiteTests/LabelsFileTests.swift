import Foundation
import Model
import Testing

@testable import Site

/// A labels file with a value that is not a string, a key no page uses or bytes that are not
/// UTF-8 is refused at its line and column; a control character in a value (C1 mojibake, raw
/// or written as a JSON escape) is removed with one warning at the value, so it reaches no page.
@Suite struct LabelsFileTests {
    /// A `labels/` folder holding `fr.json` with `bytes`, removed after `body`.
    private func withLabels<T>(_ bytes: [UInt8], _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent("fr.json"))
        return try body(folder)
    }

    /// The error `SiteLabels` throws for `text`, as a message without the folder.
    private func error(_ bytes: [UInt8]) throws -> String {
        try withLabels(bytes) { folder in
            do {
                _ = try SiteLabels(language: "fr", folder: folder)
                return "no error"
            } catch let error as Diagnostic {
                return error.description.replacingOccurrences(of: folder.path + "/", with: "")
            } catch {
                return "\(error)"
            }
        }
    }

    @Test func aValueThatIsNotAStringIsPlaced() throws {
        #expect(try error(Array("{\n  \"transcripts\": \"Transcriptions\",\n  \"speakers\": 7\n}\n".utf8))
            == "fr.json:3:15: error: label 'speakers' is not a string (write the word in quotes, like \"speakers\": \"…\")")
        #expect(try error(Array("{\"speakers\": \"Intervenants\",\n \"speakres\": \"x\"}".utf8)).hasPrefix("fr.json:2:2: error: unknown label 'speakres'"))
    }

    @Test func bytesThatAreNotUTF8ArePlaced() throws {
        #expect(try error(Array("{\n  \"speakers\": \"Interv".utf8) + [0xE9] + Array("nants\"\n}\n".utf8))
            == "fr.json:2:22: error: labels file is not valid UTF-8: byte 0xE9 cannot start or continue a character (save the file as UTF-8)")
    }

    @Test func aControlCharacterInAValueIsRemovedWithAWarning() throws {
        for text in ["{\n  \"search\": \"Chercher\",\n  \"speakers\": \"Interv\u{0085}enants\"\n}\n", "{\n  \"search\": \"Chercher\",\n  \"speakers\": \"Interv\\u0085enants\"\n}\n"] {
            try withLabels(Array(text.utf8)) { folder in
                let labels = try SiteLabels(language: "fr", folder: folder)
                #expect(labels["speakers"] == "Intervenants")
                #expect(labels.warnings.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") } == [
                    "fr.json:3:15: warning: label 'speakers' holds a control character (U+0085, a C1 control, probably `…` (Windows-1252 byte 0x85 read as Latin-1)); it was removed (remove it from the file, or type the character meant)",
                ])
            }
        }
        let clean = try withLabels(Array("{\"speakers\": \"Intervenants\"}".utf8)) { folder in
            try SiteLabels(language: "fr", folder: folder)
        }
        #expect(clean.warnings.isEmpty)
    }

    /// Every wrong key and value of a labels file is reported, in file order (an unknown key at
    /// the key); a key given twice is warned at the second; a value holding U+2028 or U+2029 is
    /// one line; nesting too deep gets its own hint.
    @Test func everyProblemOfALabelsFileIsReportedInFileOrder() throws {
        let problems = try withLabels(Array("{\n  \"speakers\": 7,\n  \"speakres\": \"x\",\n  \"search\": []\n}\n".utf8)) { folder -> [String] in
            do {
                _ = try SiteLabels(language: "fr", folder: folder)
                return []
            } catch let error as Diagnostic {
                return ([error] + error.more).map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
            }
        }
        #expect(problems.map { String($0.prefix(while: { $0 != "(" })) } == [
            "fr.json:2:15: error: label 'speakers' is not a string ",
            "fr.json:3:3: error: unknown label 'speakres' ",
            "fr.json:4:13: error: label 'search' is not a string ",
        ], "\(problems)")
        let twice = try withLabels(Array("{\"speakers\": \"A\",\n \"speakers\": \"Intervenants\\u2029du\\u2028jour\"}".utf8)) { folder in
            try SiteLabels(language: "fr", folder: folder)
        }
        #expect(twice["speakers"] == "Intervenants du jour")
        #expect(twice.warnings.map { $0.description.components(separatedBy: "/").last ?? "" } == [
            "fr.json:2:2: warning: label 'speakers' is given again; this last one is used (remove the one not meant)",
        ])
        let deep = try error(Array(("{\"search\": " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}").utf8))
        #expect(deep.contains("nested too deeply") && deep.contains("one flat object of strings") && !deep.contains("missing comma"), "\(deep)")
    }
}

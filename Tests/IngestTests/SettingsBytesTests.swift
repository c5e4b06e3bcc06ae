import Foundation
import Model
import Testing

@testable import Ingest

/// Bytes of a sidecar file that are not UTF-8 are read as a seed's are, and warned at their line
/// and column: they were read silently as U+FFFD, which was published in the title.
struct SettingsBytesTests {
    static let vtt = Array("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Kit>Hello there.\n".utf8)

    /// A sidecar saved as Windows-1252 (`Caf\xE9`) is read as Windows-1252, with a warning at
    /// its first bad byte; one that is UTF-8 but for one stray byte keeps U+FFFD there, with a
    /// warning at that byte; near miss: a UTF-8 sidecar says nothing.
    @Test func aSidecarThatIsNotUTF8IsReadAsASeedIsWithAWarning() throws {
        let latin: [UInt8] = Array("lang: fr\ntitle: Caf".utf8) + [0xE9] + Array(" du port\n".utf8)
        let read = try SeedReader.read(Self.vtt, seedPath: "c.vtt", sidecar: latin)
        #expect(read.document.metadata.title == "Café du port")
        #expect(read.warnings.map(\.description) == [
            "c.vtt.yml:2:11: warning: not valid UTF-8 (the first bad byte is here); read as Windows-1252 (check its accented letters, and save the file as UTF-8)"
        ])
        let stray: [UInt8] = Array("title: « Été".utf8) + [0xFF] + Array(" » à Lorn\nlang: fr\n".utf8)
        let mostly = try SeedReader.read(Self.vtt, seedPath: "c.vtt", sidecar: stray)
        #expect(mostly.document.metadata.title == "« Été\u{FFFD} » à Lorn")
        #expect(mostly.warnings.map(\.description) == [
            "c.vtt.yml:1:13: warning: byte 0xFF is not valid UTF-8; the rest of the file is UTF-8, so it was read as UTF-8 with U+FFFD (�) in its place (retype the character there, or save the file again as UTF-8)"
        ])
        let clean = try SeedReader.read(Self.vtt, seedPath: "c.vtt", sidecar: Array("title: Café du port\n".utf8))
        #expect(clean.document.metadata.title == "Café du port")
        #expect(clean.warnings.isEmpty, "\(clean.warnings)")
    }

    /// A sidecar in no encoding a seed may be in (a byte Windows-1252 leaves undefined) is an
    /// error naming the sidecar at that byte, as a seed would be.
    @Test func aSidecarInNoEncodingIsRefusedAtItsByte() {
        let bytes: [UInt8] = Array("title: Caf".utf8) + [0xE9, 0x81] + Array("\n".utf8)
        let error = #expect(throws: Diagnostic.self) { try SeedReader.read(Self.vtt, seedPath: "c.vtt", sidecar: bytes) }
        #expect(error?.description == "c.vtt.yml:1:12: error: not valid UTF-8, and not Windows-1252 either: byte 0x81 here is not defined in Windows-1252 (save the file as UTF-8)")
    }
}

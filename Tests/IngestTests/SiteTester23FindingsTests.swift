import Foundation
import Model
import Testing

@testable import Ingest

/// The site tester's and reviewer's findings of the twenty-third session about reading seeds
/// and their sidecars (CHANGELOG, Next): each a kind of file, with a near miss.
struct SiteTester23FindingsTests {
    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        Array(text.data(using: littleEndian ? .utf16LittleEndian : .utf16BigEndian)!)
    }

    /// A sidecar written as front matter, between `---` lines of its own, is read (it was
    /// wrapped in two more `---`, which made an empty block and lost every field without a
    /// word), its warnings at the sidecar's own lines; one with no closing line is read to its
    /// end; lines after its closing line are not read, with a warning at the first. Near miss:
    /// a sidecar without `---` is read as before, a comment after the closing line says nothing.
    @Test func aSidecarWithItsOwnFencesIsRead() throws {
        let cue = Array("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Wren Tobin>The ferry leaves at noon.\n".utf8)
        for sidecar in ["---\ntitle: Ferry talk\nlang: xx1\n---\n", "---\ntitle: Ferry talk\nlang: xx1\n", "title: Ferry talk\nlang: xx1\n"] {
            let shift = sidecar.hasPrefix("---") ? 1 : 0
            let result = try SeedReader.read(cue, seedPath: "f.vtt", sidecar: Array(sidecar.utf8))
            #expect(result.document.metadata.title == "Ferry talk", "\(sidecar.debugDescription)")
            #expect(result.warnings.map(\.description) == [
                "f.vtt.yml:\(2 + shift): warning: `xx1` is not a language tag; it was ignored (write a BCP 47 tag such as fr, en or pt-BR)"
            ], "\(sidecar.debugDescription)")
            #expect(result.metadataLines.title == MetadataLines.Place(file: "f.vtt.yml", line: 1 + shift))
        }
        let after = try SeedReader.read(cue, seedPath: "f.vtt", sidecar: Array("---\ntitle: Ferry talk\n---\n# a note\n\ndate: 2024-05-02\n".utf8))
        #expect(after.document.metadata.title == "Ferry talk")
        #expect(after.document.metadata.date == nil)
        #expect(after.warnings.map(\.description) == [
            "f.vtt.yml:6:1: warning: these lines come after the sidecar's closing `---` (line 3), so they were not read (move them above line 3, or remove the `---` lines: a sidecar needs none)"
        ])
        let comment = try SeedReader.read(cue, seedPath: "f.vtt", sidecar: Array("---\ntitle: Ferry talk\n...\n# end\n".utf8))
        #expect(comment.document.metadata.title == "Ferry talk")
        #expect(comment.warnings.isEmpty, "\(comment.warnings)")
    }

    /// A sidecar that belongs to no seed (its seed renamed or gone, a `.yaml` name, a name that
    /// drops the seed's extension) is noted with what to do; a sidecar of a listed seed is not.
    @Test func anOrphanSidecarIsNoted() throws {
        let seeds: Set<String> = ["talk.vtt", "deep/interview.srt"]
        #expect(SeedCatalog.orphanSidecarNote("talk.vtt.yml", seeds: seeds) == nil)
        #expect(SeedCatalog.orphanSidecarNote("deep/interview.srt.yml", seeds: seeds) == nil)
        #expect(SeedCatalog.orphanSidecarNote("gone.vtt.yml", seeds: seeds)?.description
            == "gone.vtt.yml: warning: no seed is named gone.vtt, so this sidecar file was not read (a sidecar is named after its seed with `.yml` added) (rename it after its seed (the seed's name with `.yml` added), or delete it if its seed is gone)")
        #expect(SeedCatalog.orphanSidecarNote("talk.vtt.yaml", seeds: seeds)?.description
            == "talk.vtt.yaml: warning: this file is named like the sidecar of talk.vtt, but a sidecar's name ends in `.yml`, so it was not read (rename it talk.vtt.yml)")
        #expect(SeedCatalog.orphanSidecarNote("deep/interview.yml", seeds: seeds)?.hint == "if it holds the metadata of deep/interview.srt, rename it deep/interview.srt.yml")
    }

    /// UTF-16 with a byte-order mark and a lone last byte is read as the same file without the
    /// mark is (it was refused as not UTF-16), the byte named at its line in both. Near miss:
    /// an even length with a mark reads with no warning.
    @Test func utf16WithAMarkAndALoneLastByteIsReadAsWithoutOne() throws {
        let text = "KIT: Morning.\nBO: Morning, Kit.\n"
        for littleEndian in [true, false] {
            let mark: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let endian = littleEndian ? "little" : "big"
            let marked = try SeedTextDecoder.decode(mark + Self.utf16(text, littleEndian: littleEndian) + [0x0A], file: "m.txt")
            #expect(marked.text == text)
            #expect(marked.warnings.map(\.description) == [
                "m.txt:3: warning: UTF-16 (\(endian)-endian, with a byte-order mark) read as such, but for its lone last byte (0x0A), which was dropped (save the file as UTF-8)"
            ])
            let unmarked = try SeedTextDecoder.decode(Self.utf16(text, littleEndian: littleEndian) + [0x0A], file: "u.txt")
            #expect(unmarked.text == text)
            #expect(unmarked.warnings.map(\.line) == [3])
            let even = try SeedTextDecoder.decode(mark + Self.utf16(text, littleEndian: littleEndian), file: "e.txt")
            #expect(even.text == text && even.warnings.isEmpty)
        }
    }

    /// UTF-16 without a mark of text with no ASCII letter (Chinese, Japanese kana, Korean) is
    /// read as UTF-16, told by a line end or a NUL byte (`一` is `00 4E`) and its units, in both
    /// byte orders (it was read as Windows-1252, or refused as not Windows-1252). Near misses:
    /// the same text in Shift_JIS or GB2312 (no NUL, one-byte line ends) is not taken for UTF-16.
    @Test func eastAsianUTF16WithoutAMarkIsRead() throws {
        let texts = ["港口下周一开放。\n市长说：“我们准备好了。”\n", "みなとは げつようびに あきます。\n", "항구는 월요일에 엽니다.\n", "一艘船今天上午抵达港口。"]
        for text in texts {
            for littleEndian in [true, false] {
                let decoded = try SeedTextDecoder.decode(Self.utf16(text, littleEndian: littleEndian), file: "c.txt")
                #expect(decoded.text == text, "\(text) \(littleEndian)")
                #expect(decoded.warnings.map(\.message) == ["UTF-16 (\(littleEndian ? "little" : "big")-endian) without a byte-order mark; read as such"])
            }
        }
        // `東京の港では、月曜日に新しい船が着きました。` in Shift_JIS, `港口下周一开放，市长说我们准备好了。` in GB2312.
        let shiftJIS: [UInt8] = [
            0x93, 0x8C, 0x8B, 0x9E, 0x82, 0xCC, 0x8D, 0x60, 0x82, 0xC5, 0x82, 0xCD, 0x81, 0x41, 0x8C, 0x8E, 0x97, 0x6A, 0x93, 0xFA, 0x82, 0xC9,
            0x90, 0x56, 0x82, 0xB5, 0x82, 0xA2, 0x91, 0x44, 0x82, 0xAA, 0x92, 0x85, 0x82, 0xAB, 0x82, 0xDC, 0x82, 0xB5, 0x82, 0xBD, 0x81, 0x42, 0x0A,
        ]
        let gb2312: [UInt8] = [
            0xB8, 0xDB, 0xBF, 0xDA, 0xCF, 0xC2, 0xD6, 0xDC, 0xD2, 0xBB, 0xBF, 0xAA, 0xB7, 0xC5, 0xA3, 0xAC, 0xCA, 0xD0, 0xB3, 0xA4, 0xCB, 0xB5,
            0xCE, 0xD2, 0xC3, 0xC7, 0xD7, 0xBC, 0xB1, 0xB8, 0xBA, 0xC3, 0xC1, 0xCB, 0xA1, 0xA3, 0x0A,
        ]
        #expect(SeedTextDecoder.utf16WithoutMark(shiftJIS) == nil)
        #expect(SeedTextDecoder.utf16WithoutMark(gb2312) == nil)
    }

    /// A line that mixes Windows-1252 letters with UTF-8 characters pasted into it is read
    /// character by character (it was read wholly as Windows-1252: `â€”`), even when a UTF-8
    /// character holds a byte Windows-1252 leaves undefined (`”`, `E2 80 9D`). Near miss: a pair
    /// of another lead byte stays two Windows-1252 letters (`RENÉ»`).
    @Test func aLineMixingWindows1252AndUTF8IsReadCharacterByCharacter() throws {
        // Mostly Windows-1252 (`è é à ê`), with a dash and curly quotes pasted in as UTF-8.
        let bytes = Array("La cafeti".utf8) + [0xE8] + Array("re d".utf8) + [0xE9, 0x6A, 0xE0] + Array(" pr".utf8) + [0xEA, 0x74, 0x20, 0xE2, 0x80, 0x94, 0x20, 0xE2, 0x80, 0x9C]
            + Array("ici".utf8) + [0xE2, 0x80, 0x9D, 0x0A]
        let decoded = try SeedTextDecoder.decode(bytes, file: "x.txt")
        #expect(decoded.text == "La cafetière déjà prêt — “ici”\n")
        #expect(decoded.warnings.map(\.description) == [
            "x.txt:1:10: warning: not valid UTF-8 (the first bad byte is here): the line mixing both character by character (its UTF-8 characters as UTF-8, its other bytes as Windows-1252) (check the accented letters of the lines read as Windows-1252, and save the file as UTF-8)"
        ])
        let latin = try SeedTextDecoder.decode([0x52, 0x45, 0x4E, 0xC9, 0xBB, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x0A], file: "y.txt")
        #expect(latin.text == "RENÉ» café\n")
    }

    /// A seed whose opening `---` is indented is read with its front matter and a warning at
    /// line 1 saying what to do (its metadata lines were published as the title). Near miss: an
    /// indented `---` over lines with no key front matter knows is the text's own.
    @Test func anIndentedOpeningFenceIsReadWithAWarning() throws {
        let result = try SeedReader.read(Array("  ---\ntitle: Quay works\nlang: en\n---\n\nKIT: The quay opens.\n\nBO: Good.\n".utf8), seedPath: "q.txt")
        #expect(result.document.metadata.title == "Quay works")
        #expect(result.document.metadata.lang == "en")
        #expect(result.warnings.map(\.description) == [
            "q.txt:1:1: warning: the opening `---` of the front matter is indented; it was read as the start of the front matter (an opening `---` must start the first line: remove the spaces or tabs before it)"
        ])
        let text = try SeedReader.read(Array("  ---\nThe quay opens today.\n---\n\nIt was long awaited.\n".utf8), seedPath: "t.txt")
        #expect(text.warnings.isEmpty, "\(text.warnings)")
        #expect(text.document.blocks.map(\.text).joined(separator: " ").contains("The quay opens today."))
    }
}

import Foundation
import Model
import Testing

@testable import Ingest

/// HAZARDS.md section C for subtitles: B24 (WebVTT timestamps), B25 (BOM and line ends in SRT
/// and VTT), B27 (voice spans).
struct SubtitleHazardTests {
    static func read(_ bytes: [UInt8], _ path: String) throws -> SeedReader.Result {
        try SeedReader.read(bytes, seedPath: path)
    }

    @Test func b24TimestampsWithoutHoursOneAndThreeDigitHoursAndAnInvalidOne() throws {
        let text = """
            WEBVTT

            01:11.913 --> 01:13.346
            Bonjour.

            1:00:00.000 --> 1:00:02.500
            Une heure plus tard.

            100:00:00.000 --> 100:00:01.000
            Cent heures.

            60:00.000 --> 60:01.000
            Horodatage invalide.

            """
        let result = try Self.read(Array(text.utf8), "b24.vtt")
        // Unlabelled cues merge until a sentence ends; each of these ends one, so one turn each.
        let summary = TurnSummary(result.document)
        // The invalid one is kept (as SubRip keeps one), from where the cue before it ends.
        #expect(summary.texts == ["Bonjour.", "Une heure plus tard.", "Cent heures.", "Horodatage invalide."])
        #expect(summary.turns.map(\.start) == [71.913, 3600, 360_000, 360_001])
        #expect(summary.turns.map(\.end) == [73.346, 3602.5, 360_001, nil])
        #expect(result.warnings.map(\.description) == [
            "b24.vtt:12: warning: invalid WebVTT timing `60:00.000 --> 60:01.000`: its start `60:00.000` and its end `60:01.000` are not times; its cue is kept from 100:00:01.000 (where the cue before it ends), with no end (write [hh:]mm:ss.ttt --> [hh:]mm:ss.ttt, with minutes and seconds below 60)"
        ])
    }

    @Test func b25ByteOrderMarkAndCRLFInSubRipAndCROnlyInWebVTT() throws {
        let srt: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("1\r\n00:00:01,000 --> 00:00:02,000\r\nBonjour.\r\n\r\n2\r\n00:00:02,500 --> 00:00:03,000\r\nMerci.\r\n".utf8)
        let vtt = Array("WEBVTT\r\r00:01.000 --> 00:02.000\rBonjour.\r\r00:02.500 --> 00:03.000\rMerci.\r".utf8)
        let vttWithBOM: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nBonjour.\r\n\r\n00:02.500 --> 00:03.000\r\nMerci.\r\n".utf8)
        for (bytes, path) in [(srt, "b25.srt"), (vtt, "b25.vtt"), (srt, "b25-srt.txt"), (vtt, "b25-vtt.txt"), (vttWithBOM, "bom.vtt")] {
            let result = try Self.read(bytes, path)
            let summary = TurnSummary(result.document)
            #expect(summary.texts == ["Bonjour.", "Merci."], "\(path)")
            #expect(summary.turns.map(\.start) == [1.0, 2.5], "\(path)")
            #expect(summary.turns.map(\.end) == [2.0, 3.0], "\(path)")
            #expect(result.warnings.isEmpty)
            for block in result.document.blocks {
                #expect(!block.text.contains("\r") && !block.text.unicodeScalars.contains("\u{FEFF}"))
            }
        }
    }

    @Test func b27VoiceSpans() throws {
        let text = """
            WEBVTT

            00:00:01.000 --> 00:00:03.000
            <v Mme Durand>Bonjour à tous.</v>

            00:00:03.000 --> 00:00:05.000
            <v.loud Jean Martin>
            Je ne suis pas d'accord !

            00:00:05.000 --> 00:00:08.000
            - <v Durand>On verra.</v>
            - <v Martin>C'est tout vu.</v>

            """
        let document = try Self.read(Array(text.utf8), "b27.vtt").document
        let summary = TurnSummary(document)
        #expect(summary.labels == ["Mme Durand", "Jean Martin", "Durand", "Martin"])
        #expect(summary.texts == ["Bonjour à tous.", "Je ne suis pas d'accord !", "On verra.", "C'est tout vu."])
        #expect(summary.turns.map(\.start) == [1, 3, 5, 5])
        #expect(summary.turns.map(\.end) == [3, 5, 8, 8])
        for block in document.blocks {
            #expect(!block.text.contains("<v") && !block.text.contains("</v>") && !block.text.contains("<c"))
        }
        #expect(document.metadata.speakers.map(\.name) == ["Mme Durand", "Jean Martin", "Durand", "Martin"])
    }

    @Test func webVTTTagsEntitiesNotesStyleAndSettings() throws {
        let text = """
            WEBVTT - Réunion
            Language: fr

            STYLE
            ::cue { color: yellow }

            NOTE Transcription revue par l'équipe
            le 3 mai.

            intro
            00:00.000 --> 00:02.000 align:start position:10%
            <v Anne><i>Bonjour</i> <c.yellow>&amp; bienvenue</c>
            <00:01.000><b>à tous</b> &lt;3&gt;</v>

            00:02.000 --> 00:04.000
            <v Anne>Commençons.

            00:04.000 --> 00:05.000
            [Applaudissements]

            00:05.000 --> 00:07.000
            <v Paul>Merci.

            """
        let result = try Self.read(Array(text.utf8), "tags.vtt")
        let document = result.document
        #expect(result.warnings.isEmpty)
        #expect(document.metadata.lang == "fr")
        // The NOTE is a comment for the file's authors: dropped (W3C WebVTT, "Comments in WebVTT").
        #expect(document.blocks.map(\.kind) == [.paragraph, .stageDirection, .paragraph])
        #expect(document.blocks[0].text == "Bonjour & bienvenue à tous <3> Commençons.")
        #expect(document.blocks[0].turn == Turn(index: 0, label: "Anne", speakerID: "anne", start: 0, end: 4))
        // The applause belongs to Anne's turn until someone else speaks; then it ends the turn.
        #expect(document.blocks[1].turn == nil)
        #expect(document.blocks[2].turn?.label == "Paul")
        #expect(document.blocks[2].turn?.index == 1)
    }

    @Test func subRipTagsPositionCodesAndDialogueDashes() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            {\\an8}<i>JEAN: Tu viens ?</i>

            2
            00:00:02,000 --> 00:00:04,000
            - Oui.
            - MARIE: Non.
            3
            00:00:04,000 --> 00:00:05,000
            <font color="#fff">Bon, d'accord.</font>

            """
        let summary = TurnSummary(try Self.read(Array(text.utf8), "d.srt").document)
        #expect(summary.labels == ["JEAN", "?", "MARIE"])
        #expect(summary.texts == ["Tu viens ?", "Oui.", "Non. Bon, d'accord."])
        #expect(summary.turns.map(\.end) == [2, 4, 5])
    }

    /// A timing line whose start is no time is warned at its line; its cue is kept (it was
    /// dropped), from where the cue before it ends to its own end (SiteTester18FindingsTests).
    @Test func brokenSubRipTimingIsWarnedWithItsLineAndItsCueKept() throws {
        let text = "1\n00:00:01,000 --> 00:00:02,000\nUn.\n\n2\n00:00:0x,000 --> 00:00:03,000\nDeux.\n\n3\n00:00:04,000 --> 00:00:05,000\nTrois.\n"
        let result = try Self.read(Array(text.utf8), "e.srt")
        #expect(result.warnings.map(\.description) == [
            "e.srt:6: warning: invalid SubRip timing `00:00:0x,000 --> 00:00:03,000`: its start `00:00:0x,000` is not a time; its cue is kept from 00:00:02,000 (where the cue before it ends), to 00:00:03,000 (write hh:mm:ss,mmm --> hh:mm:ss,mmm, with minutes and seconds below 60)"
        ])
        let summary = TurnSummary(result.document)
        #expect(summary.texts == ["Un.", "Deux.", "Trois."])
        #expect(summary.turns.map(\.start) == [1, 2, 4])
    }

    @Test func aFileThatIsNotWebVTT() {
        #expect {
            try Self.read(Array("WEBVTTX\n\n00:01.000 --> 00:02.000\nx\n".utf8), "x.vtt")
        } throws: { error in
            "\(error)" == "x.vtt:1: error: not a WebVTT file: the first line must be `WEBVTT` (start the file with the line WEBVTT, or give it the extension of its real format)"
        }
    }

    @Test func zoomStyleNamePrefixesInWebVTTCues() throws {
        let text = """
            WEBVTT

            1
            00:00:01.000 --> 00:00:03.000
            Jane Doe: Hello everyone, and

            2
            00:00:03.000 --> 00:00:04.000
            welcome.

            3
            00:00:04.500 --> 00:00:06.000
            John Roe: Hi Jane.

            """
        let summary = TurnSummary(try Self.read(Array(text.utf8), "zoom.vtt").document)
        #expect(summary.labels == ["Jane Doe", "John Roe"])
        #expect(summary.texts == ["Hello everyone, and welcome.", "Hi Jane."])
        #expect(summary.turns.map(\.end) == [4, 6])
    }
}

import Foundation
import Model
import Site
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct ExportTests {
    let timed = TimedFixture.document(TimedFixture.transcript(media: "https://example.org/media/conf.mp3?x=1&y=2"), slug: "conference")

    /// Every transcript the Site tests build.
    var allDocuments: [SiteDocument] { SiteFixture.documents + [timed] }

    @Test func teiIsWellFormedNamespacedAndCountsMatchTheInput() throws {
        for document in allDocuments {
            let transcript = document.transcript
            let xml = TEIExport.xml(transcript)
            let probe = try NamespacedXMLProbe.parse(xml)
            #expect(probe.rootName == "TEI")
            #expect(probe.rootNamespace == TEIExport.namespace)
            #expect(probe.counts["teiHeader"] == 1)
            // One <u> per run of blocks sharing a turn.
            var runs = 0
            for (index, block) in transcript.blocks.enumerated() where block.turn != nil {
                if index == 0 || transcript.blocks[index - 1].turn != block.turn { runs += 1 }
            }
            #expect((probe.counts["u"] ?? 0) == runs)
            // One <said> per span of a direct or reported quotation that lies inside its block.
            let spans = transcript.quotations.filter { $0.kind != .mention }.flatMap(\.spans).filter {
                transcript.blocks.indices.contains($0.block) && $0.range.upperBound <= transcript.blocks[$0.block].text.utf8.count
            }
            #expect((probe.counts["said"] ?? 0) == spans.count)
            #expect((probe.counts["person"] ?? 0) >= transcript.speakers.count)
            #expect(!xml.unicodeScalars.contains { !XMLEscaping.isAllowed($0) })
        }
    }

    @Test func teiOfATimedTranscript() throws {
        let xml = TEIExport.xml(timed.transcript)
        let probe = try NamespacedXMLProbe.parse(xml)
        #expect(probe.counts["u"] == 4)
        #expect(probe.counts["said"] == 4)
        #expect(probe.counts["mentioned"] == 1)
        #expect(probe.counts["supplied"] == 1)
        #expect(probe.counts["incident"] == 1)
        #expect(probe.counts["note"] == 2)
        let said = try #require(probe.attributes["said"])
        #expect(said.map { $0["direct"] } == ["true", "true", "true", "false"])
        #expect(said.map { $0["who"] } == ["#jean-dupont", "#claire-durand", "#claire-durand", "#jean-dupont"])
        // The second part of a quotation over two blocks points back at the first.
        #expect(said.map { $0["prev"] } == [nil, nil, "#q-000002", nil])
        let u = try #require(probe.attributes["u"])
        #expect(u.map { $0["who"] } == ["#jean-dupont", "#claire-durand", nil, "#jean-dupont"])
        #expect(u.map { $0["start"] } == ["#T62500", "#T69000", "#T80250", "#T3723456"])
        #expect(u.map { $0["end"] } == ["#T69000", nil, "#T85000", nil])
        let whens = try #require(probe.attributes["when"])
        #expect(whens.compactMap { $0["interval"] } == ["62.5", "69", "80.25", "85", "3723.456"])
        #expect(xml.contains("<persName>Claire Durand &amp; &lt;Co&gt;</persName>"))
        #expect(xml.contains("&amp; --&gt; <supplied reason=\"editorial\">[de la mer]</supplied>"))
        #expect(xml.contains("<recording type=\"audio\"><p><ref target=\"https://example.org/media/conf.mp3?x=1&amp;y=2\">https://example.org/media/conf.mp3?x=1&amp;y=2</ref></p></recording>"))
    }

    @Test func webVTTParsesBackToOneCuePerTimedTurn() throws {
        let transcript = timed.transcript
        let vtt = try #require(WebVTTExport.vtt(transcript))
        let cues = try parseWebVTT(vtt)
        #expect(cues == [
            ParsedCue(id: "t-1", start: 62.5, end: 69, voice: "Jean Dupont",
                      text: "Bonjour à tous. Le maire a dit : « Nous <b>verrons</b> & --> [de la mer] ».\n(Rires)"),
            // No end: until the next turn starts.
            ParsedCue(id: "t-2", start: 69, end: 80.25, voice: "Claire Durand & <Co>", text: "Je cite : « Un.\nDeux »\n« Trois. »"),
            // No speaker id: the label; the form feed XML forbids is gone.
            ParsedCue(id: "t-3", start: 80.25, end: 85, voice: "VOIX", text: "Quoi ? Rien."),
            // Last, no end: none is made up (it was start + 0.3 s a word); it lasts until the
            // media ends, and a NOTE says so.
            ParsedCue(id: "t-4", start: 3723.456, end: WebVTTExport.openEnd, voice: "Jean Dupont", text: "Merci, a-t-il dit, la séance est levée."),
        ])
        #expect(vtt.contains("\nNOTE t-4 has no end time in its source: it lasts until the media ends\n\nt-4\n01:02:03.456 --> 100000:00:00.000\n"))
        // Near misses: a cue with its own end, or ending where the next starts, gets no NOTE.
        #expect(vtt.components(separatedBy: "has no end time").count == 2)
        #expect(vtt.contains("\nNOTE\nSon coupé --&gt; ici.\n"))
        #expect(vtt.contains("00:01:02.500 --> 00:01:09.000"))
        #expect(WebVTTExport.vtt(SiteFixture.documents[0].transcript) == nil)
    }

    @Test func timesAndPlayerShowOnlyWhenTimedAndWithMedia() throws {
        let untimedTurns = TimedFixture.transcript(media: nil)
        var noTimes = untimedTurns
        for index in noTimes.blocks.indices where noTimes.blocks[index].turn != nil {
            noTimes.blocks[index].turn!.start = nil
            noTimes.blocks[index].turn!.end = nil
        }
        let video = TimedFixture.transcript(media: "media/conf.webm")
        let site = try SiteFixture.build(SiteFixture.documents + [
            timed, TimedFixture.document(untimedTurns, slug: "timed-no-media"),
            TimedFixture.document(noTimes, slug: "turns-no-times"), TimedFixture.document(video, slug: "video"),
        ])
        let withMedia = try #require(site["transcripts/conference/index.html"])
        #expect(withMedia.contains("<audio controls preload=\"metadata\" data-player>"))
        #expect(withMedia.contains("<source src=\"https://example.org/media/conf.mp3?x=1&amp;y=2\" type=\"audio/mpeg\">"))
        #expect(withMedia.contains("<script src=\"../../assets/player.js\" defer></script>"))
        #expect(withMedia.contains("<a class=\"time\" href=\"#t-1\" data-seek=\"62.5\" title=\"00:01:02.500\">01:02</a>"))
        #expect(withMedia.contains("<section class=\"turn speaker-1\" id=\"t-1\" data-speaker=\"jean-dupont\" data-start=\"62.5\" data-end=\"69\">"))
        #expect(withMedia.contains("<a class=\"speaker\" href=\"../../speakers/jean-dupont/index.html\" title=\"Jean Dupont\">M. DUPONT</a>"))
        #expect(withMedia.contains("<a href=\"transcript.vtt\" type=\"text/vtt\">WebVTT</a>"))
        #expect(withMedia.contains("<a href=\"transcript.tei.xml\" type=\"application/tei+xml\">TEI</a>"))

        let timedOnly = try #require(site["transcripts/timed-no-media/index.html"])
        #expect(timedOnly.contains("class=\"time\""))
        #expect(!timedOnly.contains("<audio") && !timedOnly.contains("<video") && !timedOnly.contains("player.js"))

        let turnsOnly = try #require(site["transcripts/turns-no-times/index.html"])
        #expect(turnsOnly.contains("<section class=\"turn speaker-1\" id=\"t-1\""))
        #expect(!turnsOnly.contains("class=\"time\"") && !turnsOnly.contains("data-start") && !turnsOnly.contains("<audio"))
        #expect(!turnsOnly.contains("WebVTT"))
        #expect(site["transcripts/turns-no-times/transcript.vtt"] == nil)

        let prose = try #require(site["transcripts/press-conference/index.html"])
        #expect(!prose.contains("class=\"time\"") && !prose.contains("<audio") && !prose.contains("player.js"))

        let videoPage = try #require(site["transcripts/video/index.html"])
        #expect(videoPage.contains("<video controls preload=\"metadata\" data-player>"))
        #expect(videoPage.contains("<source src=\"media/conf.webm\" type=\"video/webm\">"))
        #expect(videoPage.contains("<track kind=\"subtitles\" src=\"transcript.vtt\" srclang=\"fr\" label=\"Transcript\">"))

        // A media URL with another scheme gets no player.
        let hostile = TimedFixture.transcript(media: "javascript:alert(1)")
        let hostileSite = try SiteFixture.build([TimedFixture.document(hostile, slug: "hostile")])
        #expect(!(hostileSite["transcripts/hostile/index.html"] ?? "").contains("javascript:"))
    }

    @Test func transcriptsJSONCountsTurnsAndWordsFromTheInput() throws {
        let site = try SiteFixture.build(SiteFixture.documents + [timed])
        let text = try #require(site["data/transcripts.json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let entry = try #require(entries.first { $0["slug"] as? String == "conference" })
        let speakers = try #require(entry["speakers"] as? [[String: Any]])
        #expect(speakers.map { $0["id"] as? String } == ["jean-dupont", "claire-durand", "paul-silent"])
        // Dupont: two turns; words of his paragraphs, not of the stage direction "(Rires)".
        let blocks = timed.transcript.blocks
        func words(_ indices: [Int]) -> Int {
            indices.map { blocks[$0].text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count }.reduce(0, +)
        }
        #expect(speakers.map { $0["turns"] as? Int } == [2, 1, 0])
        #expect(speakers.map { $0["words"] as? Int } == [words([0, 6]), words([3, 4]), 0])
        #expect(speakers.map { $0["quotes"] as? Int } == [1, 1, 0])
    }

    @Test func turnSpeakersGetPagesAndLegendEntries() throws {
        var transcript = TimedFixture.transcript(media: nil)
        transcript.quotations = []
        let site = try SiteFixture.build([TimedFixture.document(transcript, slug: "only-turns")])
        let page = try #require(site["speakers/claire-durand/index.html"])
        #expect(page.contains("1 turn"))
        #expect(page.contains("href=\"../../transcripts/only-turns/index.html#t-2\""))
        #expect(site["speakers/jean-dupont/index.html"]?.contains("2 turns") == true)
        #expect(site["speakers/paul-silent/index.html"] == nil)
        let legend = try #require(site["transcripts/only-turns/index.html"])
        #expect(legend.contains("(2 turns, 0 quotations)"))
        #expect(legend.contains("(1 turn, 0 quotations)"))
        #expect(site["speakers/index.html"]?.contains("Claire Durand &amp; &lt;Co&gt;") == true)
    }
}

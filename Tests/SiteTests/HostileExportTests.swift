import Foundation
import Model
import Site
import Testing

/// Exports of varied transcripts with hostile text: every character XML, HTML, Markdown and
/// WebVTT give a meaning to, the characters XML forbids, `-->`, line breaks.
@Suite struct HostileExportTests {
    /// SplitMix64, so that the transcripts are the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet = Array("<>&\"'-->]]>\u{0}\u{0C}\u{1D}\u{FFFE}\\`*_[]{}|~$#:«»“”éÉ漢😀 abcXYZ 0123.!?")

    static func text(_ random: inout Generator) -> String {
        let lines = (0..<Int.random(in: 1...3, using: &random)).map { _ in
            String((0..<Int.random(in: 1...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
        let joined = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return joined.isEmpty ? "x" : joined
    }

    /// A transcript of turns (some timed) and prose blocks, with a quotation or an insertion on
    /// some blocks, spans on character boundaries.
    static func transcript(seed: UInt64) -> Transcript {
        var random = Generator(state: seed)
        let speakers = [Speaker(id: "a-1", name: "A <&> \"1\""), Speaker(id: "9-b", name: "B\u{0C}")]
        var blocks: [Block] = []
        var quotations: [Quotation] = []
        var insertions: [TextSpan] = []
        var clock = 0
        for index in 0..<Int.random(in: 1...10, using: &random) {
            let timed = Bool.random(using: &random)
            let turn: Turn? = Int.random(in: 0..<4, using: &random) == 0 ? nil : Turn(
                index: index, label: Bool.random(using: &random) ? "L<\(index)>" : nil,
                speakerID: Bool.random(using: &random) ? speakers.randomElement(using: &random)!.id : nil,
                start: timed ? Double(clock) / 1000 : nil, end: timed && Bool.random(using: &random) ? Double(clock + 900) / 1000 : nil,
                note: Bool.random(using: &random) ? "n & <m>" : nil)
            clock += Int.random(in: 1000...9000, using: &random)
            let kind: Block.Kind = [.paragraph, .paragraph, .blockQuote, .stageDirection, .editorialNote, .heading].randomElement(using: &random)!
            let text = Self.text(&random)
            blocks.append(Block(kind: kind, text: text, line: index + 1, turn: turn))
            var cuts = [0]
            var offset = 0
            for character in text {
                offset += character.utf8.count
                cuts.append(offset)
            }
            let a = Int.random(in: 0..<(cuts.count - 1), using: &random)
            let b = Int.random(in: (a + 1)..<cuts.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                quotations.append(Quotation(
                    id: "q-\(index)", kind: [.direct, .reported, .mention].randomElement(using: &random)!,
                    spans: [TextSpan(block: index, range: cuts[a]..<cuts[b])], text: "t", speakerID: speakers.randomElement(using: &random)!.id,
                    attribution: .none))
            case 1:
                insertions.append(TextSpan(block: index, range: cuts[a]..<cuts[b]))
            default:
                break
            }
        }
        return Transcript(
            seedPath: "s<&>.txt", metadata: DocumentMetadata(title: text(&random), lang: "fr", source: "a & b", media: "x.mp3?a=1&b=2"),
            speakers: speakers, blocks: blocks, quotations: quotations, insertions: insertions)
    }

    @Test(arguments: 0..<80) func teiIsWellFormedAndVTTReadsBack(seed: Int) throws {
        let transcript = Self.transcript(seed: UInt64(seed))
        let probe = try NamespacedXMLProbe.parse(TEIExport.xml(transcript))
        #expect(probe.rootNamespace == TEIExport.namespace)
        let groups = TurnGroup.groups(of: transcript)
        #expect((probe.counts["u"] ?? 0) == groups.count)
        #expect((probe.counts["said"] ?? 0) == transcript.quotations.filter { $0.kind != .mention }.count)
        #expect((probe.counts["mentioned"] ?? 0) == transcript.quotations.filter { $0.kind == .mention }.count)
        #expect((probe.counts["supplied"] ?? 0) == transcript.insertions.count)

        guard let vtt = WebVTTExport.vtt(transcript) else {
            #expect(!groups.contains { $0.turn.start != nil })
            return
        }
        let cues = try parseWebVTT(vtt)
        // One cue per timed group that has text other than editorial notes.
        let expected = groups.filter { group in
            group.turn.start != nil && group.blocks.contains { transcript.blocks[$0].kind != .editorialNote }
        }
        #expect(cues.map(\.id) == expected.map(\.fragment))
        for (cue, group) in zip(cues, expected) {
            #expect(cue.start == group.turn.start)
            #expect(cue.end > cue.start)
            if let end = group.turn.end, end > cue.start { #expect(cue.end == end) }
            let lines = group.blocks.filter { transcript.blocks[$0].kind != .editorialNote }
                .flatMap { transcript.blocks[$0].text.split(separator: "\n").map(String.init) }
                .map(XMLEscaping.removingForbiddenCharacters)
                .filter { !$0.allSatisfy(\.isWhitespace) }
            #expect(cue.text == lines.joined(separator: "\n"))
            let name = group.turn.speakerID.flatMap { id in transcript.speaker(id: id)?.name } ?? group.turn.label
            #expect(cue.voice == name.map(XMLEscaping.removingForbiddenCharacters))
        }
    }
}

/// Speaker ids that the NCName rule makes alike (`c#`, `c?`, `c_` all give `c_`), or that take a
/// timeline's or a quotation's id (`T0`, `q-1`), get `xml:id`s of their own: the first keeps the
/// plain form, the others a numbered suffix, in the order the speakers come; every `who` points
/// at its own speaker's `<person>`.
@Test func teiPersonIDsAreUniqueWhenIdsCollide() throws {
    let ids = ["c#", "c?", "c_", "T0", "q-1"]
    let speakers = ids.map { Speaker(id: $0, name: "Name \($0)") }
    let blocks = ids.enumerated().map { index, id in
        Block(kind: .paragraph, text: "Words of \(id).", line: index + 1,
              turn: Turn(index: index, label: nil, speakerID: id, start: index == 0 ? 0 : nil))
    }
    let quotations = [Quotation(
        id: "q-1", kind: .direct, spans: [TextSpan(block: 2, range: 0..<5)], text: "Words", speakerID: "c_", attribution: .none)]
    let transcript = Transcript(
        seedPath: "cs3.md", metadata: DocumentMetadata(title: "T", lang: "en"),
        speakers: speakers, blocks: blocks, quotations: quotations, insertions: [])
    let xml = TEIExport.xml(transcript)
    let persons = xml.split(separator: "\n").filter { $0.contains("<person ") }
    #expect(persons == [
        #"          <person xml:id="c_"><persName>Name c#</persName></person>"#,
        #"          <person xml:id="c_-2"><persName>Name c?</persName></person>"#,
        #"          <person xml:id="c_-3"><persName>Name c_</persName></person>"#,
        #"          <person xml:id="T0-2"><persName>Name T0</persName></person>"#,
        #"          <person xml:id="q-1-2"><persName>Name q-1</persName></person>"#,
    ])
    let who = xml.components(separatedBy: "<u who=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    #expect(who == ["#c_", "#c_-2", "#c_-3", "#T0-2", "#q-1-2"])
    #expect(xml.contains(##"<said xml:id="q-1" who="#c_-3" direct="true">"##))
    _ = try NamespacedXMLProbe.parse(xml)
}

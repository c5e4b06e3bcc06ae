import Foundation
import Markdown
import Model
import Render
import Site

/// Timed transcripts built by hand (as the WebVTT and turn readers will give them, with speakers
/// resolved as Annotate will), rendered through the real writer and renderer.
enum TimedFixture {
    static let dupont = Speaker(id: "jean-dupont", name: "Jean Dupont", aliases: ["M. DUPONT"], role: "Maire")
    static let durand = Speaker(id: "claire-durand", name: "Claire Durand & <Co>")
    static let silent = Speaker(id: "paul-silent", name: "Paul Silent")

    static func offsets(of needle: String, in text: String) -> Range<Int> {
        let range = text.range(of: needle)!
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return start..<(start + needle.utf8.count)
    }

    /// Turns of two speakers and an unresolved label, a stage direction inside a turn, an
    /// editorial note between turns, quotations and an insertion inside turns, hostile text.
    static func transcript(media: String?) -> Transcript {
        let t0 = Turn(index: 0, label: "M. DUPONT", speakerID: dupont.id, start: 62.5, end: 69, note: "hors micro")
        let t1 = Turn(index: 1, label: "Mme DURAND", speakerID: durand.id, start: 69, end: nil)
        let t2 = Turn(index: 2, label: "VOIX", speakerID: nil, start: 80.25, end: 85)
        let t3 = Turn(index: 3, label: "M. DUPONT", speakerID: dupont.id, start: 3723.456, end: nil)
        let b0 = "Bonjour à tous. Le maire a dit : « Nous <b>verrons</b> & --> [de la mer] »."
        let b1 = "(Rires)"
        let b3 = "Je cite : « Un.\nDeux »"
        let b4 = "« Trois. »"
        let blocks = [
            Block(kind: .paragraph, text: b0, line: 1, turn: t0),
            Block(kind: .stageDirection, text: b1, line: 2, turn: t0),
            Block(kind: .editorialNote, text: "Son coupé --> ici.", line: 3),
            Block(kind: .paragraph, text: b3, line: 4, turn: t1),
            Block(kind: .paragraph, text: b4, line: 5, turn: t1),
            Block(kind: .paragraph, text: "Quoi ?\u{0C} Rien.", line: 6, turn: t2),
            Block(kind: .paragraph, text: "Merci, a-t-il dit, la séance est levée.", line: 7, turn: t3),
        ]
        let quotations = [
            Quotation(
                id: "q-000001", kind: .direct, spans: [TextSpan(block: 0, range: offsets(of: "« Nous <b>verrons</b> & --> [de la mer] »", in: b0))],
                text: "Nous <b>verrons</b> & --> [de la mer]", speakerID: dupont.id,
                attribution: Attribution(rule: "turn", confidence: 1)),
            Quotation(
                id: "q-000002", kind: .direct,
                spans: [TextSpan(block: 3, range: offsets(of: "« Un.\nDeux »", in: b3)), TextSpan(block: 4, range: 0..<b4.utf8.count)],
                text: "Un. Deux Trois.", speakerID: durand.id, attribution: Attribution(rule: "turn", confidence: 1)),
            Quotation(
                id: "q-000003", kind: .reported, spans: [TextSpan(block: 6, range: offsets(of: "la séance est levée", in: blocks[6].text))],
                text: "la séance est levée", speakerID: dupont.id, attribution: Attribution(rule: "cue-after", cue: "a-t-il dit", confidence: 0.9)),
            Quotation(
                id: "q-000004", kind: .mention, spans: [TextSpan(block: 0, range: offsets(of: "maire", in: b0))],
                text: "maire", speakerID: nil, attribution: .none),
        ]
        return Transcript(
            seedPath: "press/conference.vtt",
            metadata: DocumentMetadata(title: "Conférence de presse", date: "2024-05-03", lang: "fr", source: "https://example.org/p", media: media),
            speakers: [dupont, durand, silent], blocks: blocks, quotations: quotations,
            insertions: [TextSpan(block: 0, range: offsets(of: "[de la mer]", in: b0))])
    }

    /// The document as the Pipeline would make it.
    static func document(_ transcript: Transcript, slug: String) -> SiteDocument {
        var links: [String: String] = [:]
        for id in transcript.blocks.compactMap(\.turn?.speakerID) {
            links[id] = SitePath.link(from: SitePath.transcript(slug), to: SitePath.speaker(id))
        }
        let context = RenderContext(
            speakers: transcript.speakers.map { (id: $0.id, name: $0.name) }, lang: transcript.metadata.lang,
            idPrefix: slug + "-", speakerLinks: links)
        return SiteDocument(
            transcript: transcript, slug: slug, markdown: AnnotatedMarkdownWriter.document(for: transcript, slug: slug),
            bodyHTML: CmarkRenderer().render(AnnotatedMarkdownWriter.body(for: transcript), context: context).html)
    }
}

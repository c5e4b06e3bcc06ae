@testable import Markdown
import Model

/// Builds varied transcripts by hand (no annotator), as the Markdown stage may receive them.
enum RoundTripFixtures {
    /// Every character ``MarkdownEscaper`` escapes, anywhere or at a line start, and others
    /// a seed may hold.
    static let hostileAlphabet: [Character] = Array("\\`*_[]{}<>|~&$#-+=:.)0123456789 \t«»“”\"'éÉœ—…→😀漢 abcxyzABC,;!?()/%@^")

    /// A line of 1…`maximum` characters without leading or trailing white space.
    static func line(_ random: inout SplitMix64, maximum: Int = 40) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...maximum, using: &random) {
            text.append(hostileAlphabet.randomElement(using: &random)!)
        }
        return text.trimmingCharacters(in: .whitespaces).isEmpty ? "x" : text.trimmingCharacters(in: .whitespaces)
    }

    /// Block text: 1…3 lines (no blank or white-space-only line).
    static func blockText(_ random: inout SplitMix64, lines: ClosedRange<Int> = 1...3) -> String {
        (0..<Int.random(in: lines, using: &random)).map { _ in line(&random) }.joined(separator: "\n")
    }

    /// UTF-8 offsets of the character boundaries of `text`.
    static func boundaries(_ text: String) -> [Int] {
        var offsets = [0]
        var offset = 0
        for character in text {
            offset += character.utf8.count
            offsets.append(offset)
        }
        return offsets
    }

    /// A random non-empty range on character boundaries inside `range` (UTF-8 offsets).
    static func subrange(of text: String, within range: Range<Int>, _ random: inout SplitMix64) -> Range<Int>? {
        let cuts = boundaries(text).filter { range.contains($0) || $0 == range.upperBound }
        guard cuts.count >= 2 else { return nil }
        let a = Int.random(in: 0..<(cuts.count - 1), using: &random)
        let b = Int.random(in: (a + 1)..<cuts.count, using: &random)
        return cuts[a]..<cuts[b]
    }

    static let attributionValues = ["cue-after", "cue-before", "carry-over", "turn", "x y \"z\" \\"]

    /// Quotations and insertions over `blocks`: per block at most one outer span (a quotation,
    /// sometimes continued over the next block) with at most one nested span inside.
    static func annotate(
        _ blocks: [Block], speakers: [Speaker], _ random: inout SplitMix64
    ) -> (quotations: [Quotation], insertions: [TextSpan]) {
        var quotations: [Quotation] = []
        var insertions: [TextSpan] = []
        var covered = Set<Int>()
        var number = 0
        for (index, block) in blocks.enumerated() where !covered.contains(index) {
            guard Int.random(in: 0..<4, using: &random) > 0 else { continue }
            let whole = 0..<block.text.utf8.count
            let continues = index + 1 < blocks.count && Int.random(in: 0..<4, using: &random) == 0
            let outer = continues ? whole : (subrange(of: block.text, within: whole, &random) ?? whole)
            var spans = [TextSpan(block: index, range: outer)]
            if continues {
                spans.append(TextSpan(block: index + 1, range: 0..<blocks[index + 1].text.utf8.count))
                covered.insert(index + 1)
            }
            let kind: Quotation.Kind = [.direct, .direct, .reported, .mention].randomElement(using: &random)!
            let speaker = kind == .mention || Bool.random(using: &random) ? nil : speakers.randomElement(using: &random)?.id
            let attribution = speaker == nil
                ? Attribution.none
                : Attribution(
                    rule: attributionValues.randomElement(using: &random)!,
                    cue: Bool.random(using: &random) ? "a-t-il {dit}" : nil,
                    mention: Bool.random(using: &random) ? "le Président\nkazakh" : nil,
                    confidence: Double(Int.random(in: 0...100, using: &random)) / 100)
            number += 1
            let derived = QuotationText.derive(spans: spans, blocks: blocks)
            let text = Int.random(in: 0..<5, using: &random) == 0 ? "stored \"other\" text" : derived
            quotations.append(Quotation(
                id: "q-\(String(number, radix: 16))", kind: kind, spans: spans, text: text, speakerID: speaker,
                attribution: attribution))
            // One nested span: an insertion or a mention.
            if let inner = subrange(of: block.text, within: outer, &random), inner != outer, Bool.random(using: &random) {
                if Bool.random(using: &random) {
                    insertions.append(TextSpan(block: index, range: inner))
                } else {
                    number += 1
                    let spans = [TextSpan(block: index, range: inner)]
                    quotations.append(Quotation(
                        id: "q-\(String(number, radix: 16))", kind: .mention, spans: spans,
                        text: QuotationText.derive(spans: spans, blocks: blocks), speakerID: nil, attribution: .none))
                }
            }
        }
        return (quotations, insertions)
    }

    static let speakers = [
        Speaker(id: "jean-dupont", name: "Jean Dupont", aliases: ["M. DUPONT", "le \"maire\""], role: "Maire"),
        Speaker(id: "marie-curie", name: "Marie Curie"),
        Speaker(id: "vladimir-putin", name: "Vladimir Putin", aliases: ["Putin"]),
    ]

    /// A prose report: paragraphs, block quotations and headings of hostile text.
    static func prose(seed: UInt64) -> Transcript {
        var random = SplitMix64(seed: seed)
        var blocks: [Block] = []
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            switch Int.random(in: 0..<6, using: &random) {
            case 0: blocks.append(Block(kind: .heading, text: line(&random), line: 0))
            case 1: blocks.append(Block(kind: .blockQuote, text: blockText(&random), line: 0))
            default: blocks.append(Block(kind: .paragraph, text: blockText(&random), line: 0))
            }
        }
        let annotations = annotate(blocks, speakers: speakers, &random)
        let metadata = DocumentMetadata(
            title: "Réunion \"spéciale\" : #1 — " + line(&random), date: Bool.random(using: &random) ? "2016-04-11" : nil,
            lang: "fr", source: Bool.random(using: &random) ? "https://example.org/a?b=1&c=2" : nil, slug: "reunion-\(seed)",
            tags: Bool.random(using: &random) ? ["a: b", "no", "2016-04-11"] : [], speakers: speakers)
        return Transcript(
            seedPath: "prose/\(seed).txt", metadata: metadata, speakers: speakers, blocks: blocks,
            quotations: annotations.quotations, insertions: annotations.insertions)
    }

    /// A timed transcript of turns (labels, speakers, times to the millisecond, notes), with
    /// stage directions inside and between turns and editorial notes.
    static func timed(seed: UInt64) -> Transcript {
        var random = SplitMix64(seed: seed)
        var blocks: [Block] = []
        var clock = Int.random(in: 0...5000, using: &random)
        var index = Int.random(in: 0...1, using: &random)
        let labels = ["M. DUPONT", "Mme Durand", "Q", "[inaudible] \"x\" {y}", "PUTIN:"]
        for _ in 0..<Int.random(in: 1...7, using: &random) {
            if Int.random(in: 0..<6, using: &random) == 0 {
                let kind: Block.Kind = Bool.random(using: &random) ? .stageDirection : .editorialNote
                blocks.append(Block(kind: kind, text: line(&random), line: 0))
            }
            let start = clock
            clock += Int.random(in: 1...90_000, using: &random)
            let turn = Turn(
                index: index, label: Bool.random(using: &random) ? labels.randomElement(using: &random)! : nil,
                speakerID: Int.random(in: 0..<4, using: &random) == 0 ? nil : speakers.randomElement(using: &random)!.id,
                start: Double(start) / 1000, end: Bool.random(using: &random) ? Double(clock) / 1000 : nil,
                note: Int.random(in: 0..<4, using: &random) == 0 ? "hors micro" : nil)
            index += Int.random(in: 1...2, using: &random)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let kind: Block.Kind = [.paragraph, .paragraph, .paragraph, .stageDirection, .blockQuote].randomElement(using: &random)!
                blocks.append(Block(kind: kind, text: kind == .stageDirection ? line(&random) : blockText(&random), line: 0, turn: turn))
            }
        }
        let annotations = annotate(blocks, speakers: speakers, &random)
        let metadata = DocumentMetadata(
            title: "Conférence de presse " + line(&random), date: "2024-05-03", lang: "en", slug: "press-\(seed)",
            speakers: speakers, media: "https://example.org/media/press \(seed).mp4")
        return Transcript(
            seedPath: "timed/\(seed).vtt", metadata: metadata, speakers: speakers, blocks: blocks,
            quotations: annotations.quotations, insertions: annotations.insertions)
    }
}

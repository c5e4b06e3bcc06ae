import Annotate
import Foundation
import Model
import Testing

/// HAZARDS.md section D, with the expected values written there.
@Suite struct HazardTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func spanText(_ transcript: Transcript, _ span: TextSpan) -> String {
        String(decoding: Array(transcript.blocks[span.block].text.utf8)[span.range], as: UTF8.self)
    }

    /// B31: one quotation over three paragraphs, opened again at each and closed at the end.
    @Test func b31MultiParagraphQuotationIsOneQuotation() throws {
        let text = """
        « Nous surveillons la vitesse de propagation », a déclaré la ministre. « Les cas classiques baissent, mais les variants progressent.

        « Jusqu'ici, nous sommes restés sous le seuil.

        « Je vous demande de respecter les règles. »
        """
        let transcript = annotator.annotate(TestDocuments.make(text))
        let quotes = transcript.quotations
        #expect(quotes.count == 2)
        #expect(quotes.map(\.kind) == [.direct, .direct])
        #expect(quotes[0].text == "Nous surveillons la vitesse de propagation")
        #expect(quotes[1].text == "Les cas classiques baissent, mais les variants progressent. Jusqu'ici, nous sommes restés sous le seuil. Je vous demande de respecter les règles.")
        #expect(quotes[1].spans.map(\.block) == [0, 1, 2])
        #expect(spanText(transcript, quotes[1].spans[0]) == "« Les cas classiques baissent, mais les variants progressent.")
        #expect(spanText(transcript, quotes[1].spans[2]) == "« Je vous demande de respecter les règles. »")
        #expect(transcript.speakers.map(\.name) == ["la ministre"])
        #expect(quotes.map(\.speakerID) == ["la-ministre", "la-ministre"])
        #expect(quotes[1].attribution.rule == "carry-over")
    }

    /// B32: incises and inverted verbs other than `dire`.
    @Test func b32InvertedCuesAndIncise() throws {
        let text = """
        « Le budget sera voté en juin », a-t-il assuré devant les députés.

        « Nous n'avons pas le choix ! » soupire la maire, Mme Roche.

        « Il faut agir vite, a-t-elle ajouté, avant l'été. »

        « Rien n'est décidé », nuance de son côté le syndicat.
        """
        let transcript = annotator.annotate(TestDocuments.make(text))
        let quotes = transcript.quotations
        #expect(quotes.count == 4)
        #expect(quotes.allSatisfy { $0.kind == .direct })
        // (1) `il` with no one named before: unresolved, and says so.
        #expect(quotes[0].speakerID == nil)
        #expect(quotes[0].attribution.rule == "none")
        #expect(quotes[0].attribution.cue == "assuré")
        #expect(quotes[0].attribution.mention == "il")
        #expect(quotes[0].attribution.confidence == 0)
        // (2) verb–subject order with an apposition.
        #expect(quotes[1].speakerID == "roche")
        #expect(quotes[1].attribution.cue == "soupire")
        #expect(quotes[1].attribution.rule == "cue-after")
        let roche = try #require(transcript.speaker(id: "roche"))
        #expect(roche.aliases.contains("Mme Roche"))
        #expect(roche.aliases.contains("la maire"))
        // (3) the incise is taken out of the text and attributes the quotation.
        #expect(quotes[2].text == "Il faut agir vite, avant l'été.")
        #expect(quotes[2].speakerID == "roche")
        #expect(quotes[2].attribution.rule == "incise")
        #expect(quotes[2].attribution.cue == "ajouté")
        #expect(quotes[2].attribution.mention == "elle")
        #expect(quotes[2].spans.map { spanText(transcript, $0) } == ["« Il faut agir vite", "avant l'été. »"])
        // (4) an organisation after an adverbial phrase.
        #expect(quotes[3].speakerID == "le-syndicat")
        #expect(quotes[3].attribution.cue == "nuance")
        #expect(quotes[3].attribution.mention == "le syndicat")
    }

    /// B33: apostrophes are not quotation marks.
    @Test func b33ApostrophesAreNotQuotationMarks() {
        let text = """
        L'élu d'Aix l'a répété : « aujourd'hui, c'est l'État qui paie ».

        The workers' union called the plan 'unfair' and said they'd fight it.

        Rock 'n' roll isn't dead, say the '90s fans' clubs.
        """
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.map(\.text) == ["aujourd'hui, c'est l'État qui paie", "unfair"])
        #expect(transcript.quotations.map { spanText(transcript, $0.spans[0]) } == ["« aujourd'hui, c'est l'État qui paie »", "'unfair'"])
    }

    /// B36: guillemets with no space, a space, a no-break space and a narrow no-break space.
    @Test(arguments: ["«Bonjour»", "« Bonjour »", "«\u{A0}Bonjour\u{A0}»", "«\u{202F}Bonjour\u{202F}»"])
    func b36GuillemetsWithAnySpace(_ quoted: String) throws {
        let transcript = annotator.annotate(TestDocuments.make("Mme Roche est arrivée. " + quoted + ", dit-elle."))
        let quote = try #require(transcript.quotations.first)
        #expect(transcript.quotations.count == 1)
        #expect(quote.text == "Bonjour")
        #expect(quote.kind == .direct)
        #expect(quote.speakerID == "roche")
        #expect(spanText(transcript, quote.spans[0]) == quoted)
    }

    /// B03: 50,000 unclosed guillemets stay linear and give one quotation bounded to the paragraph.
    @Test func b03HostileGuillemetsStayLinear() {
        let text = String(repeating: "« ", count: 50_000) + "fin"
        // (Its time is measured by `bench/scaling`, not here.)
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.count == 1)
        #expect(transcript.quotations.first?.spans.first?.range == 0..<Array(text.utf8).count)
    }

    /// Thousands of quotations in one sentence: the rules look only a bounded window around each.
    @Test func denseQuotationsInOneSentenceStayLinear() {
        let text = Array(repeating: "« mot »", count: 5_000).joined(separator: " ")
        // (Its time is measured by `bench/scaling`, not here.)
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.count == 5_000)
        #expect(transcript.quotations.allSatisfy { $0.kind == .mention })
    }

    /// Random soup of marks, apostrophes, names and cues (fixed seed): spans always lie inside
    /// their block, are never empty, and every speaker id names a listed speaker.
    @Test func markSoupKeepsSpansValid() {
        let pieces = ["«", "»", "“", "”", "\"", "'", "’", "‘", " ", "\u{A0}", "a", "Le", " Jean ", "Dupont", ",", ".", ":",
                      "\n\n", "> ", "a-t-il", " dit ", " said ", "[", "]", "(", ")", "M.", " il ", "qui", "l'", "Président",
                      "du", "Kazakhstan", "—", "!", "「", "」", "selon", "according to", "The", "Mme"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var checked = 0
        for round in 0..<500 {
            let text = (0..<(1 + next(120))).map { _ in pieces[next(pieces.count)] }.joined()
            let transcript = annotator.annotate(TestDocuments.make(text, lang: round % 2 == 0 ? "fr" : "en"))
            for quotation in transcript.quotations {
                for span in quotation.spans {
                    let count = transcript.blocks[span.block].text.utf8.count
                    #expect(span.range.lowerBound >= 0 && span.range.upperBound <= count && !span.range.isEmpty)
                    checked += 1
                }
                if let id = quotation.speakerID { #expect(transcript.speaker(id: id) != nil) }
            }
        }
        #expect(checked > 100)
    }
}

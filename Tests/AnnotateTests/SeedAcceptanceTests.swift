import Annotate
import Foundation
import Ingest
import Model
import Testing

/// The acceptance criteria on the first seed (`000_bb68b1fc390179ef.txt`), checked
/// against its gold annotation.
@Suite struct SeedAcceptanceTests {
    struct Gold: Decodable {
        struct Quote: Decodable { var text: String; var kind: String; var speaker: String? }
        var quotations: [Quote]
    }

    let transcript: Transcript
    let gold: Gold

    init() throws {
        let text = try TestDocuments.fixture("000_bb68b1fc390179ef.txt")
        transcript = try Annotator().annotate(TestDocuments.make(text, lang: "fr"))
        let goldText = try TestDocuments.fixture("seed-000_bb68b1fc390179ef.gold.json")
        gold = try JSONDecoder().decode(Gold.self, from: Data(goldText.utf8))
    }

    var direct: [Quotation] { transcript.quotations.filter { $0.kind == .direct } }

    @Test func findsExactlyTheGoldDirectQuotations() {
        #expect(direct.count == 9)
        #expect(direct.map(\.text) == gold.quotations.map(\.text))
    }

    @Test func attributesSixToKhameneiAndThreeToNazarbayev() {
        #expect(direct.map(\.speakerID) == Array(repeating: "sayed-ali-khamenei", count: 6) + Array(repeating: "nursultan-nazarbayev", count: 3))
        #expect(transcript.speakers.map(\.id) == ["sayed-ali-khamenei", "nursultan-nazarbayev"])
        #expect(transcript.speakers.map(\.name) == ["Sayed Ali Khamenei", "Nursultan Nazarbayev"])
    }

    @Test func rolesAndAliasesComeFromTheText() throws {
        let khamenei = try #require(transcript.speaker(id: "sayed-ali-khamenei"))
        #expect(khamenei.role == "Guide de la Révolution islamique")
        #expect(khamenei.aliases.contains("L'Ayatollah Khamenei"))
        #expect(khamenei.aliases.contains("Le Leader de la Révolution"))
        let nazarbayev = try #require(transcript.speaker(id: "nursultan-nazarbayev"))
        #expect(nazarbayev.role == "Président du Kazakhstan")
        #expect(nazarbayev.aliases.contains("M. Nazarbayev"))
        #expect(nazarbayev.aliases.contains("Le Président kazakh"))
    }

    @Test func mentionedPersonWhoSaysNothingIsNoSpeaker() {
        #expect(!transcript.speakers.contains { $0.name.contains("Rouhani") })
    }

    @Test func attributionsExplainThemselves() {
        let rules = direct.map(\.attribution.rule)
        #expect(rules == ["cue-after", "participle", "participle", "participle", "participle", "participle", "participle", "colon-before", "colon-before"])
        #expect(direct[0].attribution.cue == "dit")
        #expect(direct[0].attribution.mention == "il")
        #expect(direct[7].attribution.mention == "il")
        #expect(direct[8].attribution.mention == "M. Nazarbayev")
        #expect(direct.allSatisfy { $0.attribution.confidence > 0 && $0.attribution.confidence <= 1 })
    }

    @Test func editorialInsertionStaysInsideTheSixthQuotation() throws {
        #expect(direct[5].text.hasSuffix("zone maritime commune [de la mer Caspienne]"))
        #expect(transcript.insertions.count == 1)
        let insertion = try #require(transcript.insertions.first)
        let bytes = Array(transcript.blocks[insertion.block].text.utf8)[insertion.range]
        #expect(String(decoding: bytes, as: UTF8.self) == "[de la mer Caspienne]")
        let span = try #require(direct[5].spans.first)
        #expect(span.block == insertion.block && span.range.contains(insertion.range.lowerBound))
    }

    @Test func spansIncludeTheMarksAndIdsComeFromTheText() throws {
        for quotation in direct {
            let span = try #require(quotation.spans.first)
            let bytes = Array(transcript.blocks[span.block].text.utf8)[span.range]
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("«") && text.hasSuffix("»"))
            #expect(quotation.id == "q-" + StableHash.hex(quotation.text))
        }
    }

    @Test func ingestThenAnnotateGivesTheSameNineQuotations() throws {
        let text = try TestDocuments.fixture("000_bb68b1fc390179ef.txt")
        let document = try SeedReader.read(Array(text.utf8), seedPath: "000_bb68b1fc390179ef.txt").document
        #expect(document.metadata.lang == "fr")
        let fromIngest = try Annotator().annotate(document)
        let direct = fromIngest.quotations.filter { $0.kind == .direct }
        #expect(direct.map(\.text) == gold.quotations.map(\.text))
        #expect(direct.map(\.speakerID) == self.direct.map(\.speakerID))
    }
}

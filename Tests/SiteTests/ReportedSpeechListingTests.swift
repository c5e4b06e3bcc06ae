import Foundation
import Model
@testable import Site
import Testing

/// A direct quotation inside its speaker's own reported sentence is shown once on the speaker's
/// page and counted once (`Le maire a déclaré que la piscine « fermera en juin »`).
@Suite struct ReportedSpeechListingTests {
    static let mayor = Speaker(id: "paul-verdier", name: "Paul Verdier")
    static let other = Speaker(id: "anne-roy", name: "Anne Roy")

    /// Block 0: `Le maire a déclaré que la piscine « fermera en juin ».` — the reported span starts
    /// at byte 23 and covers the quoted words (at byte 37); block 1 holds another quotation.
    static func document(innerSpeaker: String, reportedBlock: Int = 0) -> SiteDocument {
        let reported = SiteFixture.quote("q-rep", .reported, block: reportedBlock, at: 23, "la piscine « fermera en juin »", speaker: "paul-verdier")
        let inner = SiteFixture.quote("q-dir", .direct, block: 0, at: 37, "fermera en juin", speaker: innerSpeaker)
        let later = SiteFixture.quote("q-later", .direct, block: 1, at: 2, "Nous n'avons pas le choix", speaker: "paul-verdier")
        return SiteFixture.document(
            slug: "piscine", seed: "piscine.txt", title: "Piscine", date: "2026-03-12", lang: "fr", source: nil,
            speakers: [mayor, other], quotations: [reported, inner, later])
    }

    @Test func theInnerDirectQuotationIsListedOnceOnTheSpeakerPage() throws {
        let catalog = SiteCatalog(documents: [Self.document(innerSpeaker: "paul-verdier")])
        let mayor = try #require(catalog.speaker(id: "paul-verdier"))
        #expect(mayor.groups.first?.quotations.map(\.id) == ["q-rep", "q-later"])
        #expect(mayor.quotationCount == 2)
        // data/quotes.json keeps every quotation, each with its kind.
        #expect(catalog.quotations.map(\.quotation.id) == ["q-rep", "q-dir", "q-later"])
        let site = PageContext.Site(title: "t", language: "fr", hasFeed: false)
        let links = PageContext.speakers(of: catalog.bySlug[0], in: catalog, from: "transcripts/piscine/index.html", pages: [], site: site)
        #expect(links.first?["quotes"] as? Int == 2)
    }

    @Test func anotherSpeakersOrAnotherBlocksQuotationStaysListed() throws {
        let catalog = SiteCatalog(documents: [Self.document(innerSpeaker: "anne-roy")])
        #expect(catalog.speaker(id: "anne-roy")?.quotationCount == 1)
        #expect(catalog.speaker(id: "paul-verdier")?.quotationCount == 2)
        let elsewhere = SiteCatalog(documents: [Self.document(innerSpeaker: "paul-verdier", reportedBlock: 1)])
        #expect(elsewhere.speaker(id: "paul-verdier")?.quotationCount == 3)
    }
}

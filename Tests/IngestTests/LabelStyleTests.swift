import Model
import Testing

@testable import Ingest

@Test func parliamentLabelsWithAHyphenAndUnderscoreBoldLabels() throws {
    let parliament = try SeedReader.read(Array("M. DUPONT. - Je demande la parole.\nMme DURAND. - Vous l’avez.\nM. DUPONT. - Merci.\n".utf8), seedPath: "p.txt").document
    #expect(parliament.blocks.compactMap(\.turn?.label) == ["M. DUPONT", "Mme DURAND", "M. DUPONT"])
    #expect(parliament.blocks.map(\.text) == ["Je demande la parole.", "Vous l’avez.", "Merci."])

    let markdown = try SeedReader.read(Array("__Carol:__ Hello there.\n\n__Dave:__ Hi Carol.\n\n__Carol:__ Bye.\n".utf8), seedPath: "c.md").document
    #expect(markdown.blocks.compactMap(\.turn?.label) == ["Carol", "Dave", "Carol"])

    // A sentence that ends before a hyphen is no label.
    let prose = try SeedReader.read(Array("Il est parti. - Puis il est revenu.\n\nLe soir, tout était calme.\n".utf8), seedPath: "q.txt").document
    #expect(prose.blocks.allSatisfy { $0.turn == nil })
}

/// A label made of commas only (`,:`, `, :`, `,. – x`) is no name, and reading it does not crash.
@Test func labelsOfCommasOnlyAreNoNames() throws {
    for text in [",:", "Title\n\n, : « Non. »\n", ",,,: hi", " ,:", ",. – x"] {
        let document = try SeedReader.read(Array(text.utf8), seedPath: "c.txt").document
        #expect(document.blocks.allSatisfy { $0.turn == nil })
    }
}

import Model
import Testing

@Test func idsComeFromTheTextAndRepeatsAreNumbered() {
    let ids = QuotationID.assign(["Bonjour", "Merci", "Bonjour", "Bonjour"])
    let bonjour = "q-" + StableHash.hex("Bonjour")
    #expect(ids == [bonjour, "q-" + StableHash.hex("Merci"), bonjour + "-2", bonjour + "-3"])
}

@Test func differentTextsWithTheSameShortHashGetLongerIds() {
    // Find two texts whose 6-digit hashes collide, deterministically.
    var seen: [String: String] = [:]
    var pair: (String, String)?
    var index = 0
    while pair == nil {
        let text = "point \(index)"
        let short = StableHash.hex(text)
        if let other = seen[short] { pair = (other, text) } else { seen[short] = text }
        index += 1
    }
    let (first, second) = pair!
    let ids = QuotationID.assign([first, second, second])
    #expect(ids[0] == "q-" + StableHash.hex(first))
    #expect(ids[1] == "q-" + StableHash.hex(second, digits: 8))
    #expect(ids[2] == ids[1] + "-2")
    #expect(Set(ids).count == 3)
}

@Test func slugsKeepEveryLetter() {
    // HAZARDS B15
    #expect(Slug.make(from: "Un éléphant à l'orée du bois") == "un-elephant-a-loree-du-bois")
    #expect(Slug.make(from: "L’État, c’est nous !") == "letat-cest-nous")
    #expect(Slug.make(from: "Straße, Œuvre & Søren") == "strasse-oeuvre-soren")
    #expect(Slug.make(from: "Đông") == "dong")
    // No letter or digit: `untitled-` and a stable hash, so different names keep different ids;
    // the values are fixed (FNV-1a of the UTF-8 bytes), the same on every machine and in every run.
    #expect(Slug.make(from: "!!!") == "untitled-bbe43c")
    #expect(Slug.make(from: "« »") == "untitled-0b50ae")
    #expect(Slug.make(from: "  !!!\n") == "untitled-bbe43c")
    #expect(Slug.make(from: "") == "untitled")
    #expect(Slug.make(from: " \u{A0}") == "untitled")
    #expect(Slug.make(from: "Путин") == "путин")
}

@Test func slugCollisionsAreNumberedInOrder() {
    // HAZARDS B16
    let bases = ["c", "c", "ete", "ete", "reunion-du-3-mai", "reunion-du-3-mai", "ete-2"]
    #expect(Slug.disambiguate(bases) == ["c", "c-2", "ete", "ete-3", "reunion-du-3-mai", "reunion-du-3-mai-2", "ete-2"])
}

import Model
import Testing

/// A slug names a folder: a very long name is cut to ``Slug/maximumBytes`` UTF-8 bytes and given
/// a hash of the whole name, so two long names sharing their start stay apart.
@Test func longNamesGiveShortDistinctSlugs() {
    let long = "Abbb" + String(repeating: "b", count: 300)
    let other = long + " Junior"
    let cjk = "李明." + String(repeating: "x", count: 280)
    for name in [long, other, cjk] {
        let slug = Slug.make(from: name)
        #expect(slug.utf8.count <= Slug.maximumBytes)
        #expect(slug == Slug.make(from: name))
    }
    #expect(Slug.make(from: long) != Slug.make(from: other))
    #expect(Slug.make(from: "Paul Roy") == "paul-roy")
}

/// Names that slug alike get their own slugs in the given order (HAZARDS B16), and a reserved
/// slug (a page kept from an earlier run) is given to no one.
@Test func disambiguationNumbersInOrderAndSkipsReservedSlugs() {
    let bases = ["C", "C#", "Été", "Ete", "Ça", "Ca"].map(Slug.make(from:))
    #expect(bases == ["c", "c", "ete", "ete", "ca", "ca"])
    #expect(Slug.disambiguate(bases) == ["c", "c-2", "ete", "ete-2", "ca", "ca-2"])
    #expect(Slug.disambiguate(["c", "c", "d"], reserved: ["c"]) == ["c-2", "c-3", "d"])
    #expect(Slug.disambiguate(["c", "c-2", "c"], reserved: ["c-3"]) == ["c", "c-2", "c-4"])
}

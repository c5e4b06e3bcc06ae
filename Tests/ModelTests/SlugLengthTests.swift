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

import Foundation
import Model
import Testing

/// The speaker each direct quotation of a generated site is given in `data/quotes.json`, by its
/// text (`none` for no one).
private func speakerOfText(_ site: SiteFixture) throws -> [String: String] {
    let quotes = try #require(try site.json("data/quotes.json") as? [[String: Any]])
    var speakers: [String: String] = [:]
    for quote in quotes where quote["kind"] as? String == "direct" {
        speakers[quote["text"] as? String ?? ""] = quote["speaker"] as? String ?? "none"
    }
    return speakers
}

/// The `speakers.yml` warnings of a report, from the file's name on.
private func speakersFileMessages(_ diagnostics: [Diagnostic]) -> [String] {
    let file = "seeds/speakers.yml"
    return diagnostics.map(\.description).filter { $0.contains(file) }.map { String($0[$0.range(of: file)!.lowerBound...]) }
}

/// Two `speakers.yml` entries that share an alias do not merge the wrong people: a name always
/// means its own entry (John Brown is `john-brown`, not the first entry listing `the mayor`), and
/// the shared alias is warned at its line and resolves to no one.
@Test func aSharedAliasInSpeakersFileIsWarnedAndNameWins() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": "Council\n\n\"We will build the bridge,\" said John Brown.\n",
        "b.txt": "Market\n\n\"The market opens on Monday,\" said Mary Smith.\n",
    ])
    defer { site.remove() }
    let yaml = """
        mary-smith:
          name: Mary Smith
          aliases: [the mayor]
        john-brown:
          name: John Brown
          aliases: [the mayor]

        """
    try Data(yaml.utf8).write(to: site.seeds.appendingPathComponent("speakers.yml"))
    let report = try site.generate()
    let speakers = try speakerOfText(site)
    #expect(speakers["We will build the bridge,"] == "john-brown", "\(speakers)")
    #expect(speakers["The market opens on Monday,"] == "mary-smith", "\(speakers)")
    #expect(speakersFileMessages(report.diagnostics) == [
        "seeds/speakers.yml:6: warning: the alias 'the mayor' is listed by speakers 'mary-smith' and 'john-brown', so it cannot say which of them is meant; it was dropped from all of them (keep 'the mayor' in the aliases of one speaker only)",
    ], "\(report.diagnostics)")
}

/// Near misses: an alias that is another entry's name is dropped from the entry listing it (the
/// name means its own entry), in any case; two entries with one name are warned and neither is
/// used; distinct aliases and names give no warning.
@Test func speakersFileNameClashesNearMisses() throws {
    let yaml = """
        mary-smith:
          name: Mary Smith
          aliases: [JOHN BROWN, Ms Smith]
        john-brown:
          name: John Brown
        lee-a:
          name: Ann Lee
        lee-b:
          name: Ann Lee
        clean:
          name: Carl Dean
          aliases: [the clerk]

        """
    let site = try SiteFixture(seeds: [
        "a.txt": "Council\n\n\"We will build the bridge,\" said John Brown.\n\n\"The park stays,\" said Ann Lee.\n",
        "speakers.yml": yaml,
    ])
    defer { site.remove() }
    let report = try site.generate()
    let speakers = try speakerOfText(site)
    #expect(speakers["We will build the bridge,"] == "john-brown", "\(speakers)")
    let ann = speakers["The park stays,"]
    // (Neither entry's id: the speaker is read as if neither were declared, under the slug of her name.)
    #expect(ann == "ann-lee", "\(speakers)")
    #expect(speakersFileMessages(report.diagnostics) == [
        "seeds/speakers.yml:3: warning: the alias 'JOHN BROWN' of speaker 'mary-smith' is the name of speaker 'john-brown'; it is not used as an alias, and 'JOHN BROWN' means 'john-brown' (remove 'JOHN BROWN' from the aliases of 'mary-smith')",
        "seeds/speakers.yml:8: warning: speakers 'lee-a' and 'lee-b' have the same name, 'Ann Lee', so a transcript that names it cannot say which; neither entry is used (give each person their own name (a middle initial, a title) or make them one entry)",
    ], "\(report.diagnostics)")
}

import Foundation
import Model
import Testing

private let portSeed = "Visite du port\n\n« Nous verrons », a déclaré Jeanne Roche, maire de Lyon, le 4 mai 2024.\n"

/// An annotated Markdown seed of one turn by `who`, labelled `label`.
private func turnSeed(title: String, who: String, label: String) -> String {
    """
    ---
    title: "\(title)"
    lang: fr
    ---

    ::: {.turn who=\(who) label="\(label)"}
    Bonjour à tous, merci d'être venus.
    :::

    """
}

/// A plain seed whose front matter declares a speaker id that cannot be a folder name (`a/b`)
/// no longer stops the site: the id becomes its slug with a warning at the front-matter line
/// that declares the id, and every other seed is still published.
@Test func aFrontMatterSpeakerIDThatIsNoFolderNameIsWarnedAndReplaced() throws {
    let seed = """
        ---
        title: Réunion du conseil
        speakers:
          a/b:
            name: Paul Durand
        ---

        Le 3 mai 2024, Paul Durand a dit : « Non, nous ne voterons pas ce texte. »

        """
    let site = try SiteFixture(seeds: ["a.txt": seed, "b.txt": portSeed])
    defer { site.remove() }
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description)
    #expect(messages.contains { $0.hasSuffix("seeds/a.txt:4: warning: speaker id 'a/b' cannot name a speaker page folder; it was read as 'a-b' (write the speaker's id in letters, digits and `-`, such as `a-b`, in the seed's front matter or its sidecar file)") }, "\(messages)")
    #expect(!report.diagnostics.contains { $0.severity == .error }, "\(messages)")
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("speakers/a-b/index.html").path))
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("transcripts/reunion-du-conseil/index.html").path))
    #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("transcripts/visite-du-port/index.html").path))
}

/// Speaker ids that differ only by case across seeds (`who=Ann-Lee`, `who=ann-lee`) would be two
/// pages in one folder on macOS and Windows: they are one speaker, under the first seed's id,
/// with a warning at the second seed's line naming the first's.
@Test func speakerIDsThatDifferOnlyByCaseAcrossSeedsAreOneSpeaker() throws {
    let site = try SiteFixture(seeds: [
        "a.md": turnSeed(title: "Réunion A", who: "Ann-Lee", label: "ANN"),
        "b.md": turnSeed(title: "Réunion B", who: "ann-lee", label: "Mme LEE"),
    ])
    defer { site.remove() }
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description)
    #expect(messages.contains { $0.hasSuffix("seeds/b.md:7: warning: speaker id 'ann-lee' differs from 'Ann-Lee' (\(site.seeds.path)/a.md:7) only by case, and their pages would share one folder on macOS and Windows; both are read as the speaker 'Ann-Lee' (write the id one way everywhere, `Ann-Lee`)") }, "\(messages)")
    let speakers = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("speakers").path).sorted()
    #expect(speakers == ["Ann-Lee", "index.html"])
    let page = try site.file("speakers/Ann-Lee/index.html")
    #expect(page.contains("Réunion A") && page.contains("Réunion B"))
}

/// Two `speakers.yml` entries whose ids differ only by case are one speaker: the second's name
/// becomes an alias of the first, with a warning at its line naming the first's.
@Test func speakersFileIDsThatDifferOnlyByCaseAreOneSpeaker() throws {
    let site = try SiteFixture(seeds: ["b.txt": portSeed])
    defer { site.remove() }
    try Data("Ann-Lee:\n  name: Ann Lee\nann-lee:\n  name: Annie Lee\n".utf8)
        .write(to: site.seeds.appendingPathComponent("speakers.yml"))
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description)
    #expect(messages.contains { $0.hasSuffix("seeds/speakers.yml:3: warning: speaker id 'ann-lee' differs from 'Ann-Lee' (line 1) only by case, and their pages would share one folder on macOS and Windows; they are one speaker, 'Ann-Lee', and 'Annie Lee' is one of its aliases (keep one entry, or give the second an id of its own)") }, "\(messages)")
}

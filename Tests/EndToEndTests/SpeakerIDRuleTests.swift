import Foundation
import Model
import Pipeline
import Testing

/// A plain seed whose front matter declares `speakers:` with `id` (line 4) for `name`, and a
/// quotation of that person.
private func declaringSeed(title: String, id: String, name: String) -> String {
    """
    ---
    title: \(title)
    speakers:
      \(id):
        name: \(name)
    ---

    Le 3 mai 2024, \(name) a dit : « Non, nous ne voterons pas ce texte. »

    """
}

private func speakerFolders(_ site: SiteFixture) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("speakers").path).sorted()
}

/// Generates `site` and checks that, for each of `suffixes`, a diagnostic ends in it.
/// - Returns: the report.
@discardableResult
private func generate(_ site: SiteFixture, warningsEndingIn suffixes: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> GenerateReport {
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description)
    for suffix in suffixes {
        #expect(messages.contains { $0.hasSuffix(suffix) }, "\(messages)", sourceLocation: sourceLocation)
    }
    return report
}

/// Ids with a space or a `:` pass as folder names but are refused by the annotated Markdown
/// reader: one rule now serves every reader, so a plain seed's front matter gets the slug too,
/// with a warning at the line that declares the id (not the first quotation).
@Test func frontMatterIDsWithSpacesOrColonsFollowTheOneSpeakerIDRule() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": declaringSeed(title: "Réunion du conseil", id: "\"ann lee\"", name: "Ann Lee"),
        "b.txt": declaringSeed(title: "Visite du port", id: "\"a:b\"", name: "Paul Durand"),
    ])
    defer { site.remove() }
    try generate(site, warningsEndingIn: [
        "seeds/a.txt:4: warning: speaker id 'ann lee' cannot name a speaker page folder; it was read as 'ann-lee' (write the speaker's id in letters, digits and `-`, such as `ann-lee`, in the seed's front matter or its sidecar file)",
        "seeds/b.txt:4: warning: speaker id 'a:b' cannot name a speaker page folder; it was read as 'a-b' (write the speaker's id in letters, digits and `-`, such as `a-b`, in the seed's front matter or its sidecar file)",
    ])
    #expect(try speakerFolders(site) == ["a-b", "ann-lee", "index.html"])
}

/// A 300-letter id fails at read time, not when its page is written: a warning that says it is
/// too long, and the page under its (capped) slug.
@Test func aSpeakerIDLongerThanAFileNameIsReadAsItsSlug() throws {
    let long = String(repeating: "a", count: 300)
    let site = try SiteFixture(seeds: ["a.txt": declaringSeed(title: "Réunion du conseil", id: long, name: "Paul Durand")])
    defer { site.remove() }
    let slug = Slug.make(from: long)
    #expect(slug.utf8.count == Slug.maximumBytes)
    let report = try generate(site, warningsEndingIn: ["seeds/a.txt:4: warning: speaker id '\(String(repeating: "a", count: 40))…' (300 bytes) is longer than a folder name may be (255 bytes); it was read as '\(slug)' (write the speaker's id in letters, digits and `-`, such as `\(slug)`, in the seed's front matter or its sidecar file)"])
    #expect(!report.diagnostics.contains { $0.severity == .error }, "\(report.diagnostics.map(\.description))")
    #expect(try speakerFolders(site) == [slug, "index.html"])
}

/// The same hand-chosen id with two names in two seeds is one speaker page, as the same id in
/// `speakers.yml` would be, with a warning at the second declaration naming the first.
@Test func theSameHandChosenIDWithTwoNamesInTwoSeedsIsOneSpeakerPage() throws {
    let site = try SiteFixture(seeds: [
        "a.txt": declaringSeed(title: "Réunion du conseil", id: "ann-lee", name: "Ann Lee"),
        "b.txt": declaringSeed(title: "Visite du port", id: "ann-lee", name: "Ann Leigh"),
    ])
    defer { site.remove() }
    try generate(site, warningsEndingIn: ["seeds/b.txt:4: warning: speaker id 'ann-lee' is 'Ann Leigh' here and 'Ann Lee' in \(site.seeds.path)/a.txt:4; they are one speaker, speakers/ann-lee/, named 'Ann Lee' there (if they are two people, give one of them another id; if one, write the name one way (or list it in speakers.yml))"])
    #expect(try speakerFolders(site) == ["ann-lee", "index.html"])
    let page = try site.file("speakers/ann-lee/index.html")
    #expect(page.contains("Réunion du conseil") && page.contains("Visite du port"))
}

/// Near miss: two different names whose slugs agree (`C`, `C#`), written with no id, stay two
/// speakers, `c` and `c-2`.
@Test func twoNamesWithTheSameSlugAndNoHandChosenIDStayTwoSpeakers() throws {
    let seed = { (title: String, name: String) in
        "---\ntitle: \(title)\nspeakers: [\"\(name)\"]\n---\n\nLe 3 mai 2024, \(name) a dit : « Non, nous ne voterons pas ce texte. »\n"
    }
    let site = try SiteFixture(seeds: ["a.txt": seed("Réunion du conseil", "C"), "b.txt": seed("Visite du port", "C#")])
    defer { site.remove() }
    let report = try site.generate()
    #expect(!report.diagnostics.contains { $0.message.contains("they are one speaker") })
    #expect(try speakerFolders(site) == ["c", "c-2", "index.html"])
}

/// `speakers.yml` is canonical: a seed's id that differs from one of its ids only by case joins
/// it under the file's name, the seed's name kept as an alias.
@Test func aCaseMergeAgainstTheSpeakersFileTakesTheFilesName() throws {
    let site = try SiteFixture(seeds: ["a.txt": declaringSeed(title: "Réunion du conseil", id: "ann-lee", name: "Annie Leigh")])
    defer { site.remove() }
    try Data("Ann-Lee:\n  name: Ann Lee\n".utf8).write(to: site.seeds.appendingPathComponent("speakers.yml"))
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description)
    #expect(messages.contains { $0.contains("speaker id 'ann-lee' differs from 'Ann-Lee' (") }, "\(messages)")
    let markdown = try site.file("transcripts/reunion-du-conseil/index.md")
    #expect(markdown.contains("  \"Ann-Lee\":\n    name: \"Ann Lee\"\n    aliases: [\"Annie Leigh\"]"), "\(markdown)")
}

/// `speakers.yml` follows the same rule: an id with a space is read as its slug, with a warning
/// at its line, and the entry is kept (its name still names the page).
@Test func aSpeakersFileIDWithASpaceIsReadAsItsSlug() throws {
    let site = try SiteFixture(seeds: ["a.txt": declaringSeed(title: "Réunion du conseil", id: "ann-lee", name: "Ann Lee")])
    defer { site.remove() }
    try Data("\"ann lee\":\n  name: Ann Lee\n".utf8).write(to: site.seeds.appendingPathComponent("speakers.yml"))
    let report = try site.generate()
    let messages = report.diagnostics.map(\.description)
    #expect(messages.contains { $0.contains("seeds/speakers.yml:1: warning: speaker id 'ann lee' cannot name a speaker page folder; it was read as 'ann-lee'") }, "\(messages)")
    #expect(try speakerFolders(site) == ["ann-lee", "index.html"])
}

/// A sidecar file's speaker id is warned at its line in the sidecar, not at the media file's
/// first cue.
@Test func aSidecarsUnsafeSpeakerIDIsWarnedAtItsLineInTheSidecar() throws {
    let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>Bonjour à tous, merci d'être venus.\n"
    let site = try SiteFixture(seeds: ["x.vtt": vtt])
    defer { site.remove() }
    try Data("title: Réunion du conseil\nspeakers:\n  \"ann lee\":\n    name: Ann Lee\n".utf8)
        .write(to: site.seeds.appendingPathComponent("x.vtt.yml"))
    try generate(site, warningsEndingIn: ["seeds/x.vtt.yml:3: warning: speaker id 'ann lee' cannot name a speaker page folder; it was read as 'ann-lee' (write the speaker's id in letters, digits and `-`, such as `ann-lee`, in the seed's front matter or its sidecar file)"])
    #expect(try speakerFolders(site) == ["ann-lee", "index.html"])
}

/// A control or format character (zero-width space, soft hyphen, byte order mark, a right-to-left
/// override) makes an id unsafe: two ids that look alike would be two folders; its slug is safe.
@Test func invisibleOrReorderingCharactersMakeASpeakerIDUnsafe() {
    for id in ["ann\u{200B}lee", "g\u{00AD}h", "\u{FEFF}ann", "rtl\u{202E}x", "tab\u{0009}x"] {
        #expect(!SpeakerID.isSafe(id))
        #expect(SpeakerID.isSafe(SpeakerID.safe(id)))
    }
    #expect(SpeakerID.safe("g\u{00AD}h") == "g-h")
    // Near misses: letters of any script stay safe, and so does the zero-width non-joiner
    // a Persian name needs (`می‌خواهم`).
    #expect(SpeakerID.isSafe("josé"))
    #expect(SpeakerID.isSafe("ана-ли"))
    #expect(SpeakerID.isSafe("مهر\u{200C}نوش"))
}

import Foundation
import Pipeline
import Testing

private let councilSeed = "Réunion du conseil\n\nLe 3 mai 2024, Paul Durand a dit : « Non, nous ne voterons pas ce texte. »\n"
private let portSeed = "Visite du port\n\n« Nous verrons », a déclaré Jeanne Roche, maire de Lyon, le 4 mai 2024.\n"
private let speakers = "pdurand:\n  name: Paul Durand\n  role: conseiller\njroche:\n  name: Jeanne Roche\n  role: maire de Lyon\n"

/// Every `href` of every HTML page in `folder` that leads into `speakers/` or `transcripts/` and
/// names no file there (`…/` read as `…/index.html`), as `page -> target`.
private func deadLinks(in folder: URL) throws -> [String] {
    let files = try SiteFixture.snapshot(of: folder)
    var dead: [String] = []
    for (path, data) in files where path.hasSuffix(".html") {
        let html = String(decoding: data, as: UTF8.self)
        var rest = html[...]
        while let start = rest.range(of: "href=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let link = String(rest[..<end]).split(separator: "#", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            rest = rest[end...]
            guard !link.isEmpty, !link.contains(":"), !link.hasPrefix("/") else { continue }
            var segments = path.split(separator: "/").dropLast().map(String.init)
            for segment in link.split(separator: "/") {
                if segment == ".." { segments.removeLast() } else if segment != "." { segments.append(String(segment)) }
            }
            var target = segments.joined(separator: "/")
            if link.hasSuffix("/") { target += "/index.html" }
            guard target.hasPrefix("speakers/") || target.hasPrefix("transcripts/") else { continue }
            if files[target.removingPercentEncoding ?? target] == nil { dead.append("\(path) -> \(target)") }
        }
    }
    return dead.sorted()
}

/// What the seventeenth session's site tester found: with `speakers.yml` broken and a seed
/// deleted, the speaker pages kept from before linked to the deleted seed's transcript, which
/// the run removes. A kept speaker page with such a link is not kept: written anew when its
/// speaker is still quoted, removed when not, each with a warning at `speakers.yml`; the
/// speaker list that linked to a removed page is written anew too. Near miss: a kept speaker
/// page whose links all lead somewhere is kept byte for byte.
@Test func keptSpeakerPagesNeverLinkToTheTranscriptOfADeletedSeed() throws {
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "b.txt": portSeed, "speakers.yml": speakers])
    defer { site.remove() }
    try site.generate()
    let durand = try site.file("speakers/pdurand/index.html")
    #expect(try site.file("speakers/jroche/index.html").contains("transcripts/visite-du-port/"))

    try Data("pdurand:\n  name: [Paul Durand\n".utf8).write(to: site.seeds.appendingPathComponent("speakers.yml"))
    try FileManager.default.removeItem(at: site.seeds.appendingPathComponent("b.txt"))
    let report = try site.generate()
    #expect(try deadLinks(in: site.output) == [])
    #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("transcripts/visite-du-port").path))
    #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("speakers/jroche").path))
    #expect(try site.file("speakers/pdurand/index.html") == durand)
    let file = site.seeds.appendingPathComponent("speakers.yml").standardizedFileURL.path
    #expect(report.diagnostics.filter { $0.file.hasSuffix("speakers.yml") && $0.severity == .warning }.map(\.description) == [
        "\(file): warning: the pages published before from 1 seed (transcripts/reunion-du-conseil/) are kept as they were, and stay listed as they were, because this file cannot be read: written anew without it, they would lose the roles and aliases it gives (fix \(file) and generate again)",
        "\(file): warning: the speaker page speakers/jroche/index.html published before links to transcripts/visite-du-port/index.html, which this run no longer writes (its seed was removed, or its speaker is gone), so it is not kept: it is removed, as no transcript quotes its speaker now (fix the error above and generate again)",
        "\(file): warning: the speaker page speakers/index.html published before links to speakers/jroche/index.html, which this run no longer writes (its seed was removed, or its speaker is gone), so it is not kept: it is written anew, without the names, roles and aliases of this file (fix the error above and generate again)",
        "\(file): warning: the speaker pages published before (1 file under speakers/) are kept as they were; only pages of speakers new this run are written (fix the error above and generate again)",
    ])
}

/// What the seventeenth session's site tester found: a `speakers.yml` that is valid YAML but no
/// list of speakers (empty, only a comment, a list of names alone, a single value, an empty
/// `speakers:`) was taken silently as declaring none, or ids made from names, and the speaker
/// pages published under the ids it wrote moved; a folder in its place gave a Foundation error.
/// Each is an error at `speakers.yml` (at the value's line, line 1 for an empty file), and the
/// speaker pages published before are kept. Near miss: a list of `{id:, name:}` entries is read.
@Test func aSpeakersFileThatListsNoSpeakersIsAnErrorAndKeepsThePages() throws {
    let cases: [(yaml: String?, error: String)] = [
        ("", ":1: error: the file declares no speakers (it is empty, or holds only comments); the site was built without it, keeping any pages published before (list speakers as `id: {name: …, aliases: […], role: …}`, or delete the file if the site declares none)"),
        ("# speakers to come\n", ":1: error: the file declares no speakers (it is empty, or holds only comments); the site was built without it, keeping any pages published before (list speakers as `id: {name: …, aliases: […], role: …}`, or delete the file if the site declares none)"),
        ("speakers:\n", ":1: error: the file declares no speakers (it is empty, or holds only comments); the site was built without it, keeping any pages published before (list speakers as `id: {name: …, aliases: […], role: …}`, or delete the file if the site declares none)"),
        ("# the council\n- Paul Durand\n- Jeanne Roche\n", ":2: error: the file lists a name alone (`Paul Durand`), with no speaker id: ids made from names would move the speaker pages published under the ids written before; the site was built without it, keeping any pages published before (list speakers as `id: {name: …, aliases: […], role: …}`)"),
        ("Paul Durand\n", ":1: error: the file is a single value (`Paul Durand`), not a mapping of speakers; the site was built without it, keeping any pages published before (list speakers as `id: {name: …, aliases: […], role: …}`)"),
        (nil, ": error: speakers.yml is a folder, not a file; the site was built without it, keeping any pages published before (remove the folder, or make speakers.yml a file listing speakers as `id: {name: …, aliases: […], role: …}`)"),
    ]
    for (yaml, error) in cases {
        let site = try SiteFixture(seeds: ["a.txt": councilSeed, "speakers.yml": speakers])
        defer { site.remove() }
        try site.generate()
        let page = try site.file("speakers/pdurand/index.html")
        let url = site.seeds.appendingPathComponent("speakers.yml")
        try FileManager.default.removeItem(at: url)
        if let yaml {
            try Data(yaml.utf8).write(to: url)
        } else {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        }
        let report = try site.generate()
        let messages = report.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(messages == [url.standardizedFileURL.path + error], "\(yaml ?? "folder")")
        #expect(try site.file("speakers/pdurand/index.html") == page, "\(yaml ?? "folder")")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("speakers/paul-durand").path))
    }
    let site = try SiteFixture(seeds: ["a.txt": councilSeed, "speakers.yml": "- id: pdurand\n  name: Paul Durand\n"])
    defer { site.remove() }
    let report = try site.generate()
    #expect(!report.hasErrors, "\(report.diagnostics.map(\.description))")
    #expect(try site.file("speakers/pdurand/index.html").contains("Paul Durand"))
}

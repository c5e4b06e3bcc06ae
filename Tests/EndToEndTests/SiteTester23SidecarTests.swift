import Foundation
import Model
import Testing

/// Sidecars through `generate` (the site tester of the twenty-third session): one written with
/// its own `---` lines gives the page its title (it was ignored without a word), and one whose
/// seed is gone is warned about by name, with what to do, instead of being ignored silently.
@Test func sidecarsWithFencesAreReadAndOrphanSidecarsAreWarned() throws {
    let cue = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Wren Tobin>The ferry leaves at noon.\n"
    let site = try SiteFixture(seeds: [
        "ferry.vtt": cue,
        "ferry.vtt.yml": "---\ntitle: Ferry talk\nslug: ferry-talk\n---\n",
        "old/harbour.vtt.yml": "title: Harbour talk\n",
    ])
    defer { site.remove() }
    let report = try site.generate()
    #expect(try site.file("transcripts/ferry-talk/index.html").contains("<title>Ferry talk"))
    let orphan = report.diagnostics.filter { $0.file.hasSuffix("harbour.vtt.yml") }.map(\.description)
    #expect(orphan.count == 1 && orphan[0].hasSuffix("seeds/old/harbour.vtt.yml: warning: no seed is named old/harbour.vtt, so this sidecar file was not read (a sidecar is named after its seed with `.yml` added) (rename it after its seed (the seed's name with `.yml` added), or delete it if its seed is gone)"), "\(orphan)")
    #expect(report.diagnostics.errorCount == 0)
    #expect(!report.diagnostics.contains { $0.file.hasSuffix("ferry.vtt.yml") }, "\(report.diagnostics)")
}

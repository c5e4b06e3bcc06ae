import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Ingest
import Model
import Testing

/// Issue 4: the TEI export of every transcript in `seeds/` is well-formed XML, and the WebVTT
/// export of every timed one reads back (through Verbatim's own WebVTT reader) to the same cues
/// as the seed: same speakers, times and text, in the same order.
@Test func exportsOfTheRepositorySeedsAreWellFormedAndReadBack() throws {
    let seeds = SiteFixture.repositoryRoot.appendingPathComponent("seeds")
    var files: [String: [UInt8]] = [:]
    for path in try SeedCatalog.seedPaths(in: seeds) {
        files[path] = Array(try Data(contentsOf: seeds.appendingPathComponent(path)))
    }
    let site = try SiteFixture(seeds: files)
    defer { site.remove() }
    try site.generate()
    let transcripts = try #require(try site.json("data/transcripts.json") as? [[String: Any]])
    #expect(transcripts.count == files.count)

    var timed = 0
    for entry in transcripts {
        let slug = try #require(entry["slug"] as? String)
        let seedPath = try #require(entry["seed"] as? String)
        let tei = try Data(contentsOf: site.output.appendingPathComponent("transcripts/\(slug)/transcript.tei.xml"))
        let parser = XMLParser(data: tei)
        #expect(parser.parse(), "\(slug)/transcript.tei.xml: \(parser.parserError.map { "\($0)" } ?? "")")

        let vttURL = site.output.appendingPathComponent("transcripts/\(slug)/transcript.vtt")
        guard FileManager.default.fileExists(atPath: vttURL.path) else { continue }
        timed += 1
        let original = try SeedReader.read(try #require(files[seedPath]), seedPath: seedPath).document
        let exported = try SeedReader.read(Array(try Data(contentsOf: vttURL)), seedPath: "\(slug).vtt").document
        #expect(!cues(of: original).isEmpty, "\(seedPath)")
        #expect(cues(of: exported) == cues(of: original), "\(seedPath)")
    }
    #expect(timed == 3)
}

/// One cue per turn: (speaker label, start, text), with times rounded to milliseconds.
private func cues(of document: SourceDocument) -> [String] {
    var result: [String] = []
    var lastTurn: Int?
    for block in document.blocks {
        guard let turn = block.turn, block.kind == .paragraph else { continue }
        let start = turn.start.map { String(Int(($0 * 1000).rounded())) } ?? "-"
        if turn.index == lastTurn {
            result[result.count - 1] += " " + block.text
        } else {
            result.append("\(turn.label ?? "?") @\(start): \(block.text)")
            lastTurn = turn.index
        }
    }
    return result
}

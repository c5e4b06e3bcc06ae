import Foundation
import Model
import Testing

@testable import Ingest

@Test func dumpScratch() throws {
    guard let path = ProcessInfo.processInfo.environment["DUMP"] else { return }
    for file in path.split(separator: ",") {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: String(file))))
        do {
            let result = try SeedReader.read(bytes, seedPath: (String(file) as NSString).lastPathComponent)
            let d = result.document
            print("== \(file)\n title=\(d.metadata.title) date=\(d.metadata.date ?? "-") lang=\(d.metadata.lang) source=\(d.metadata.source ?? "-") speakers=\(d.metadata.speakers.map { "\($0.id)=\($0.name)" })")
            for w in result.warnings { print(" W \(w)") }
            for b in d.blocks {
                let t = b.turn.map { "T\($0.index) \($0.label ?? "nil")\($0.note.map { " (\($0))" } ?? "") \($0.start.map { String($0) } ?? "")-\($0.end.map { String($0) } ?? "")" } ?? "-"
                print("  [\(b.kind.rawValue) L\(b.line) \(t)] \(b.text.prefix(90).replacingOccurrences(of: "\n", with: "⏎"))")
            }
            var counts: [String: Int] = [:]
            var last = -1
            for b in d.blocks { if let t = b.turn, t.index != last { last = t.index; counts[t.label ?? "nil", default: 0] += 1 } }
            print(" TURNS \(counts.sorted { $0.key < $1.key })")
        } catch {
            print("== \(file)\n ERROR \(error)")
        }
    }
}

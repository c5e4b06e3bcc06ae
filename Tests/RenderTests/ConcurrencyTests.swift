import Foundation
import Testing
import Render

/// cmark-gfm calls run under one lock: four threads rendering at once give exactly the serial
/// output.
@Test func concurrentRenderingMatchesSerial() {
    let renderer = CmarkRenderer()
    let context = RenderContext(speakers: testSpeakers, lang: "fr", idPrefix: "doc-")
    let documents = conformanceCases.map(\.markdown) + [
        "| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\n- [x] www.example.org»\n\nNote[^1].\n\n[^1]: pied\n",
    ]
    let serial = documents.map { renderer.render($0, context: context) }
    let results = ResultBox(count: 4)
    let done = DispatchGroup()
    for thread in 0..<4 {
        done.enter()
        Thread {
            var outputs: [RenderedFragment] = []
            for _ in 0..<25 {
                outputs = documents.map { renderer.render($0, context: context) }
                if outputs != serial { break }
            }
            results.set(thread, outputs)
            done.leave()
        }.start()
    }
    done.wait()
    for thread in 0..<4 {
        #expect(results.get(thread) == serial, "thread \(thread)")
    }
}

/// Collects per-thread results.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[RenderedFragment]]
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ index: Int, _ value: [RenderedFragment]) { lock.lock(); values[index] = value; lock.unlock() }
    func get(_ index: Int) -> [RenderedFragment] { lock.lock(); defer { lock.unlock() }; return values[index] }
}

import Dispatch
import Foundation

/// A parallel `map` whose result order is the input order, whatever the number of threads.
public enum ConcurrentMap {
    /// `transform` applied to every element, on up to `ProcessInfo.activeProcessorCount` threads.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let box = ResultBox<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            box.set(index, transform(elements[index]))
        }
        return box.values()
    }
}

private final class ResultBox<Result: Sendable>: @unchecked Sendable {
    private var storage: [Result?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}

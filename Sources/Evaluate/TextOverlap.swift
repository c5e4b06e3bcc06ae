/// Longest common run of characters between two texts, as the gold scoring rule measures overlap
/// (`corpus/gold/README.md`, "Scoring"). Compares Unicode scalars.
enum TextOverlap {
    /// Length in scalars of the longest common substring of `a` and `b`, or 0 when it is certainly
    /// shorter than `atLeast` (pairs that share no `min(atLeast, 6)`-scalar run are rejected without
    /// the quadratic comparison).
    static func longestCommonRun(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atLeast: Int) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let k = max(1, min(atLeast, 6))
        if a.count >= k, b.count >= k {
            var grams: Set<[UInt32]> = []
            for i in 0...(a.count - k) { grams.insert(a[i..<(i + k)].map(\.value)) }
            var shared = false
            for i in 0...(b.count - k) where grams.contains(b[i..<(i + k)].map(\.value)) { shared = true; break }
            if !shared { return 0 }
        } else {
            return 0
        }
        let av = a.map(\.value), bv = b.map(\.value)
        var previous = [Int](repeating: 0, count: bv.count + 1)
        var current = previous
        var best = 0
        for i in 1...av.count {
            for j in 1...bv.count {
                if av[i - 1] == bv[j - 1] {
                    let value = previous[j - 1] + 1
                    current[j] = value
                    if value > best { best = value }
                } else {
                    current[j] = 0
                }
            }
            swap(&previous, &current)
        }
        return best
    }
}

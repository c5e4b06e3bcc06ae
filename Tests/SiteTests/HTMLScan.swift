import Foundation

/// Just enough HTML reading for link and id checks in tests.
enum HTMLScan {
    /// The values of every `name="…"` attribute in `html`, in order, entities decoded.
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let marker = " \(name)=\""
        while let start = rest.range(of: marker) {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = after[after.index(after: end)...]
        }
        return values
    }

    /// The output path a relative link on `page` points to (percent-decoded, `..` applied, a
    /// trailing `/` meaning `index.html`) and its fragment.
    static func resolve(_ link: String, from page: String) -> (path: String, fragment: String?) {
        var target = link
        var fragment: String?
        if let hash = target.firstIndex(of: "#") {
            fragment = String(target[target.index(after: hash)...])
            target = String(target[..<hash])
        }
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        if target.isEmpty { return (page, fragment) }
        var segments = page.split(separator: "/").dropLast().map(String.init)
        for segment in (target.removingPercentEncoding ?? target).split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "..": segments = Array(segments.dropLast())
            case ".", "": continue
            default: segments.append(String(segment))
            }
        }
        var path = segments.joined(separator: "/")
        if target.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        return (path, fragment)
    }
}

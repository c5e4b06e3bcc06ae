import Foundation

/// URL slugs for transcripts and speakers.
///
/// Policy (HAZARDS.md B15): lowercase; ß→ss, œ→oe, æ→ae, ø→o, ł→l, đ→d, þ→th, ð→d; NFKD with
/// combining marks removed; straight and curly apostrophes dropped; every other run of
/// characters that are not ASCII letters or digits becomes one `-`; leading and trailing `-`
/// trimmed. Letters outside Latin scripts are kept as they are (percent-encoded by browsers),
/// so that no letter is ever deleted. An input with no letter or digit gives `untitled-` and a
/// stable hash of the input (``fallback(for:)``), so that two different names such as `!!!` and
/// `« »` never share an id (and so one speaker page); an empty input gives `untitled`. A slug
/// over ``maximumBytes`` is cut and given a hash of the input (``capped(_:of:)``).
public enum Slug {
    private static let letterTable: [Character: String] = [
        "ß": "ss", "ẞ": "ss", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
        "ı": "i",
    ]
    private static let apostrophes: Set<Character> = ["'", "’", "‘", "ʼ", "`", "´"]

    /// The slug of `text`, e.g. `L’État, c’est nous !` → `letat-cest-nous`.
    /// - Returns: a non-empty string of lowercase letters, digits and single `-`.
    public static func make(from text: String) -> String {
        var mapped = ""
        for character in text {
            if apostrophes.contains(character) { continue }
            if let replacement = letterTable[character] {
                mapped += replacement
            } else {
                mapped.append(character)
            }
        }
        let decomposed = mapped.lowercased().decomposedStringWithCompatibilityMapping
        var slug = ""
        var pendingDash = false
        for scalar in decomposed.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .enclosingMark
                || properties.generalCategory == .spacingMark
            {
                continue
            }
            let isASCIIAlphanumeric = scalar.isASCII && (properties.isAlphabetic || ("0"..."9").contains(scalar))
            let isOtherLetter = !scalar.isASCII && (properties.isAlphabetic || properties.numericType != nil)
            if isASCIIAlphanumeric || isOtherLetter {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? fallback(for: text) : capped(slug, of: text)
    }

    /// Longest slug, in UTF-8 bytes: a slug names a folder, and file systems refuse names over
    /// 255 bytes; `-2` suffixes and the `.tei.xml`-style names beside it need room too.
    public static let maximumBytes = 96

    /// `slug` cut to at most ``maximumBytes`` UTF-8 bytes at a character boundary, then `-` and
    /// 6 hex digits of the ``StableHash`` of `text`, so that two long names sharing their first
    /// words stay apart; a slug within the limit is returned as it is.
    static func capped(_ slug: String, of text: String) -> String {
        guard slug.utf8.count > maximumBytes else { return slug }
        var cut = ""
        for character in slug {
            if cut.utf8.count + String(character).utf8.count > maximumBytes - 7 { break }
            cut.append(character)
        }
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut + "-" + StableHash.hex(text.precomposedStringWithCanonicalMapping, digits: 6)
    }

    /// The slug of a text with no letter or digit: `untitled-` and the first 6 hex digits of the
    /// ``StableHash`` of the text, trimmed of white space and in NFC, so the same text gives the
    /// same id in every run and on every machine, and different texts (`!!!`, `« »`) different
    /// ids. Empty or blank text gives `untitled`.
    /// - Returns: e.g. `untitled-e1f8a4` for `!!!`.
    public static func fallback(for text: String) -> String {
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
            .precomposedStringWithCanonicalMapping
        return key.isEmpty ? "untitled" : "untitled-" + StableHash.hex(key, digits: 6)
    }

    /// Whether a hand-set slug holds a letter or digit, so that it makes an address (`---` does not).
    static func isUsable(_ slug: String) -> Bool {
        slug.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) })
    }

    /// The slug a document is published under (before any number ``disambiguate(_:reserved:)``
    /// adds): ``make(from:)`` of its hand-set `slug` when that holds a letter or digit, else of
    /// its title (a `slug: "---"` is no address anyone meant).
    public static func forDocument(slug: String?, title: String) -> String {
        if let slug, isUsable(slug) { return make(from: slug) }
        return make(from: title)
    }

    /// Whether `slug` is `base` with a number that ``disambiguate(_:reserved:)`` gave it
    /// (`c-2` for `c`), not `base` itself.
    public static func isNumbered(_ slug: String, of base: String) -> Bool {
        slug.hasPrefix(base + "-") && Int(slug.dropFirst(base.count + 1)) != nil
    }

    /// Gives each item its own slug: the first item (in the given order) keeps the base slug, later
    /// ones get `-2`, `-3` … (HAZARDS.md B16). Order the items by a stable key such as the seed
    /// path, so that adding an unrelated item never renumbers others.
    /// - Parameters:
    ///   - bases: the wanted slug of each item, in a stable order.
    ///   - reserved: slugs held by something else (a page kept from an earlier run), given to no
    ///     item: an item whose base is reserved is numbered as if an earlier item held it.
    /// - Returns: one unique slug per item, same order, none of them in `reserved`.
    public static func disambiguate(_ bases: [String], reserved: Set<String> = []) -> [String] {
        var taken = Set(bases).union(reserved)
        var seen: Set<String> = reserved
        var result: [String] = []
        result.reserveCapacity(bases.count)
        for base in bases {
            if !seen.contains(base) {
                seen.insert(base)
                result.append(base)
                continue
            }
            var number = 2
            while taken.contains("\(base)-\(number)") { number += 1 }
            let slug = "\(base)-\(number)"
            taken.insert(slug)
            seen.insert(slug)
            result.append(slug)
        }
        return result
    }
}

extension Slug {
    /// A warning when a hand-set `slug` (front matter, header lines, a sidecar, annotated
    /// Markdown: every reader of a `slug:` asks this one function) is not already a slug
    /// (`c#-vs-c`, `Mon Titre`): the site publishes ``make(from:)`` of it, so the address
    /// differs from the one written. Nil when the value is a slug as it is. A value with no
    /// letter or digit (`---`) is said to give way to the title's slug.
    /// - Parameters:
    ///   - file: the file the `slug:` is written in; `line`: its 1-based line, when known.
    public static func handSetWarning(_ value: String, file: String, line: Int?) -> Diagnostic? {
        guard isUsable(value) else {
            return Diagnostic(
                .warning, file: file, line: line,
                message: "slug `\(value)` has no letter or digit; the page is published under its title's slug",
                hint: "write a slug such as `council-meeting` (lowercase letters, digits and single `-`), or remove the line")
        }
        let slug = make(from: value)
        guard slug != value else { return nil }
        return Diagnostic(
            .warning, file: file, line: line,
            message: "slug `\(value)` is not a slug (lowercase letters, digits and single `-`); the page is published as `\(slug)`",
            hint: "write `slug: \(slug)`, or another slug of that form")
    }
}

/// One folder or file name of a path inside the generated site.
public enum PathSegment {
    /// Whether `segment` can be one folder name of a path: not empty, not `.` or `..`, and
    /// without `/`, `\` or a character XML 1.0 forbids (``XMLEscaping/isAllowed(_:)``), so that a
    /// slug or speaker id from a seed or a previous publication never leads a page out of its
    /// folder nor breaks the XML it lands in.
    public static func isValid(_ segment: String) -> Bool {
        guard !segment.isEmpty, segment != ".", segment != ".." else { return false }
        return segment.unicodeScalars.allSatisfy { scalar in
            scalar != "/" && scalar != "\\" && XMLEscaping.isAllowed(scalar) && scalar.value >= 0x20
        }
    }
}

extension String {
    /// Whether `scalar` ends a line in text: LF, CR, VT, FF, NEL, U+2028 LINE SEPARATOR or
    /// U+2029 PARAGRAPH SEPARATOR.
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// This text as a one-line value (a title, a name, an alias, a role) is read everywhere:
    /// each line break (``isLineBreak(_:)``), with the spaces and tabs around it, folded to one
    /// space, as YAML folds a line break inside a quoted value; the text itself when it has none.
    public var foldedToOneLine: String {
        guard unicodeScalars.contains(where: String.isLineBreak) else { return self }
        var scalars = String.UnicodeScalarView()
        var pendingBreak = false
        for scalar in unicodeScalars {
            if String.isLineBreak(scalar) {
                while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
                pendingBreak = true
                continue
            }
            if pendingBreak {
                if scalar == " " || scalar == "\t" { continue }
                if !scalars.isEmpty { scalars.append(" ") }
                pendingBreak = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}

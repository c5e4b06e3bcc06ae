/// Splits a block into ``Token``s, with each top-level quotation as one token, French elisions
/// (`l'`, `qu'`) and inversions (`a-t-il` → `a` + `il`) split off, abbreviations and initials
/// kept with their period, and sentence numbers assigned.
struct Tokenizer {
    let lexicon: Lexicon
    /// The lexicon's inversion pronouns, longest first, sorted once rather than for every word.
    private let inversionPronouns: [String]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        inversionPronouns = lexicon.inversionPronouns.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// - Parameters:
    ///   - scalars: the block's text as Unicode scalars.
    ///   - quotations: scalar ranges (marks included) of the block's top-level quotations, sorted,
    ///     each paired with its quotation index, and whether its text ends a sentence.
    func tokens(of scalars: [Unicode.Scalar], quotations: [(range: Range<Int>, index: Int, endsSentence: Bool)]) -> [Token] {
        var tokens: [Token] = []
        var quoteCursor = 0
        var i = 0
        let n = scalars.count
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            // ASCII, the most of any text, is answered without looking up Unicode properties.
            if s.isASCII {
                return ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
                    || s == "@" || s == "#" || s == "&" || s == "_"
            }
            let p = s.properties
            return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                || s == "@" || s == "#" || s == "&" || s == "_"
        }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }
        // Invisible format characters (zero-width space, soft hyphen, word joiner, a BOM inside
        // the text, bidirectional controls: Unicode category Cf) separate nothing and say nothing:
        // text pasted from the web holds them between a cue and a name, or inside a name.
        func isFormat(_ s: Unicode.Scalar) -> Bool { !s.isASCII && s.properties.generalCategory == .format }
        while i < n {
            if quoteCursor < quotations.count, quotations[quoteCursor].range.lowerBound == i {
                let quote = quotations[quoteCursor]
                let text = String(String.UnicodeScalarView(scalars[quote.range]))
                tokens.append(Token(kind: .quotation(quote.index), text: text, lower: "", range: quote.range))
                if quote.endsSentence { tokens[tokens.count - 1].lower = "\u{1}end" }
                i = quote.range.upperBound
                quoteCursor += 1
                continue
            }
            let s = scalars[i]
            // A combining mark with no letter before it (after a space or a quotation mark) is an
            // orphan: it begins no word.
            if s == " " || s.properties.isWhitespace || isFormat(s) || s.properties.generalCategory == .nonspacingMark { i += 1; continue }
            if isWordScalar(s) {
                var j = i + 1
                while j < n {
                    let c = scalars[j]
                    if isWordScalar(c) { j += 1; continue }
                    if c == "-" || isApostrophe(c) || isFormat(c), j + 1 < n, isWordScalar(scalars[j + 1]) { j += 1; continue }
                    // A handle or a domain keeps its inner periods (`tomas.r`, `bbc.co.uk`, `3.5`).
                    if c == ".", j + 1 < n, isWordScalar(scalars[j + 1]), !scalars[j + 1].properties.isUppercase,
                       !scalars[j + 1].properties.isWhitespace { j += 1; continue }
                    break
                }
                var word = String(String.UnicodeScalarView(scalars[i..<j].filter { !isFormat($0) }))
                // Abbreviations and initials keep their period (`M.`, `Mme.`, `A.`), and so do
                // hyphenated initials (`J-P.`).
                if j < n, scalars[j] == "." {
                    let initials = word.split(separator: "-", omittingEmptySubsequences: false).allSatisfy {
                        $0.unicodeScalars.count == 1 && $0.unicodeScalars.first!.properties.isUppercase
                    }
                    if initials || lexicon.abbreviations.contains(word + ".") || lexicon.honorifics[(word + ".").lowercased()] != nil {
                        word += "."
                        j += 1
                        // Hyphenated initials are one token: `J.-P.`, `J.-M.`, `A.-S.` (French
                        // compound given names), not `J.` then a dash.
                        while initials, j + 2 < n, scalars[j] == "-", scalars[j + 1].properties.isUppercase,
                            scalars[j + 2] == ".", j + 3 == n || !isWordScalar(scalars[j + 3])
                        {
                            word += "-" + String(scalars[j + 1]) + "."
                            j += 3
                        }
                    }
                }
                appendWord(word, start: i, end: j, to: &tokens)
                i = j
                continue
            }
            // Punctuation: `...` as one token, everything else one scalar each.
            if s == ".", i + 2 < n, scalars[i + 1] == ".", scalars[i + 2] == "." {
                tokens.append(Token(kind: .punctuation, text: "...", lower: "...", range: i..<(i + 3)))
                i += 3
                continue
            }
            let text = String(s)
            tokens.append(Token(kind: .punctuation, text: text, lower: text, range: i..<(i + 1)))
            i += 1
        }
        assignSentences(&tokens)
        return tokens
    }

    /// Appends the tokens of `word`, written at scalars `start..<end` of the block (`end` may lie
    /// beyond `start + word`'s length when invisible format characters were left out of it).
    private func appendWord(_ word: String, start: Int, end: Int, to tokens: inout [Token]) {
        let scalars = Array(word.unicodeScalars)
        // Elision: `l'État` → `l'` + `État`.
        if let apostrophe = scalars.firstIndex(where: { $0 == "'" || $0 == "’" }), apostrophe + 1 < scalars.count {
            let prefix = String(String.UnicodeScalarView(scalars[...apostrophe]))
            let folded = TextFolding.straightApostrophes(prefix.lowercased())
            if lexicon.elisions.contains(folded) {
                tokens.append(Token(kind: .word, text: prefix, lower: folded, range: start..<(start + apostrophe + 1)))
                let rest = String(String.UnicodeScalarView(scalars[(apostrophe + 1)...]))
                appendWord(rest, start: start + apostrophe + 1, end: end, to: &tokens)
                return
            }
        }
        // Inversion: `a-t-il`, `dit-elle`, `explique-t-il`.
        let lower = word.lowercased()
        let hasHyphen = scalars.contains("-")
        for pronoun in inversionPronouns where hasHyphen {
            for joint in ["-t-", "-"] where lower.hasSuffix(joint + pronoun) {
                let verbLength = scalars.count - joint.unicodeScalars.count - pronoun.unicodeScalars.count
                guard verbLength > 0 else { continue }
                let verb = String(String.UnicodeScalarView(scalars[..<verbLength]))
                tokens.append(Token(kind: .word, text: verb, lower: verb.lowercased(), range: start..<(start + verbLength)))
                let pronounStart = start + scalars.count - pronoun.unicodeScalars.count
                let text = String(String.UnicodeScalarView(scalars[(scalars.count - pronoun.unicodeScalars.count)...]))
                tokens.append(Token(kind: .word, text: text, lower: pronoun, range: pronounStart..<end, isInvertedPronoun: true))
                return
            }
        }
        var folded = TextFolding.straightApostrophes(lower)
        // `A Brelan, …`: a capitalised preposition written without its accent reads as the preposition (`à`).
        if let first = scalars.first, first.properties.isUppercase, let preposition = lexicon.accentedPreposition(of: folded) { folded = preposition }
        tokens.append(Token(kind: .word, text: word, lower: folded, range: start..<end))
    }

    /// A sentence ends after `.`, `!`, `?`, `…` outside quotations (unless a comma, a semicolon,
    /// a colon or a bracket follows), and after a quotation whose
    /// text ends with one of them when the next token starts with a capital or is a quotation.
    private func assignSentences(_ tokens: inout [Token]) {
        var sentence = 0
        for index in tokens.indices {
            tokens[index].sentence = sentence
            let token = tokens[index]
            switch token.kind {
            case .punctuation where [".", "!", "?", "…", "..."].contains(token.text):
                // `Mega Foo! [Mega Bar!, pt], a blog`: a mark followed by a comma, a closing or an
                // opening bracket ends no sentence (a name or a gloss ends there).
                if index + 1 < tokens.count, [",", ";", ":", ")", "]", "["].contains(tokens[index + 1].text) { break }
                sentence += 1
            case .quotation where token.lower == "\u{1}end":
                if index + 1 < tokens.count {
                    let next = tokens[index + 1]
                    if next.quotationIndex != nil || (next.isWord && next.isCapitalized) { sentence += 1 }
                }
            default:
                break
            }
        }
    }
}

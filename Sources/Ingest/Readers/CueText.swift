import Model

/// The text of a subtitle cue payload: markup removed, voices found.
///
/// WebVTT cue text (W3C WebVTT §4.2.2): `<v Name>` and `<v.class Name>` voice spans (several
/// per cue, closed by `</v>` or the end of the cue), `<c>`, `<i>`, `<b>`, `<u>`, `<ruby>`,
/// `<rt>`, `<lang>` and timestamp tags `<00:01.000>` are dropped, character references decoded
/// (`&amp;`, `&lt;`, `&nbsp;`, and the HTML set). SubRip: `<i>`, `<b>`, `<u>`, `<font …>` tags
/// (with attributes, `<i class="x">`; a `>` in a quoted value, `<font face="a>b">`, is part of
/// it) and `{\an8}` positioning codes are dropped, `<br>` is a line break (as FFmpeg's SubRip
/// decoder reads it), any other `<…>` is text (``isSubRipTag(_:)``),
/// and a `Name:` prefix (``SpeakerLabel``) names the speaker. In both, a line starting with
/// `- ` starts another voice (the dialogue dash).
enum CueText {
    /// The segments of one cue whose payload is `lines`, under its timing line `line`; each
    /// segment at the line where it starts (its voice tag or label, as an editor shows it).
    static func segments(
        _ lines: [Substring], start: Double?, end: Double?, line: Int, webVTT: Bool
    ) -> [CueSegment] {
        var segments: [CueSegment] = []
        var current: CueSegment?
        var voice: String?
        func close() {
            if var done = current {
                done.text = done.text.collapsingWhitespaceKeepingParagraphs()
                if !done.text.isEmpty || done.speaker != nil { segments.append(done) }
            }
            current = nil
        }
        for (lineIndex, raw) in lines.enumerated() {
            var text = Substring(raw)
            var dash = false
            let trimmed = text.drop(while: { $0 == " " })
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("– ") || trimmed.hasPrefix("-<") {
                dash = true
                text = trimmed.dropFirst().drop(while: { $0 == " " })
            }
            // Walk the line: tags switch voices, text accumulates.
            var pieces: [(voice: String?, text: String, voiceTag: Bool)] = []
            var buffer = ""
            var spanVoice = voice
            var voiceTagSeen = false
            var index = text.startIndex
            while index < text.endIndex {
                let character = text[index]
                if character == "<", let close = webVTT ? text[index...].firstIndex(of: ">") : subRipTagEnd(in: text[index...]),
                    webVTT || isSubRipTag(text[text.index(after: index)..<close])
                {
                    let tag = text[text.index(after: index)..<close]
                    // A SubRip `<br>` is the line break FFmpeg's and VLC's readers make of it.
                    if !webVTT, isLineBreakTag(tag) { buffer.append(" ") }
                    if webVTT, tag.hasPrefix("v") && (tag.count == 1 || tag.dropFirst().first == " " || tag.dropFirst().first == ".") {
                        if !buffer.isEmpty { pieces.append((spanVoice, buffer, voiceTagSeen)) }
                        buffer = ""
                        let annotation = tag.drop(while: { $0 != " " }).trimmingWhitespace()
                        spanVoice = annotation.isEmpty ? nil : CharacterReferences.decode(annotation).foldedToOneLine
                        voiceTagSeen = true
                    } else if webVTT, tag == "/v" {
                        if !buffer.isEmpty { pieces.append((spanVoice, buffer, voiceTagSeen)) }
                        buffer = ""
                        spanVoice = nil
                        voiceTagSeen = true
                    }
                    index = text.index(after: close)
                    continue
                }
                if !webVTT, character == "{", let close = text[index...].firstIndex(of: "}"), text[text.index(after: index)] == "\\" {
                    index = text.index(after: close)
                    continue
                }
                buffer.append(character)
                index = text.index(after: index)
            }
            if !buffer.isEmpty || voiceTagSeen { pieces.append((spanVoice, buffer, voiceTagSeen)) }
            voice = webVTT ? spanVoice : nil
            for (offset, piece) in pieces.enumerated() {
                var body = CharacterReferences.decode(piece.text)
                var speaker = piece.voice
                if speaker == nil, offset == 0, lineIndex == 0 || dash, let label = label(in: body) {
                    speaker = label.name
                    body = label.rest
                }
                // A raw separator in cue text is the break it stands for, as its reference is.
                if body.unicodeScalars.contains(where: { TextNormalizer.separator($0.value) != nil }) {
                    body = TextNormalizer.normalize(body)
                }
                let startsNew = (offset == 0 && dash) || (speaker != nil && speaker != current?.speaker)
                    || (piece.voiceTag && speaker != current?.speaker)
                if current == nil || startsNew {
                    close()
                    current = CueSegment(speaker: speaker, text: "", start: start, end: end, line: line + 1 + lineIndex, marksNewVoice: offset == 0 && dash)
                }
                current!.text += (current!.text.isEmpty ? "" : " ") + body
            }
        }
        close()
        return segments
    }

    /// Whether `tag` (the text between `<` and `>`) is one of the tags SubRip players read:
    /// `i`, `b`, `u`, `font` with its attributes, and their end tags, in any case. Any other
    /// `<…>` in a SubRip cue is text (`a < b > c`, `<3`, `a<b and c>d`: a word after `<b ` is
    /// no attribute, which has a value, `name=value`): SubRip has no escapes for `<`.
    static func isSubRipTag(_ tag: Substring) -> Bool {
        let name = (tag.hasPrefix("/") ? tag.dropFirst() : tag).lowercased()
        if ["i", "b", "u", "font"].contains(name) || isLineBreakTag(tag) { return true }
        guard !tag.hasPrefix("/") else { return false }
        // A start tag with attributes: `<font color="#fff">`, `<i class="x">`; each attribute
        // has a value (`name=value`), so `<b and c>` in `a<b and c>d` is text, not a tag.
        let word = name.prefix(while: { !$0.isWhitespace })
        let attributes = name.dropFirst(word.count)
        return ["i", "b", "u", "font"].contains(String(word)) && attributes.first?.isWhitespace == true
            && attributes.contains("=") && !attributes.trimmingWhitespace().hasPrefix("=")
            && attributes.trimmingWhitespace().prefix(while: { $0 != "=" }).trimmingWhitespace().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    /// Whether `tag` (between `<` and `>`) is a line break, `br`, `br/` or `br /`, in any case.
    static func isLineBreakTag(_ tag: Substring) -> Bool {
        let name = tag.lowercased().filter { !$0.isWhitespace }
        return name == "br" || name == "br/"
    }

    /// The index of the `>` that closes the tag `text` starts with (at its `<`), a `>` inside a
    /// quoted attribute value (`<font face="a>b">`) not counted; nil when none closes it.
    static func subRipTagEnd(in text: Substring) -> Substring.Index? {
        var quote: Character?
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                // A quote opens a value only after `=` (`face="a"`), not in text (`<3 "so" >`).
                let before = text[..<index].last(where: { !$0.isWhitespace })
                if before == "=" { quote = character }
            } else if character == ">" {
                return index
            }
            index = text.index(after: index)
        }
        // An unclosed quote: the first `>` closes the tag, as before.
        return quote == nil ? nil : text.firstIndex(of: ">")
    }

    /// The speaker label (``SpeakerLabel``) that starts `body`, read with each U+2028 or U+2029
    /// as a space (a label is one line: `Tom\u{2028}Reed: Hi.`), its name folded to one line
    /// (``Model/Swift/String/foldedToOneLine``), and the text after it with its separators.
    static func label(in body: String) -> (name: String, rest: String)? {
        let spaced = TextNormalizer.mappingSeparators(body, to: .spaces)
        // (A cue opening with a stamp that is no time keeps its text as written, with no label.)
        guard let label = SpeakerLabel.parse(Substring(spaced)), label.unreadStamp == nil else { return nil }
        let scalars = body.unicodeScalars
        func offset(_ index: String.Index) -> Int { spaced.unicodeScalars.distance(from: spaced.startIndex, to: index) }
        // The name as written (the spaced text has the same scalars but for the separators).
        let nameStart = spaced.range(of: label.name).map { offset($0.lowerBound) } ?? 0
        let written = String(String.UnicodeScalarView(scalars.dropFirst(nameStart).prefix(label.name.unicodeScalars.count)))
        return (written.foldedToOneLine, String(String.UnicodeScalarView(scalars.dropFirst(offset(label.rest.startIndex)))))
    }
}

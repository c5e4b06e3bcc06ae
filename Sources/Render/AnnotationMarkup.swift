import Markdown
import Model

/// The HTML the renderer writes around each annotation span: its opening and closing markup,
/// built from the span's attributes and the ``RenderContext``, every value escaped
/// (``HTMLEscaping``).
///
/// Classes (DESIGN.md, "Annotated Markdown"; the first known class of a span decides):
/// - `quote`: `<q class="quote speaker-N" id data-speaker tabindex aria-describedby>` … tooltip
///   `</q>` and a permalink; a continuation part (`part=2 of=q-…`) has `data-quote` instead of
///   `id` and no permalink; no `who` gives class `quote unattributed`.
/// - `reported`: `<span class="reported speaker-N" data-speaker tabindex>` … tooltip `</span>`.
/// - `mention`: `<span class="mention">`; `insertion`: `<span class="insertion" title>`.
/// - anything else: no markup (the content is kept) and a warning.
/// N = 1 + (index of the speaker in ``RenderContext/speakers``) % 8; a `who` missing from the
/// context gets the next indices in order of first use, with a warning.
///
/// Fenced divs (``AnnotationSpan/isBlock``):
/// - `turn`: `<section class="turn speaker-N" id="t-K" data-speaker data-start data-end>` (K: the
///   1-based position of the turn among the document's turn divs; times in seconds, ``Model/Timecode/decimal(_:)``),
///   a `<header class="turn-header">` with the speaker's name (a link when
///   ``RenderContext/speakerLinks`` has one; the `label` when no `who`), the `note`, and the
///   start time as `<a class="time" href="#t-K" data-seek="62.5">01:02</a>`; then the blocks;
///   no `who` gives class `turn unattributed`;
/// - `stage`: `<div class="stage">`; `note`: `<div class="note" role="note">`;
/// - anything else: no markup (the blocks are kept) and a warning.
struct AnnotationMarkup {
    /// Markup of one span: `enter` before its content, `exit` after, and `permalink` after
    /// `exit` unless the span sits inside a link (a link cannot hold a link).
    struct Markup {
        var enter: String
        var exit: String
        var permalink: String
    }

    /// Per span (same order as the scanner's spans); nil for spans without a known class.
    private(set) var markups: [Markup?] = []
    /// Warnings per span (same order); shown only for spans that reach the rendered tree.
    private(set) var warnings: [[String]] = []

    init(spans: [AnnotationSpan], context: RenderContext) {
        var speakerIndex: [String: Int] = [:]
        var names: [String: String] = [:]
        for (index, speaker) in context.speakers.enumerated() where speakerIndex[speaker.id] == nil {
            speakerIndex[speaker.id] = index
            names[speaker.id] = speaker.name
        }
        var nextIndex = context.speakers.count
        let french = context.isFrench
        /// The colour class and `data-speaker` attribute of speaker `who`; a speaker missing from
        /// the context takes the next colour, with a warning.
        func speakerMarkup(_ who: String, line: Int, warnings: inout [String]) -> (colourClass: String, attribute: String) {
            if speakerIndex[who] == nil {
                speakerIndex[who] = nextIndex
                nextIndex += 1
                warnings.append("line \(line): speaker `\(who)` is not among the document's speakers; shown by id")
            }
            return ("speaker-\(1 + speakerIndex[who]! % 8)", " data-speaker=\"\(XMLEscaping.escape(who))\"")
        }

        var turnNumber = 0
        for span in spans {
            warnings.append([])
            let attributes = span.attributes
            if span.isBlock {
                let kind = attributes.classes.first { ["turn", "stage", "note"].contains($0) }
                switch kind {
                case "turn":
                    turnNumber += 1
                    var colourClass = "unattributed"
                    var speakerAttribute = ""
                    // The label as the source wrote it (`Mme Durand`), else the speaker's name; the
                    // speaker's name is the link's title when the two differ.
                    var name = attributes["label"].flatMap { $0.isEmpty ? nil : $0 }
                    var canonical: String?
                    var link: String?
                    if let who = attributes["who"], !who.isEmpty {
                        (colourClass, speakerAttribute) = speakerMarkup(who, line: span.line, warnings: &warnings[warnings.count - 1])
                        canonical = names[who]
                        name = name ?? names[who] ?? who
                        link = context.speakerLinks[who]
                    }
                    let id = "t-\(turnNumber)"
                    var times = ""
                    var header: [String] = []
                    if let name {
                        let title = canonical.flatMap { $0 == name ? nil : " title=\"\(XMLEscaping.escape($0))\"" } ?? ""
                        header.append(link.map { "<a class=\"speaker\" href=\"\(XMLEscaping.escape($0))\"\(title)>\(XMLEscaping.escape(name))</a>" }
                            ?? "<span class=\"speaker\">\(XMLEscaping.escape(name))</span>")
                    }
                    if let note = attributes["note"], !note.isEmpty {
                        header.append("<span class=\"turn-note\">(\(XMLEscaping.escape(note)))</span>")
                    }
                    for key in ["start", "end"] {
                        guard let text = attributes[key] else { continue }
                        guard let seconds = Timecode.parse(text) else {
                            warnings[warnings.count - 1].append("line \(span.line): `\(key)=\(text)` is not a time (HH:MM:SS.mmm); left out")
                            continue
                        }
                        times += " data-\(key)=\"\(Timecode.decimal(seconds))\""
                        if key == "start" {
                            let label = XMLEscaping.escape(Timecode.format(seconds))
                            let href = context.media.map { $0.split(separator: "#", maxSplits: 1).first.map(String.init) ?? $0 }
                                .map { "\($0)#t=\(Timecode.decimal(seconds))" } ?? "#\(id)"
                            header.append("<a class=\"time\" href=\"\(XMLEscaping.escape(href))\" data-seek=\"\(Timecode.decimal(seconds))\" title=\"\(label)\">\(Timecode.display(seconds))</a>")
                        }
                    }
                    let headerHTML = header.isEmpty ? "" : "\n<header class=\"turn-header\">" + header.joined(separator: " ") + "</header>"
                    markups.append(Markup(
                        enter: "<section class=\"turn \(colourClass)\" id=\"\(id)\"\(speakerAttribute)\(times)>" + headerHTML,
                        exit: "</section>", permalink: ""))
                case "stage":
                    markups.append(Markup(enter: "<div class=\"stage\">", exit: "</div>", permalink: ""))
                case "note":
                    markups.append(Markup(enter: "<div class=\"note\" role=\"note\">", exit: "</div>", permalink: ""))
                default:
                    warnings[warnings.count - 1].append("line \(span.line): fenced div \(attributes.serialized) is not one Verbatim knows (turn, stage, note); its content is kept without it")
                    markups.append(nil)
                }
                continue
            }
            let kind = attributes.classes.first { ["quote", "reported", "mention", "insertion"].contains($0) }
            guard let kind else {
                let written = attributes.classes.isEmpty ? "no class" : "class ." + attributes.classes.joined(separator: " .")
                warnings[warnings.count - 1].append("line \(span.line): span with \(written) is not an annotation Verbatim knows (quote, reported, mention, insertion); its text is kept without markup")
                markups.append(nil)
                continue
            }
            switch kind {
            case "mention":
                markups.append(Markup(enter: "<span class=\"mention\">", exit: "</span>", permalink: ""))
                continue
            case "insertion":
                let title = french ? "Ajout de la rédaction" : "Editorial insertion"
                markups.append(Markup(enter: "<span class=\"insertion\" title=\"\(title)\">", exit: "</span>", permalink: ""))
                continue
            default:
                break
            }

            // quote or reported: who said it.
            var colourClass = "unattributed"
            var speakerAttribute = ""
            var confidence: String?
            if let text = attributes["confidence"] {
                confidence = Self.formatConfidence(text)
                if confidence == nil {
                    warnings[warnings.count - 1].append("line \(span.line): confidence `\(text)` is not a number in [0, 1]; left out of the tooltip")
                }
            }
            var speakerName: String?
            if let who = attributes["who"], !who.isEmpty {
                (colourClass, speakerAttribute) = speakerMarkup(who, line: span.line, warnings: &warnings[warnings.count - 1])
                speakerName = names[who] ?? who
            }
            let tooltip = AttributionExplanation.text(
                speaker: speakerName, cue: attributes["cue"], rule: attributes["rule"], mention: attributes["mention"],
                confidence: confidence, french: french)
            let tooltipText = XMLEscaping.escape(tooltip)

            if kind == "reported" {
                let id = attributes.id.map { " id=\"\(XMLEscaping.escape($0))\"" } ?? ""
                markups.append(Markup(
                    enter: "<span class=\"reported \(colourClass)\"\(id)\(speakerAttribute) tabindex=\"0\">",
                    exit: "<span class=\"attribution\" role=\"tooltip\">\(tooltipText)</span></span>",
                    permalink: ""))
                continue
            }

            // quote
            let partOf = attributes["of"].flatMap { $0.isEmpty ? nil : $0 }
            if let partOf {
                let first = XMLEscaping.escape(partOf)
                markups.append(Markup(
                    enter: "<q class=\"quote \(colourClass)\" data-quote=\"\(first)\"\(speakerAttribute) tabindex=\"0\" aria-describedby=\"\(first)-who\">",
                    exit: "<span class=\"attribution\" role=\"tooltip\">\(tooltipText)</span></q>",
                    permalink: ""))
            } else if let id = attributes.id {
                let escaped = XMLEscaping.escape(id)
                markups.append(Markup(
                    enter: "<q class=\"quote \(colourClass)\" id=\"\(escaped)\"\(speakerAttribute) tabindex=\"0\" aria-describedby=\"\(escaped)-who\">",
                    exit: "<span class=\"attribution\" role=\"tooltip\" id=\"\(escaped)-who\">\(tooltipText)</span></q>",
                    permalink: "<a class=\"permalink\" href=\"#\(escaped)\" aria-label=\"\(french ? "Lien permanent vers cette citation" : "Permalink to this quotation")\">¶</a>"))
            } else {
                markups.append(Markup(
                    enter: "<q class=\"quote \(colourClass)\"\(speakerAttribute) tabindex=\"0\">",
                    exit: "<span class=\"attribution\" role=\"tooltip\">\(tooltipText)</span></q>",
                    permalink: ""))
            }
        }
    }

    /// `0.9` → `0.90`: two decimals, rounded half away from zero; nil unless a number in [0, 1].
    static func formatConfidence(_ text: String) -> String? {
        guard let value = Double(text), value.isFinite, value >= 0, value <= 1 else { return nil }
        return AnnotatedMarkdownWriter.formatConfidence(value)
    }
}

import CCmarkGFM
import Foundation

/// All C behind one door (STYLE.md): the only file that calls cmark-gfm.
///
/// One conversion: create a parser with the GFM extensions, feed the bytes with their length
/// (never as a C string: HAZARDS.md B11), edit the tree, render HTML, copy it into a Swift
/// `String`, free everything with `defer`. No cmark pointer leaves this file. Every conversion
/// holds ``lock``: cmark-gfm's extension registry and its inline parser's table of special
/// characters are process-wide and not thread-safe (cmark-gfm `inlines.c`,
/// `cmark_inlines_add_special_character`).
///
/// Tree passes, in order, after parsing with `CMARK_OPT_FOOTNOTES` (never `CMARK_OPT_UNSAFE`,
/// never `CMARK_OPT_SMART`):
/// 0. fenced divs: the one-line HTML blocks ``SpanScanner`` made of each pair of fence lines are
///    found, the blocks between them moved into a `CMARK_NODE_CUSTOM_BLOCK` whose
///    `on_enter`/`on_exit` is the div's ``AnnotationMarkup`` (`<section class="turn …">` …
///    `</section>`), innermost first, and the marker blocks freed; a pair whose fences ended up
///    in different containers is dropped with a warning, its content kept;
/// 1. adjacent text nodes merged (`cmark_consolidate_text_nodes`);
/// 2. table size check (HAZARDS.md B02);
/// 3. autolink tails moved out of the link (B07, ``AutolinkTail``);
/// 4. links and images to `javascript:` `vbscript:` `file:` `data:` unwrapped to their text
///    (B08; cmark's safe mode would keep `data:image/…` and an empty `href`);
///    raw HTML is left to cmark's safe mode, which omits it, with one warning;
/// 5. span markers inside code, raw HTML, URLs and titles written back as their source text;
/// 6. tables holding span markers rebuilt from custom nodes (GFM table cells refuse custom
///    inlines), then text nodes split at span markers, and the nodes between a marker pair wrapped in a
///    `CMARK_NODE_CUSTOM_INLINE` whose `on_enter`/`on_exit` is ``AnnotationMarkup``; a pair whose
///    markers have different parents (a span crossing emphasis or a link) is dropped, with a warning;
/// 7. guillemet spacing on text nodes (B36, ``GuillemetSpacing``).
///
/// Footnote labels are prefixed in the source by ``SpanScanner`` (B06: cmark-gfm 0.29.0.gfm.6's
/// `cmark_node_get_literal`/`set_literal` do not reach a footnote definition's label); step 1
/// takes the prefix out again where a `[^label]` stayed text because it has no definition.
enum CommonMarkConverter {
    /// What to convert and how.
    struct Request {
        /// Normalised, marked UTF-8 (``SourceNormalizer``, ``SpanScanner``).
        var source: [UInt8]
        /// The scanner's spans; marker `i` belongs to `spans[i]`.
        var spans: [AnnotationSpan]
        /// Markup per span, same order.
        var markups: [AnnotationMarkup.Markup?]
        /// Whether the GFM table extension is on.
        var tables: Bool
        /// The prefix ``SpanScanner`` put into footnote labels (empty: none).
        var footnotePrefix: String
        /// Whether to apply ``GuillemetSpacing``.
        var guillemetSpacing: Bool
        /// Above this many table cells in the parsed tree, stop before rendering.
        var maxTableCells: Int
    }

    /// The result of one conversion.
    enum Outcome {
        /// The HTML, the warnings of the tree passes, the indices of the spans whose markers both
        /// stood in text (sorted), and how many table cells the tree had.
        case rendered(html: String, warnings: [String], placedSpans: [Int], tableCells: Int)
        /// The parsed tables hold more cells than allowed; nothing was rendered.
        case tooManyTableCells(Int)
    }

    private static let lock = NSLock()
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private typealias Node = OpaquePointer

    /// Parses, edits and renders `request.source` under the process-wide lock.
    static func convert(_ request: Request) -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        precondition(registered)

        let options = CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { fatalError("cmark_parser_new failed (out of memory)") }
        defer { cmark_parser_free(parser) }
        var names = ["strikethrough", "autolink", "tagfilter", "tasklist"]
        if request.tables { names.insert("table", at: 0) }
        for name in names {
            guard let extensionPointer = cmark_find_syntax_extension(name) else { fatalError("cmark-gfm extension \(name) missing") }
            cmark_parser_attach_syntax_extension(parser, extensionPointer)
        }
        request.source.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { fatalError("cmark_parser_finish failed") }
        defer { cmark_node_free(root) }

        var warnings: [String] = []
        // 0. Fenced divs.
        let divs = placeDivs(in: root, request: request)
        warnings += divs.warnings

        // 1. Text merged; the footnote prefix taken out of `[^label]` left as text.
        cmark_consolidate_text_nodes(root)
        if !request.footnotePrefix.isEmpty {
            let prefixed = "[^" + request.footnotePrefix
            for node in descendants(of: root) where cmark_node_get_type(node) == CMARK_NODE_TEXT {
                guard let literal = string(cmark_node_get_literal(node)), literal.contains(prefixed) else { continue }
                setLiteral(node, literal.replacingOccurrences(of: prefixed, with: "[^"))
            }
        }

        // 2. Tables (B02).
        let tableCells = countTableCells(root)
        if tableCells > request.maxTableCells { return .tooManyTableCells(tableCells) }

        // 3. Autolink tails (B07).
        for node in descendants(of: root) where cmark_node_get_type(node) == CMARK_NODE_LINK {
            trimAutolink(node)
        }

        // 4. Dangerous URLs (B08).
        for node in descendants(of: root) {
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = string(cmark_node_get_url(node)),
                  let scheme = dangerousScheme(url)
            else { continue }
            let what = type == CMARK_NODE_LINK ? "link" : "image"
            warnings.append("line \(line(of: node)): \(what) to a `\(scheme)` URL removed; its text is kept")
            unwrap(node)
        }

        // Raw HTML: cmark-gfm writes `<!-- raw HTML omitted -->`; say so once.
        let rawHTML = descendants(of: root).filter {
            let type = cmark_node_get_type($0)
            return type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK
        }
        if let first = rawHTML.first {
            warnings.append("line \(line(of: first)): \(rawHTML.count) raw HTML fragment(s) omitted; Verbatim never passes raw HTML through")
        }

        // 5–6. Annotation spans.
        let placement = placeSpans(in: root, request: request)
        warnings += placement.warnings

        // 7. Guillemets (B36).
        if request.guillemetSpacing { spaceGuillemets(in: root) }

        guard let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else {
            fatalError("cmark_render_html failed")
        }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return .rendered(
            html: String(cString: rendered), warnings: warnings, placedSpans: (divs.placed + placement.placed).sorted(),
            tableCells: tableCells)
    }

    // MARK: - Passes

    /// Step 0: each fenced div's marker blocks (`<!--` marker `-->`, one line each) found, the
    /// nodes between a pair moved into a custom block, the markers freed.
    /// - Returns: the indices of the divs placed (sorted) and warnings about the others.
    private static func placeDivs(in root: Node, request: Request) -> (placed: [Int], warnings: [String]) {
        let spans = request.spans
        guard spans.contains(where: \.isBlock) else { return ([], []) }
        var openers = [Node?](repeating: nil, count: spans.count)
        var closers = [Node?](repeating: nil, count: spans.count)
        for node in descendants(of: root) where cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
            guard let literal = string(cmark_node_get_literal(node)) else { continue }
            let trimmed = literal.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { continue }
            guard let marker = SpanMarker.single(String(trimmed.dropFirst(4).dropLast(3)).unicodeScalars),
                  marker.index < spans.count, spans[marker.index].isBlock
            else { continue }
            if marker.opening { openers[marker.index] = node } else { closers[marker.index] = node }
        }
        var placed: [Int] = []
        var warnings: [String] = []
        // Innermost first: a nested div opens later.
        for index in spans.indices.reversed() where spans[index].isBlock {
            let opener = openers[index], closer = closers[index]
            guard let opener, let closer, cmark_node_parent(opener) == cmark_node_parent(closer) else {
                for node in [opener, closer].compactMap({ $0 }) {
                    cmark_node_unlink(node)
                    cmark_node_free(node)
                }
                if opener != nil || closer != nil {
                    warnings.append("line \(spans[index].line): fenced div \(spans[index].attributes.serialized) is not closed inside the same block; its content is kept without it")
                }
                continue
            }
            if let markup = request.markups[index] {
                let custom = newCustom(block: true, enter: markup.enter, exit: markup.exit)
                if cmark_node_insert_before(opener, custom) == 1 {
                    var current = cmark_node_next(opener)
                    while let node = current, node != closer {
                        current = cmark_node_next(node)
                        cmark_node_append_child(custom, node)
                    }
                } else {
                    cmark_node_free(custom)
                }
            }
            cmark_node_unlink(opener)
            cmark_node_free(opener)
            cmark_node_unlink(closer)
            cmark_node_free(closer)
            placed.append(index)
        }
        return (placed.sorted(), warnings)
    }

    /// Steps 5 and 6: markers outside text written back, tables holding markers rebuilt, text
    /// split at markers and each pair wrapped in a custom inline.
    /// - Returns: the indices of the spans whose markers both stood in text (sorted) and the
    ///   warnings about spans that could not be wrapped.
    private static func placeSpans(in root: Node, request: Request) -> (placed: [Int], warnings: [String]) {
        // 5. Markers outside text: back to their source text.
        let spans = request.spans
        func restored(_ text: String) -> String {
            guard SpanMarker.occurs(in: text) else { return text }
            var output = ""
            for piece in SpanMarker.pieces(of: text.unicodeScalars) {
                switch piece {
                case .marker(let marker) where marker.index < spans.count:
                    output += marker.opening ? spans[marker.index].openingSource : spans[marker.index].closingSource
                case .marker(let marker):
                    output.unicodeScalars.append(contentsOf: marker.scalars)
                case .scalar(let scalar):
                    output.unicodeScalars.append(scalar)
                }
            }
            return output
        }
        for node in descendants(of: root) {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_INLINE
                || type == CMARK_NODE_HTML_BLOCK
            {
                if let literal = string(cmark_node_get_literal(node)), SpanMarker.occurs(in: literal) {
                    setLiteral(node, restored(literal))
                }
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                if let url = string(cmark_node_get_url(node)), SpanMarker.occurs(in: url) {
                    _ = restored(url).withCString { cmark_node_set_url(node, $0) }
                }
                if let title = string(cmark_node_get_title(node)), SpanMarker.occurs(in: title) {
                    _ = restored(title).withCString { cmark_node_set_title(node, $0) }
                }
            }
        }

        // 6. GFM table cells accept only a fixed list of inline types (cmark-gfm `table.c`,
        // `can_contain`), not custom inlines: a table holding span markers is rebuilt from
        // custom nodes that write the same markup.
        for node in descendants(of: root) where typeString(node) == "table" {
            let hasMarkers = descendants(of: node).contains {
                cmark_node_get_type($0) == CMARK_NODE_TEXT
                    && (string(cmark_node_get_literal($0)).map(SpanMarker.occurs(in:)) ?? false)
            }
            if hasMarkers { rebuildTable(node) }
        }

        // Split text at markers, then wrap each pair.
        var openers = [Node?](repeating: nil, count: spans.count)
        var closers = [Node?](repeating: nil, count: spans.count)
        for node in descendants(of: root) where cmark_node_get_type(node) == CMARK_NODE_TEXT {
            guard let literal = string(cmark_node_get_literal(node)), SpanMarker.occurs(in: literal) else { continue }
            var pending = String.UnicodeScalarView()
            func flush() {
                guard !pending.isEmpty else { return }
                cmark_node_insert_before(node, newText(String(pending)))
                pending = String.UnicodeScalarView()
            }
            for piece in SpanMarker.pieces(of: literal.unicodeScalars) {
                guard case .marker(let marker) = piece, marker.index < spans.count else {
                    switch piece {
                    case .scalar(let scalar): pending.append(scalar)
                    case .marker(let marker): pending.append(contentsOf: marker.scalars)
                    }
                    continue
                }
                flush()
                let markerNode = newText(String(String.UnicodeScalarView(marker.scalars)))
                cmark_node_insert_before(node, markerNode)
                if marker.opening { openers[marker.index] = markerNode } else { closers[marker.index] = markerNode }
            }
            flush()
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        var placedSpans: [Int] = []
        var crossing: [Int] = []
        var refused: [Int] = []
        // Innermost first (a nested span has a later opening bracket), so each wrap moves only
        // the nodes of its own level: linear even for 50 000 nested spans (HAZARDS.md B03).
        for index in spans.indices.reversed() {
            switch (openers[index], closers[index]) {
            case (nil, nil):
                continue
            case let (opener?, nil):
                setLiteral(opener, spans[index].openingSource)
            case let (opener?, closer?) where spans[index].isBlock:
                // A div marker in text (never written so by Verbatim): back to its fence lines.
                setLiteral(opener, spans[index].openingSource)
                setLiteral(closer, spans[index].closingSource)
            case let (nil, closer?):
                setLiteral(closer, spans[index].closingSource)
            case let (opener?, closer?):
                defer {
                    cmark_node_unlink(opener)
                    cmark_node_free(opener)
                    cmark_node_unlink(closer)
                    cmark_node_free(closer)
                }
                guard cmark_node_parent(opener) == cmark_node_parent(closer) else {
                    crossing.append(index)
                    continue
                }
                placedSpans.append(index)
                guard let markup = request.markups[index] else { continue }
                let exit = markup.exit + (hasAncestor(opener, CMARK_NODE_LINK) ? "" : markup.permalink)
                let custom = newCustom(block: false, enter: markup.enter, exit: exit)
                guard cmark_node_insert_before(opener, custom) == 1 else {
                    cmark_node_free(custom)
                    refused.append(index)
                    continue
                }
                var current = cmark_node_next(opener)
                while let node = current, node != closer {
                    current = cmark_node_next(node)
                    cmark_node_append_child(custom, node)
                }
            }
        }

        var warnings: [String] = []
        for index in refused.reversed() {
            warnings.append("line \(spans[index].line): span \(spans[index].attributes.serialized) stands where cmark-gfm allows no annotation; its text is kept")
        }
        for index in crossing.reversed() {
            warnings.append("line \(spans[index].line): span \(spans[index].attributes.serialized) crosses other markup (emphasis, a link, a paragraph break); its annotation is dropped and its text kept")
        }
        return (placedSpans.reversed(), warnings)
    }

    /// Step 7: ``GuillemetSpacing`` on every text node (HAZARDS.md B36).
    private static func spaceGuillemets(in root: Node) {
        // A line break right after `«` or right before `»` becomes a space first, so that
        // the rule below can make it the no-break space.
        for node in descendants(of: root) where cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK {
            let before = cmark_node_previous(node).flatMap { previous in
                cmark_node_get_type(previous) == CMARK_NODE_TEXT ? string(cmark_node_get_literal(previous)) : nil
            }
            let after = cmark_node_next(node).flatMap { next in
                cmark_node_get_type(next) == CMARK_NODE_TEXT ? string(cmark_node_get_literal(next)) : nil
            }
            let opens = before.map { $0.trimmingCharacters(in: .whitespaces).hasSuffix("«") } ?? false
            let closes = after.map { $0.trimmingCharacters(in: .whitespaces).hasPrefix("»") } ?? false
            guard opens || closes else { continue }
            cmark_node_insert_before(node, newText(" "))
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        cmark_consolidate_text_nodes(root)
        for node in descendants(of: root) where cmark_node_get_type(node) == CMARK_NODE_TEXT {
            guard let literal = string(cmark_node_get_literal(node)) else { continue }
            let spaced = GuillemetSpacing.apply(
                literal, contentBefore: isInlineContent(cmark_node_previous(node)),
                contentAfter: isInlineContent(cmark_node_next(node)))
            if spaced != literal { setLiteral(node, spaced) }
        }
    }

    // MARK: - Tree helpers

    /// Every node under `root` (itself included) in document order, collected before any edit.
    private static func descendants(of root: Node) -> [Node] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var nodes: [Node] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { nodes.append(node) }
        }
        return nodes
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func typeString(_ node: Node) -> String {
        string(cmark_node_get_type_string(node)) ?? ""
    }

    /// Cells of all GFM tables (rows × columns, autofilled cells included), found by walking
    /// container blocks only, so the count costs nothing per cell.
    private static func countTableCells(_ root: Node) -> Int {
        var cells = 0
        var pending: [Node] = [root]
        while let node = pending.popLast() {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_DOCUMENT || type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST
                || type == CMARK_NODE_ITEM || type == CMARK_NODE_FOOTNOTE_DEFINITION || type == CMARK_NODE_CUSTOM_BLOCK
            {
                var child = cmark_node_first_child(node)
                while let current = child {
                    pending.append(current)
                    child = cmark_node_next(current)
                }
            } else if typeString(node) == "table" {
                var rows = 0
                var row = cmark_node_first_child(node)
                while let current = row {
                    rows += 1
                    row = cmark_node_next(current)
                }
                cells += rows * Int(cmark_gfm_extensions_get_table_columns(node))
            }
        }
        return cells
    }

    private static func setLiteral(_ node: Node, _ text: String) {
        _ = text.withCString { cmark_node_set_literal(node, $0) }
    }

    private static func newText(_ text: String) -> Node {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { fatalError("cmark_node_new failed") }
        setLiteral(node, text)
        return node
    }

    /// A custom block or inline node writing `enter` before its children and `exit` after.
    private static func newCustom(block: Bool, enter: String, exit: String) -> Node {
        guard let node = cmark_node_new(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE) else {
            fatalError("cmark_node_new failed")
        }
        _ = enter.withCString { cmark_node_set_on_enter(node, $0) }
        _ = exit.withCString { cmark_node_set_on_exit(node, $0) }
        return node
    }

    /// Replaces a GFM table by custom nodes that render the same HTML as cmark-gfm's table
    /// renderer (`<table>`, `<thead>`/`<tbody>`, `<tr>`, `<th align=…>`/`<td>`): custom blocks
    /// for the table, sections and rows, a custom inline per cell, the cells' inline children
    /// moved over unchanged.
    private static func rebuildTable(_ table: Node) {
        let columns = Int(cmark_gfm_extensions_get_table_columns(table))
        let alignments = cmark_gfm_extensions_get_table_alignments(table)
        let rebuilt = newCustom(block: true, enter: "<table>", exit: "</table>")
        guard cmark_node_insert_before(table, rebuilt) == 1 else {
            cmark_node_free(rebuilt)
            return
        }
        var body: Node?
        var row = cmark_node_first_child(table)
        while let currentRow = row {
            row = cmark_node_next(currentRow)
            let header = cmark_gfm_extensions_get_table_row_is_header(currentRow) != 0
            let section: Node
            if header {
                section = newCustom(block: true, enter: "<thead>", exit: "</thead>")
                cmark_node_append_child(rebuilt, section)
            } else if let body {
                section = body
            } else {
                section = newCustom(block: true, enter: "<tbody>", exit: "</tbody>")
                cmark_node_append_child(rebuilt, section)
                body = section
            }
            let rowNode = newCustom(block: true, enter: "<tr>", exit: "</tr>")
            cmark_node_append_child(section, rowNode)
            var column = 0
            var cell = cmark_node_first_child(currentRow)
            while let currentCell = cell {
                cell = cmark_node_next(currentCell)
                let tag = header ? "th" : "td"
                var align = ""
                if column < columns, let alignments {
                    switch alignments[column] {
                    case UInt8(ascii: "l"): align = #" align="left""#
                    case UInt8(ascii: "c"): align = #" align="center""#
                    case UInt8(ascii: "r"): align = #" align="right""#
                    default: break
                    }
                }
                let cellNode = newCustom(block: false, enter: "<\(tag)\(align)>", exit: "</\(tag)>\n")
                cmark_node_append_child(rowNode, cellNode)
                while let child = cmark_node_first_child(currentCell) {
                    cmark_node_append_child(cellNode, child)
                }
                column += 1
            }
        }
        cmark_node_unlink(table)
        cmark_node_free(table)
    }

    /// True for an inline node that shows content next to a text node (not a line break).
    private static func isInlineContent(_ node: Node?) -> Bool {
        guard let node else { return false }
        let type = cmark_node_get_type(node)
        return type != CMARK_NODE_SOFTBREAK && type != CMARK_NODE_LINEBREAK
    }

    private static func hasAncestor(_ node: Node, _ type: cmark_node_type) -> Bool {
        var current = cmark_node_parent(node)
        while let ancestor = current {
            if cmark_node_get_type(ancestor) == type { return true }
            current = cmark_node_parent(ancestor)
        }
        return false
    }

    /// The source line of `node` or of its nearest ancestor that knows one.
    private static func line(of node: Node) -> Int {
        var current: Node? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return line }
            current = cmark_node_parent(candidate)
        }
        return 1
    }

    /// Replaces `node` by its children.
    private static func unwrap(_ node: Node) {
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// The lowercased scheme when `url` is `javascript:`, `vbscript:`, `file:` or `data:`, after
    /// removing what browsers ignore in a URL (ASCII whitespace and controls, WHATWG URL §4.4).
    private static func dangerousScheme(_ url: String) -> String? {
        let cleaned = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
            .lowercased()
        for scheme in ["javascript:", "vbscript:", "file:", "data:"] where cleaned.hasPrefix(scheme) {
            return scheme
        }
        return nil
    }

    /// B07: if `link` is an autolink (its only child is text equal to its URL, or to the URL
    /// without the `http://` or `mailto:` that GFM adds), moves ``AutolinkTail`` out of it.
    private static func trimAutolink(_ link: Node) {
        guard let child = cmark_node_first_child(link), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT,
              let text = string(cmark_node_get_literal(child)), let url = string(cmark_node_get_url(link))
        else { return }
        let prefix: String
        if url == text { prefix = "" } else if url == "http://" + text { prefix = "http://" } else if url == "mailto:" + text {
            prefix = "mailto:"
        } else { return }
        let cut = AutolinkTail.length(of: text)
        let scalars = Array(text.unicodeScalars)
        guard cut > 0, cut < scalars.count else { return }
        let head = String(String.UnicodeScalarView(scalars[..<(scalars.count - cut)]))
        let tail = String(String.UnicodeScalarView(scalars[(scalars.count - cut)...]))
        setLiteral(child, head)
        _ = (prefix + head).withCString { cmark_node_set_url(link, $0) }
        cmark_node_insert_after(link, newText(tail))
    }
}

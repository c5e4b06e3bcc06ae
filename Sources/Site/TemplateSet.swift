import Foundation
import Model
import Mustache

/// The Mustache templates of a site, loaded and checked once (swift-mustache, Mustache spec
/// 1.3: `{{name}}` is HTML-escaped, `{{{name}}}` is not, `{{> partial}}` includes a partial).
///
/// Every `*.mustache` file under the folder is registered under its path without the extension
/// (`layout`, `index`, `partials/header`). Because swift-mustache renders a missing partial or
/// variable as an empty string, loading checks that every page template named in
/// ``requiredTemplates`` exists and that every partial a template includes exists.
public struct TemplateSet: Sendable {
    /// The templates every site needs: the HTML shell and one per kind of page.
    public static let requiredTemplates = ["layout", "index", "transcript", "speakers", "speaker", "search"]

    private let library: MustacheLibrary

    /// Checks that the templates folder exists, so a run can stop before doing any work.
    /// - Throws: a ``Diagnostic`` naming the folder when it is missing or not a folder.
    public static func checkFolder(_ folder: URL) throws(Diagnostic) {
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) || !isFolder.boolValue {
            throw Diagnostic(
                .error, file: folder.path, message: "the templates folder does not exist",
                hint: "run verbatim in the folder that holds templates/, or name the folder with --templates")
        }
    }

    /// Loads and checks all templates under `folder`.
    /// - Parameters:
    ///   - folder: the templates folder.
    ///   - knownVariables: when given, every variable or section name a template uses (its first
    ///     dotted component) must be in this set; templates that change delimiters are not checked.
    ///   - knownLabels: when given, every `label.<key>` a template uses must name a key in this set.
    /// - Throws: a ``Diagnostic`` naming the template file (and line and column from the
    ///   parser) for a syntax error, a missing required template, a missing partial or an
    ///   unknown variable.
    public init(folder: URL, knownVariables: Set<String>? = nil, knownLabels: Set<String>? = nil) throws(Diagnostic) {
        let names = TemplateSet.templateFiles(in: folder)
        var library = MustacheLibrary()
        var sources: [(String, String)] = []
        for name in names {
            let file = folder.appendingPathComponent(name + ".mustache")
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw Diagnostic(.error, file: file.path, message: "cannot read template")
            }
            let text = String(decoding: data, as: UTF8.self)
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw Diagnostic(
                    .error, file: file.path, line: error.context.lineNumber,
                    column: error.context.columnNumber,
                    message: "template syntax error: \(TemplateSet.explain(error.error))",
                    hint: error.context.line.trimmingCharacters(in: .whitespaces))
            } catch {
                throw Diagnostic(.error, file: file.path, message: "template syntax error: \(error)")
            }
            sources.append((name, text))
        }
        try TemplateSet.checkFolder(folder)
        for required in TemplateSet.requiredTemplates where library.getTemplate(named: required) == nil {
            throw Diagnostic(
                .error, file: folder.appendingPathComponent(required + ".mustache").path,
                message: "missing template '\(required).mustache'",
                hint: "every site needs \(TemplateSet.requiredTemplates.map { $0 + ".mustache" }.joined(separator: ", "))")
        }
        for (name, text) in sources {
            for (partial, line) in TemplateSet.partialReferences(in: text)
            where library.getTemplate(named: partial) == nil {
                throw Diagnostic(
                    .error, file: folder.appendingPathComponent(name + ".mustache").path, line: line,
                    message: "missing partial '\(partial)'",
                    hint: "expected a file \(partial).mustache in \(folder.path)")
            }
        }
        if let knownVariables {
            for (name, text) in sources {
                for (variable, line) in TemplateSet.variableReferences(in: text) ?? []
                where !knownVariables.contains(variable) {
                    throw Diagnostic(
                        .error, file: folder.appendingPathComponent(name + ".mustache").path, line: line,
                        message: "unknown variable '\(variable)'",
                        hint: "known: \(knownVariables.sorted().joined(separator: ", "))")
                }
            }
        }
        if let knownLabels {
            for (name, text) in sources {
                for (reference, line) in TemplateSet.nameReferences(in: text) ?? [] {
                    let parts = reference.split(separator: ".", omittingEmptySubsequences: false)
                    guard parts.first == "label" else { continue }
                    let key = parts.count == 2 ? String(parts[1]) : ""
                    guard !knownLabels.contains(key) else { continue }
                    throw Diagnostic(
                        .error, file: folder.appendingPathComponent(name + ".mustache").path, line: line,
                        message: "unknown label '\(reference)'",
                        hint: "known: \(knownLabels.sorted().map { "label." + $0 }.joined(separator: ", "))")
                }
            }
        }
        self.library = library
    }

    /// Renders the page template `name` with `context`, then `layout` with the same context
    /// plus `content` (the rendered page, inserted with `{{{content}}}`).
    public func renderPage(_ name: String, context: [String: Any]) -> String {
        let content = library.render(context, withTemplate: name) ?? ""
        var shell = context
        shell["content"] = content
        return library.render(shell, withTemplate: "layout") ?? content
    }

    /// A sentence for a swift-mustache parser error.
    private static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a name it was not opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is badly formed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "a parent tag holds something other than blocks"
        case .textInsideInheritSection: return "a parent tag holds text outside its blocks"
        case .invalidConfigVariableSyntax: return "a configuration tag is badly formed"
        case .unrecognisedConfigVariable: return "a configuration tag is not known"
        @unknown default: return "\(error)"
        }
    }

    /// Names of the `*.mustache` files under `folder`, relative and without extension, sorted.
    private static func templateFiles(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var names: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".mustache") {
            names.append(String(path.dropLast(".mustache".count)))
        }
        return names.sorted()
    }

    /// The variable and section names used in `text` (first dotted component; the name inside a
    /// transform `f(name)`), each with its 1-based line; `.` and names in comments, partials,
    /// blocks and parents are skipped. Nil when the template changes delimiters (`{{=`).
    static func variableReferences(in text: String) -> [(String, Int)]? {
        nameReferences(in: text)?.compactMap { name, line in
            name.split(separator: ".").first.map { (String($0), line) }
        }
    }

    /// The full (dotted) variable and section names used in `text`, each with its 1-based line,
    /// under the rules of ``variableReferences(in:)``.
    static func nameReferences(in text: String) -> [(String, Int)]? {
        var found: [(String, Int)] = []
        for (tag, line) in tags(in: text) {
            var body = Substring(tag)
            guard let sigil = body.first else { continue }
            switch sigil {
            case "=": return nil
            case "!", ">", "$", "<": continue
            case "#", "^", "/", "&", "{": body = body.dropFirst()
            default: break
            }
            var name = body.trimmingCharacters(in: .whitespaces)
            if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
                name = String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            }
            guard !name.isEmpty, name != "." else { continue }
            let full = name.hasPrefix(".") ? String(name.dropFirst()) : name
            if !full.isEmpty { found.append((full, line)) }
        }
        return found
    }

    /// The contents of every `{{…}}` tag (default delimiters, inner white space trimmed) with
    /// its 1-based line.
    private static func tags(in text: String) -> [(String, Int)] {
        var found: [(String, Int)] = []
        var line = 1
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].filter { $0 == "\n" }.count
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}") else { break }
            let content = after[..<close.lowerBound]
            found.append((content.trimmingCharacters(in: .whitespaces), line))
            line += content.filter { $0 == "\n" }.count
            rest = after[close.upperBound...]
        }
        return found
    }

    /// The partial names included with `{{> name}}` in `text` (default delimiters), each with
    /// its 1-based line. Dynamic partials (`{{>*name}}`) are skipped.
    static func partialReferences(in text: String) -> [(String, Int)] {
        var found: [(String, Int)] = []
        var line = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" { line += 1 }
            if text[index...].hasPrefix("{{") {
                var cursor = text.index(index, offsetBy: 2)
                while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
                if cursor < text.endIndex, text[cursor] == ">" {
                    let rest = text[text.index(after: cursor)...]
                    if let close = rest.range(of: "}}") {
                        let name = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                        if !name.isEmpty, !name.hasPrefix("*") { found.append((name, line)) }
                    }
                }
            }
            index = text.index(after: index)
        }
        return found
    }
}

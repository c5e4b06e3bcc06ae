import Foundation
import Model

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Element counts and the root namespace of an XML document, parsed with namespaces on.
final class NamespacedXMLProbe: NSObject, XMLParserDelegate {
    private(set) var rootName: String?
    private(set) var rootNamespace: String?
    private(set) var counts: [String: Int] = [:]
    private(set) var attributes: [String: [[String: String]]] = [:]

    static func parse(_ xml: String) throws -> NamespacedXMLProbe {
        let probe = NamespacedXMLProbe()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = probe
        if !parser.parse() {
            throw Diagnostic(.error, file: "tei", line: parser.lineNumber, message: "not well-formed: \(String(describing: parser.parserError))")
        }
        return probe
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if rootName == nil {
            rootName = name
            rootNamespace = namespaceURI
        }
        counts[name, default: 0] += 1
        self.attributes[name, default: []].append(attributes)
    }
}

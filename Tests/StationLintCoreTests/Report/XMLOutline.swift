import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML document as a flat list of elements (name, attributes, text), made with
/// Foundation's `XMLParser`: parsing fails on anything not well-formed.
struct XMLOutline {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
        subscript(_ key: String) -> String? { attributes[key] }
    }

    struct NotWellFormed: Error, CustomStringConvertible {
        let description: String
    }

    var all: [Element] = []

    func elements(_ name: String) -> [Element] { all.filter { $0.name == name } }

    static func parse(_ xml: String) throws -> XMLOutline {
        let parser = XMLParser(data: Data(xml.utf8))
        let delegate = Collector()
        parser.delegate = delegate
        guard parser.parse() else {
            throw NotWellFormed(description: "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "not well-formed")")
        }
        return XMLOutline(all: delegate.elements)
    }

    final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes, text: ""))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let i = open.last { elements[i].text += string }
        }
    }
}

/// One piece of an XML document: a start tag (with its attributes), an end tag, or character data.
enum XMLToken: Equatable {
    /// `<w:p a="1">` or `<w:br/>` (`selfClosing`). Names are local: the namespace prefix is dropped.
    case start(name: String, attributes: XMLAttributes, selfClosing: Bool)
    case end(name: String)
    /// Text between tags with entities and CDATA resolved.
    case text(String)
}

/// A name="value" pair of a start tag; the name is local (`w:val` → `val`).
struct XMLAttribute: Equatable {
    var name: String
    var value: String
}

/// The attributes of a start tag, parsed only when asked for: most tags of an Office file carry attributes
/// nobody reads (revision ids), so the tokenizer keeps just their bytes.
struct XMLAttributes: Equatable {
    let source: ArraySlice<UInt8>

    /// The value of the attribute with local name `name` (entities decoded).
    subscript(_ name: String) -> String? {
        let wanted = Array(name.utf8)
        var result: String?
        OfficeXMLTokenizer.scanAttributes(source) { localName, value in
            if localName.elementsEqual(wanted) { result = OfficeXMLTokenizer.decodeEntities(value); return false }
            return true
        }
        return result
    }

    /// Every attribute in order.
    var all: [XMLAttribute] {
        var out: [XMLAttribute] = []
        OfficeXMLTokenizer.scanAttributes(source) { localName, value in
            out.append(XMLAttribute(name: String(decoding: localName, as: UTF8.self), value: OfficeXMLTokenizer.decodeEntities(value)))
            return true
        }
        return out
    }
}

/// A forgiving pull tokenizer for the XML inside Office files (UTF-8, or UTF-16 with a byte-order mark).
/// Comments, processing instructions and the DOCTYPE are skipped; a document cut short simply ends.
/// Namespaces are not resolved: Office writers use fixed prefixes, and readers match local names.
struct OfficeXMLTokenizer {
    private let bytes: [UInt8]
    private var i = 0

    init(_ data: [UInt8]) {
        if data.count >= 2, (data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF) {
            let littleEndian = data[0] == 0xFF
            let units = stride(from: 2, to: data.count - 1, by: 2).map { k -> UInt16 in
                littleEndian ? UInt16(data[k]) | UInt16(data[k + 1]) << 8 : UInt16(data[k]) << 8 | UInt16(data[k + 1])
            }
            bytes = Array(String(decoding: units, as: UTF16.self).utf8)
        } else {
            bytes = data
        }
    }

    /// The next token, or nil at the end of the document.
    mutating func next() -> XMLToken? {
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") { return .text(readText()) }
            // `<` …
            guard i + 1 < bytes.count else { i = bytes.count; return nil }
            switch bytes[i + 1] {
            case UInt8(ascii: "/"):
                i += 2
                let name = readName()
                skip(past: UInt8(ascii: ">"))
                return .end(name: name)
            case UInt8(ascii: "?"):
                skip(past: [UInt8(ascii: "?"), UInt8(ascii: ">")])
            case UInt8(ascii: "!"):
                if starts(with: "<![CDATA[") {
                    i += 9
                    let start = i
                    let end = skip(past: Array("]]>".utf8)) ? i - 3 : bytes.count
                    return .text(String(decoding: bytes[start..<end], as: UTF8.self))
                } else if starts(with: "<!--") {
                    i += 4
                    skip(past: Array("-->".utf8))
                } else {
                    skipDeclaration()
                }
            default:
                i += 1
                return readStartTag()
            }
        }
        return nil
    }

    private func starts(with literal: String) -> Bool {
        var k = i
        for byte in literal.utf8 {
            guard k < bytes.count, bytes[k] == byte else { return false }
            k += 1
        }
        return true
    }

    private mutating func skip(past byte: UInt8) {
        while i < bytes.count, bytes[i] != byte { i += 1 }
        i = min(i + 1, bytes.count)
    }

    /// Moves past the next `marker`; false (at the end) when there is none.
    @discardableResult
    private mutating func skip(past marker: [UInt8]) -> Bool {
        while i < bytes.count {
            if bytes[i] == marker[0], i + marker.count <= bytes.count, bytes[i..<(i + marker.count)].elementsEqual(marker) {
                i += marker.count
                return true
            }
            i += 1
        }
        return false
    }

    /// `<!DOCTYPE …>` with an internal subset in brackets.
    private mutating func skipDeclaration() {
        var depth = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: i += 1; return
            default: break
            }
            i += 1
        }
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        !(b == UInt8(ascii: " ") || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
            || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r"))
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r")
    }

    /// A name at `i`, without its namespace prefix.
    private mutating func readName() -> String {
        var start = i
        while i < bytes.count, OfficeXMLTokenizer.isNameByte(bytes[i]) {
            if bytes[i] == UInt8(ascii: ":") { start = i + 1 }
            i += 1
        }
        return String(decoding: bytes[min(start, i)..<i], as: UTF8.self)
    }

    private mutating func readStartTag() -> XMLToken {
        let name = readName()
        let attributesStart = i
        // To the closing `>`, skipping quoted values (which may hold `>`).
        var quote: UInt8 = 0
        while i < bytes.count {
            let b = bytes[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                break
            }
            i += 1
        }
        let end = min(i, bytes.count)
        let selfClosing = end > attributesStart && bytes[end - 1] == UInt8(ascii: "/")
        i = min(i + 1, bytes.count)
        return .start(name: name, attributes: XMLAttributes(source: bytes[attributesStart..<(selfClosing ? end - 1 : end)]),
                      selfClosing: selfClosing)
    }

    /// Calls `visit(localName, rawValue)` for each `name="value"` in `source` until it returns false.
    static func scanAttributes(_ source: ArraySlice<UInt8>, _ visit: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> Bool) {
        var k = source.startIndex
        let end = source.endIndex
        while k < end {
            while k < end, isSpace(source[k]) || source[k] == UInt8(ascii: "/") { k += 1 }
            guard k < end else { return }
            var nameStart = k
            while k < end, source[k] != UInt8(ascii: "="), !isSpace(source[k]) {
                if source[k] == UInt8(ascii: ":") { nameStart = k + 1 }
                k += 1
            }
            let name = source[nameStart..<k]
            while k < end, isSpace(source[k]) { k += 1 }
            guard k < end, source[k] == UInt8(ascii: "=") else {
                if !name.isEmpty, !visit(name, source[k..<k]) { return }
                continue
            }
            k += 1
            while k < end, isSpace(source[k]) { k += 1 }
            guard k < end else { _ = visit(name, source[k..<k]); return }
            let value: ArraySlice<UInt8>
            if source[k] == UInt8(ascii: "\"") || source[k] == UInt8(ascii: "'") {
                let quote = source[k]
                k += 1
                let valueStart = k
                while k < end, source[k] != quote { k += 1 }
                value = source[valueStart..<k]
                k = min(k + 1, end)
            } else {
                let valueStart = k
                while k < end, !isSpace(source[k]) { k += 1 }
                value = source[valueStart..<k]
            }
            if !visit(name, value) { return }
        }
    }

    private mutating func readText() -> String {
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
        return OfficeXMLTokenizer.decodeEntities(bytes[start..<i])
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#NNN;` `&#xHH;`; an unknown or broken reference stays as written.
    static func decodeEntities(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var k = slice.startIndex
        while k < slice.endIndex {
            let b = slice[k]
            guard b == UInt8(ascii: "&"), let semicolon = slice[k..<min(k + 12, slice.endIndex)].firstIndex(of: UInt8(ascii: ";")) else {
                out.append(b); k += 1; continue
            }
            let name = String(decoding: slice[(k + 1)..<semicolon], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch name {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                k = semicolon + 1
            } else {
                out.append(b); k += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

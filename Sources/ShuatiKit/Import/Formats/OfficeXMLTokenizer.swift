/// One piece of an XML document: a start tag (with its attributes), an end tag, or character data.
enum XMLToken: Equatable {
    /// `<w:p a="1">` or `<w:br/>` (`selfClosing`). Names are local: the namespace prefix is dropped.
    case start(name: String, attributes: [XMLAttribute], selfClosing: Bool)
    case end(name: String)
    /// Text between tags with entities and CDATA resolved.
    case text(String)
}

/// A name="value" pair of a start tag; the name is local (`w:val` → `val`).
struct XMLAttribute: Equatable {
    var name: String
    var value: String
}

extension [XMLAttribute] {
    /// The value of the attribute with local name `name`.
    subscript(_ name: String) -> String? { first { $0.name == name }?.value }
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
                    skip(past: Array("]]>".utf8))
                    let end = max(start, min(i - 3, bytes.count))
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

    private mutating func skip(past marker: [UInt8]) {
        while i < bytes.count {
            if bytes[i] == marker[0], i + marker.count <= bytes.count, Array(bytes[i..<(i + marker.count)]) == marker {
                i += marker.count
                return
            }
            i += 1
        }
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

    private static func isSpace(_ b: UInt8) -> Bool {
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
        var attributes: [XMLAttribute] = []
        while i < bytes.count {
            let b = bytes[i]
            if OfficeXMLTokenizer.isSpace(b) { i += 1; continue }
            if b == UInt8(ascii: ">") { i += 1; return .start(name: name, attributes: attributes, selfClosing: false) }
            if b == UInt8(ascii: "/") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: ">") {
                    i += 1
                    return .start(name: name, attributes: attributes, selfClosing: true)
                }
                continue
            }
            let attributeName = readName()
            guard !attributeName.isEmpty || (i < bytes.count && bytes[i] == UInt8(ascii: "=")) else { i += 1; continue }
            while i < bytes.count, OfficeXMLTokenizer.isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
                attributes.append(XMLAttribute(name: attributeName, value: ""))
                continue
            }
            i += 1
            while i < bytes.count, OfficeXMLTokenizer.isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { break }
            let quote = bytes[i]
            var value = ""
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                i += 1
                let start = i
                while i < bytes.count, bytes[i] != quote { i += 1 }
                value = OfficeXMLTokenizer.decodeEntities(bytes[start..<i])
                i = min(i + 1, bytes.count)
            } else {
                let start = i
                while i < bytes.count, !OfficeXMLTokenizer.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                value = OfficeXMLTokenizer.decodeEntities(bytes[start..<i])
            }
            attributes.append(XMLAttribute(name: attributeName, value: value))
        }
        return .start(name: name, attributes: attributes, selfClosing: false)
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

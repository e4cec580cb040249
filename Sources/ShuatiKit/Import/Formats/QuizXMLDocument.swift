/// A small XML reader for quiz files: elements with attributes, text (entities decoded, CDATA kept as is) and the
/// line each element starts on. No namespaces, no DTD processing — Moodle XML needs neither.
struct QuizXMLElement {
    var name: String
    var attributes: [String: String]
    var children: [QuizXMLElement] = []
    /// The element's own text (not its children's), CDATA sections included.
    var text: String = ""
    var line: Int

    /// The first child element named `name`.
    func child(_ name: String) -> QuizXMLElement? { children.first { $0.name == name } }
    /// Every child element named `name`.
    func all(_ name: String) -> [QuizXMLElement] { children.filter { $0.name == name } }
    /// The text of `<name><text>…</text></name>` (Moodle's shape for every text field), or nil.
    func textField(_ name: String) -> String? { child(name)?.child("text")?.text }
}

/// Why a quiz file is not well-formed XML.
struct QuizXMLError: Error, Equatable {
    var line: Int
    var reason: String
}

enum QuizXMLDocument {
    /// The root element of `bytes` (UTF-8).
    static func parse(_ bytes: [UInt8]) throws -> QuizXMLElement {
        var p = Parser(bytes: bytes)
        return try p.document()
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0
        var line = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        func error(_ reason: String) -> QuizXMLError { QuizXMLError(line: line, reason: reason) }

        func starts(_ s: String) -> Bool {
            var k = i
            for b in s.utf8 { guard k < bytes.count, bytes[k] == b else { return false }; k += 1 }
            return true
        }

        mutating func advance(_ n: Int = 1) {
            for _ in 0..<n where i < bytes.count { if bytes[i] == 0x0A { line += 1 }; i += 1 }
        }

        /// Moves past `terminator`, returning what came before it.
        mutating func until(_ terminator: String) throws -> [UInt8] {
            let start = i
            while i < bytes.count, !starts(terminator) { advance() }
            guard i < bytes.count else { throw error("unterminated markup: missing \(terminator)") }
            let content = Array(bytes[start..<i])
            advance(terminator.utf8.count)
            return content
        }

        mutating func skipMisc() throws {
            while i < bytes.count {
                if bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { advance() }
                else if starts("<?") { _ = try until("?>") }
                else if starts("<!--") { _ = try until("-->") }
                else if starts("<!DOCTYPE") || starts("<!doctype") { _ = try until(">") }
                else { break }
            }
        }

        mutating func document() throws -> QuizXMLElement {
            try skipMisc()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { throw error("no root element") }
            return try element()
        }

        mutating func name() -> String {
            let start = i
            while i < bytes.count, !" \t\r\n/>=".utf8.contains(bytes[i]) { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        mutating func skipSpace() {
            while i < bytes.count, " \t\r\n".utf8.contains(bytes[i]) { advance() }
        }

        /// `<name attr="v">…</name>` or `<name/>`; `i` is at `<`.
        mutating func element() throws -> QuizXMLElement {
            let startLine = line
            advance()
            let tag = name()
            guard !tag.isEmpty else { throw error("a tag with no name") }
            var element = QuizXMLElement(name: tag, attributes: [:], line: startLine)
            while true {
                skipSpace()
                guard i < bytes.count else { throw error("unterminated tag <\(tag)") }
                if starts("/>") { advance(2); return element }
                if bytes[i] == UInt8(ascii: ">") { advance(); break }
                let attribute = name()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { throw error("attribute \(attribute) of <\(tag)> has no value") }
                advance()
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x27 else { throw error("attribute \(attribute) of <\(tag)> is not quoted") }
                let quote = bytes[i]
                advance()
                let start = i
                while i < bytes.count, bytes[i] != quote { advance() }
                guard i < bytes.count else { throw error("unterminated attribute \(attribute) of <\(tag)>") }
                element.attributes[attribute] = QuizXMLDocument.decodeEntities(bytes[start..<i])
                advance()
            }
            var text: [UInt8] = []
            while true {
                guard i < bytes.count else { throw error("<\(tag)> (line \(startLine)) is never closed") }
                if starts("</") {
                    advance(2)
                    let closing = name()
                    skipSpace()
                    guard closing == tag, i < bytes.count, bytes[i] == UInt8(ascii: ">") else {
                        throw error("</\(closing)> closes <\(tag)> (line \(startLine))")
                    }
                    advance()
                    element.text = String(decoding: text, as: UTF8.self)
                    return element
                }
                if starts("<![CDATA[") {
                    advance(9)
                    text += try until("]]>")
                } else if starts("<!--") {
                    _ = try until("-->")
                } else if starts("<?") {
                    _ = try until("?>")
                } else if bytes[i] == UInt8(ascii: "<") {
                    element.children.append(try self.element())
                } else {
                    let start = i
                    while i < bytes.count, bytes[i] != UInt8(ascii: "<") { advance() }
                    text += Array(QuizXMLDocument.decodeEntities(bytes[start..<i]).utf8)
                }
            }
        }
    }

    /// `&lt; &gt; &amp; &quot; &apos; &#N; &#xH;` decoded; an unknown entity is kept as written.
    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let s = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        while k < s.count {
            if s[k] == "&", let (text, length) = xmlEntity(s, at: k) {
                out.append(contentsOf: text.unicodeScalars)
                k += length
            } else {
                out.append(s[k])
                k += 1
            }
        }
        return String(out)
    }

    private static func xmlEntity(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        guard let (text, length) = QuizHTMLText.entity(s, at: i) else { return nil }
        let name = String(String.UnicodeScalarView(s[(i + 1)..<(i + length - 1)]))
        // XML defines five names; the rest are HTML's and only numeric references are XML.
        guard name.hasPrefix("#") || ["lt", "gt", "amp", "quot", "apos"].contains(name) else { return nil }
        return (text, length)
    }
}

import Foundation

/// An Excel workbook (.xlsx, SpreadsheetML) read as rows of cell strings, for the 题库 table-template reader.
public enum XlsxReader {
    /// One worksheet: its name and its non-empty rows, each with its row number in Excel.
    public struct Sheet: Equatable, Sendable {
        public var name: String
        public var rows: [(line: Int, cells: [String])]
        public static func == (a: Sheet, b: Sheet) -> Bool {
            a.name == b.name && a.rows.elementsEqual(b.rows) { $0.line == $1.line && $0.cells == $1.cells }
        }
    }

    /// The rows of the workbook's first sheet: shared and inline strings, numbers as Excel shows them (`2`, not
    /// `2.0`), booleans as TRUE/FALSE. Missing cells (`A1`, `C1` with no `B1`) are empty strings; empty rows are
    /// left out. Throws `ImportError.unreadable` naming `file` for a broken archive.
    public static func rows(from data: Data, file: String) throws -> [[String]] {
        try sheets(from: data, file: file).first?.rows.map(\.cells) ?? []
    }

    /// Every worksheet in workbook order (a 题库 workbook often keeps one sheet per question type), rows numbered as
    /// Excel numbers them, so warnings name the row a teacher sees.
    public static func sheets(from data: Data, file: String) throws -> [Sheet] {
        do {
            let archive = try ZipArchive([UInt8](data))
            let strings = try archive.contents(of: "xl/sharedStrings.xml").map(sharedStrings) ?? []
            var sheets: [Sheet] = []
            for (name, part) in try sheetParts(archive) {
                guard let xml = try archive.contents(of: part) else { continue }
                sheets.append(Sheet(name: name, rows: numberedRows(sheet: xml, strings: strings)))
            }
            guard !sheets.isEmpty else { throw ZipError.missingEntry("xl/worksheets/sheet1.xml (is this an Excel workbook?)") }
            return sheets
        } catch let error as ZipError {
            throw ImportError.unreadable(file: file, reason: error.description)
        }
    }

    /// The sheets' names and parts in workbook order (xl/workbook.xml through its relationships), else sheet1.
    static func sheetParts(_ archive: ZipArchive) throws -> [(name: String, part: String)] {
        let fallback = [(name: "Sheet1", part: "xl/worksheets/sheet1.xml")]
        guard let workbook = try archive.contents(of: "xl/workbook.xml"),
              let relations = try archive.contents(of: "xl/_rels/workbook.xml.rels") else { return fallback }
        var declared: [(name: String, id: String)] = []
        var tokenizer = OfficeXMLTokenizer(workbook)
        while let token = tokenizer.next() {
            // The relationship id is `r:id`; its local name is `id`.
            if case let .start("sheet", attributes, _) = token, let id = attributes["id"] { declared.append((attributes["name"] ?? "", id)) }
        }
        var targets: [String: String] = [:]
        tokenizer = OfficeXMLTokenizer(relations)
        while let token = tokenizer.next() {
            if case let .start("Relationship", attributes, _) = token, let id = attributes["Id"], let target = attributes["Target"] {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        let parts = declared.compactMap { sheet in
            targets[sheet.id].flatMap { archive.entry(named: $0) != nil ? (name: sheet.name, part: $0) : nil }
        }
        return parts.isEmpty ? fallback : parts
    }

    /// xl/sharedStrings.xml: one string per `<si>`, rich-text runs joined, phonetic guides (`<rPh>`) left out.
    static func sharedStrings(_ xml: [UInt8]) -> [String] {
        var strings: [String] = []
        var tokenizer = OfficeXMLTokenizer(xml)
        var current = ""
        var inText = false, inPhonetic = false
        while let token = tokenizer.next() {
            switch token {
            case let .start(name, _, selfClosing):
                if name == "si" { current = "" }
                if name == "si", selfClosing { strings.append("") }
                if name == "rPh" { inPhonetic = !selfClosing }
                if name == "t" { inText = !selfClosing }
            case let .end(name):
                if name == "t" { inText = false }
                if name == "rPh" { inPhonetic = false }
                if name == "si" { strings.append(current) }
            case let .text(text):
                if inText, !inPhonetic { current += text }
            }
        }
        return strings
    }

    /// The cells of one worksheet part as rows.
    static func rows(sheet xml: [UInt8], strings: [String]) -> [[String]] {
        numberedRows(sheet: xml, strings: strings).map(\.cells)
    }

    /// The non-empty rows of one worksheet part with their row numbers (`<row r="12">`, else counted).
    static func numberedRows(sheet xml: [UInt8], strings: [String]) -> [(line: Int, cells: [String])] {
        var rows: [(line: Int, cells: [String])] = []
        var row: [String] = []
        var line = 0
        var tokenizer = OfficeXMLTokenizer(xml)
        var column = 0
        var type = "n"
        var value = ""
        var inValue = false, inCell = false, inPhonetic = false
        while let token = tokenizer.next() {
            switch token {
            case let .start(name, attributes, selfClosing):
                switch name {
                case "row":
                    row = []
                    line = attributes["r"].flatMap { Int($0) }.map { max($0, line + 1) } ?? line + 1
                case "c":
                    // Excel's last column is XFD (16,384); a larger reference is damage, not data.
                    column = min(attributes["r"].flatMap(columnIndex) ?? row.count, 16383)
                    type = attributes["t"] ?? "n"
                    value = ""
                    inCell = !selfClosing
                case "v", "t": inValue = inCell && !selfClosing && !inPhonetic
                case "rPh": inPhonetic = !selfClosing
                default: break
                }
            case let .end(name):
                switch name {
                case "v", "t": inValue = false
                case "rPh": inPhonetic = false
                case "c":
                    inCell = false
                    let text = cellText(value, type: type, strings: strings)
                    guard !text.isEmpty else { break }
                    if column >= row.count { row += Array(repeating: "", count: column - row.count + 1) }
                    row[column] = text
                case "row":
                    if row.contains(where: { !$0.isEmpty }) { rows.append((line, row)) }
                    row = []
                default: break
                }
            case let .text(text):
                if inValue { value += text }
            }
        }
        return rows
    }

    /// `B12` → 1 (the column, from 0).
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            let upper = byte >= 97 ? byte - 32 : byte
            guard upper >= 65, upper <= 90 else { break }
            index = index * 26 + Int(upper - 64)
            letters += 1
        }
        return letters > 0 ? index - 1 : nil
    }

    static func cellText(_ raw: String, type: String, strings: [String]) -> String {
        switch type {
        case "s": return Int(raw).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
        case "str", "inlineStr", "e": return raw
        default:
            // Numbers: integral values without `.0`, others at Excel's 15 significant digits.
            guard let number = Double(raw) else { return raw }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(format: "%.15g", number)
        }
    }
}

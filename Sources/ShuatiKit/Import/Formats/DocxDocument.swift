import Foundation

/// A run of text with one set of marks.
struct DocxRun: Equatable {
    var text: String
    var emphasis: DocxEmphasis
}

/// A paragraph as Word shows it: its list label (rebuilt from numbering.xml) and its runs. A table row with
/// several cells is one paragraph whose cells are separated by tab runs.
struct DocxParagraph: Equatable {
    var label: String?
    var runs: [DocxRun]
    var isTableRow = false

    /// The text of the runs, without the label.
    var text: String { runs.map(\.text).joined() }
}

/// Reads word/document.xml (WordprocessingML) into paragraphs: runs with their marks, tabs and line breaks,
/// list labels, table rows; deleted text, field codes and the fallback copies of text boxes are left out.
struct DocxDocument {
    private(set) var paragraphs: [DocxParagraph] = []

    private struct ParagraphBuilder {
        var runs: [DocxRun] = []
        var numID: String?
        var level: Int?
        var styleID: String?
    }

    private struct TableBuilder {
        var rows: [[[DocxParagraph]]] = []
        var cells: [[DocxParagraph]] = []
        var cell: [DocxParagraph] = []
    }

    init(xml: [UInt8], numbering: DocxNumbering = DocxNumbering(), styles: DocxStyles = DocxStyles()) {
        var numbering = numbering
        var tokenizer = OfficeXMLTokenizer(xml)
        var stack: [ParagraphBuilder] = []
        var tables: [TableBuilder] = []
        var skipDepth = 0
        var skipName = ""
        var inParagraphProperties = false
        var inRun = false
        var inRunProperties = false
        var inText = false
        var emphasis: DocxEmphasis = []
        /// Inside `<w:hyperlink>`: a link's colour and underline are its style, not a mark.
        var hyperlinkDepth = 0

        func append(_ text: String) {
            guard !stack.isEmpty, !emphasis.contains(.hidden), !text.isEmpty else { return }
            let marks = hyperlinkDepth > 0 ? emphasis.subtracting([.color, .underline]) : emphasis
            if let last = stack[stack.count - 1].runs.last, last.emphasis == marks {
                stack[stack.count - 1].runs[stack[stack.count - 1].runs.count - 1].text += text
            } else {
                stack[stack.count - 1].runs.append(DocxRun(text: text, emphasis: marks))
            }
        }

        func emit(_ paragraph: DocxParagraph) {
            if tables.isEmpty { paragraphs.append(paragraph) } else { tables[tables.count - 1].cell.append(paragraph) }
        }

        func finishParagraph() {
            guard let builder = stack.popLast() else { return }
            var label: String?
            if let numID = builder.numID {
                label = numbering.label(numID: numID, level: builder.level ?? 0)
            } else if let styleID = builder.styleID, let (numID, level) = styles.numbering(of: styleID) {
                label = numbering.label(numID: numID, level: level ?? numbering.level(numID: numID, style: styleID) ?? 0)
            }
            var paragraph = DocxParagraph(label: label, runs: builder.runs)
            // Empty list paragraphs, and paragraphs that carry their own number or bullet (`2. …` typed into a
            // numbered paragraph) are shown without Word's label, which would only double it.
            if label != nil, DocxDocument.hasOwnLabel(paragraph.text) { paragraph.label = nil }
            emit(paragraph)
        }

        func finishRow(_ cells: [[DocxParagraph]]) {
            let filled = cells.filter { cell in cell.contains { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty } }
            if filled.count <= 1 {
                // A layout table (one cell holds everything): its paragraphs are ordinary paragraphs.
                for paragraph in filled.first ?? [] { emit(paragraph) }
                return
            }
            var runs: [DocxRun] = []
            for (c, cell) in cells.enumerated() {
                if c > 0 { runs.append(DocxRun(text: "\t", emphasis: [])) }
                for (p, paragraph) in cell.enumerated() {
                    if p > 0 { runs.append(DocxRun(text: " ", emphasis: [])) }
                    if let label = paragraph.label { runs.append(DocxRun(text: label, emphasis: [])) }
                    runs += paragraph.runs
                }
            }
            emit(DocxParagraph(label: nil, runs: runs, isTableRow: true))
        }

        while let token = tokenizer.next() {
            switch token {
            case let .start(name, attributes, selfClosing):
                if skipDepth > 0 {
                    if name == skipName, !selfClosing { skipDepth += 1 }
                    continue
                }
                // The most frequent tags first: a string switch compares in order.
                switch name {
                case "t" where inRun: inText = !selfClosing
                case "r":
                    inRun = !selfClosing
                    emphasis = []
                case "rPr" where inRun: inRunProperties = !selfClosing
                case "p":
                    stack.append(ParagraphBuilder())
                    if selfClosing { finishParagraph() }
                case "pPr": inParagraphProperties = !selfClosing
                case "numId" where inParagraphProperties && !inRun:
                    if !stack.isEmpty { stack[stack.count - 1].numID = attributes["val"] }
                case "ilvl" where inParagraphProperties && !inRun:
                    if !stack.isEmpty { stack[stack.count - 1].level = attributes["val"].flatMap { Int($0) } }
                case "pStyle" where inParagraphProperties:
                    if !stack.isEmpty { stack[stack.count - 1].styleID = attributes["val"] }
                case "rStyle" where inRunProperties:
                    emphasis.formUnion(attributes["val"].map(styles.emphasis(of:)) ?? [])
                case "tab" where inRun && !inRunProperties: append("\t")
                case "br" where inRun, "cr" where inRun: append("\n")
                case "noBreakHyphen" where inRun: append("-")
                case "sym" where inRun: append(DocxDocument.symbol(attributes["char"], font: attributes["font"]))
                case "hyperlink": if !selfClosing { hyperlinkDepth += 1 }
                case "tbl": tables.append(TableBuilder())
                case "tr": if !tables.isEmpty { tables[tables.count - 1].cells = [] }
                case "tc": if !tables.isEmpty { tables[tables.count - 1].cell = [] }
                case "del", "delText", "instrText", "Fallback", "footnoteReference", "endnoteReference",
                     "commentReference", "sdtPr", "pPrChange", "rPrChange", "moveFrom":
                    if !selfClosing { skipDepth = 1; skipName = name }
                default:
                    if inRunProperties { emphasis.apply(name, attributes) }
                }
            case let .end(name):
                if skipDepth > 0 {
                    if name == skipName { skipDepth -= 1 }
                    continue
                }
                switch name {
                case "p": finishParagraph()
                case "pPr": inParagraphProperties = false
                case "hyperlink": hyperlinkDepth = max(0, hyperlinkDepth - 1)
                case "r": inRun = false; inText = false; inRunProperties = false
                case "rPr": inRunProperties = false
                case "t": inText = false
                case "tc":
                    if !tables.isEmpty { tables[tables.count - 1].cells.append(tables[tables.count - 1].cell) }
                case "tr":
                    // Rows are emitted when the table closes (a nested table's rows land in the outer cell).
                    if !tables.isEmpty { tables[tables.count - 1].rows.append(tables[tables.count - 1].cells) }
                case "tbl":
                    if let table = tables.popLast() { for row in table.rows { finishRow(row) } }
                default: break
                }
            case let .text(text):
                if skipDepth == 0, inText { append(text) }
            }
        }
        while !stack.isEmpty { finishParagraph() }
    }

    /// The paragraph starts with its own list marker: `2.` `3、` `(1)` `（一）` `一、` `- ` `• `.
    static func hasOwnLabel(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
        guard let first = s.first else { return true }
        if "-•*·▪●○■□◆".unicodeScalars.contains(first) { return true }
        if "(（".unicodeScalars.contains(first) {
            var k = 1
            while k < s.count, k < 4, ScalarClass.isDigit(s[k]) || "一二三四五六七八九十".unicodeScalars.contains(s[k]) { k += 1 }
            return k > 1 && k < s.count && ")）".unicodeScalars.contains(s[k])
        }
        var k = 0
        while k < s.count, ScalarClass.isDigit(s[k]) || "一二三四五六七八九十".unicodeScalars.contains(s[k]) { k += 1 }
        guard k > 0, k < 4, k < s.count, ".．、)）".unicodeScalars.contains(s[k]) else { return false }
        // `2.5G …` is a number in the text, not a list label.
        return k + 1 >= s.count || !ScalarClass.isDigit(s[k + 1])
    }

    /// Check marks drawn with symbol fonts (Wingdings) in true/false items; other symbols are dropped.
    static func symbol(_ code: String?, font: String?) -> String {
        guard let code, let value = Int(code, radix: 16) else { return "" }
        let low = value & 0xFF
        if (font ?? "").lowercased().hasPrefix("wingdings") {
            switch low {
            case 0xFC: return "√"
            case 0xFB: return "×"
            case 0xFE: return "☑"
            case 0xFD: return "☒"
            case 0xA8, 0x6F: return "□"
            default: return ""
            }
        }
        if value >= 0x20, value < 0xF000, let scalar = Unicode.Scalar(value) { return String(scalar) }
        return ""
    }
}

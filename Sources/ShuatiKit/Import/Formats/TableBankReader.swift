import Foundation

/// A 题库 template table (from a .csv/.tsv file or a spreadsheet's rows) read as items: a header row naming the
/// columns (see `TableTemplateHeader`), then one item per row.
public enum TableBankReader {
    /// How many leading rows may come before the header (a title row, an instructions row).
    static let headerSearchRows = 10

    /// Whether `rows` hold a template header within their first rows.
    public static func recognizes(_ rows: [[String]]) -> Bool {
        rows.prefix(headerSearchRows).contains { TableTemplateHeader($0) != nil }
    }

    /// The items of a template table whose rows are numbered from 1 (a spreadsheet's row numbers name them in
    /// warnings). Rows before the header are ignored; with no header at all, the result is one error diagnostic.
    public static func read(rows: [[String]], file: String) -> ImportResult {
        read(rows.enumerated().map { DelimitedText.Row(line: $0.offset + 1, fields: $0.element) }, file: file)
            ?? ImportResult(items: [], warnings: [Diagnostic(file: file, line: 1, severity: .error, message: noHeader)])
    }

    static let noHeader = "no header row naming the columns (题型, 题干, 选项A…, 答案 or type, question, optionA…, answer)"

    /// The items of a workbook's template sheets, in sheet order; nil when no sheet has a template header. With
    /// several sheets, warnings name the sheet (`bank.xlsx[判断题]:12:`), and a sheet's name is the section of its
    /// rows that name none, and their type when the sheet has no type column (`单选题`, `判断题`).
    static func read(sheets: [XlsxReader.Sheet], file: String) -> ImportResult? {
        var items: [Question] = []
        var warnings: [Diagnostic] = []
        var found = false
        for sheet in sheets where recognizes(sheet.rows.prefix(headerSearchRows).map(\.cells)) {
            let named = sheets.count > 1 ? sheet.name : nil
            let rows = sheet.rows.map { DelimitedText.Row(line: $0.line, fields: $0.cells) }
            guard let result = read(rows, file: named.map { "\(file)[\($0)]" } ?? file, sheet: named) else { continue }
            found = true
            items += result.items
            warnings += result.warnings
        }
        return found ? ImportResult(items: items, warnings: warnings) : nil
    }

    /// The items of rows that carry their own line numbers; nil when no header is found.
    static func read(_ rows: [DelimitedText.Row], file: String, sheet: String? = nil) -> ImportResult? {
        guard let headerAt = rows.prefix(headerSearchRows).firstIndex(where: { TableTemplateHeader($0.fields) != nil }),
              let header = TableTemplateHeader(rows[headerAt].fields) else { return nil }
        var items: [Question] = []
        var warnings: [Diagnostic] = []
        for row in rows[(headerAt + 1)...] {
            let (item, messages) = self.item(row.fields, header: header, file: file, line: row.line, sheet: sheet)
            warnings += messages.map { Diagnostic(file: file, line: row.line, message: $0) }
            if let item { items.append(item) }
        }
        return ImportResult(items: items, warnings: warnings)
    }

    /// One row as an item (nil for a blank row or one without a stem), with what could not be read.
    static func item(_ fields: [String], header: TableTemplateHeader, file: String, line: Int, sheet: String? = nil) -> (Question?, [String]) {
        func cell(_ column: TableTemplateHeader.Column) -> String {
            guard let i = header.columns[column], i < fields.count else { return "" }
            return fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { return (nil, []) }
        let stem = cell(.stem)
        guard !stem.isEmpty else { return (nil, ["row has no question text (题干); skipped"]) }
        var messages: [String] = []
        var options: [Option] = []
        for (letter, index) in header.optionColumns where index < fields.count {
            let text = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { options.append(Option(letter: letter, text: text)) }
        }
        if options.isEmpty, !cell(.options).isEmpty { options = splitOptions(cell(.options)) }
        // A sheet named for a type (`判断题`) types its rows when they have no type column.
        let typeCell = header.columns[.type] == nil ? (sheet.flatMap(sheetType) ?? "") : cell(.type)
        let named = typeCell.isEmpty ? nil : StructuredFields.type(named: typeCell)
        if !typeCell.isEmpty && named == nil {
            messages.append("unknown question type \"\(typeCell)\"; read from the row's content")
        }
        var type = named?.0 ?? StructuredFields.inferType(stem: stem, options: options.isEmpty ? nil : options, key: cell(.answer))
        // A 单选 row whose key names several options is a multiple-choice item mislabelled.
        if type == .singleChoice, let letters = StructuredFields.letters(cell(.answer)), letters.count > 1 { type = .multipleChoice }
        if type.isChoice && options.count < 2 {
            messages.append("\(type == .singleChoice ? "single" : "multiple")-choice item has \(options.count) option(s)")
        }
        let keptOptions: [Option]? = (type.isChoice || type == .trueFalse) && !options.isEmpty ? options : nil
        let (answer, problem) = StructuredFields.answer(cell(.answer), type: type, stem: stem, options: keptOptions)
        if let problem { messages.append(problem) }
        let explanation = cell(.explanation)
        let section = cell(.section).isEmpty ? sheet ?? "" : cell(.section)
        let question = Question(type: type, kind: named?.1, section: section, stem: stem, options: keptOptions,
                                answer: answer, explanation: explanation.isEmpty ? nil : explanation,
                                source: SourceLocation(file: file, line: line))
        return (question, messages)
    }

    /// The type a sheet's name gives (`单选题`, `判断`), as a type cell would say it; nil for other names.
    private static func sheetType(_ name: String) -> String? {
        StructuredFields.type(named: name) != nil ? name : nil
    }

    /// One cell holding every option: `A.甲|B.乙`, one per line, or `A.甲 B.乙 C.丙` run together.
    static func splitOptions(_ cell: String) -> [Option] {
        var parts: [String]
        if cell.contains("|") {
            parts = cell.split(separator: "|").map(String.init)
        } else if cell.contains("\n") {
            parts = cell.split(separator: "\n").map(String.init)
        } else {
            parts = splitAtLetters(cell)
        }
        parts = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.enumerated().map { i, part in
            let letter = StructuredFields.letter(i)
            return Option(letter: letter, text: strippingLetter(part, letter))
        }
    }

    /// `A.甲 B.乙 C.丙` cut before each next letter in sequence followed by `.`, `、`, `)`, `:`.
    static func splitAtLetters(_ s: String) -> [String] {
        let scalars = Array(s.unicodeScalars)
        let folded = scalars.map(halfWidth)
        var cuts: [Int] = []
        var expected = 0
        for i in scalars.indices where i + 1 < scalars.count {
            let letter = Unicode.Scalar(UInt8(65 + min(expected, 25)))
            guard folded[i] == letter, ".、):".unicodeScalars.contains(folded[i + 1]),
                  i == 0 || " \t;,，；".unicodeScalars.contains(folded[i - 1]) else { continue }
            cuts.append(i)
            expected += 1
        }
        guard cuts.first == 0, cuts.count >= 2 else { return [s] }
        return cuts.indices.map { k in
            let end = k + 1 < cuts.count ? cuts[k + 1] : scalars.count
            return String(String.UnicodeScalarView(scalars[cuts[k]..<end])).trimmingCharacters(in: CharacterSet(charactersIn: " \t;,，；"))
        }
    }

    /// The option text without its leading `A.` / `A、` / `A)` / `A:` (full-width too) when it has one.
    static func strippingLetter(_ part: String, _ letter: String) -> String {
        let scalars = Array(part.unicodeScalars)
        guard letter.unicodeScalars.count == 1, scalars.count > 2, halfWidth(scalars[0]) == letter.unicodeScalars.first!,
              ".、):".unicodeScalars.contains(halfWidth(scalars[1])) else { return part }
        return String(String.UnicodeScalarView(scalars[2...])).trimmingCharacters(in: .whitespaces)
    }

    /// Full-width ASCII (`Ａ`, `．`, `）`, `：`) as its ASCII form; other scalars unchanged.
    static func halfWidth(_ c: Unicode.Scalar) -> Unicode.Scalar {
        (0xFF01...0xFF5E).contains(c.value) ? Unicode.Scalar(c.value - 0xFEE0)! : c
    }
}

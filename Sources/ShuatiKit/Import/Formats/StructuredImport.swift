import Foundation

/// Why a file detected as a structured format could not be read as that format at all.
enum StructuredImportError: Error, CustomStringConvertible, Equatable {
    case notTheFormat(file: String, line: Int, reason: String)

    var description: String {
        switch self {
        case let .notTheFormat(file, line, reason): return "\(file):\(line): error: \(reason)"
        }
    }
}

/// Formats that already hold items (spreadsheets, GIFT, Aiken, Moodle XML, Anki text, shuati JSON).
enum StructuredImport {
    /// The items of a structured file; nil when `kind` is not a structured format.
    static func read(_ data: Data, kind: InputKind, file: String) throws -> ImportResult? {
        do {
            switch kind {
            case .shuatiJSON: return try ShuatiJSONReader.read(data, file: file)
            case .csv: return try CSVBankReader.read(try TextDecoder.decode(data, file: file), file: file)
            case .aiken: return try AikenReader.read(try TextDecoder.decode(data, file: file), file: file)
            case .gift: return try GIFTReader.read(try TextDecoder.decode(data, file: file), file: file)
            case .moodleXML: return try MoodleXMLReader.read(data, file: file)
            case .ankiText: return try AnkiTextReader.read(try TextDecoder.decode(data, file: file), file: file)
            case .xlsx:
                // 题库 template sheets (every sheet that has the header); any other workbook is read as lines of cells
                // by OfficeReader.
                return TableBankReader.read(sheets: try XlsxReader.sheets(from: data, file: file), file: file)
            default: return nil
            }
        } catch let error as StructuredImportError {
            // ImportError is what the importer's callers report as one line and exit 1 on.
            guard case let .notTheFormat(file, line, reason) = error else { throw error }
            throw ImportError.unreadable(file: "\(file):\(line)", reason: reason)
        }
    }
}

/// A .csv/.tsv 题库 template: the separator is read from the header line, then `TableBankReader` reads the rows.
enum CSVBankReader {
    static func read(_ text: String, file: String) throws -> ImportResult {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard let separator = separator(text) else {
            throw StructuredImportError.notTheFormat(file: file, line: 1, reason: TableBankReader.noHeader)
        }
        let rows = DelimitedText.rows(text, separator: separator)
        guard let result = TableBankReader.read(rows, file: file) else {
            throw StructuredImportError.notTheFormat(file: file, line: 1, reason: TableBankReader.noHeader)
        }
        return result
    }

    /// The separator of the first line within the first few that spells a template header.
    static func separator(_ text: String) -> Unicode.Scalar? {
        for line in text.split(separator: "\n", maxSplits: TableBankReader.headerSearchRows, omittingEmptySubsequences: true)
            .prefix(TableBankReader.headerSearchRows) {
            guard let separator = DelimitedText.separator(of: line) else { continue }
            let cells = DelimitedText.rows(String(line), separator: separator).first?.fields ?? []
            if TableTemplateHeader(cells) != nil { return separator }
        }
        return nil
    }
}

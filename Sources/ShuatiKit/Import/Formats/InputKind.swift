import Foundation

/// What a file to import holds, judged from its bytes first and its name second.
public enum InputKind: String, Sendable, CaseIterable {
    case text, markdown, html, docx, xlsx, pdf, doc, csv, gift, aiken
    case moodleXML = "moodle-xml"
    case ankiText = "anki"
    case shuatiJSON = "json"

    /// Detects the kind of `data` (named `file`): container signatures, then what the text looks like (markup,
    /// JSON, Anki headers, a 题库 header row, GIFT, Aiken), then the extension. A plain exam document is `.text`.
    public static func detect(_ data: Data, file: String) -> InputKind {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return ZipArchive.officeKind(data, file: file)
        }
        if head.starts(with: Array("%PDF".utf8)) { return .pdf }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .doc }
        let ext = (file as NSString).pathExtension.lowercased()
        if let text = InputKindSniffer.leadingText(data), let kind = InputKindSniffer.kind(of: text, extension: ext) {
            return kind
        }
        switch ext {
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "csv", "tsv": return .csv
        case "gift": return .gift
        case "xml": return .moodleXML
        case "json": return .shuatiJSON
        default: return .text
        }
    }
}

import Foundation

/// What a file to import holds, judged from its bytes first and its name second.
public enum InputKind: String, Sendable, CaseIterable {
    case text, markdown, html, docx, xlsx, pdf, doc, csv, gift, aiken
    case moodleXML = "moodle-xml"
    case ankiText = "anki"
    case shuatiJSON = "json"

    /// Detects the kind of `data` (named `file`): container and markup signatures first, then the extension.
    public static func detect(_ data: Data, file: String) -> InputKind {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return ZipArchive.officeKind(data, file: file)
        }
        if head.starts(with: Array("%PDF".utf8)) { return .pdf }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .doc }
        switch (file as NSString).pathExtension.lowercased() {
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return .text
        }
    }
}

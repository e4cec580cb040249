/// The formats a paper or a whole bank can be written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case html
    case gift
    case aiken
    case moodleXML = "moodle-xml"
    case anki
    case json
    case csv

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .gift: return "gift.txt"
        case .aiken: return "aiken.txt"
        case .moodleXML: return "xml"
        case .anki: return "anki.txt"
        case .json: return "json"
        case .csv: return "csv"
        }
    }

    /// Reads a `--format` value: the raw names plus `markdown`, `xml`, `moodle`.
    public init?(name: String) {
        let n = name.lowercased()
        if let f = ExportFormat(rawValue: n) { self = f; return }
        switch n {
        case "markdown": self = .markdown
        case "xml", "moodle", "moodlexml", "moodle_xml": self = .moodleXML
        case "htm": self = .html
        default: return nil
        }
    }
}

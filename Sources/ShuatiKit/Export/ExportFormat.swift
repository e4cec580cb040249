/// The formats a paper or a whole bank can be written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case html
    case gift
    case aiken
    case moodleXML = "moodle-xml"
    case anki
    case json
}

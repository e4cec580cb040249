import Foundation

/// Formats that already hold items (spreadsheets, GIFT, Aiken, Moodle XML, Anki text, shuati JSON).
enum StructuredImport {
    /// The items of a structured file; nil when `kind` is not a structured format.
    static func read(_ data: Data, kind: InputKind, file: String) throws -> ImportResult? { nil }
}

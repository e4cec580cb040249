import Foundation

/// Word, PDF and legacy Office files turned into the plain text the document parser reads.
enum OfficeReader {
    /// The text of a .docx (or .pdf/.doc through an installed converter), one paragraph a line.
    static func text(from data: Data, kind: InputKind, file: String) throws -> String {
        throw ImportError.binary(file: file)
    }
}

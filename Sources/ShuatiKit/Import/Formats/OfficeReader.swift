import Foundation

/// Word, PDF and legacy Office files turned into the plain text the document parser reads.
enum OfficeReader {
    /// The text of a .docx (or .pdf/.doc through an installed converter), one paragraph a line.
    static func text(from data: Data, kind: InputKind, file: String) throws -> String {
        switch kind {
        case .docx:
            do {
                return try DocxReader.text(from: [UInt8](data))
            } catch let error as ZipError {
                throw ImportError.unreadable(file: file, reason: error.description)
            }
        default:
            throw ImportError.binary(file: file)
        }
    }
}

/// Turns Word paragraphs into text lines, writing answers that the document marks only by formatting
/// (an underlined, bold, red or highlighted option or blank) in a form the document parser reads as a key.
enum DocxKeyEvidence {
    /// One line per paragraph (a paragraph with line breaks gives several).
    static func lines(_ paragraphs: [DocxParagraph]) -> [String] {
        paragraphs.map { ($0.label ?? "") + $0.text }
    }
}

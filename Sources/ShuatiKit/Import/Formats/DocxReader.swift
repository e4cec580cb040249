/// A Word document (.docx) turned into the plain text the document parser reads.
enum DocxReader {
    /// The text of the .docx `bytes`: one paragraph a line, list labels written out, table rows as tab-separated
    /// cells, and answers marked by formatting written as keys (`DocxKeyEvidence`).
    static func text(from bytes: [UInt8]) throws -> String {
        let archive = try ZipArchive(bytes)
        guard let main = try archive.contents(of: mainDocumentName(archive)) else {
            throw ZipError.missingEntry("word/document.xml (is this a Word document?)")
        }
        let numbering = try archive.contents(of: "word/numbering.xml").map(DocxNumbering.init(xml:)) ?? DocxNumbering()
        let styles = try archive.contents(of: "word/styles.xml").map(DocxStyles.init(xml:)) ?? DocxStyles()
        let document = DocxDocument(xml: main, numbering: numbering, styles: styles)
        return DocxKeyEvidence.lines(document.paragraphs).joined(separator: "\n") + "\n"
    }

    /// The main document part: word/document.xml, or the part [Content_Types].xml names as the main document
    /// (some writers use other names, e.g. word/document2.xml).
    static func mainDocumentName(_ archive: ZipArchive) throws -> String {
        if archive.entry(named: "word/document.xml") != nil { return "word/document.xml" }
        if let types = try archive.contents(of: "[Content_Types].xml") {
            var tokenizer = OfficeXMLTokenizer(types)
            while let token = tokenizer.next() {
                if case let .start("Override", attributes, _) = token,
                   let type = attributes["ContentType"], type.contains("wordprocessingml.document.main"),
                   let part = attributes["PartName"] {
                    return String(part.drop { $0 == "/" })
                }
            }
        }
        return "word/document.xml"
    }
}

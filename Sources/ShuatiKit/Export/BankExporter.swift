/// Writes a list of items in an export format (a whole bank, the wrong-answer notebook, …).
public enum BankExporter {
    /// Renders `items` under `title` in `format`.
    public static func render(_ items: [Question], format: ExportFormat, title: String) throws -> String {
        export(Paper(title: title, questions: items), format: format).text
    }

    /// Renders a paper (a mock exam or a plain list) in `format`, with the items the format had to leave out.
    public static func export(_ paper: Paper, format: ExportFormat) -> RenderedExport {
        switch format {
        case .markdown: return MarkdownRenderer.render(paper)
        case .html: return HTMLRenderer.render(paper)
        case .gift: return GIFTRenderer.render(paper)
        case .aiken: return AikenRenderer.render(paper)
        case .moodleXML: return MoodleXMLRenderer.render(paper)
        case .anki: return AnkiRenderer.render(paper)
        case .json: return JSONRenderer.render(paper)
        case .csv: return CSVRenderer.render(paper)
        }
    }
}

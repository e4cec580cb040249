/// Writes a list of items in an export format (a whole bank, the wrong-answer notebook, …).
/// PLACEHOLDER (issue 5 replaces the body); the signature is the contract.
public enum BankExporter {
    /// Renders `items` under `title` in `format`.
    public static func render(_ items: [Question], format: ExportFormat, title: String) throws -> String {
        ""
    }
}

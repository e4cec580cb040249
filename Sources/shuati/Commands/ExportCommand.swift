/// `shuati export`. PLACEHOLDER: its issue replaces this file.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = (en: "Export a bank (md, html, gift, aiken, moodle-xml, anki, json)", zh: "导出题库")
    static let usage = "usage: shuati export"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("'export' is not built yet")
    }
}

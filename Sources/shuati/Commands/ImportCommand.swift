/// `shuati import`. PLACEHOLDER: its issue replaces this file.
enum ImportCommand: Command {
    static let name = "import"
    static let summary = (en: "Read exam documents into a question bank", zh: "把试题文档导入题库")
    static let usage = "usage: shuati import"

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        throw CLIError.failure("'import' is not built yet")
    }
}

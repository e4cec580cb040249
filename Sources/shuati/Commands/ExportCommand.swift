import Foundation
import ShuatiKit

/// `shuati export [BANK…] --format F [-o FILE]`: a whole bank in one of the export formats.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = (en: "Export a bank (md, html, gift, aiken, moodle-xml, anki, json, csv)", zh: "导出题库（md、html、gift、aiken、moodle-xml、anki、json、csv）")
    static let options: [OptionSpec] = [
        OptionSpec("--format", "FORMAT", alias: "-f", en: "md, html, gift, aiken, moodle-xml, anki, json or csv", zh: "md、html、gift、aiken、moodle-xml、anki、json 或 csv"),
        OptionSpec("--output", "FILE", alias: "-o", en: "write to FILE instead of standard output (.md/.html/.xml/.gift/.json/.csv imply --format)",
                   zh: "写入 FILE 而不是标准输出（.md/.html/.xml/.gift/.json/.csv 决定格式）"),
        OptionSpec("--title", "TEXT", en: "title (and Anki deck / Moodle category name); default the bank's name",
                   zh: "标题（也是 Anki 牌组 / Moodle 类别名）；默认为题库名"),
        OptionSpec("--section", "TEXT", en: "only items whose section contains TEXT (repeatable)", zh: "只导出章节名包含 TEXT 的题（可重复）"),
    ]
    static let helpText = CommandHelp(
        synopsis: ["shuati export [BANK...] --format FORMAT [-o FILE] [--title TEXT] [--section TEXT]"], options: options,
        notes: (en: "Items a format cannot hold (e.g. non-single-choice items in Aiken) are listed on stderr.",
                zh: "格式容纳不了的题（如 Aiken 中的非单选题）会在标准错误中列出。"))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(options))
        let format = try ExportWriter.format(args, context: context)
        let library = BankLibrary(context: context, dataDirectory: context.dataDirectory(args))
        let bank = try library.load(names: args.positionals, context: context)
        var items = bank.items
        let sections = args.all("--section")
        if !sections.isEmpty { items = items.filter { q in sections.contains { q.section.contains($0) } } }
        guard !items.isEmpty else { throw CLIError.failure(context.tr("nothing to export: no items", "没有可导出的题目")) }
        let paper = Paper(title: args.value("--title") ?? PaperOptions.displayName(args.positionals, bank: bank), questions: items)
        try ExportWriter.write(BankExporter.export(paper, format: format), format: format, output: args.value("--output"), context: context)
        return 0
    }
}

import Foundation
import ShuatiKit

/// `shuati export [BANK…] --format F [-o FILE]`: a whole bank in one of the export formats.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = (en: "Export a bank (md, html, gift, aiken, moodle-xml, anki, json, csv)", zh: "导出题库（md、html、gift、aiken、moodle-xml、anki、json、csv）")
    static let usage = """
    usage: shuati export [BANK...] --format FORMAT [-o FILE] [--title TEXT] [--section TEXT]
      --format FORMAT   md, html, gift, aiken, moodle-xml, anki, json or csv
      -o, --output FILE write to FILE instead of standard output (.md/.html/.xml/.gift/.json/.csv imply --format)
      --title TEXT      title (and Anki deck / Moodle category name); default the bank's name
      --section TEXT    only items whose section contains TEXT (repeatable)
    Items a format cannot hold (e.g. non-single-choice items in Aiken) are listed on stderr.
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(valued: ["--format", "--output", "--title", "--section"],
                                                                     aliases: ["-o": "--output", "-f": "--format"]))
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

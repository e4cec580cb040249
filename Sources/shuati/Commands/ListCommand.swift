import ShuatiKit

/// `shuati list [BANK…] [--section S] [--type T]`: one line per item, grouped by section.
enum ListCommand: Command {
    static let name = "list"
    static let summary = (en: "List the items of the banks", zh: "列出题库中的题目")
    static let usage = """
        usage: shuati list [BANK...] [--section S] [--type T]
          --section S  only sections whose name contains S
          --type T     single_choice, multiple_choice, true_false, fill_blank or short_answer
        """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(valued: ["--section", "--type"]))
        let bank = try BankLibrary(context: context, dataDirectory: context.dataDirectory(args))
            .load(names: args.positionals, context: context)
        let items = try ItemFilter(args).apply(bank.items)
        var lastSection: String?
        for item in items {
            if item.section != lastSection {
                if lastSection != nil { context.print() }
                context.print(context.style.bold(item.section.isEmpty ? context.tr("(no section)", "（无章节）") : item.section))
                lastSection = item.section
            }
            let key = item.answer == nil ? context.style.dim(context.tr("no key", "无答案")) : ""
            let line = "  " + context.style.dim(String(item.id.prefix(8))) + "  "
                + DisplayWidth.padded(TypeNames.short(item.type, context), to: 5) + " "
                + DisplayWidth.truncated(item.stem, to: 60) + (key.isEmpty ? "" : "  " + key)
            context.print(line)
        }
        context.print()
        context.print(context.tr("\(items.count) items", "共 \(items.count) 题"))
        return 0
    }
}

/// `--section` / `--type` filtering shared by list, drill, exam and export.
struct ItemFilter {
    var section: String?
    var type: QuestionType?

    init(_ args: ParsedArguments) throws {
        section = args.value("--section")
        if let t = args.value("--type") {
            guard let parsed = QuestionType(rawValue: t) else {
                throw ArgumentError.badValue(option: "--type", value: t,
                                             expected: QuestionType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            type = parsed
        }
    }

    func apply(_ items: [Question]) -> [Question] {
        items.filter { item in
            (section.map { item.section.contains($0) } ?? true) && (type.map { item.type == $0 } ?? true)
        }
    }
}

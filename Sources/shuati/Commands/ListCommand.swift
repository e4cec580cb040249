import ShuatiKit

/// `shuati list [BANK…] [--section S] [--type T]`: one line per item, grouped by section.
enum ListCommand: Command {
    static let name = "list"
    static let summary = (en: "List the items of the banks", zh: "列出题库中的题目")
    static let options = [SharedOptions.section, SharedOptions.type]
    static let helpText = CommandHelp(synopsis: ["shuati list [BANK...] [--section S] [--type T]"], options: options)
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(options))
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
            guard let parsed = Blueprint.typeNamed(t) else {
                throw ArgumentError.badValue(option: "--type", value: t, expected: TypeNames.helpList(chinese: false))
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

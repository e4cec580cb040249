import ShuatiKit

/// `shuati show ID`: one item with its options, answer and source.
enum ShowCommand: Command {
    static let name = "show"
    static let summary = (en: "Show one item with its answer", zh: "显示一道题及答案")
    static let helpText = CommandHelp(synopsis: ["shuati show ID [BANK...]"], options: [],
                                      notes: (en: "ID may be a unique prefix of the item's id.", zh: "ID 可以是题目编号的唯一前缀。"))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec())
        guard let id = args.positionals.first else { throw ArgumentError.missing("ID") }
        let bank = try BankLibrary(context: context, dataDirectory: context.dataDirectory(args))
            .load(names: Array(args.positionals.dropFirst()), context: context)
        guard let item = bank.item(id) else {
            throw CLIError.failure(context.tr("no item with id '\(id)' (or the prefix is not unique)",
                                              "没有 id 为 '\(id)' 的题目（或前缀不唯一）"))
        }
        context.print(ItemRenderer(context: context).render(item, showAnswer: true, width: 80).joined(separator: "\n"))
        return 0
    }
}

/// Renders an item as terminal lines (used by show, drill and exam).
struct ItemRenderer {
    let context: CommandContext

    func render(_ item: Question, showAnswer: Bool, width: Int) -> [String] {
        var lines: [String] = []
        let header = "[\(TypeNames.name(item.type, context))] " + (item.section.isEmpty ? "" : item.section)
        lines.append(context.style.dim(DisplayWidth.truncated(header, to: width)))
        lines += DisplayWidth.wrap(item.stem, to: width).map { context.style.bold($0) }
        for option in item.options ?? [] {
            lines += DisplayWidth.wrap("\(option.letter). \(option.text)", to: width - 2).map { "  " + $0 }
        }
        if showAnswer {
            lines.append("")
            if let answer = item.answer {
                let label = context.tr("Answer: ", "答案：")
                lines += DisplayWidth.wrap(label + answer.display(chinese: context.language == .chinese), to: width)
                    .map { context.style.green($0) }
            } else {
                lines.append(context.style.yellow(context.tr("No answer key in the source document.", "原文档没有给出答案。")))
            }
            if let explanation = item.explanation {
                lines += DisplayWidth.wrap(context.tr("Explanation: ", "解析：") + explanation, to: width)
            }
            lines.append(context.style.dim("\(item.source.file):\(item.source.line)  id \(item.id)"))
        }
        return lines
    }
}

import Foundation
import ShuatiKit

/// `shuati wrong`: the wrong-answer notebook (错题本).
enum WrongCommand: Command {
    static let name = "wrong"
    static let summary = (en: "The wrong-answer notebook", zh: "错题本")
    static let options: [OptionSpec] = [
        OptionSpec("--format", "F", en: "(export) md, html, gift, aiken, moodle-xml, anki or json", zh: "（export）md、html、gift、aiken、moodle-xml、anki 或 json"),
        SharedOptions.output, SharedOptions.title,
    ]
    static let helpText = CommandHelp(
        synopsis: ["shuati wrong [list] [BANK...]", "shuati wrong clear ID...", "shuati wrong export --format F [-o FILE] [BANK...]"],
        options: options,
        notes: (en: """
            'clear' takes items out (recorded in the log, history kept). An item stays in the notebook until it is
            answered right twice in a row; 少选 (some right letters missing) counts as wrong. Drill it with
            'shuati drill --mode wrong'.
            """, zh: """
            'clear' 把题移出错题本（记入日志，历史保留）。一道题连续答对两次才会移出；少选算错。
            用 'shuati drill --mode wrong' 练错题。
            """))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var rest = arguments
        let sub = ["list", "clear", "export"].contains(rest.first ?? "") ? rest.removeFirst() : "list"
        let args = try ParsedArguments(rest, spec: ArgumentSpec(options))
        let dataDir = context.dataDirectory(args)
        let log = ReviewLog(url: DataDirectory.reviewLog(in: dataDir))
        let history = try log.load()
        context.printWarnings(history.warnings)
        let entries = WrongNotebook.entries(history.events)
        switch sub {
        case "clear":
            guard !args.positionals.isEmpty else { throw ArgumentError.missing("ID") }
            let bank = try BankSources.load([], context: context, dataDirectory: dataDir)
            var events: [ReviewEvent] = []
            for prefix in args.positionals {
                guard let entry = entries.first(where: { $0.item.hasPrefix(prefix) }) else {
                    throw CLIError.failure(context.tr("'\(prefix)' is not in the wrong-answer notebook", "'\(prefix)' 不在错题本中"))
                }
                events.append(ReviewEvent(ts: context.clock.now, item: entry.item, rating: 0, kind: .clear))
                let stem = bank.item(entry.item)?.stem ?? entry.item
                context.print(context.tr("cleared: ", "已移出：") + DisplayWidth.truncated(stem, to: 60))
            }
            try log.append(events)
            return 0
        default:
            let bank = try BankSources.load(args.positionals, context: context, dataDirectory: dataDir)
            // Items without a key are never wrong (self-ratings are not graded); any older entries stay out.
            let pairs = entries.compactMap { e in bank.item(e.item).map { (e, $0) } }.filter { $0.1.answer != nil }
            if sub == "export" {
                guard let formatName = args.value("--format"), let format = ExportFormat(rawValue: formatName) else {
                    throw ArgumentError.badValue(option: "--format", value: args.value("--format") ?? "", expected: ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
                }
                let text = try BankExporter.render(pairs.map(\.1), format: format, title: args.value("--title") ?? context.tr("Wrong-answer notebook", "错题本"))
                if let output = args.value("--output") {
                    try AtomicFile.write(text, to: URL(fileURLWithPath: output, relativeTo: context.currentDirectory))
                    context.printError(context.tr("wrote \(pairs.count) items to \(output)", "已写出 \(pairs.count) 题到 \(output)"))
                } else {
                    context.stdout.write(text.hasSuffix("\n") ? text : text + "\n")
                }
                return 0
            }
            if pairs.isEmpty {
                context.print(context.tr("The wrong-answer notebook is empty.", "错题本是空的。"))
                return 0
            }
            context.print(context.style.bold(context.tr("Wrong-answer notebook: \(pairs.count) items (newest first)", "错题本：共 \(pairs.count) 题（最新在前）")))
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .current
            let width = OutputWidth.current(context)
            let chinese = context.language == .chinese
            for (entry, item) in pairs {
                let p = calendar.dateComponents([.month, .day, .hour, .minute], from: entry.lastWrong)
                let when = String(format: "%02d-%02d %02d:%02d", p.month!, p.day!, p.hour!, p.minute!)
                context.print("")
                let header = "\(String(item.id.prefix(8)))  \(when)  \(TypeNames.name(item.type, context))  \(item.section)"
                context.print(context.style.dim(DisplayWidth.truncated(header, to: width)))
                for line in CJKLineBreaker.wrap(item.stem, to: width, firstPrefix: "  ") { context.print(line) }
                for option in item.options ?? [] {
                    for line in CJKLineBreaker.wrap(option.text, to: width, firstPrefix: "    \(option.letter). ", prefix: "       ") { context.print(line) }
                }
                // A wrong answer always has a given answer or was 不会 (shown answer): say which.
                let given = entry.given.flatMap { Answer(json: $0, type: item.type) }?.display(chinese: chinese)
                    ?? context.tr("(not known: answer shown)", "（不会，看了答案）")
                let key = item.answer?.display(chinese: chinese) ?? ""
                for line in CJKLineBreaker.wrap(given, to: width, firstPrefix: "  " + context.tr("you answered: ", "你的答案：")) {
                    context.print(context.style.red(line))
                }
                for line in CJKLineBreaker.wrap(key, to: width, firstPrefix: "  " + context.tr("right answer: ", "正确答案：")) {
                    context.print(context.style.green(line))
                }
                if entry.rightSince > 0 {
                    context.print("  " + context.style.dim(context.tr("right \(entry.rightSince) time since; once more to leave", "之后已答对 \(entry.rightSince) 次，再答对一次即移出")))
                }
            }
            return 0
        }
    }
}

import Foundation
import ShuatiKit

/// `shuati key ID ANSWER`: records the answer key of an item that has none (or corrects one) in the bank file the
/// item lives in. Ids hash type, stem and options, not the key, so the item keeps its id and its whole history.
enum KeyCommand: Command {
    static let name = "key"
    static let summary = (en: "Record the answer key of an item", zh: "为题目补充或修改答案")
    static let options: [OptionSpec] = [
        OptionSpec("--explanation", "TEXT", en: "also record an explanation", zh: "同时记录解析"),
    ]
    static let helpText = CommandHelp(
        synopsis: ["shuati key ID ANSWER [--explanation TEXT]"], options: options,
        notes: (en: """
            ID may be a unique prefix. ANSWER as you would type it in a drill: B, AC, 对, 甲;乙 (one per blank), or
            the reference text of a short answer. The item keeps its id, so its review history is kept.
            """, zh: """
            ID 可以是唯一前缀。ANSWER 与刷题时的输入相同：B、AC、对、甲;乙（每空一个），或简答题的参考答案。
            题目编号不变，学习记录保留。
            """))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(options))
        guard let prefix = args.positionals.first else { throw ArgumentError.missing("ID") }
        guard args.positionals.count >= 2 else { throw ArgumentError.missing("ANSWER") }
        let text = args.positionals.dropFirst().joined(separator: " ")
        let library = BankLibrary(context: context, dataDirectory: context.dataDirectory(args))
        for file in library.available() {
            guard let found = try BankLibrary.load(file.url).item(prefix) else { continue }
            guard let answer = Grader.parseResponse(text, for: found) else {
                throw CLIError.failure(context.tr("'\(text)' is not an answer for this \(TypeNames.name(found.type, context)) item",
                                                  "'\(text)' 不是这道\(TypeNames.name(found.type, context))的答案"))
            }
            guard FileManager.default.isWritableFile(atPath: file.url.path) else {
                throw CLIError.input(file: file.url.path, line: nil,
                                     message: context.tr("the bank file is read-only", "题库文件是只读的"))
            }
            try FileLock.withExclusiveLock(for: file.url) {
                let bank = try BankLibrary.load(file.url)  // reread under the lock: another process may have written
                let items = bank.items.map { item -> Question in
                    guard item.id == found.id else { return item }
                    var keyed = item
                    keyed.answer = answer
                    if let explanation = args.value("--explanation") { keyed.explanation = explanation }
                    return keyed
                }
                try BankStore.write(Bank(name: bank.name, items: items), to: file.url)
            }
            context.print(context.tr("key recorded for \(found.id.prefix(8)) in \(file.name): ", "已为 \(found.id.prefix(8)) 记录答案（题库 \(file.name)）：")
                          + answer.display(chinese: context.language == .chinese))
            return 0
        }
        throw CLIError.failure(context.tr("no item with id '\(prefix)' (or the prefix is not unique)",
                                          "没有 id 为 '\(prefix)' 的题目（或前缀不唯一）"))
    }
}

import Foundation
import ShuatiKit

/// `shuati import FILE… [--json] [--bank NAME]`: reads documents into items, reports every warning.
enum ImportCommand: Command {
    static let name = "import"
    static let summary = (en: "Read exam documents into a question bank", zh: "把试题文档导入题库")
    static let options: [OptionSpec] = [
        OptionSpec("--json", en: #"print {"items":[…],"warnings":[…]} instead of a summary"#, zh: #"输出 {"items":[…],"warnings":[…]} 而不是摘要"#),
        OptionSpec("--text", en: "print the text the question parser reads (from .docx, .html, .md, .pdf …) and stop",
                   zh: "输出题目解析器读到的文字（来自 .docx、.html、.md、.pdf 等）后结束"),
        OptionSpec("--bank", "NAME", en: "also save the items into the bank NAME in the data directory (merged, by id)",
                   zh: "同时把题目存入数据目录中的题库 NAME（按编号合并）"),
    ]
    static let helpText = CommandHelp(synopsis: ["shuati import FILE... [--json] [--bank NAME]", "shuati import FILE... --text"], options: options)
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(options))
        guard !args.positionals.isEmpty else { throw ArgumentError.missing("FILE") }
        if let name = args.value("--bank") { try BankName.validate(name) }
        if args.has("--text") {
            for path in args.positionals {
                let url = URL(fileURLWithPath: path, relativeTo: context.currentDirectory)
                let data = try FileContents.read(url, shownAs: path)
                guard let text = try DocumentImporter.text(data, file: path) else {
                    throw CLIError.input(file: path, line: nil, message: context.tr("a structured question file (its items are read directly, not as text)",
                                                                                   "结构化题库文件（直接读取题目，不经过文字解析）"))
                }
                context.print(ControlCharacters.visible(text, keepNewlines: true))
            }
            return 0
        }
        var items: [Question] = []
        var warnings: [Diagnostic] = []
        var empty: [String] = []
        var templates: [(String, ParseTemplate)] = []
        // Every document is read before anything is written: one bad file means nothing is saved.
        for path in args.positionals {
            let url = URL(fileURLWithPath: path, relativeTo: context.currentDirectory)
            let data = try FileContents.mapped(url, shownAs: path)
            guard data.contains(where: { $0 > 0x20 }) else {
                throw CLIError.input(file: path, line: nil, message: context.tr("empty file", "空文件"))
            }
            let result = try DocumentImporter.read(data, file: path)
            try FileContents.unchanged(url, count: data.count, shownAs: path)
            if result.items.isEmpty { empty.append(path) }
            items += result.items
            warnings += result.warnings
            templates.append((path, result.template))
        }
        guard !items.isEmpty else {
            throw CLIError.input(file: args.positionals[0], line: nil,
                                 message: context.tr("no questions found (is this an exam document?)", "没有找到题目（这是试题文档吗？）"))
        }
        let bank = Bank(name: args.value("--bank") ?? "import", items: items)
        if let name = args.value("--bank") {
            try BankStore.merge(bank.items, intoBankNamed: name, dataDirectory: context.dataDirectory(args))
        }
        for path in empty {
            context.printError(ControlCharacters.visible("\(path): warning: " + context.tr("no questions found", "没有找到题目"), keepNewlines: false))
        }
        if args.has("--json") {
            let json = JSONValue.object([("items", .array(bank.items.map(\.json))), ("warnings", .array(warnings.map(\.json)))])
            context.print(json.serialized())
        } else {
            for warning in warnings { context.printError(ControlCharacters.visible(warning.description, keepNewlines: false)) }
            context.print(ImportSummary.render(bank.items.map(\.withVisibleControls), warnings: warnings.count,
                                               savedTo: args.value("--bank"), context: context))
            // How each document was read: its numbering and where its keys were (the inferred template).
            for (path, template) in templates where !template.lines.isEmpty {
                context.print(context.tr("How \(path) was read:", "\(path) 的读法:"))
                for line in template.lines { context.print("  " + line) }
            }
        }
        return 0
    }
}

/// The human summary: items per type and per section, how many have answers.
enum ImportSummary {
    static func render(_ items: [Question], warnings: Int, savedTo bank: String?, context: CommandContext) -> String {
        var lines: [String] = []
        let answered = items.filter { $0.answer != nil }.count
        lines.append(context.tr("\(items.count) items, \(answered) with an answer key, \(warnings) warnings",
                                "共 \(items.count) 题，\(answered) 题有答案，\(warnings) 条警告"))
        lines.append("")
        for type in QuestionType.allCases {
            let ofType = items.filter { $0.type == type }
            guard !ofType.isEmpty else { continue }
            let withKey = ofType.filter { $0.answer != nil }.count
            lines.append("  " + DisplayWidth.padded(TypeNames.name(type, context), to: 16) + "\(ofType.count)  (\(withKey) " + context.tr("answered", "有答案") + ")")
        }
        lines.append("")
        var sections: [String] = []
        var counts: [String: Int] = [:]
        for item in items {
            if counts[item.section] == nil { sections.append(item.section) }
            counts[item.section, default: 0] += 1
        }
        for section in sections {
            let name = section.isEmpty ? context.tr("(no section)", "（无章节）") : section
            lines.append("  " + DisplayWidth.padded(DisplayWidth.truncatedKeepingEnd(name, to: 60), to: 62) + "\(counts[section]!)")
        }
        if let bank { lines.append(""); lines.append(context.tr("saved to bank '\(bank)'", "已保存到题库 '\(bank)'")) }
        return lines.joined(separator: "\n")
    }
}

/// Localised names of item types.
enum TypeNames {
    static func name(_ type: QuestionType, _ context: CommandContext) -> String {
        switch type {
        case .singleChoice: return context.tr("single choice", "单选题")
        case .multipleChoice: return context.tr("multiple choice", "多选题")
        case .trueFalse: return context.tr("true/false", "判断题")
        case .fillBlank: return context.tr("fill in blank", "填空题")
        case .shortAnswer: return context.tr("short answer", "简答题")
        }
    }

    /// A two-to-five column tag for lists.
    static func short(_ type: QuestionType, _ context: CommandContext) -> String {
        switch type {
        case .singleChoice: return context.tr("SC", "单选")
        case .multipleChoice: return context.tr("MC", "多选")
        case .trueFalse: return context.tr("TF", "判断")
        case .fillBlank: return context.tr("FB", "填空")
        case .shortAnswer: return context.tr("SA", "简答")
        }
    }

    /// `single_choice (单选), …` for help and error messages: every type in both languages.
    static func helpList(chinese: Bool) -> String {
        let zh: [QuestionType: String] = [.singleChoice: "单选", .multipleChoice: "多选", .trueFalse: "判断", .fillBlank: "填空", .shortAnswer: "简答"]
        return QuestionType.allCases.map { chinese ? "\(zh[$0]!) (\($0.rawValue))" : "\($0.rawValue) (\(zh[$0]!))" }
            .joined(separator: chinese ? "、" : ", ")
    }
}

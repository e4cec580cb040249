import Foundation
import ShuatiKit

/// The options `exam build` and `exam take` share, and building the paper from them.
enum PaperOptions {
    /// A bank's name for titles: file paths shortened to the file's base name.
    static func displayName(_ names: [String], bank: Bank) -> String {
        guard !names.isEmpty else { return bank.name }
        return names.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }.joined(separator: "+")
    }

    /// Loads the banks named in `args`, applies the section filter and the blueprint, and draws the paper.
    static func buildPaper(_ args: ParsedArguments, context: CommandContext, defaultMinutes: Int?) throws -> Paper {
        // Options are checked before anything is loaded or printed, so a mistake is the only line.
        let minutes = try args.int("--minutes", in: 1...1440) ?? defaultMinutes
        let count = try args.int("--count", in: 1...10_000) ?? 50
        let library = BankLibrary(context: context, dataDirectory: context.dataDirectory(args))
        let bank = try library.load(names: args.positionals, context: context)
        let bankName = PaperOptions.displayName(args.positionals, bank: bank)
        var questions = bank.items
        let sections = args.all("--section")
        if !sections.isEmpty {
            questions = questions.filter { q in sections.contains { q.section.contains($0) } }
            guard !questions.isEmpty else {
                throw CLIError.failure(context.tr("no items in sections matching \(sections.map { "'\($0)'" }.joined(separator: ", "))",
                                                  "没有章节匹配 \(sections.map { "'\($0)'" }.joined(separator: "、")) 的题目"))
            }
        }
        let blueprint: Blueprint
        if let spec = args.value("--blueprint") {
            do { blueprint = try Blueprint.parse(spec) } catch let error as BlueprintError {
                throw ArgumentError.badValue(option: "--blueprint", value: spec, expected: "a blueprint (\(error))")
            }
        } else {
            blueprint = Blueprint.proportional(to: questions, total: count)
        }
        let seed: UInt64
        if let text = args.value("--seed") {
            guard let s = UInt64(text) else {
                throw ArgumentError.badValue(option: "--seed", value: text, expected: "a whole number ≥ 0")
            }
            seed = s
        } else {
            seed = UInt64(context.clock.now.timeIntervalSince1970 * 1000) % 1_000_000
        }
        // The paper speaks its questions' language, whatever the interface language is.
        let chinesePaper = PaperLabels(for: Paper(title: "", questions: questions)).chinese
        let title = args.value("--title") ?? (chinesePaper ? "模拟考试：\(bankName)" : "Mock exam: \(bankName)")
        do {
            let paper = try MockExamBuilder.build(from: questions, blueprint: blueprint, seed: seed,
                                                  shuffleOptions: args.has("--shuffle-options"), title: title, minutes: minutes)
            // Said only once the paper exists, so a failure stays the only line.
            if args.value("--seed") == nil {
                context.printError(context.tr("seed \(seed) (use --seed \(seed) to get this paper again)",
                                              "试卷编号 \(seed)（用 --seed \(seed) 可再次生成同一份试卷）"))
            }
            return paper
        } catch let error as MockExamError {
            throw CLIError.failure("\(error)")
        } catch let error as BlueprintError {
            throw CLIError.failure("\(error)")
        }
    }
}

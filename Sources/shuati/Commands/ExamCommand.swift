import Foundation
import ShuatiKit

/// `shuati exam build …` writes a mock exam in any export format; `shuati exam take …` sits one in the terminal.
enum ExamCommand: Command {
    static let name = "exam"
    static let summary = (en: "Build or take a mock exam", zh: "组卷或模拟考试")
    static let buildOptions: [OptionSpec] = SharedOptions.paper + [
        OptionSpec("--format", "FORMAT", alias: "-f", en: "(build) md, html, gift, aiken, moodle-xml, anki, json or csv", zh: "（build）md、html、gift、aiken、moodle-xml、anki、json 或 csv"),
        OptionSpec("--output", "FILE", alias: "-o", en: "(build) write to FILE instead of standard output", zh: "（build）写入 FILE 而不是标准输出"),
    ]
    static let helpText = CommandHelp(
        synopsis: ["shuati exam build [BANK...] --format FORMAT [-o FILE] [paper options]",
                   "shuati exam take  [BANK...] [paper options]",
                   "shuati exam history [--json]"],
        options: buildOptions,
        notes: (en: """
            'exam take' is full-screen on a terminal; with piped stdin it reads one answer per line ('1 B', or answers in
            order; 'submit' or end of input hands in). Every answer goes to the review log with "mode":"exam".
            The score is out of 100 unless --blueprint gives the points. 'exam history' shows every paper's scores over time.
            """, zh: """
            'exam take' 在终端里全屏作答；管道输入时每行一个答案（'1 B'，或按顺序作答；'submit' 或输入结束即交卷）。
            每个答案都以 "mode":"exam" 记入学习记录。未用 --blueprint 指定分值时按百分制计分。
            'exam history' 显示每份试卷历次的成绩走势。
            """))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        guard let sub = arguments.first else { throw ArgumentError.missing("'build' or 'take'") }
        let rest = Array(arguments.dropFirst())
        switch sub {
        case "build": return try build(rest, context: context)
        case "take": return try take(rest, context: context)
        case "history": return try history(rest, context: context)
        default: throw ArgumentError.unexpected(sub)
        }
    }

    static func build(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(buildOptions))
        let format = try ExportWriter.format(args, context: context)
        let paper = try PaperOptions.buildPaper(args, context: context, defaultMinutes: nil)
        try ExportWriter.write(BankExporter.export(paper, format: format), format: format, output: args.value("--output"), context: context)
        return 0
    }

    static func take(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(SharedOptions.paper))
        let paper = try PaperOptions.buildPaper(args, context: context, defaultMinutes: 90)
        let started = context.clock.now
        let sheet: ExamSheet
        var elapsed: TimeInterval?
        var confirmed: [Int: [Bool]] = [:]
        if context.stdinIsTTY && context.stdoutIsTTY, let terminal = interactiveTerminal() {
            let screen = ExamScreen(paper: paper, terminal: terminal, now: { context.clock.now }, minutes: paper.minutes,
                                    chinese: context.language == .chinese)
            let outcome = try screen.run()
            if outcome == .abandoned {
                context.printError(context.tr("exam abandoned; nothing was recorded", "已放弃考试；未记录任何答案"))
                return 130
            }
            if outcome == .timeUp { context.print(context.tr("Time is up: the paper was handed in.", "时间到，已自动交卷。")) }
            sheet = screen.sheet
            elapsed = context.clock.now.timeIntervalSince(started)
            confirmed = try ExamReviewScreen(paper: paper, sheet: sheet, terminal: terminal, chinese: context.language == .chinese).run()
        } else {
            sheet = PipedExam(paper: paper, context: context).run { readLine(strippingNewline: true) }
        }
        let result = ExamScorer.score(paper, responses: sheet.responses, confirmed: sheet.confirmedPoints.merging(confirmed) { _, b in b })
        let log = ReviewLog(url: DataDirectory.reviewLog(in: context.dataDirectory(args)))
        let written = try ExamLogWriter.write(result, to: log, at: context.clock.now)
        context.print("")
        let width = context.stdoutIsTTY ? max(40, PosixTerminal().size.columns) : 80
        context.print(ScoreReport.render(result, context: context, elapsed: elapsed, width: width,
                                         outOf100: args.value("--blueprint") == nil))
        try ExamHistoryLog(url: ExamHistoryLog.url(in: context.dataDirectory(args))).append(ExamRecord(
            ts: context.clock.now, title: paper.title, seed: paper.seed, earned: result.earned, possible: result.possible,
            items: result.results.count, correct: result.correctCount, seconds: elapsed.map { Int($0.rounded()) }))
        context.print("")
        context.print(context.tr("\(written) answer(s) saved to the review log; wrong ones are in 'shuati wrong'.",
                                 "已把 \(written) 个答案写入学习记录；错题见 'shuati wrong'。"))
        return 0
    }

    /// `exam history`: each paper's attempts, oldest to newest, with the score out of 100 and a trend line.
    static func history(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec([SharedOptions.json]))
        let file = ExamHistoryLog(url: ExamHistoryLog.url(in: context.dataDirectory(args)))
        let (records, bad) = try file.load()
        for line in bad {
            context.printError("\(file.url.path):\(line): warning: " + context.tr("not an exam record; skipped", "不是考试记录，已跳过"))
        }
        let trends = ExamHistoryLog.trends(records)
        if args.has("--json") {
            context.print(JSONValue.object([("papers", .array(trends.map { t in
                .object([("title", .string(t.title)), ("attempts", .array(t.attempts.map(\.json)))])
            }))]).serialized())
            return 0
        }
        guard !trends.isEmpty else {
            context.print(context.tr("No exam handed in yet: try 'shuati exam take'.", "还没有交过卷：试试 'shuati exam take'。"))
            return 0
        }
        for line in ExamHistoryView(context: context, width: OutputWidth.current(context)).render(trends) { context.print(line) }
        return 0
    }

    /// The full-screen terminal (stdin and stdout are both a tty).
    static func interactiveTerminal() -> (any Terminal)? { PosixTerminal() }
}

/// One command-line option, declared once: the parser accepts it and the help text is generated from it.
struct OptionSpec: Sendable {
    /// `--mode`.
    let name: String
    /// A short alias such as `-o`.
    let alias: String?
    /// The value's placeholder (`N`, `FILE`); nil for a flag.
    let value: String?
    let en: String
    let zh: String
    /// Values listed under the option in help (`due`, `new`, …), each with its own explanation.
    let choices: [(value: String, en: String, zh: String)]

    init(_ name: String, _ value: String? = nil, alias: String? = nil, en: String, zh: String,
         choices: [(value: String, en: String, zh: String)] = []) {
        self.name = name
        self.value = value
        self.alias = alias
        self.en = en
        self.zh = zh
        self.choices = choices
    }

    var isFlag: Bool { value == nil }
}

extension ArgumentSpec {
    /// The spec that accepts exactly the declared options (plus `--data-dir` and `--help`).
    init(_ options: [OptionSpec]) {
        var aliases: [String: String] = [:]
        for option in options { if let alias = option.alias { aliases[alias] = option.name } }
        self.init(valued: Set(options.filter { !$0.isFlag }.map(\.name)),
                  flags: Set(options.filter(\.isFlag).map(\.name)), aliases: aliases)
    }
}

/// Options several commands share, declared once.
enum SharedOptions {
    static let section = OptionSpec("--section", "S", en: "only sections whose name contains S", zh: "只用章节名包含 S 的题")
    static let type = OptionSpec("--type", "T", en: "only one item type: \(TypeNames.helpList(chinese: false))",
                                 zh: "只用一种题型：\(TypeNames.helpList(chinese: true))")
    static let json = OptionSpec("--json", en: "print JSON instead of text", zh: "输出 JSON 而不是文字")
    static let output = OptionSpec("--output", "FILE", alias: "-o", en: "write to FILE instead of standard output",
                                   zh: "写入 FILE 而不是标准输出")
    static let title = OptionSpec("--title", "TEXT", en: "the title (also the Anki deck / Moodle category name)",
                                  zh: "标题（也是 Anki 牌组 / Moodle 类别名）")

    /// The scheduler settings `replay`, `drill` and `stats` take (see `SchedulerOptions.config`).
    static let scheduler: [OptionSpec] = [
        OptionSpec("--retention", "R", en: "desired retention, 0.01-0.99 (default 0.9, or scheduler.desired_retention)",
                   zh: "目标记忆保持率 0.01-0.99（默认 0.9，或 config.json 的 scheduler.desired_retention）"),
        OptionSpec("--learning-steps", "STEPS", en: "learning steps, e.g. 1m,10m (empty: none)", zh: "学习步长，如 1m,10m（空 = 无）"),
        OptionSpec("--relearning-steps", "STEPS", en: "relearning steps, e.g. 10m", zh: "重学步长，如 10m"),
        OptionSpec("--maximum-interval", "DAYS", en: "longest interval in days", zh: "最长间隔（天）"),
        OptionSpec("--fuzz-seed", "N", en: "turn interval fuzz on with this seed", zh: "用此种子开启间隔随机化"),
    ]

    /// `exam build` / `exam take` paper options (see `PaperOptions`).
    static let paper: [OptionSpec] = [
        OptionSpec("--blueprint", "SPEC",
                   en: "TYPE[@SECTION]:COUNTxPOINTS,… e.g. single_choice:20x1,multiple_choice:10x2 (types may be written 单选, 多选, 判断, 填空, 简答); default: the bank's proportions over --count items",
                   zh: "题型[@章节]:题数x分值,… 例如 单选:20x1,多选:10x2,判断:10x1,简答:4x10；默认按题库比例抽 --count 题"),
        OptionSpec("--count", "N", en: "items in the default blueprint (default 50)", zh: "默认组卷的题数（默认 50）"),
        OptionSpec("--section", "TEXT", en: "only items whose section contains TEXT (repeatable)", zh: "只用章节名包含 TEXT 的题（可重复）"),
        OptionSpec("--seed", "N", en: "the same seed gives the same paper (printed when not given)", zh: "同一编号生成同一份试卷（未给出时会打印）"),
        OptionSpec("--shuffle-options", en: "shuffle choice options, with the key remapped", zh: "打乱选项顺序（答案随之调整）"),
        OptionSpec("--title", "TEXT", en: "the paper's title", zh: "试卷标题"),
        OptionSpec("--minutes", "N", en: "time allowed (on the paper; the countdown in 'exam take', default 90)",
                   zh: "考试时长（印在试卷上；'exam take' 的倒计时，默认 90）"),
    ]
}

extension SharedOptions {
    /// Exam-date planning (see `ExamPlanOptions`).
    static let examPlan: [OptionSpec] = [
        OptionSpec("--exam-date", "D", en: "plan for an exam on day D (YYYY-MM-DD, or exam.date in config.json)",
                   zh: "按 D 日（YYYY-MM-DD，或 config.json 的 exam.date）的考试安排复习"),
        OptionSpec("--daily-reviews", "N", en: "at most N items a day in the exam plan (default 100)", zh: "考试计划每天最多 N 题（默认 100）"),
        OptionSpec("--daily-minutes", "M", en: "at most M minutes a day in the exam plan", zh: "考试计划每天最多 M 分钟"),
    ]
}

import Foundation
import ShuatiKit

/// `shuati optimize`: fits the FSRS-6 parameters to the student's own review log.
enum OptimizeCommand: Command {
    static let name = "optimize"
    static let summary = (en: "Fit the FSRS parameters to your review log", zh: "用你的复习记录优化 FSRS 参数")
    static let options: [OptionSpec] = [
        SharedOptions.json,
        OptionSpec("--save", en: "write the fitted parameters to config.json (only when they fit better)",
                   zh: "把拟合出的参数写入 config.json（仅当拟合更好时）"),
        OptionSpec("--evaluate", en: "only measure the current parameters", zh: "只评估当前参数"),
        OptionSpec("--from-csv", "FILE", en: "read an Anki / py-fsrs review-log CSV (card_id,review_rating,review_time[,review_duration]) instead of the data directory's reviews.jsonl",
                   zh: "读取 Anki / py-fsrs 的复习记录 CSV（card_id,review_rating,review_time[,review_duration]），而不是数据目录的 reviews.jsonl"),
        OptionSpec("--day-start-hour", "H", en: "hour the study day starts (default 4, or scheduler.day_start_hour in config.json)",
                   zh: "学习日开始的钟点（默认 4，或 config.json 的 scheduler.day_start_hour）"),
    ]
    static let helpText = CommandHelp(
        synopsis: ["shuati optimize [--json] [--save] [--evaluate] [--from-csv FILE] [--day-start-hour H]"], options: options,
        notes: (en: "Prints log loss and RMSE(bins) (as fsrs-rs computes them) before and after, and how many reviews were used.",
                zh: "输出优化前后的 log loss 与 RMSE(bins)（与 fsrs-rs 的算法相同），以及用到的复习次数。"))
    static var usage: String { helpText.render(chinese: false) }
    static func help(_ context: CommandContext) -> String { helpText.render(context) }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let args = try ParsedArguments(arguments, spec: ArgumentSpec(options))
        let dataDir = context.dataDirectory(args)
        let config = try ConfigFile.load(dataDirectory: dataDir)
        let schedulerConfig = try SchedulerConfig.load(dataDirectory: dataDir)
        let configPath = DataDirectory.config(in: dataDir).path
        let dayStart = try args.int("--day-start-hour", in: 0...23) ?? DayBoundary.hour(in: config, path: configPath)

        let events: [ReviewEvent]
        if let csv = args.value("--from-csv") {
            let url = URL(fileURLWithPath: csv, relativeTo: context.currentDirectory)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw CLIError.input(file: csv, line: nil, message: context.tr("cannot read the file", "无法读取文件"))
            }
            do { events = try ReviewLogCSV.parse(String(decoding: data, as: UTF8.self), path: csv) }
            catch let error as ReviewLogCSVError { throw CLIError.failure(error.description) }
        } else {
            let log = try ReviewLog(url: DataDirectory.reviewLog(in: dataDir)).load()
            for warning in log.warnings { context.printError(warning.description) }
            events = log.events
        }

        let set = TrainingSet(events: events, timeZone: TimeZone.current, dayStartHour: dayStart)
        let current = schedulerConfig.parameters
        let before = set.items.isEmpty ? nil : ModelEvaluation(parameters: current, set: set)
        var report = OptimizeReport(reviews: set.reviewCount, cards: set.cards.count, items: set.items.count, before: before)

        if !args.has("--evaluate") {
            var options = ParameterOptimizer.Options()
            options.relearningSteps = schedulerConfig.relearningSteps.count
            let started = ContinuousClock.now
            let result = ParameterOptimizer(options: options).fit(set)
            let elapsed = ContinuousClock.now - started
            report.fitSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            report.result = result
            report.after = set.items.isEmpty ? nil : ModelEvaluation(parameters: result.parameters, set: set)
            if args.has("--save") {
                if result.outcome == .tooLittleData {
                    report.saveNote = context.tr("Nothing saved: too little data.", "未保存：数据太少。")
                } else if let b = before, let a = report.after, a.logLoss >= b.logLoss {
                    report.saveNote = context.tr("Nothing saved: the current parameters fit your log at least as well.",
                                                 "未保存：当前参数对你的记录拟合得不比新参数差。")
                } else {
                    try saveParameters(result.parameters, config: config, dataDirectory: dataDir)
                    report.saved = true
                }
            }
        }
        if args.has("--json") {
            context.print(report.json.serialized())
        } else {
            for line in report.lines(context) { context.print(line) }
        }
        return 0
    }

    /// Replaces `scheduler.parameters` in config.json, keeping everything else, written to a temporary file,
    /// fsynced and renamed over the old one.
    static func saveParameters(_ parameters: [Double], config: JSONValue, dataDirectory: URL) throws {
        var pairs = config.objectValue ?? []
        var scheduler = pairs.first { $0.0 == "scheduler" }?.1.objectValue ?? []
        let rounded = parameters.map { JSONValue.number(($0 * 1e6).rounded() / 1e6) }
        if let i = scheduler.firstIndex(where: { $0.0 == "parameters" }) { scheduler[i].1 = .array(rounded) }
        else { scheduler.append(("parameters", .array(rounded))) }
        if let i = pairs.firstIndex(where: { $0.0 == "scheduler" }) { pairs[i].1 = .object(scheduler) }
        else { pairs.append(("scheduler", .object(scheduler))) }
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        try AtomicFile.write(JSONValue.object(pairs).prettySerialized() + "\n", to: DataDirectory.config(in: dataDirectory))
    }
}

/// What `optimize` found, for the text and JSON outputs.
struct OptimizeReport {
    var reviews: Int
    var cards: Int
    var items: Int
    var before: ModelEvaluation?
    var after: ModelEvaluation?
    var result: ParameterOptimizer.Result?
    var fitSeconds: Double?
    var saved = false
    var saveNote: String?

    var json: JSONValue {
        func metrics(_ e: ModelEvaluation?) -> JSONValue {
            guard let e else { return .null }
            return .object([("log_loss", .number(e.logLoss)), ("rmse_bins", .number(e.rmseBins))])
        }
        var pairs: [(String, JSONValue)] = [("reviews", .number(Double(reviews))), ("cards", .number(Double(cards))),
                                            ("items", .number(Double(items))), ("before", metrics(before))]
        if let result {
            pairs += [("after", metrics(after)), ("outcome", .string(result.outcome.rawValue)),
                      ("training_items", .number(Double(result.trainingItems))),
                      ("parameters", .array(result.parameters.map { .number($0) })),
                      ("fit_seconds", .number(fitSeconds ?? 0)), ("saved", .bool(saved))]
        }
        return .object(pairs)
    }

    func lines(_ context: CommandContext) -> [String] {
        var out = [context.tr("\(reviews) reviews of \(cards) items read; \(items) of them have a day gap and are used to measure and fit.",
                              "读取 \(reviews) 次复习（\(cards) 道题）；其中 \(items) 次与上次复习隔了至少一天，用于评估和拟合。")]
        guard let before else {
            out.append(context.tr("Nothing to measure yet: study for a few days first.", "还没有可评估的数据：先学习几天再来。"))
            return out
        }
        func row(_ name: String, _ e: ModelEvaluation) -> String {
            "  " + DisplayWidth.padded(name, to: 22) + String(format: "%8.4f   %8.4f", e.logLoss, e.rmseBins)
        }
        out.append("  " + DisplayWidth.padded("", to: 22) + context.tr("log loss   RMSE(bins)", "对数损失   RMSE(bins)"))
        out.append(row(context.tr("current parameters", "当前参数"), before))
        guard let result, let after else { return out }
        out.append(row(context.tr("fitted parameters", "优化后参数"), after))
        switch result.outcome {
        case .tooLittleData:
            out.append(context.tr("Too little data to fit (\(result.trainingItems) usable reviews; at least 8 are needed): keeping the defaults.",
                                  "数据太少，无法拟合（可用复习 \(result.trainingItems) 次，至少需要 8 次）：保留默认参数。"))
        case .initialStabilityOnly:
            out.append(context.tr("Only \(result.trainingItems) usable reviews: fitted the initial stabilities (w0–w3) only; the rest stay at the defaults.",
                                  "可用复习只有 \(result.trainingItems) 次：只拟合了初始稳定性（w0–w3），其余保持默认。"))
        case .trained:
            out.append(context.tr("Fitted on \(result.trainingItems) reviews in \(String(format: "%.3f", fitSeconds ?? 0)) s.",
                                  "用 \(result.trainingItems) 次复习拟合，耗时 \(String(format: "%.3f", fitSeconds ?? 0)) 秒。"))
        }
        out.append(context.tr("Parameters:", "参数：") + " " + result.parameters.map { String(format: "%.4f", $0) }.joined(separator: ", "))
        if saved {
            out.append(context.tr("Saved to config.json; drill and stats use them from now on.", "已写入 config.json，刷题和统计从现在起使用新参数。"))
        } else if let saveNote {
            out.append(saveNote)
        } else {
            out.append(context.tr("Not saved: run with --save to use them.", "未保存：加 --save 以启用这些参数。"))
        }
        return out
    }
}

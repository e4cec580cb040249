import Foundation
import ShuatiKit

/// `shuati stats` as text: overview, mastery tables and charts, 80 columns, CJK-aligned, colour only on a tty.
struct StatsView {
    let context: CommandContext
    let timeZone: TimeZone
    var style: TextStyle { context.style }
    /// Output columns (80 on a pipe; the terminal's width otherwise).
    var width = 80

    func render(_ s: StudyStats) -> String {
        var lines: [String] = []
        lines += overview(s)
        lines.append("")
        lines += mastery(title: context.tr("Mastery by section", "各章节掌握情况"), s.sections, isType: false)
        lines.append("")
        lines += mastery(title: context.tr("Mastery by item type", "各题型掌握情况"), s.types, isType: true)
        lines.append("")
        lines += heatmap(s)
        lines.append("")
        lines += forecast(s)
        lines.append("")
        lines += accuracyBars(s)
        if let r = s.readiness {
            lines.append("")
            lines += readiness(r)
        }
        return lines.joined(separator: "\n")
    }

    private func heading(_ text: String) -> String { style.bold(text) }

    private func percent(_ x: Double?) -> String { x.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    private func dateString(_ d: Date) -> String {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        let p = c.dateComponents([.year, .month, .day], from: d)
        return String(format: "%04d-%02d-%02d", p.year!, p.month!, p.day!)
    }

    func overview(_ s: StudyStats) -> [String] {
        let o = s.overview
        let hours = o.studiedSeconds / 3600, minutes = o.studiedSeconds % 3600 / 60
        let time = hours > 0 ? context.tr("\(hours) h \(minutes) min", "\(hours) 小时 \(minutes) 分") : context.tr("\(minutes) min", "\(minutes) 分钟")
        func row(_ a: String, _ av: String, _ b: String, _ bv: String) -> String {
            if width < 64 {  // one figure a line when two do not fit side by side
                return "  " + DisplayWidth.padded(a, to: 16) + av + "\n  " + DisplayWidth.padded(b, to: 16) + bv
            }
            return "  " + DisplayWidth.padded(a, to: 16) + DisplayWidth.padded(av, to: 12) + DisplayWidth.padded(b, to: 16) + bv
        }
        var lines = [heading(context.tr("Overview", "总览") + " (\(dateString(context.clock.now)))")]
        lines.append(row(context.tr("items seen", "已学题目"), "\(o.seenItems) / \(o.totalItems)",
                         context.tr("time studied", "学习时长"), time))
        lines.append(row(context.tr("due today", "今日待复习"), "\(o.dueToday)", context.tr("next 7 days", "未来 7 天"), "\(o.dueNext7Days)"))
        lines.append(row(context.tr("reviews today", "今日复习"), "\(o.reviewsToday)", context.tr("streak", "连续学习"),
                         context.tr(o.streakDays == 1 ? "1 day" : "\(o.streakDays) days", "\(o.streakDays) 天")))
        let r = s.retention
        lines += CJKLineBreaker.wrap(percent(r.trueRetention)
                     + context.tr(" of \(r.reviews) reviews, desired \(percent(r.desired))", "（\(r.reviews) 次复习，目标 \(percent(r.desired))）"),
                                     to: width, firstPrefix: "  " + context.tr("true retention (30 days): ", "30 天实际记忆保持率："), prefix: "    ")
        if o.keylessItems > 0 {
            lines += CJKLineBreaker.wrap(context.tr("\(o.keylessItems) items have no answer key: they are read in study mode and never counted as right or wrong (add one with 'shuati key ID ANSWER')",
                                                    "\(o.keylessItems) 题没有答案：只在背题模式中出现，不计对错（可用 'shuati key 编号 答案' 补充）"),
                                         to: width, firstPrefix: "  ", prefix: "  ").map { style.dim($0) }
        }
        return lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    func mastery(title: String, _ groups: [StudyStats.Mastery], isType: Bool) -> [String] {
        // Narrow terminals get narrower figure columns and short headings, so the names keep some room.
        let compact = width < 70
        let c = compact ? [6, 6, 6, 8, 8] : [7, 7, 7, 10, 11]
        let nameWidth = max(10, min(34, width - 2 - c.reduce(0, +)))
        var lines = [heading(title)]
        let header = "  " + DisplayWidth.padded("", to: nameWidth) + pad(context.tr("items", "题数"), c[0]) + pad(context.tr("seen", "已学"), c[1])
            + pad(context.tr("new", "未学"), c[2]) + pad(compact ? context.tr("master", "已掌握") : context.tr("mastered", "已掌握"), c[3])
            + pad(compact ? context.tr("right", "答对") : context.tr("last right", "上次答对"), c[4])
        lines.append(style.dim(header))
        for g in groups {
            var name = g.name.isEmpty ? context.tr("(no section)", "（无章节）") : g.name
            if isType, let type = QuestionType(rawValue: g.name) { name = TypeNames.name(type, context) }
            lines.append("  " + DisplayWidth.padded(DisplayWidth.truncatedKeepingEnd(name, to: nameWidth - 2), to: nameWidth)
                         + pad("\(g.items)", c[0]) + pad("\(g.seen)", c[1]) + pad("\(g.neverSeen)", c[2])
                         + pad(percent(g.masteredShare), c[3]) + pad(percent(g.accuracy), c[4]))
        }
        return lines
    }

    /// Right-aligns in `columns`.
    private func pad(_ text: String, _ columns: Int) -> String {
        let w = DisplayWidth.of(text)
        return w >= columns ? text : String(repeating: " ", count: columns - w) + text
    }

    /// A calendar heatmap like Anki's: weeks across, Monday to Sunday down.
    func heatmap(_ s: StudyStats) -> [String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        // Only the weeks that fit: the most recent ones.
        let fitWeeks = max(4, (width - 8) / 2)
        let heat = s.heatmap.count > (fitWeeks - 1) * 7 ? Array(s.heatmap.suffix((fitWeeks - 1) * 7)) : s.heatmap
        guard let first = heat.first?.day else { return [] }
        let weekdayOfFirst = (calendar.component(.weekday, from: first) + 5) % 7  // Monday = 0
        let maxCount = heat.map(\.reviews).max() ?? 0
        let cells = [(Date?, Int)](repeating: (nil, -1), count: weekdayOfFirst) + heat.map { ($0.day, $0.reviews) }
        let weeks = (cells.count + 6) / 7
        var lines = [heading(context.tr("Reviews per day (last \(heat.count) days)", "每日复习量（最近 \(heat.count) 天）"))]
        // Month labels above the first week of each month.
        var monthRow = [Character](repeating: " ", count: weeks * 2)
        var lastMonth = -1
        for w in 0..<weeks {
            guard let day = cells[min(w * 7 + 6, cells.count - 1)].0 ?? cells[w * 7].0 else { continue }
            let month = calendar.component(.month, from: day)
            if month != lastMonth {
                let label = Array("\(month)")
                for (k, ch) in label.enumerated() where w * 2 + k < monthRow.count { monthRow[w * 2 + k] = ch }
                lastMonth = month
            }
        }
        lines.append("      " + String(monthRow))
        let dayNames = context.language == .chinese ? ["一", "二", "三", "四", "五", "六", "日"] : ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
        for d in 0..<7 {
            var row = "  " + DisplayWidth.padded(dayNames[d], to: 4)
            for w in 0..<weeks {
                let i = w * 7 + d
                guard i < cells.count, cells[i].1 >= 0 else { row += "  "; continue }
                row += cell(cells[i].1, max: maxCount) + " "
            }
            lines.append(row)
        }
        lines.append("      " + style.dim(context.tr("less ", "少 ") + [0, 1, 2, 3, 4].map { level in cell(level == 0 ? 0 : level, max: 4) }.joined(separator: " ") + context.tr(" more", " 多")
                                        + context.tr("  (max \(maxCount) a day)", "（单日最多 \(maxCount)）")))
        return lines
    }

    private func cell(_ count: Int, max: Int) -> String {
        let level = count == 0 || max == 0 ? 0 : min(4, 1 + (count - 1) * 4 / max)
        if style.enabled {
            let colours = [237, 22, 28, 34, 46]
            return style.color256(level == 0 ? "·" : "■", colours[level])
        }
        return ["·", "░", "▒", "▓", "█"][level]
    }

    func forecast(_ s: StudyStats) -> [String] {
        var lines = [heading(context.tr("Due in the next 14 days", "未来 14 天待复习"))]
        let maxCount = max(1, s.forecast.max() ?? 1)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        for (i, count) in s.forecast.enumerated() {
            let day = calendar.date(byAdding: .day, value: i, to: context.clock.now)!
            let label = i == 0 ? context.tr("today", "今天") : String(dateString(day).dropFirst(5))
            lines.append("  " + DisplayWidth.padded(label, to: 7) + bar(Double(count) / Double(maxCount), columns: max(8, min(50, width - 16))) + " \(count)")
        }
        return lines
    }

    func accuracyBars(_ s: StudyStats) -> [String] {
        var lines = [heading(context.tr("Last-answer accuracy by section", "各章节上次作答正确率"))]
        let nameColumns = width >= 80 ? 32 : max(12, width - 36)
        let barColumns = max(8, min(36, width - nameColumns - 8))
        for g in s.sections where g.graded > 0 {
            let name = g.name.isEmpty ? context.tr("(no section)", "（无章节）") : g.name
            let accuracy = g.accuracy ?? 0
            let drawn = bar(accuracy, columns: barColumns)
            let coloured = accuracy >= 0.8 ? style.green(drawn) : accuracy >= 0.5 ? style.yellow(drawn) : style.red(drawn)
            lines.append("  " + DisplayWidth.padded(DisplayWidth.truncatedKeepingEnd(name, to: nameColumns - 2), to: nameColumns) + coloured + " " + percent(accuracy))
        }
        if lines.count == 1 { lines.append("  " + context.tr("no answers yet", "还没有作答")) }
        return lines
    }

    /// A horizontal bar with eighth-block resolution.
    private func bar(_ fraction: Double, columns: Int) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(columns * 8)).rounded())
        let full = eighths / 8, rest = eighths % 8
        let partial = rest > 0 ? String(["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][rest]) : ""
        let text = String(repeating: "█", count: full) + partial
        return text + String(repeating: " ", count: max(0, columns - full - (partial.isEmpty ? 0 : 1)))
    }

    func readiness(_ r: StudyStats.Readiness) -> [String] {
        var lines = [heading(context.tr("Exam readiness for \(dateString(r.examDate))", "\(dateString(r.examDate)) 考试预测"))]
        lines.append("  " + context.tr("predicted score: ", "预计得分率：") + style.bold(percent(r.predictedScore))
                     + context.tr(" over \(r.itemsCounted) items with a key", "（共 \(r.itemsCounted) 道有答案的题）"))
        let note = context.tr("\(r.unseenCount) unseen items counted at guessing chance: single choice 1/options, true/false 50%, multiple choice 7%, fill-in and short answer 0%",
                              "\(r.unseenCount) 道未学题按猜对概率计：单选 1/选项数，判断 50%，多选 7%，填空和简答 0%")
        lines += DisplayWidth.wrap(note, to: width - 2).map { "  " + $0 }
        lines.append("  " + context.tr("Study next (lowest predicted recall on the exam day):", "建议优先复习（考试当天预计记忆最低）："))
        for (i, pick) in r.studyNext.enumerated() {
            let tag = pick.seen ? percent(pick.predictedRecall) : context.tr("new", "未学")
            let stemColumns = max(10, min(44, width - 36))
            let text = "\(i + 1). " + DisplayWidth.truncated(pick.stem, to: stemColumns) + "  " + style.dim(DisplayWidth.truncatedKeepingEnd(pick.section, to: 16))
            lines.append("  " + DisplayWidth.padded(tag, to: 5) + text)
        }
        return lines
    }
}

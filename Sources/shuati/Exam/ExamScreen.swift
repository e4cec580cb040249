import Foundation
import ShuatiKit

/// The full-screen exam: a countdown, one item at a time, answer in any order, flag for review, submit (or time
/// runs out). Keys: ←/→ or p/n move; a–h pick options (toggle on multiple choice); t/f answer true/false; Enter
/// types a fill-in or short answer; m flags; digits then Enter jump to an item; s submits; Ctrl-C abandons.
final class ExamScreen {
    enum Outcome: Equatable { case submitted, timeUp, abandoned }

    private let terminal: any Terminal
    private let now: () -> Date
    private let deadline: Date?
    private let chinese: Bool
    private let labels: PaperLabels
    private(set) var sheet: ExamSheet
    private var index = 0
    private var editing: String?
    private var jump = ""
    private var confirming: Outcome?
    /// Esc/q asked whether to leave: s hands in, y leaves without saving, anything else goes on.
    private var leaving = false
    private var notice = ""
    /// Minutes-left warnings already shown (5 and 1).
    private var warned: Set<Int> = []

    init(paper: Paper, terminal: any Terminal, now: @escaping () -> Date, minutes: Int?, chinese: Bool) {
        self.terminal = terminal
        self.now = now
        self.deadline = minutes.map { now().addingTimeInterval(Double($0) * 60) }
        self.chinese = chinese
        self.labels = PaperLabels(chinese: chinese)
        self.sheet = ExamSheet(paper: paper)
    }

    private func tr(_ en: String, _ zh: String) -> String { chinese ? zh : en }

    /// Runs until the paper is handed in, time is up, or the student abandons it.
    func run() throws -> Outcome {
        try terminal.enterRawMode()
        defer { terminal.restore() }
        while true {
            if let deadline, now() >= deadline { return .timeUp }
            draw()
            // Wake each second to tick the countdown.
            guard let key = terminal.readKey(timeout: deadline == nil ? nil : 1) else { continue }
            if let outcome = handle(key) { return outcome }
        }
    }

    /// Applies one key; returns an outcome when the session ends.
    func handle(_ key: Key) -> Outcome? {
        let paper = sheet.paper
        let item = paper.items[index]
        if leaving {
            leaving = false
            notice = ""
            switch key {
            case .character("s"), .character("S"): return .submitted
            case .character("y"), .character("Y"): return .abandoned
            default: return nil
            }
        }
        if let pending = confirming {
            confirming = nil
            if key == .character("y") || key == .character("Y") || key == .enter { return pending }
            notice = ""
            return nil
        }
        if var text = editing {
            switch key {
            case .enter:
                editing = nil
                if !sheet.answer(item.number, text: text) { notice = tr("could not read that answer", "无法识别该答案") }
            case .escape, .ctrlC: editing = nil
            case .backspace: if !text.isEmpty { text.removeLast() }; editing = text
            case let .character(c): text.append(c); editing = text
            case .endOfInput: editing = nil; return .submitted
            default: break
            }
            return nil
        }
        notice = ""
        switch key {
        case .right, .tab, .pageDown, .character("n"), .character("N"), .down:
            index = min(index + 1, paper.items.count - 1)
        case .left, .pageUp, .character("p"), .character("P"), .up:
            index = max(index - 1, 0)
        case .home: index = 0
        case .end: index = paper.items.count - 1
        case .character("m"), .character("M"), .character("?"): sheet.toggleFlag(item.number)
        case .character("s"), .character("S"):
            let blank = paper.items.count - sheet.answeredCount
            notice = blank > 0 ? tr("\(blank) unanswered. Hand in? (y/n)", "还有 \(blank) 题未答。确定交卷？(y/n)")
                : tr("Hand in? (y/n)", "确定交卷？(y/n)")
            confirming = .submitted
        case .ctrlC:
            notice = tr("Abandon this exam without saving? (y/n)", "放弃本次考试（不保存）？(y/n)")
            confirming = .abandoned
        case .escape, .character("q"), .character("Q"):
            notice = tr("Leave the exam? s: hand in · y: leave without saving · other: go on",
                        "退出考试？s：交卷 · y：不保存退出 · 其他键：继续")
            leaving = true
        case .ctrlD, .endOfInput: return .submitted
        case .backspace: if !jump.isEmpty { jump.removeLast() } else { sheet.set(item.number, nil) }
        case .enter:
            if let n = Int(jump), (1...paper.items.count).contains(n) { index = n - 1 }
            else if !jump.isEmpty { notice = tr("no item \(jump)", "没有第 \(jump) 题") }
            else if !item.question.type.isChoice && item.question.type != .trueFalse {
                editing = sheet.responses[item.number].map { ExamText.response($0, labels: labels) } ?? ""
            }
            jump = ""
        case let .character(c) where c.isASCII && c.isNumber:
            jump.append(c)
        case let .character(c):
            answerKey(c, item: item)
        default: break
        }
        return nil
    }

    private func answerKey(_ c: Character, item: PaperItem) {
        let q = item.question
        let letter = String(c).uppercased()
        switch q.type {
        case .singleChoice, .multipleChoice:
            guard q.options?.contains(where: { $0.letter == letter }) ?? false else { return }
            var letters: [String] = []
            if case let .choices(current)? = sheet.responses[item.number] { letters = current }
            if q.type == .singleChoice { letters = letters == [letter] ? [] : [letter] }
            else if let i = letters.firstIndex(of: letter) { letters.remove(at: i) } else { letters.append(letter) }
            sheet.set(item.number, letters.isEmpty ? nil : .choices(letters.sorted()))
        case .trueFalse:
            if "tTyY对√".contains(c) { sheet.set(item.number, .trueFalse(true)) }
            if "fF错×".contains(c) { sheet.set(item.number, .trueFalse(false)) }
        case .fillBlank, .shortAnswer:
            editing = String(c)  // typing starts the answer
        }
    }

    /// The whole screen, redrawn each time (it is small).
    func screen() -> [String] {
        let (columns, rows) = terminal.size
        let width = max(20, columns)
        let paper = sheet.paper
        let item = paper.items[index]
        var lines: [String] = []
        var header = "\(paper.title)  \(tr("Item", "第")) \(item.number)/\(paper.items.count)\(tr("", " 题"))"
        header += "  " + tr("answered \(sheet.answeredCount)", "已答 \(sheet.answeredCount)")
        if !sheet.flagged.isEmpty { header += "  " + tr("flagged \(sheet.flagged.count)", "标记 \(sheet.flagged.count)") }
        if let deadline {
            let left = deadline.timeIntervalSince(now())
            header = "⏱ " + ScoreReport.clock(left) + (left <= 300 ? " ⚠" : "") + "  " + header
            for minutes in [5, 1] where left <= Double(minutes * 60) && !warned.contains(minutes) && notice.isEmpty {
                warned.insert(minutes)
                notice = tr("⚠ \(minutes) minute\(minutes == 1 ? "" : "s") left: unanswered items score nothing; s hands in",
                            "⚠ 还剩 \(minutes) 分钟：未答的题不得分；按 s 交卷")
            }
        }
        lines.append(DisplayWidth.truncated(header, to: width))
        lines.append(String(repeating: "─", count: width))
        lines.append(labels.typeName(item.question.type) + (sheet.flagged.contains(item.number) ? tr("   [flagged]", "   【已标记】") : ""))
        let response = sheet.responses[item.number]
        var chosen: Set<String> = []
        if case let .choices(l)? = response { chosen = Set(l) }
        let q = item.question
        lines += CJKLineBreaker.wrap(q.stem, to: width, firstPrefix: "\(item.number). ")
        if let p = item.points, let last = lines.popLast() {
            let note = chinese ? "（\(ExamText.formatted(p)) 分）" : " (\(ExamText.formatted(p)) pt)"
            lines += DisplayWidth.of(last) + DisplayWidth.of(note) <= width ? [last + note] : [last, note]
        }
        lines.append("")
        for o in q.options ?? [] {
            lines += CJKLineBreaker.wrap(o.text, to: width, firstPrefix: (chosen.contains(o.letter) ? " [x] " : " [ ] ") + "\(o.letter). ")
        }
        if q.type == .trueFalse {
            let mark: (Bool) -> String = { response == .trueFalse($0) ? "[x]" : "[ ]" }
            lines.append(" \(mark(true)) T \(labels.trueWord)    \(mark(false)) F \(labels.falseWord)")
        }
        if q.type == .fillBlank || q.type == .shortAnswer {
            let shown = editing ?? response.map { ExamText.response($0, labels: labels) } ?? ""
            lines += CJKLineBreaker.wrap(shown + (editing != nil ? "▏" : ""), to: width, firstPrefix: tr("Your answer: ", "你的答案："))
        }
        lines.append("")
        lines += overview(width: width)
        // The keys, most needed first, so the hand-in key shows at any width; wrapped, never cut.
        let help = editing != nil ? tr("Enter save · Esc cancel", "Enter 保存 · Esc 取消")
            : tr("s hand in · ←/→ move · a–h / t f answer · Enter type · m flag · N Enter jump · q leave",
                 "s 交卷 · ←/→ 翻题 · a–h / t f 作答 · Enter 输入 · m 标记 · 数字+Enter 跳题 · q 退出")
        let footer = CJKLineBreaker.wrap(help, to: width, prefix: "")
        let status = CJKLineBreaker.wrap(notice.isEmpty ? (jump.isEmpty ? "" : tr("go to item ", "跳到第 ") + jump) : notice, to: width, prefix: "")
        let room = max(1, rows - footer.count - status.count)
        while lines.count < room { lines.append("") }
        if lines.count > room { lines = Array(lines.prefix(room)) }
        lines += status
        lines += footer
        return lines
    }

    /// Item numbers with their state: `[3]` current, `3·` answered, `3?` flagged.
    private func overview(width: Int) -> [String] {
        var cells: [String] = []
        for item in sheet.paper.items {
            let n = item.number
            var cell = n == index + 1 ? "[\(n)]" : " \(n) "
            if sheet.flagged.contains(n) { cell += "?" } else if sheet.responses[n] != nil { cell += "·" } else { cell += " " }
            cells.append(cell)
        }
        var lines: [String] = []
        var line = ""
        for cell in cells {
            if DisplayWidth.of(line) + DisplayWidth.of(cell) > width { lines.append(line); line = "" }
            line += cell
        }
        lines.append(line)
        return lines
    }

    private func draw() {
        terminal.write("\u{1B}[H\u{1B}[2J" + screen().joined(separator: "\r\n"))
    }
}

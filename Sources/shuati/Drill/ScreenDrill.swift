import Foundation
import ShuatiKit

/// The drill on a terminal: the whole screen is redrawn on every change (and on resize), so wrapping always
/// matches the current width. One key answers single-choice and true/false items; letters toggle multi-select
/// and Enter submits; typed answers use a small line editor.
final class ScreenDrill {
    enum Phase {
        case answering
        /// A short answer waits for the student to confirm which key points it covered.
        case selfCheck(PendingSelfCheck)
        case feedback(DrillFeedback)
    }

    let controller: DrillController
    let context: CommandContext
    let view: DrillView
    let terminal: any Terminal
    private var phase = Phase.answering
    private var selected = Set<String>()
    private var editor = LineEditor()
    private var message = ""
    /// The 答题卡 is open: the number typed so far to jump to.
    private var grid: String?
    private var shownAt = DispatchTime.now()

    init(controller: DrillController, context: CommandContext, terminal: any Terminal) {
        self.controller = controller
        self.context = context
        self.view = DrillView(context: context)
        self.terminal = terminal
    }

    func run() throws {
        try terminal.enterRawMode()
        defer { terminal.restore() }
        render()
        while !controller.isFinished {
            guard let key = terminal.readKey(timeout: 0.25) else { continue }
            if try !handle(key) { break }
            render()
        }
    }

    /// Returns false to end the session.
    private func handle(_ key: Key) throws -> Bool {
        message = ""
        if let typed = grid {
            switch key {
            case .character(let c) where c.isASCII && c.isNumber: grid = typed + String(c)
            case .backspace: grid = String(typed.dropLast())
            case .resize: break
            case .enter:
                if let n = Int(typed), controller.jump(to: n - 1) { next() } else if !typed.isEmpty { message = context.tr("no item \(typed)", "没有第 \(typed) 题") }
                grid = nil
            default: grid = nil
            }
            return true
        }
        switch key {
        case .resize: return true
        case .ctrlC, .ctrlD, .escape: return false
        default: break
        }
        guard let item = controller.current else { return false }
        if case .answering = phase, key == .character("\u{7}") || (key == .character("g") && !(item.type == .fillBlank || item.type == .shortAnswer)) {
            grid = ""  // g (Ctrl-G while typing) opens the 答题卡
            return true
        }
        if case var .selfCheck(check) = phase {
            switch key {
            case .enter: phase = .feedback(try controller.confirm(check))
            case .character(let c) where ("1"..."9").contains(c):
                check.toggle(Int(String(c))! - 1)
                phase = .selfCheck(check)
            case .character("a"), .character("A"):
                check.covered = check.covered.map { _ in true }
                phase = .selfCheck(check)
            case .character("n"), .character("N"):
                check.covered = check.covered.map { _ in false }
                phase = .selfCheck(check)
            default: break
            }
            return true
        }
        if case let .feedback(f) = phase {
            switch key {
            case .enter, .character(" "), .right, .down:
                controller.advance(); next()
            case .character(let c) where ("1"..."4").contains(c):
                if let updated = try controller.override(Rating(rawValue: Int(String(c))!)!) {
                    var changed = f
                    changed.rating = updated.rating
                    changed.nextDue = updated.nextDue
                    changed.ratedByStudent = true
                    phase = .feedback(changed)
                }
            case .character("u"), .character("U"):
                if try controller.undo() { next() }
            case .character("s"), .character("S"): try star()
            case .character("q"), .character("Q"): return false
            default: break
            }
            return true
        }
        let typed = item.type == .fillBlank || item.type == .shortAnswer
        let selfRated = controller.showsAnswerFirst || item.answer == nil
        // Commands: plain letters where answers are single keys, control keys where answers are typed.
        switch key {
        case .character("\u{13}") where typed, .character("s") where !typed, .character("S") where !typed: try star(); return true
        case .character("\u{1A}") where typed, .character("u") where !typed, .character("U") where !typed:
            if try controller.undo() { next() } else { message = context.tr("nothing to undo", "没有可撤销的作答") }
            return true
        case .character("q") where !typed, .character("Q") where !typed: return false
        case .character("?") where !typed && !selfRated, .enter where typed && !selfRated && editor.text.isEmpty:
            if let f = try controller.giveUp(responseMs: elapsedMs()) { phase = .feedback(f) }
            return true
        default: break
        }
        if selfRated {
            switch key {
            case .enter where controller.showsAnswerFirst: try controller.markSeen(); next()
            case .enter: if let f = try controller.selfRate(.good, responseMs: elapsedMs()) { phase = .feedback(f) }
            case .character(let c) where ("1"..."4").contains(c):
                if let f = try controller.selfRate(Rating(rawValue: Int(String(c))!)!, responseMs: elapsedMs()) { phase = .feedback(f) }
            default: break
            }
            return true
        }
        switch item.type {
        case .singleChoice, .trueFalse:
            if case let .character(c) = key { try submit(String(c)) }
        case .multipleChoice:
            switch key {
            case .enter: if !selected.isEmpty { try submit(selected.sorted().joined()) }
            case .character(let c):
                let letter = String(c).uppercased()
                if (item.options ?? []).contains(where: { $0.letter == letter }) {
                    if selected.contains(letter) { selected.remove(letter) } else { selected.insert(letter) }
                }
            default: break
            }
        case .fillBlank, .shortAnswer:
            switch key {
            case .enter where controller.needsSelfCheck(item):
                if let check = controller.assess(editor.text, responseMs: elapsedMs()) { phase = .selfCheck(check) }
            case .enter: try submit(editor.text)
            default: editor.handle(key)
            }
        }
        return true
    }

    /// The 答题卡: every item of the session, ✓ right, ✗ wrong, · not yet, [n] the current one.
    private func gridLines(width: Int, typed: String) -> [String] {
        var lines = [context.style.bold(context.tr("Answer sheet (答题卡)", "答题卡")), ""]
        var row = ""
        for (i, mark) in controller.sheet.enumerated() {
            let symbol = mark.map { $0 ? "✓" : "✗" } ?? "·"
            let cell = i == controller.position ? "[\(i + 1)\(symbol)]" : " \(i + 1)\(symbol) "
            if DisplayWidth.of(row) + DisplayWidth.of(cell) > width { lines.append(row); row = "" }
            row += cell
        }
        lines.append(row)
        lines.append("")
        lines.append(context.tr("go to item: ", "跳到第 ") + typed + "▏")
        lines += DisplayWidth.wrap(context.tr("number + Enter: go · Esc: back", "数字 + 回车：跳转 · Esc：返回"), to: width).map { context.style.dim($0) }
        return lines
    }

    private func submit(_ text: String) throws {
        if let f = try controller.answer(text, responseMs: elapsedMs()) {
            phase = .feedback(f)
        } else {
            message = context.tr("could not read that answer", "无法识别该答案")
        }
    }

    private func star() throws {
        message = try controller.toggleStar() ? context.tr("★ starred", "★ 已收藏") : context.tr("☆ unstarred", "☆ 已取消收藏")
    }

    private func next() {
        phase = .answering
        selected = []
        editor = LineEditor()
        shownAt = DispatchTime.now()
    }

    private func elapsedMs() -> Int {
        Int((DispatchTime.now().uptimeNanoseconds - shownAt.uptimeNanoseconds) / 1_000_000)
    }

    private func render() {
        let (columns, rows) = terminal.size
        let width = max(20, min(columns, 100) - 2)
        var lines: [String] = []
        lines.append(context.style.bold(DisplayWidth.truncated(view.statusLine(controller), to: width)))
        lines.append("")
        guard let item = controller.current else { return }
        var showAnswer = controller.showsAnswerFirst || item.answer == nil
        var shown = item
        if case .feedback(let f) = phase {
            showAnswer = false
            if view.markedOptions(f, width: width - 2) != nil { shown.options = nil }
        }
        if case .selfCheck = phase { showAnswer = false }
        var itemLines = view.item(shown, showAnswer: showAnswer, width: width, starred: controller.starred.contains(item.id))
        if case .feedback(let f) = phase, let marked = view.markedOptions(f, width: width - 2) {
            itemLines += marked.map { "  " + $0 }
        }
        if item.type == .multipleChoice, case .answering = phase {
            itemLines = itemLines.map { line in
                for letter in selected where line.hasPrefix("  \(letter). ") { return context.style.cyan("▶" + line.dropFirst()) }
                return line
            }
        }
        lines += itemLines
        lines.append("")
        switch phase {
        case .selfCheck(let check):
            lines += view.selfCheck(check, width: width, screen: true)
        case .feedback(let f):
            lines += view.feedback(f, width: width)
            lines.append("")
            lines += DisplayWidth.wrap(context.tr("Enter: next · 1-4: change rating · u: undo · s: star · q: quit",
                                                  "回车：下一题 · 1-4：修改评分 · u：撤销 · s：收藏 · q：退出"), to: width).map { context.style.dim($0) }
        case .answering:
            if controller.showsAnswerFirst {
                lines.append(context.style.dim(context.tr("Enter: next · 1-4: rate · s: star · q: quit", "回车：下一题 · 1-4：评分 · s：收藏 · q：退出")))
            } else if item.answer == nil {
                lines.append(context.tr("No answer key: rate yourself 1-4", "无答案：请自评 1-4"))
            } else {
                lines.append(view.prompt(item, screen: true))
                if item.type == .fillBlank || item.type == .shortAnswer {
                    lines += DisplayWidth.wrap("> " + editor.text + "▏", to: width)
                    lines += DisplayWidth.wrap(context.tr("Enter: submit (empty: show the answer) · Ctrl-G: answer sheet · Ctrl-S: star · Ctrl-Z: undo · Esc: quit",
                                                          "回车：提交（不输入：显示答案） · Ctrl-G：答题卡 · Ctrl-S：收藏 · Ctrl-Z：撤销 · Esc：退出"), to: width)
                        .map { context.style.dim($0) }
                } else {
                    if item.type == .multipleChoice { lines.append("> " + selected.sorted().joined()) }
                    lines += DisplayWidth.wrap(context.tr("?: show the answer · g: answer sheet · s: star · u: undo · q: quit", "?：不会，看答案 · g：答题卡 · s：收藏 · u：撤销 · q：退出"), to: width)
                        .map { context.style.dim($0) }
                }
            }
        }
        if let typed = grid { lines = gridLines(width: width, typed: typed) }
        if !message.isEmpty { lines.append(context.style.yellow(message)) }
        // Keep the bottom of long items visible: show the last rows that fit.
        let visible = lines.count > rows ? Array(lines.suffix(rows)) : lines
        terminal.write("\u{1B}[H\u{1B}[2J" + visible.map { " " + $0 }.joined(separator: "\r\n"))
    }
}

/// A one-line editor: insert characters (CJK included), Backspace deletes one character.
struct LineEditor {
    private(set) var text = ""

    mutating func handle(_ key: Key) {
        switch key {
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .character(let c) where !(c.asciiValue.map { $0 < 0x20 } ?? false): text.append(c)
        default: break
        }
    }
}

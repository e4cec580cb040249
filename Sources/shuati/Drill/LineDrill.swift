import Foundation
import ShuatiKit

/// The drill on a pipe: one answer per line, plain text out. Lines: an answer; `s` star; `u` undo; `=N` change the
/// rating of the last answer; `q` quit. Study items take Enter (seen) or 1-4; items without a key take 1-4.
struct LineDrill {
    let controller: DrillController
    let context: CommandContext
    let view: DrillView
    let readLine: () -> String?

    func run() throws {
        let width = 80
        var pending: String?
        let next: () -> String? = { if let line = pending { pending = nil; return line }; return readLine() }
        while let item = controller.current {
            let unkeyed = item.answer == nil
            let showAnswer = controller.showsAnswerFirst || unkeyed
            context.print("")
            context.print(view.statusLine(controller))
            for line in view.item(item, showAnswer: showAnswer, width: width, starred: controller.starred.contains(item.id)) {
                context.print(line)
            }
            if controller.showsAnswerFirst {
                context.print(context.tr("Enter: next · 1-4: rate · s: star · q: quit", "回车：下一题 · 1-4：评分 · s：收藏 · q：退出"))
            } else if unkeyed {
                context.print(context.tr("No answer key: rate yourself 1-4 (Enter = 3)", "无答案：请自评 1-4（回车 = 3）"))
            } else {
                context.print(view.prompt(item, screen: false) + context.tr(" · s star · u undo · q quit", " · s 收藏 · u 撤销 · q 退出"))
            }
            let started = DispatchTime.now()
            guard let raw = next() else { break }
            let line = raw.trimmingCharacters(in: .whitespaces)
            let ms = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
            switch line {
            case "q", "Q": return finish()
            case "s", "S":
                let on = try controller.toggleStar()
                context.print(on ? context.tr("★ starred", "★ 已收藏") : context.tr("☆ unstarred", "☆ 已取消收藏"))
                continue
            case "u", "U":
                context.print(try controller.undo() ? context.tr("↶ last answer undone", "↶ 已撤销上一题") : context.tr("nothing to undo", "没有可撤销的作答"))
                continue
            default: break
            }
            if line.hasPrefix("="), let n = Int(line.dropFirst()), let rating = Rating(rawValue: n) {
                if let f = try controller.override(rating) {
                    let counted = AnswerRule.isRight(rating: f.rating.rawValue) ? context.tr("✓ counted right", "✓ 记为答对")
                                                                                 : context.tr("✗ counted wrong", "✗ 记为答错")
                    context.print(view.ratingName(f.rating) + " · " + counted)
                }
                continue
            }
            if controller.showsAnswerFirst || unkeyed {
                if line.isEmpty && controller.showsAnswerFirst {
                    try controller.markSeen()
                    continue
                }
                let rating = line.isEmpty ? Rating.good : Int(line).flatMap(Rating.init(rawValue:))
                guard let rating, let f = try controller.selfRate(rating, responseMs: ms) else {
                    context.print(context.tr("type 1-4", "请输入 1-4"))
                    continue
                }
                context.print(view.ratingName(f.rating))
                controller.advance()
                continue
            }
            if line == "?" || line == "？" {
                if let f = try controller.giveUp(responseMs: ms) {
                    for l in view.feedback(f, width: width) { context.print(l) }
                    controller.advance()
                }
                continue
            }
            if controller.needsSelfCheck(item) {
                guard var check = controller.assess(line, responseMs: ms) else {
                    context.print(context.tr("could not read that answer; try again", "无法识别该答案，请重试"))
                    continue
                }
                for l in view.selfCheck(check, width: width, screen: false) { context.print(l) }
                // The next line corrects the marks when it is point numbers; anything else confirms them and is
                // read as the next answer, so scripts that never correct keep working.
                if let reply = next() {
                    if let covered = LineDrill.points(reply, count: check.covered.count) { check.covered = covered }
                    else if !reply.trimmingCharacters(in: .whitespaces).isEmpty { pending = reply }
                }
                for l in view.feedback(try controller.confirm(check), width: width) { context.print(l) }
                controller.advance()
                continue
            }
            guard let feedback = try controller.answer(line, responseMs: ms) else {
                context.print(context.tr("could not read that answer; try again", "无法识别该答案，请重试"))
                continue
            }
            for l in view.feedback(feedback, width: width) { context.print(l) }
            controller.advance()
        }
        finish()
    }

    /// `1 3` → points 1 and 3 covered; `0` → none; nil when the line is not a list of point numbers.
    static func points(_ line: String, count: Int) -> [Bool]? {
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" || $0 == "、" })
        guard !parts.isEmpty else { return nil }
        var covered = [Bool](repeating: false, count: count)
        for part in parts {
            guard let n = Int(part), (0...count).contains(n) else { return nil }
            if n > 0 { covered[n - 1] = true }
        }
        return covered
    }

    private func finish() {
        context.print("")
        for line in view.summary(controller) { context.print(line) }
    }
}

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
            guard let raw = readLine() else { break }
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
                if let f = try controller.override(rating) { context.print(view.ratingName(f.rating)) }
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
            guard let feedback = try controller.answer(line, responseMs: ms) else {
                context.print(context.tr("could not read that answer; try again", "无法识别该答案，请重试"))
                continue
            }
            for l in view.feedback(feedback, width: width) { context.print(l) }
            controller.advance()
        }
        finish()
    }

    private func finish() {
        context.print("")
        for line in view.summary(controller) { context.print(line) }
    }
}

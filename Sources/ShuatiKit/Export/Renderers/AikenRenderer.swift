/// Moodle's Aiken format: single-choice items only, each stem and option on one line, then `ANSWER: X`.
/// Everything else is reported as skipped.
public enum AikenRenderer {
    public static func render(_ paper: Paper) -> RenderedExport {
        var out = ""
        var skipped: [SkippedItem] = []
        for item in paper.items {
            let q = item.question
            guard q.type == .singleChoice else {
                skipped.append(.init(number: item.number, id: q.id, reason: "Aiken holds single-choice items only (this is \(q.type.rawValue))"))
                continue
            }
            guard let options = q.options, options.count >= 2, case let .choices(key)? = q.answer, key.count == 1,
                  options.contains(where: { $0.letter == key[0] }) else {
                skipped.append(.init(number: item.number, id: q.id, reason: "needs at least two options and a one-letter key"))
                continue
            }
            out += Escaping.oneLine(q.stem) + "\n"
            for o in options { out += "\(o.letter). \(Escaping.oneLine(o.text))\n" }
            out += "ANSWER: \(key[0])\n\n"
        }
        return RenderedExport(text: out, skipped: skipped)
    }
}

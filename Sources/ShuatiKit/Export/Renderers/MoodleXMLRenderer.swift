import Foundation

/// A Moodle XML quiz: a category, then multichoice (single, or multi with fractions summing to 100 and -100 for
/// wrong options), truefalse, shortanswer (one-blank fill-ins, every alternative accepted), cloze (fill-ins with
/// several blanks, each graded on its own) and essay (short answers and keyless fill-ins, with the key as grader
/// information). Keyless choice items are skipped.
public enum MoodleXMLRenderer {
    public static func render(_ paper: Paper) -> RenderedExport {
        let l = PaperLabels(for: paper)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
        out += "  <question type=\"category\">\n    <category><text>\(xml("$course$/shuati/" + Escaping.oneLine(paper.title).replacingOccurrences(of: "/", with: "-")))</text></category>\n  </question>\n"
        var skipped: [SkippedItem] = []
        for item in paper.items {
            let q = item.question
            let grade = item.points ?? Blueprint.defaultPoints(q.type)
            switch (q.type, q.answer) {
            case (.singleChoice, .choices?), (.multipleChoice, .choices?):
                guard let key = q.consistentChoiceKey, let options = q.options else {
                    skipped.append(.init(number: item.number, id: q.id, reason: "the key names an option the item does not have"))
                    continue
                }
                let single = q.type == .singleChoice && key.count == 1
                var body = "    <single>\(single)</single>\n    <shuffleanswers>true</shuffleanswers>\n"
                body += "    <answernumbering>ABCD</answernumbering>\n"
                for o in options {
                    let right = key.contains(o.letter)
                    let fraction = right ? GIFTRenderer.weight(100.0 / Double(key.count)) : (single ? "0" : "-100")
                    body += "    <answer fraction=\"\(fraction)\" format=\"html\">\n      <text>\(html(o.text))</text>\n"
                    body += "      <feedback format=\"html\"><text></text></feedback>\n    </answer>\n"
                }
                out += question("multichoice", item, grade: grade, extra: body)
            case (.trueFalse, .trueFalse(let b)?):
                var body = "    <answer fraction=\"\(b ? 100 : 0)\" format=\"moodle_auto_format\">\n      <text>true</text>\n"
                body += "      <feedback format=\"html\"><text></text></feedback>\n    </answer>\n"
                body += "    <answer fraction=\"\(b ? 0 : 100)\" format=\"moodle_auto_format\">\n      <text>false</text>\n"
                body += "      <feedback format=\"html\"><text></text></feedback>\n    </answer>\n"
                out += question("truefalse", item, grade: grade, extra: body)
            case (.fillBlank, .blanks(let blanks)?) where blanks.count == 1:
                var body = "    <usecase>0</usecase>\n"
                for alt in blanks[0].split(separator: "/").map({ $0.trimmingCharacters(in: .whitespaces) }) where !alt.isEmpty {
                    body += "    <answer fraction=\"100\" format=\"moodle_auto_format\">\n      <text>\(xml(alt))</text>\n"
                    body += "      <feedback format=\"html\"><text></text></feedback>\n    </answer>\n"
                }
                out += question("shortanswer", item, grade: grade, extra: body)
            case (.fillBlank, .blanks(let blanks)?) where blanks.count > 1:
                out += question("cloze", item, grade: grade, extra: "",
                                text: Escaping.cdata(MoodleCloze.questionHTML(stem: q.stem, blanks: blanks)))
            case (.singleChoice, nil), (.multipleChoice, nil), (.trueFalse, nil):
                skipped.append(.init(number: item.number, id: q.id, reason: "no answer key, so Moodle cannot grade it"))
            default:
                var body = "    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n"
                body += "    <responsefieldlines>\(q.type == .fillBlank ? 3 : 10)</responsefieldlines>\n"
                body += "    <attachments>0</attachments>\n"
                body += "    <graderinfo format=\"html\"><text>\(q.answer == nil ? "" : html(l.key(q)))</text></graderinfo>\n"
                body += "    <responsetemplate format=\"html\"><text></text></responsetemplate>\n"
                out += question("essay", item, grade: grade, extra: body)
            }
        }
        out += "</quiz>\n"
        return RenderedExport(text: out, skipped: skipped)
    }

    static func question(_ type: String, _ item: PaperItem, grade: Double, extra: String, text: String? = nil) -> String {
        let q = item.question
        var s = "  <question type=\"\(type)\">\n"
        s += "    <name><text>\(xml("\(item.number). " + String(Escaping.oneLine(q.stem).prefix(40))))</text></name>\n"
        s += "    <questiontext format=\"html\">\n      <text>\(text ?? html(q.stem))</text>\n    </questiontext>\n"
        s += "    <generalfeedback format=\"html\">\n      <text>\(q.explanation.map(html) ?? "")</text>\n    </generalfeedback>\n"
        s += "    <defaultgrade>\(GIFTRenderer.weight(grade))</defaultgrade>\n"
        s += "    <penalty>\(type == "truefalse" ? "1" : "0.3333333")</penalty>\n    <hidden>0</hidden>\n"
        s += "    <idnumber>\(xml(q.id))</idnumber>\n"
        s += "    <tags>\n      <tag><text>shuati</text></tag>\n      <tag><text>\(q.type.rawValue)</text></tag>\n    </tags>\n"
        return s + extra + "  </question>\n"
    }

    /// Text content escaped for XML.
    static func xml(_ s: String) -> String { Escaping.html(Escaping.xmlSafe(s)) }

    /// HTML for a `format="html"` field, inside CDATA so it stays readable: `<p>` with `<br>` line breaks.
    static func html(_ s: String) -> String {
        Escaping.cdata("<p>" + Escaping.htmlLines(Escaping.xmlSafe(s)) + "</p>")
    }
}

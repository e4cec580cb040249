import Foundation

/// One standalone printable page: inline CSS with print rules, a CJK font stack, name and score boxes, the answer
/// key on its own page. No scripts, no external resources.
public enum HTMLRenderer {
    public static func render(_ paper: Paper) -> RenderedExport {
        let l = PaperLabels(for: paper)
        let lang = l.chinese ? "zh-CN" : "en"
        var out = """
        <!DOCTYPE html>
        <html lang="\(lang)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Escaping.html(paper.title))</title>
        <style>\(css)</style>
        </head>
        <body>
        <main class="paper">
        <header>
        <h1>\(Escaping.html(paper.title))</h1>
        <p class="cover">\(Escaping.html(l.coverLine(paper)))</p>

        """
        out += candidateBoxes(l)
        if paper.isScored { out += scoreTable(paper, labels: l) }
        out += "</header>\n"
        for (i, part) in paper.parts.enumerated() {
            out += "<section class=\"part\">\n<h2>\(Escaping.html(l.partNumber(i) + l.typeName(part.type)))"
            out += "<span class=\"summary\">\(Escaping.html(l.partSummary(part.items)))</span></h2>\n"
            for item in part.items { out += itemHTML(item, labels: l) }
            out += "</section>\n"
        }
        out += keyHTML(paper, labels: l)
        out += "</main>\n</body>\n</html>\n"
        return RenderedExport(text: out)
    }

    static func candidateBoxes(_ l: PaperLabels) -> String {
        let fields = [l.name, l.className, l.studentID]
        return "<div class=\"candidate\">" + fields.map {
            "<span class=\"field\"><span class=\"label\">\(Escaping.html($0))</span><span class=\"line\"></span></span>"
        }.joined() + "</div>\n"
    }

    /// 题号 | 一 | 二 | … | 总分, with a full-marks row and an empty score row for the marker.
    static func scoreTable(_ paper: Paper, labels l: PaperLabels) -> String {
        let parts = paper.parts
        var s = "<table class=\"scores\">\n<tr><th>\(Escaping.html(l.part))</th>"
        for i in parts.indices {
            s += "<th>\(Escaping.html(l.partNumber(i).trimmingCharacters(in: .init(charactersIn: "、. "))))</th>"
        }
        s += "<th>\(Escaping.html(l.total))</th></tr>\n<tr><th>\(Escaping.html(l.fullMarks))</th>"
        for part in parts { s += "<td>\(formatPoints(part.items.reduce(0) { $0 + ($1.points ?? 0) }))</td>" }
        s += "<td>\(formatPoints(paper.totalPoints))</td></tr>\n<tr class=\"blank\"><th>\(Escaping.html(l.score))</th>"
        s += String(repeating: "<td></td>", count: parts.count + 1) + "</tr>\n</table>\n"
        return s
    }

    static func itemHTML(_ item: PaperItem, labels l: PaperLabels) -> String {
        let q = item.question
        var s = "<div class=\"item \(q.type.rawValue)\">\n<p class=\"stem\"><span class=\"num\">\(item.number).</span> "
        s += Escaping.htmlLines(q.stem)
        if q.type == .trueFalse && q.options == nil { s += "<span class=\"paren\">（　　）</span>" }
        if let p = item.points {
            s += " <span class=\"points\">" + Escaping.html(l.chinese ? "（\(formatPoints(p)) 分）" : "(\(formatPoints(p)) pt)") + "</span>"
        }
        s += "</p>\n"
        if let options = q.options {
            // Short options sit in two or four columns as on printed papers; long ones get a row each.
            let longest = options.map { DisplayColumns.of($0.text) }.max() ?? 0
            let columns = longest <= 14 ? 4 : longest <= 34 ? 2 : 1
            s += "<ol class=\"options cols\(columns)\">"
            for o in options {
                s += "<li><span class=\"letter\">\(Escaping.html(o.letter)).</span> \(Escaping.htmlLines(o.text))</li>"
            }
            s += "</ol>\n"
        }
        if q.type == .shortAnswer {
            let lines = max(4, min(14, Int((item.points ?? 5).rounded()) + 3))
            s += "<div class=\"answer-space\" style=\"height: \(lines * 9)mm\"></div>\n"
        }
        return s + "</div>\n"
    }

    static func keyHTML(_ paper: Paper, labels l: PaperLabels) -> String {
        var s = "<section class=\"key\">\n<h2>\(Escaping.html(l.answerKey))</h2>\n"
        for (i, part) in paper.parts.enumerated() {
            s += "<h3>\(Escaping.html(l.partNumber(i) + l.typeName(part.type)))</h3>\n"
            if part.type.isChoice || part.type == .trueFalse {
                s += "<div class=\"key-grid\">"
                for item in part.items {
                    s += "<span><b>\(item.number).</b> \(Escaping.html(l.key(item.question)))</span>"
                }
                s += "</div>\n"
                let explained = part.items.filter { !($0.question.explanation ?? "").isEmpty }
                if !explained.isEmpty {
                    s += "<dl class=\"explanations\">"
                    for item in explained {
                        s += "<dt>\(item.number).</dt><dd>\(Escaping.htmlLines(item.question.explanation ?? ""))</dd>"
                    }
                    s += "</dl>\n"
                }
            } else {
                s += "<dl class=\"long-keys\">"
                for item in part.items {
                    s += "<dt>\(item.number).</dt><dd>\(Escaping.htmlLines(l.key(item.question)))"
                    if let e = item.question.explanation, !e.isEmpty {
                        s += "<br><span class=\"expl\">\(Escaping.html(l.explanation))：\(Escaping.htmlLines(e))</span>"
                    }
                    s += "</dd>"
                }
                s += "</dl>\n"
            }
        }
        return s + "</section>\n"
    }

    static let css = """

    @page { size: A4; margin: 18mm 16mm 20mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; background: #f3f3f0; color: #111;
      font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", "Noto Sans CJK SC",
        "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Times New Roman", serif;
      font-size: 11pt; line-height: 1.6; }
    .paper { max-width: 210mm; margin: 12mm auto; padding: 16mm 16mm 20mm; background: #fff;
      box-shadow: 0 1px 6px rgba(0,0,0,.18); }
    header { text-align: center; border-bottom: 2px solid #111; padding-bottom: 4mm; margin-bottom: 5mm; }
    h1 { font-size: 18pt; margin: 0 0 2mm; letter-spacing: .05em; }
    .cover { margin: 0 0 4mm; color: #333; }
    .candidate { display: flex; justify-content: center; gap: 8mm; margin: 0 0 4mm; flex-wrap: wrap; }
    .field { display: inline-flex; align-items: flex-end; }
    .field .label { white-space: nowrap; }
    .field .label::after { content: "："; }
    .field .line { display: inline-block; width: 34mm; border-bottom: 1px solid #111; height: 1.2em; }
    table.scores { border-collapse: collapse; margin: 0 auto; }
    table.scores th, table.scores td { border: 1px solid #111; min-width: 13mm; padding: 1mm 2mm; text-align: center;
      font-weight: normal; }
    table.scores tr.blank td { height: 10mm; }
    h2 { font-size: 12.5pt; margin: 6mm 0 2mm; }
    h2 .summary { font-weight: normal; font-size: 10.5pt; margin-left: .5em; }
    h3 { font-size: 11pt; margin: 4mm 0 1mm; }
    .item { margin: 0 0 3mm; break-inside: avoid; page-break-inside: avoid; }
    .stem { margin: 0; }
    .num { font-weight: bold; margin-right: .2em; }
    .points { color: #444; font-size: 10pt; white-space: nowrap; }
    .paren { white-space: nowrap; }
    ol.options { list-style: none; margin: 1mm 0 0 1.6em; padding: 0; display: grid; column-gap: 4mm; row-gap: .5mm; }
    ol.options.cols4 { grid-template-columns: repeat(4, 1fr); }
    ol.options.cols2 { grid-template-columns: repeat(2, 1fr); }
    ol.options.cols1 { grid-template-columns: 1fr; }
    .letter { font-weight: bold; }
    .answer-space { margin: 1mm 0 0 1.6em; border: 1px solid #999;
      background: repeating-linear-gradient(to bottom, transparent 0, transparent 8.6mm, #ccc 8.6mm, #ccc 9mm); }
    .key { break-before: page; page-break-before: always; margin-top: 10mm; border-top: 2px solid #111; }
    .key h2 { text-align: center; font-size: 15pt; }
    .key-grid { display: grid; grid-template-columns: repeat(5, 1fr); gap: 1mm 4mm; }
    dl { margin: 1mm 0; }
    dt { float: left; clear: left; font-weight: bold; width: 2.4em; }
    dd { margin: 0 0 2mm 2.4em; }
    .expl { color: #333; }
    @media print {
      body { background: #fff; }
      .paper { margin: 0; padding: 0; max-width: none; box-shadow: none; }
      .key { margin-top: 0; border-top: none; }
    }

    """
}

/// Display columns of text (CJK counts two), used to choose how many option columns fit.
enum DisplayColumns {
    static func of(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return n + (wide ? 2 : 1)
        }
    }
}

import Foundation

/// The header row of a 题库 template (the spreadsheet Chinese exam apps import): which column holds the type, the
/// stem, each option or all options, the key, the explanation, the section. Names in Chinese or English, with or
/// without `*` required-marks or notes in parentheses (`答案（必填）`).
struct TableTemplateHeader: Equatable {
    enum Column: Equatable, Hashable {
        case type, stem, options, answer, explanation, section, points, difficulty, id
        case option(String)
    }

    /// Column index of each recognised column (the first one wins when a name repeats).
    var columns: [Column: Int] = [:]
    /// Option letter → column index, in letter order.
    var optionColumns: [(letter: String, index: Int)] {
        columns.compactMap { key, index in if case let .option(l) = key { return (l, index) } else { return nil } }
            .sorted { $0.letter.count != $1.letter.count ? $0.letter.count < $1.letter.count : $0.letter < $1.letter }
    }

    static func == (a: TableTemplateHeader, b: TableTemplateHeader) -> Bool { a.columns == b.columns }

    /// The header a row spells, or nil: it needs a stem column and at least one of type, key or options.
    init?(_ cells: [String]) {
        // A row with a cell longer than any name (even one with a note) is data, not a header: no cell of it is
        // normalised (a sniffed exam document's long lines cost 3 ms before the import could start).
        guard !cells.contains(where: { $0.utf8.count > 400 }) else { return nil }
        for (i, cell) in cells.enumerated() {
            guard let column = TableTemplateHeader.column(named: cell), columns[column] == nil else { continue }
            columns[column] = i
        }
        guard columns[.stem] != nil else { return nil }
        let hasOptions = columns[.options] != nil || columns.keys.contains { if case .option = $0 { return true } else { return false } }
        guard columns[.type] != nil || columns[.answer] != nil || hasOptions else { return nil }
    }

    /// The column a header cell names.
    static func column(named cell: String) -> Column? {
        // A name, even with a note, is short; a long cell (a line of an exam document sniffed as a possible table)
        // is not normalised at all.
        guard cell.utf8.count <= 400 else { return nil }
        var name = TextNormalizer.nfkc(cell).lowercased()
        // Notes in parentheses and required-marks are not part of the name.
        if let open = name.firstIndex(where: { $0 == "(" || $0 == "[" }), name[open...].contains(where: { $0 == ")" || $0 == "]" }) {
            name = String(name[..<open])
        }
        name = name.filter { !$0.isWhitespace && !"*_-:：#".contains($0) }
        if name.isEmpty || name.count > 20 { return nil }
        if let column = names[name] { return column }
        if name.count == 1, let c = name.unicodeScalars.first, ("a"..."h").contains(c) { return .option(name.uppercased()) }
        for prefix in ["选项", "選項", "option", "choice", "answer", "答案"] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.unicodeScalars.first {
                if ("a"..."z").contains(c) { return .option(String(rest).uppercased()) }
                if ("1"..."9").contains(c), prefix != "答案" && prefix != "answer" {
                    return .option(StructuredFields.letter(Int(c.value) - 0x31))
                }
            }
        }
        return nil
    }

    private static let names: [String: Column] = {
        var m: [String: Column] = [:]
        for n in ["题型", "题目类型", "试题类型", "题类型", "类型", "題型", "type", "questiontype", "qtype", "kind"] { m[n] = .type }
        // (`questionContent` / `questionAnswer` / `questionAnalysis`: the field names of a quiz app's export.)
        for n in ["题干", "题目", "试题", "题目内容", "试题内容", "题干内容", "问题", "題幹", "題目", "question", "stem",
                  "questiontext", "questioncontent", "questionbody", "questiontitle", "text", "title", "front", "prompt"] { m[n] = .stem }
        for n in ["选项", "选项内容", "备选答案", "备选项", "所有选项", "選項", "options", "choices", "alternatives"] { m[n] = .options }
        for n in ["答案", "正确答案", "参考答案", "标准答案", "正确选项", "答案选项", "答", "答案內容", "answer", "answers",
                  "correctanswer", "correct", "key", "rightanswer", "questionanswer", "back"] { m[n] = .answer }
        for n in ["解析", "答案解析", "试题解析", "题目解析", "解释", "说明", "详解", "解析内容", "explanation", "analysis",
                  "questionanalysis", "questionexplanation", "feedback", "rationale", "solution"] { m[n] = .explanation }
        for n in ["章节", "分类", "类别", "所属章节", "题目分类", "试题分类", "知识点", "科目", "章", "section", "chapter",
                  "category", "topic", "unit"] { m[n] = .section }
        for n in ["分值", "分数", "得分", "points", "score", "marks", "grade"] { m[n] = .points }
        for n in ["难度", "难易度", "难易程度", "difficulty", "level"] { m[n] = .difficulty }
        for n in ["id", "编号", "序号", "题号", "no", "number"] { m[n] = .id }
        return m
    }()
}

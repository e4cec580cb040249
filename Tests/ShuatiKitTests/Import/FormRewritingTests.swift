import XCTest
@testable import ShuatiKit

/// Documents written here, rewritten with randomly drawn forms (numbering, option delimiters and layout, key labels
/// on no list, key spots, letter case, indentation, blank lines, junk), must all give the same parse: what the
/// importer reads may not depend on the form a document happens to use, only on what it says.
final class FormRewritingTests: XCTestCase {
    /// One item as written: a stem, its options (none for true/false), its key.
    struct Item {
        var stem: String
        var options: [String]
        var key: Answer
    }

    static let chinese: [Item] = [
        Item(stem: "客户关系管理的核心是( )。", options: ["产品", "客户", "渠道", "价格"], key: .choices(["B"])),
        Item(stem: "下列属于数据库管理系统的是( )。", options: ["Word", "Excel", "MySQL", "Photoshop"], key: .choices(["C"])),
        Item(stem: "操作系统的主要功能包括( )。", options: ["进程管理", "存储管理", "文件管理", "文字排版"], key: .choices(["A", "B", "C"])),
        Item(stem: "光在真空中的传播速度约为每秒( )。", options: ["三十万千米", "三万千米", "三千千米", "三百千米"], key: .choices(["A"])),
        Item(stem: "TCP协议工作在( )。", options: ["网络层", "传输层", "应用层", "物理层"], key: .choices(["B"])),
        Item(stem: "下列城市中位于长江沿岸的有( )。", options: ["武汉", "南京", "重庆", "西安"], key: .choices(["A", "B", "C"])),
        Item(stem: "人体最大的器官是( )。", options: ["心脏", "肝脏", "皮肤", "大脑"], key: .choices(["C"])),
        Item(stem: "水在标准大气压下的沸点是一百摄氏度。", options: [], key: .trueFalse(true)),
        Item(stem: "太阳绕着地球转动。", options: [], key: .trueFalse(false)),
    ]

    static let english: [Item] = [
        Item(stem: "Which layer does TCP work in?", options: ["Network layer", "Transport layer", "Session layer", "Physical layer"], key: .choices(["B"])),
        Item(stem: "Which of these are primary colours of light?", options: ["Red", "Green", "Brown", "Blue"], key: .choices(["A", "B", "D"])),
        Item(stem: "What is the capital of France?", options: ["Berlin", "Madrid", "Paris", "Rome"], key: .choices(["C"])),
        Item(stem: "Which planet is closest to the sun?", options: ["Mercury", "Venus", "Earth", "Mars"], key: .choices(["A"])),
        Item(stem: "Which data structure is first in, first out?", options: ["Stack", "Queue", "Tree", "Graph"], key: .choices(["B"])),
    ]

    /// The forms a document may take, drawn at random (one per document: real documents keep one form throughout).
    struct Form: CustomStringConvertible {
        var numbering: (Int) -> String
        var numberingName: String
        var optionMark: (String) -> String
        var optionName: String
        var layout: Layout
        var keySpot: KeySpot
        var label: String
        var lowerKey: Bool
        var indent: () -> String
        var blankLines: Bool
        var rules: Bool
        var explanation: String?
        /// A type tag before each stem (`(单选题, 2.0分)`, `【多选题】`), in one of these styles.
        var tagStyle: Int?
        /// Lines naming the parts (`选择题`, `判断题(每题2分)`) before the first item of each type.
        var partNames: Bool

        enum Layout: String { case perLine, oneRow, twoPerRow, flattened }
        enum KeySpot: String { case label, inStem, answerSheet, bareLine }

        var description: String {
            "numbering \(numberingName), options \(optionName) \(layout.rawValue), key \(keySpot.rawValue) label `\(label)`"
                + " lower=\(lowerKey) blankLines=\(blankLines) rules=\(rules) explanation=\(explanation ?? "-")"
                + " tag=\(tagStyle.map(String.init) ?? "-") parts=\(partNames)"
        }
    }

    static func drawForm<G: RandomNumberGenerator>(_ g: inout G, english: Bool) -> Form {
        let numberings: [(String, (Int) -> String)] = english
            ? [("1.", { "\($0). " }), ("1)", { "\($0)) " }), ("Q1.", { "Q\($0). " }), ("(1)", { "(\($0)) " }), ("1 .", { "\($0) . " })]
            : [("1.", { "\($0)." }), ("1、", { "\($0)、" }), ("1．", { "\($0)．" }), ("(1)", { "(\($0))" }), ("第1题", { "第\($0)题 " }),
               ("1)", { "\($0))" }), ("试题1:", { "试题\($0):" }), ("1,", { "\($0)," })]
        let optionMarks: [(String, (String) -> String)] = [
            ("A.", { "\($0)." }), ("A、", { "\($0)、" }), ("A)", { "\($0))" }), ("(A)", { "(\($0))" }), ("A:", { "\($0):" }),
            ("A．", { "\($0)．" }), ("a.", { "\($0.lowercased())." }), ("a)", { "\($0.lowercased()))" }),
        ]
        // Key labels on the importer's lists and labels on none (learned from the document itself).
        let labels = english
            ? ["Answer:", "ANSWER:", "Correct answer:", "Ans:", "Key:", "Solution key:", "Resp:"]
            : ["答案:", "答案：", "参考答案:", "正确答案:", "【答案】", "答 案:", "资料:", "回答:", "【参考】", "[答]", "答案: :", "选项:", "正解:"]
        let layouts: [Form.Layout] = [.perLine, .perLine, .oneRow, .twoPerRow, .flattened]
        let spots: [Form.KeySpot] = [.label, .label, .inStem, .answerSheet, .bareLine]
        let numbering = numberings.randomElement(using: &g)!
        let mark = optionMarks.randomElement(using: &g)!
        var layout = layouts.randomElement(using: &g)!
        var spot = spots.randomElement(using: &g)!
        // A key alone on a line under the options needs the options to end a line of their own.
        if spot == .bareLine && layout == .flattened { layout = .perLine }
        // Brackets in the stem hold the key only in Chinese papers.
        if english && spot == .inStem { spot = .label }
        let indents = ["", "", "  ", "    ", "\t", " "]
        let indentStyle = Int.random(in: 0..<3, using: &g)
        var rng = SeededGenerator(seed: UInt64.random(in: 0..<UInt64.max, using: &g))
        let explanations = english ? ["Explanation:", "Rationale:"] : ["解析:", "【解析】", "说明:", "分析:"]
        return Form(
            numbering: numbering.1, numberingName: numbering.0,
            optionMark: mark.1, optionName: mark.0, layout: layout, keySpot: spot,
            label: labels.randomElement(using: &g)!, lowerKey: Bool.random(using: &g),
            indent: {
                switch indentStyle {
                case 0: return ""
                case 1: return "  "
                default: return indents.randomElement(using: &rng)!
                }
            },
            blankLines: Int.random(in: 0..<3, using: &g) == 0, rules: Int.random(in: 0..<4, using: &g) == 0,
            explanation: Bool.random(using: &g) ? explanations.randomElement(using: &g)! : nil,
            tagStyle: !english && Int.random(in: 0..<3, using: &g) == 0 ? Int.random(in: 0..<4, using: &g) : nil,
            partNames: !english && Int.random(in: 0..<3, using: &g) == 0)
    }

    /// The type tag of an item in one of four styles a quiz export or a paper uses.
    static func tag(_ item: Item, style: Int) -> String {
        let name: String
        switch item.key {
        case let .choices(letters): name = letters.count > 1 ? "多选题" : "单选题"
        default: name = "判断题"
        }
        switch style {
        case 0: return "(\(name), 2.0分)"
        case 1: return "【\(name)】"
        case 2: return "[\(name) 2分]"
        default: return "(\(name))"
        }
    }

    static func keyText(_ key: Answer, form: Form, english: Bool, g: inout SeededGenerator) -> String {
        switch key {
        case let .choices(letters):
            let joined = letters.joined()
            return form.lowerKey ? joined.lowercased() : joined
        case let .trueFalse(value):
            let words = english ? (value ? ["True", "T"] : ["False", "F"]) : (value ? ["对", "√", "正确"] : ["错", "×", "错误"])
            return words.randomElement(using: &g)!
        default: return ""
        }
    }

    /// Writes the items in the drawn form.
    static func render(_ items: [Item], form: Form, english: Bool, seed: UInt64) -> String {
        var g = SeededGenerator(seed: seed)
        var lines: [String] = [english ? "Practice Quiz" : "期末复习练习题", ""]
        var sheet: [String] = []
        let letters = ["A", "B", "C", "D", "E", "F"]
        for (n, item) in items.enumerated() {
            let number = form.numbering(n + 1)
            let key = keyText(item.key, form: form, english: english, g: &g)
            var stem = item.stem
            if form.keySpot == .inStem, stem.contains("( )") { stem = stem.replacingOccurrences(of: "( )", with: "( \(key) )") }
            if form.keySpot == .inStem, item.options.isEmpty { stem += "( \(key) )" }
            if let style = form.tagStyle { stem = tag(item, style: style) + stem }
            let options = item.options.enumerated().map { form.optionMark(letters[$0.offset]) + $0.element }
            var itemLines: [String] = []
            if form.partNames, n == 0 || item.options.isEmpty != items[n - 1].options.isEmpty {
                lines += [item.options.isEmpty ? "判断题(每题2分)" : "选择题", ""]
            }
            switch form.layout {
            case .perLine:
                itemLines = [number + stem] + options
            case .oneRow:
                itemLines = [number + stem] + (options.isEmpty ? [] : [options.joined(separator: "    ")])
            case .twoPerRow:
                itemLines = [number + stem]
                var k = 0
                while k < options.count {
                    itemLines.append(options[k..<min(k + 2, options.count)].joined(separator: "\t"))
                    k += 2
                }
            case .flattened:
                itemLines = [([number + stem] + options).joined(separator: "  ")]
            }
            switch form.keySpot {
            case .label:
                if form.layout == .flattened {
                    itemLines[itemLines.count - 1] += "  " + form.label + key
                } else {
                    itemLines.append(form.label + key)
                }
            case .bareLine where !item.options.isEmpty:
                itemLines.append(key)
            case .bareLine:
                itemLines.append(form.label + key)
            case .answerSheet:
                sheet.append("\(n + 1).\(key)")
            case .inStem:
                break
            }
            if let explanation = form.explanation {
                itemLines.append(explanation + (english ? "This follows from the definition." : "本题考查基本概念,选项请对照教材。"))
            }
            for line in itemLines {
                lines.append(form.indent() + line + (Bool.random(using: &g) ? "  " : ""))
                if form.blankLines { lines.append("") }
            }
            if form.rules { lines.append("------------------------------") }
            lines.append("")
        }
        if !sheet.isEmpty {
            lines.append(english ? "Answer Key" : "参考答案")
            lines.append(sheet.joined(separator: "  "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A stem form-free: no spaces, and no empty blank (a key printed in the blank leaves one behind).
    static func bare(_ stem: String) -> String {
        stem.filter { !$0.isWhitespace }.replacingOccurrences(of: "()", with: "")
    }

    /// What the parse says, compared form-free: stems without spaces, option texts, keys.
    static func reading(_ items: [Question]) -> [String] {
        items.map { q in
            let stem = bare(q.stem)
            let options = (q.options ?? []).map { $0.text.filter { !$0.isWhitespace } }.joined(separator: "|")
            return "\(stem) [\(options)] = \(q.answer.map { "\($0)" } ?? "none")"
        }
    }

    static func expected(_ items: [Item]) -> [String] {
        items.map { item in
            let stem = bare(item.stem)
            return "\(stem) [\(item.options.map { $0.filter { !$0.isWhitespace } }.joined(separator: "|"))] = \(item.key)"
        }
    }

    func testEveryDrawnFormGivesTheSameParse() {
        var failures: [String] = []
        var allForms: [String] = []
        var g = SeededGenerator(seed: 20261202)
        let rounds = 400
        for round in 0..<rounds {
            let english = round % 3 == 2
            let items = english ? Self.english : Self.chinese
            let form = Self.drawForm(&g, english: english)
            let text = Self.render(items, form: form, english: english, seed: UInt64(round))
            let got = Self.reading(importText(text).items)
            let want = Self.expected(items)
            allForms.append("\(got == want ? "ok" : "FAIL") \(form)")
            if got != want {
                let diff = zip(want, got).first { $0 != $1 }.map { "want \($0.0)\n   got \($0.1)" } ?? "items \(got.count) vs \(want.count)"
                failures.append("round \(round): \(form)\n   \(diff)\n---\n\(text.prefix(400))")
            }
        }
        if let dump = ProcessInfo.processInfo.environment["SHUATI_FORM_DUMP"] {
            try? failures.joined(separator: "\n\n").write(toFile: dump, atomically: true, encoding: .utf8)
            try? allForms.joined(separator: "\n").write(toFile: dump + ".all", atomically: true, encoding: .utf8)
        }
        XCTAssert(failures.isEmpty, "\(failures.count) of \(rounds) forms parsed differently; first:\n" + failures.prefix(3).joined(separator: "\n\n"))
    }

    func testTheCanonicalDocumentsParse() {
        // The rewriting test compares against what the items say; this pins that the plain form reads so.
        var g = SeededGenerator(seed: 1)
        var form = Self.drawForm(&g, english: false)
        form.numbering = { "\($0)." }
        form.optionMark = { "\($0)." }
        form.layout = .perLine
        form.keySpot = .label
        form.label = "答案:"
        form.lowerKey = false
        form.indent = { "" }
        form.blankLines = false
        form.rules = false
        form.explanation = nil
        let text = Self.render(Self.chinese, form: form, english: false, seed: 0)
        XCTAssertEqual(Self.reading(importText(text).items), Self.expected(Self.chinese), text)
    }
}

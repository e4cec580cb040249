import Foundation
import XCTest
@testable import ShuatiKit

/// Items of every type for round-trip tests: the export fixture plus awkward text (several lines, commas, quotes,
/// tabs are not used since line-based formats flatten them), six options, an English item, short-answer kinds.
enum RoundTripFixtures {
    static let items: [Question] = ExportFixtures.items + [
        ExportFixtures.q(.singleChoice, "第三章, \"引号\"", "下列哪一项，\"最\"重要？\n（请选一项）", ["甲, 乙", "丙\"丁\"", "戊|己", "庚", "辛", "壬"],
                         .choices(["F"]), explanation: "多行\n解析", line: 14),
        ExportFixtures.q(.multipleChoice, "Chapter 1", "Which are prime numbers?", ["2", "4", "5", "9"], .choices(["A", "C"]),
                         explanation: "2 and 5.", line: 15),
        ExportFixtures.q(.multipleChoice, "第三章", "只有一个正确选项的多选题", ["对的", "错的", "也错"], .choices(["A"]), line: 16),
        ExportFixtures.q(.fillBlank, "第三章", "____是第一步，____是第二步，____是第三步。", nil, .blanks(["识别", "区分", "互动"]), line: 17),
        ExportFixtures.q(.fillBlank, "第三章", "没有答案的填空____。", nil, nil, line: 18),
        ExportFixtures.q(.trueFalse, "第三章", "没有答案的判断题。", nil, nil, line: 19),
        Question(type: .shortAnswer, kind: "term_definition", section: "第三章", stem: "客户忠诚", options: nil,
                 answer: .text("客户对企业产品或服务的依恋。\n第二行"), explanation: "名词解释", source: .init(file: "f", line: 20)),
        Question(type: .shortAnswer, kind: "case_analysis", section: "第三章", stem: "阅读案例，回答问题：\n某公司……", options: nil,
                 answer: .text("要点一；要点二"), source: .init(file: "f", line: 21)),
    ]

    /// The bundled bank.
    static func bundledBank() throws -> [Question] {
        let url = packageRoot.appendingPathComponent("question-banks/crm.json")
        return try Bank(json: JSONParser.parse([UInt8](Data(contentsOf: url))), defaultName: "crm").items
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// What must survive a round trip: id, type, stem, options, answer.
    struct Essentials: Equatable, CustomStringConvertible {
        var id: String, type: QuestionType, stem: String, options: [Option]?, answer: Answer?
        init(_ q: Question, flattenLines: Bool = false) {
            id = q.id; type = q.type; options = q.options; answer = q.answer
            stem = flattenLines ? Escaping.oneLine(q.stem) : q.stem
        }
        var description: String { "\(id) \(type.rawValue) \(stem.debugDescription) \(options.map { $0.map { "\($0.letter)=\($0.text)" } } ?? []) \(answer.map { "\($0)" } ?? "nil")" }
    }

    /// Exports `items` in `format`, imports the text as `file`, and returns what went out (the items the format
    /// holds) and what came back.
    static func roundTrip(_ items: [Question], format: ExportFormat, file: String) throws
        -> (sent: [Question], back: [Question], warnings: [Diagnostic]) {
        let rendered = BankExporter.export(Paper(title: "往返 round trip", questions: items), format: format)
        let skipped = Set(rendered.skipped.map(\.id))
        let result = try DocumentImporter.read(Data(rendered.text.utf8), file: file)
        return (items.filter { !skipped.contains($0.id) }, result.items, result.warnings)
    }

    static func assertSame(_ sent: [Question], _ back: [Question], flattenLines: Bool = false, _ label: String,
                           file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(sent.count, back.count, "\(label): item count", file: file, line: line)
        for (a, b) in zip(sent, back) {
            XCTAssertEqual(Essentials(a, flattenLines: flattenLines), Essentials(b, flattenLines: flattenLines), label, file: file, line: line)
        }
    }
}

import ShuatiKit

/// A small bank with every item type, Chinese text, GIFT's special characters and keyless items.
enum ExportFixtures {
    static func q(_ type: QuestionType, _ section: String, _ stem: String, _ options: [String]? = nil, _ answer: Answer?,
                  explanation: String? = nil, line: Int) -> Question {
        let opts = options?.enumerated().map { Option(letter: String(UnicodeScalar(UInt8(65 + $0.offset))), text: $0.element) }
        return Question(type: type, section: section, stem: stem, options: opts, answer: answer, explanation: explanation,
                        source: SourceLocation(file: "fixture.txt", line: line))
    }

    static let items: [Question] = [
        q(.singleChoice, "第一章 概论", "客户关系管理（CRM）的核心是？", ["产品", "客户", "渠道", "价格"], .choices(["B"]),
          explanation: "以客户为中心。", line: 1),
        q(.singleChoice, "第一章 概论", "GIFT special: a~b = c # d {e} f: g \\ h?", ["x = 1", "{y}", "~z", "#w:"], .choices(["C"]), line: 2),
        q(.singleChoice, "第二章 客户价值", "客户终身价值的英文缩写是", ["CLV", "ROI", "KPI", "CRM"], .choices(["A"]), line: 3),
        q(.singleChoice, "第二章 客户价值", "下列说法正确的是", ["甲", "乙", "丙", "以上都对"], .choices(["D"]), line: 4),
        q(.multipleChoice, "第一章 概论", "CRM 系统按功能可分为哪几类？", ["操作型", "分析型", "协作型", "娱乐型"], .choices(["A", "B", "C"]), line: 5),
        q(.multipleChoice, "第二章 客户价值", "客户满意度的影响因素包括 <质量> & \"服务\"", ["产品质量", "服务水平", "天气", "价格"],
          .choices(["A", "B", "D"]), line: 6),
        q(.trueFalse, "第一章 概论", "CRM 只是一套软件系统。", nil, .trueFalse(false), line: 7),
        q(.trueFalse, "第二章 客户价值", "忠诚客户能为企业带来持续利润。", nil, .trueFalse(true), line: 8),
        q(.fillBlank, "第二章 客户价值", "帕累托法则又称____法则。", nil, .blanks(["二八/80-20"]), line: 9),
        q(.fillBlank, "第一章 概论", "CRM 的三要素是理念、____和____。", nil, .blanks(["技术", "实施"]), line: 10),
        q(.shortAnswer, "第一章 概论", "简述客户关系管理的内涵。", nil, .text("理念、技术、实施三者统一。"), line: 11),
        q(.shortAnswer, "第二章 客户价值", "什么是客户忠诚？", nil, nil, line: 12),
        q(.singleChoice, "第二章 客户价值", "没有答案的单选题", ["一", "二"], nil, line: 13),
    ]

    static var paper: Paper { Paper(title: "CRM 练习", questions: items) }
}

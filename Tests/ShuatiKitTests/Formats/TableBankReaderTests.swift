import Foundation
import XCTest
@testable import ShuatiKit

final class TableBankReaderTests: XCTestCase {
    func read(_ text: String, file: String = "bank.csv") throws -> ImportResult {
        try DocumentImporter.read(Data(text.utf8), file: file)
    }

    func testChineseTemplateWithQuotingAndEveryType() throws {
        let csv = """
        题库导入模板（请勿修改表头）
        题型,题干,选项A,选项B,选项C,选项D,答案,解析,章节,分值,难度
        单选题,"CRM 的核心是？",产品,客户,渠道,价格,B,以客户为中心。,第一章,1,易
        多选,"按功能分为，哪几类？","操作型","分析型","协作型","娱乐型","A,C,B",,第一章,2,中
        判断题,"CRM 只是""软件""。",,,,,错误,,第一章,1,
        填空题,CRM 的三要素是理念、____和____。,,,,,技术|实施,,第二章,2,
        简答题,"简述 CRM 的内涵。","","","","","第一行
        第二行",,第二章,5,
        ,,,,,,,,,,
        单选题,,甲,乙,,,A,,,,
        """
        let r = try read(csv)
        XCTAssertEqual(r.items.map(\.type), [.singleChoice, .multipleChoice, .trueFalse, .fillBlank, .shortAnswer])
        XCTAssertEqual(r.items[0].options?.map(\.text), ["产品", "客户", "渠道", "价格"])
        XCTAssertEqual(r.items[0].answer, .choices(["B"]))
        XCTAssertEqual(r.items[0].explanation, "以客户为中心。")
        XCTAssertEqual(r.items[0].section, "第一章")
        XCTAssertEqual(r.items[0].source, SourceLocation(file: "bank.csv", line: 3))
        XCTAssertEqual(r.items[1].stem, "按功能分为，哪几类？")
        XCTAssertEqual(r.items[1].answer, .choices(["A", "B", "C"]))
        XCTAssertEqual(r.items[2].stem, "CRM 只是\"软件\"。")
        XCTAssertEqual(r.items[2].answer, .trueFalse(false))
        XCTAssertNil(r.items[2].options)
        XCTAssertEqual(r.items[3].answer, .blanks(["技术", "实施"]))
        XCTAssertEqual(r.items[4].answer, .text("第一行\n第二行"))
        XCTAssertEqual(r.items[4].source.line, 7)
        XCTAssertEqual(r.warnings.map(\.description), ["bank.csv:10: warning: row has no question text (题干); skipped"])
    }

    func testEnglishHeadersTabsOneOptionsColumnAndInferredTypes() throws {
        let tsv = "Question\tOptions\tCorrect Answer\tExplanation\tCategory\n"
            + "What is 2+2?\tA. 3 B. 4 C. 5\tB\tArithmetic.\tMath\n"
            + "Pick the primes\t2|4|5\tA, C\t\tMath\n"
            + "The sky is blue.\t\tTrue\t\t\n"
            + "Capital of France: ____\t\tParis\t\t\n"
            + "Explain gravity.\t\tMass attracts mass.\t\t\n"
        let r = try read(tsv, file: "bank.tsv")
        XCTAssertEqual(r.items.map(\.type), [.singleChoice, .multipleChoice, .trueFalse, .fillBlank, .shortAnswer])
        XCTAssertEqual(r.items[0].options, [Option(letter: "A", text: "3"), Option(letter: "B", text: "4"), Option(letter: "C", text: "5")])
        XCTAssertEqual(r.items[1].options?.map(\.text), ["2", "4", "5"])
        XCTAssertEqual(r.items[1].answer, .choices(["A", "C"]))
        XCTAssertEqual(r.items[2].answer, .trueFalse(true))
        XCTAssertEqual(r.items[3].answer, .blanks(["Paris"]))
        XCTAssertEqual(r.items[4].answer, .text("Mass attracts mass."))
        XCTAssertEqual(r.items[0].section, "Math")
        XCTAssertTrue(r.warnings.isEmpty, "\(r.warnings)")
    }

    func testGBKFileWithBOMlessHeaderAndMarkedNames() throws {
        let csv = "*题目类型,*题目内容,选项A,选项B,*正确答案（必填）,答案解析\r\n单项选择,核心是？,产品,客户,B,说明\r\n"
        let gbk = csv.data(using: String.Encoding(rawValue: 0x8000_0632))!
        XCTAssertNil(String(data: gbk, encoding: .utf8), "the fixture must really be GBK")
        let r = try DocumentImporter.read(gbk, file: "题库.csv")
        XCTAssertEqual(r.items.count, 1)
        XCTAssertEqual(r.items[0].stem, "核心是？")
        XCTAssertEqual(r.items[0].answer, .choices(["B"]))
        XCTAssertEqual(r.items[0].explanation, "说明")
        let bom = try DocumentImporter.read(Data("\u{FEFF}".utf8) + Data(csv.utf8), file: "x.csv")
        XCTAssertEqual(bom.items.map(\.id), r.items.map(\.id))
    }

    func testBadCellsAreWarningsNamingTheRow() throws {
        let csv = "题型,题干,选项A,选项B,答案\n单选,甲还是乙？,甲,乙,C\n判断,对吗？,,,也许\n奇怪题型,什么？,,,随便\n"
        let r = try read(csv)
        XCTAssertEqual(r.items.count, 3)
        XCTAssertEqual(r.warnings.map(\.description), [
            "bank.csv:2: warning: key C names option C, which the item does not have",
            "bank.csv:3: warning: true/false key \"也许\" is not 对/错, T/F or true/false; item kept without a key",
            "bank.csv:4: warning: unknown question type \"奇怪题型\"; read from the row's content",
        ])
        XCTAssertNil(r.items[1].answer)
        XCTAssertEqual(r.items[2].type, .shortAnswer)
    }

    func testNoHeaderIsOneError() {
        XCTAssertThrowsError(try read("a,b,c\n1,2,3\n")) { error in
            XCTAssertEqual("\(error)", "bank.csv:1: error: no header row naming the columns (题型, 题干, 选项A…, 答案 or type, question, optionA…, answer)")
        }
    }

    func testSpreadsheetRowsEntryPoint() {
        let rows = [["说明：第一行是标题"], ["题型", "题干", "选项A", "选项B", "选项C", "答案"], ["单选", "几？", "一", "二", "三", "C"]]
        XCTAssertTrue(TableBankReader.recognizes(rows))
        let r = TableBankReader.read(rows: rows, file: "bank.xlsx")
        XCTAssertEqual(r.items.count, 1)
        XCTAssertEqual(r.items[0].source.line, 3)
        XCTAssertEqual(r.items[0].answer, .choices(["C"]))
        XCTAssertFalse(TableBankReader.recognizes([["姓名", "学号"], ["张三", "1"]]))
        XCTAssertEqual(TableBankReader.read(rows: [["x"]], file: "b.xlsx").warnings.first?.severity, .error)
    }

    func testCSVExportIsTheTemplate() {
        let text = CSVRenderer.render(Paper(title: "t", questions: RoundTripFixtures.items)).text
        XCTAssertTrue(text.hasPrefix("\u{FEFF}题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,章节\r\n"), String(text.prefix(80)))
        XCTAssertTrue(text.contains("\r\n单选题,客户关系管理（CRM）的核心是？,产品,客户,渠道,价格,,,B,以客户为中心。,第一章 概论\r\n"))
        XCTAssertTrue(text.contains("\r\n判断题,CRM 只是一套软件系统。,,,,,,,错误,,第一章 概论\r\n"))
        XCTAssertTrue(text.contains("\r\n填空题,CRM 的三要素是理念、____和____。,,,,,,,技术|实施,,第一章 概论\r\n"))
        XCTAssertTrue(text.contains("\r\n名词解释,客户忠诚,"))
        let english = CSVRenderer.render(Paper(title: "t", questions: [RoundTripFixtures.items[14]])).text
        XCTAssertTrue(english.hasPrefix("\u{FEFF}type,question,optionA,optionB,optionC,optionD,answer,explanation,section\r\n"), english)
        XCTAssertTrue(english.contains("multiple choice,Which are prime numbers?,2,4,5,9,AC,2 and 5.,Chapter 1\r\n"), english)
    }

    func testCSVAndJSONRoundTrips() throws {
        for items in [RoundTripFixtures.items, try RoundTripFixtures.bundledBank()] {
            for (format, file) in [(ExportFormat.csv, "bank.csv"), (.json, "bank.json")] {
                let (sent, back, _) = try RoundTripFixtures.roundTrip(items, format: format, file: file)
                XCTAssertEqual(sent.count, items.count, "\(format) holds every item")
                RoundTripFixtures.assertSame(sent, back, "\(format)")
                XCTAssertEqual(back.map(\.section), sent.map(\.section), "\(format) keeps sections")
                XCTAssertEqual(back.map(\.explanation), sent.map(\.explanation), "\(format) keeps explanations")
                XCTAssertEqual(back.map(\.kind), sent.map(\.kind), "\(format) keeps short-answer kinds")
            }
        }
    }
}

import XCTest
@testable import ShuatiKit

final class JSONTests: XCTestCase {
    func testRoundTripKeepsKeyOrderAndUnicode() throws {
        let text = #"{"b":1,"a":[true,false,null],"s":"客户\n\"q\"","n":-2.5}"#
        let value = try JSONParser.parse(text)
        XCTAssertEqual(value.serialized(), text)
        XCTAssertEqual(value["s"]?.stringValue, "客户\n\"q\"")
    }

    func testEscapesAndSurrogates() throws {
        XCTAssertEqual(try JSONParser.parse(#""\u5ba2\ud83d\ude00\/""#).stringValue, "客😀/")
        XCTAssertThrowsError(try JSONParser.parse(#""\ud83d""#))
    }

    func testRejectsMalformedDocuments() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "tru", "01x", "\"abc", "[1] 2", "{\"a\":1,}"] {
            XCTAssertThrowsError(try JSONParser.parse(bad), bad)
        }
    }

    func testDeepNestingIsAnErrorNotACrash() {
        XCTAssertThrowsError(try JSONParser.parse(String(repeating: "[", count: 100_000)))
    }
}

final class ISO8601Tests: XCTestCase {
    func testFormatAndParse() throws {
        let date = try XCTUnwrap(ISO8601.parse("2026-11-24T10:00:00Z"))
        XCTAssertEqual(date.timeIntervalSince1970, 1_795_514_400)
        XCTAssertEqual(ISO8601.format(date), "2026-11-24T10:00:00Z")
        XCTAssertEqual(ISO8601.parse("2026-11-24T18:00:00+08:00"), date)
        XCTAssertEqual(ISO8601.format(date.addingTimeInterval(0.25)), "2026-11-24T10:00:00.250Z")
        XCTAssertEqual(ISO8601.parse("2024-02-29T00:00:00.5Z")?.timeIntervalSince1970, 1_709_164_800.5)
    }

    func testRejectsMalformed() {
        for bad in ["2026-11-24", "2026-13-01T00:00:00Z", "2026-11-24T10:00:00", "x026-11-24T10:00:00Z"] {
            XCTAssertNil(ISO8601.parse(bad), bad)
        }
    }
}

final class ItemIDTests: XCTestCase {
    func testSameQuestionWithOtherPunctuationAndWidthHasSameID() {
        let a = ItemID.make(type: .singleChoice, stem: "客户关系管理的核心是（ ）。",
                            options: [Option(letter: "A", text: "客户"), Option(letter: "B", text: "ＣＲＭ")])
        let b = ItemID.make(type: .singleChoice, stem: "客户关系管理的核心是()",
                            options: [Option(letter: "A", text: "客户 "), Option(letter: "B", text: "crm")])
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.count, 16)
    }

    func testArithmeticAndComparisonSignsMatterSpacesAndWidthDoNot() {
        // Math banks print stems that differ only in a sign; merging them as one question lost the second.
        let plus = ItemID.make(type: .fillBlank, stem: "计算：2+3=____", options: nil)
        XCTAssertNotEqual(plus, ItemID.make(type: .fillBlank, stem: "计算：2×3=____", options: nil))
        XCTAssertNotEqual(plus, ItemID.make(type: .fillBlank, stem: "计算：23=____", options: nil))
        XCTAssertEqual(plus, ItemID.make(type: .fillBlank, stem: "计算: 2 ＋ 3 ＝ ____。", options: nil))
        XCTAssertNotEqual(ItemID.make(type: .trueFalse, stem: "当 x>1 时，f(x)≥0", options: nil),
                          ItemID.make(type: .trueFalse, stem: "当 x<1 时，f(x)≤0", options: nil))
        XCTAssertEqual(TextNormalizer.comparisonKey("x ＞ 1，且 y≠2"), "x>1且y≠2")
        let imported = importText("1. 计算：2+3=（ ）\nA. 5 B. 6\n答案：A\n2. 计算：2×3=（ ）\nA. 5 B. 6\n答案：B\n")
        XCTAssertEqual(imported.items.map { $0.answer }, [.choices(["A"]), .choices(["B"])])
    }

    func testTypeAndOptionsMatter() {
        let stem = "CRM 是一种理论"
        XCTAssertNotEqual(ItemID.make(type: .trueFalse, stem: stem, options: nil),
                          ItemID.make(type: .shortAnswer, stem: stem, options: nil))
        XCTAssertNotEqual(ItemID.make(type: .singleChoice, stem: stem, options: [Option(letter: "A", text: "甲")]),
                          ItemID.make(type: .singleChoice, stem: stem, options: [Option(letter: "A", text: "乙")]))
    }
}

final class BankTests: XCTestCase {
    func testBankJSONRoundTripAndDedup() throws {
        let q1 = Question(type: .multipleChoice, section: "第一章", stem: "选出正确的", options: [
            Option(letter: "A", text: "甲"), Option(letter: "B", text: "乙"), Option(letter: "C", text: "丙"),
        ], answer: .choices(["A", "C"]), source: SourceLocation(file: "a.txt", line: 3))
        let q2 = Question(type: .trueFalse, section: "", stem: "地球是圆的", options: nil, answer: .trueFalse(true),
                          source: SourceLocation(file: "a.txt", line: 9))
        let q3 = Question(type: .fillBlank, section: "", stem: "___ 和 ___", options: nil, answer: .blanks(["甲/乙", "丙"]),
                          source: SourceLocation(file: "b.txt", line: 1))
        let bank = Bank(name: "t", items: [q1, q2, q1, q3])
        XCTAssertEqual(bank.items.count, 3)
        let reread = try Bank(json: try JSONParser.parse(bank.json.serialized()), defaultName: "x")
        XCTAssertEqual(reread, bank)
        XCTAssertEqual(bank.item(String(q2.id.prefix(6)))?.stem, "地球是圆的")
    }

    func testBadItemIsReported() {
        let json = try! JSONParser.parse(#"{"items":[{"type":"bogus","stem":"x"}]}"#)
        XCTAssertThrowsError(try Bank(json: json, defaultName: "x")) { error in
            XCTAssertTrue("\(error)".contains("item 1"))
        }
    }
}

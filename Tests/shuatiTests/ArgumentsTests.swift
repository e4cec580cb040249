import XCTest
@testable import shuati

final class ArgumentsTests: XCTestCase {
    let spec = ArgumentSpec(valued: ["--section", "--limit", "--output"], flags: ["--json"], aliases: ["-o": "--output"])

    func testPositionalsOptionsAndFlags() throws {
        let p = try ParsedArguments(["a.txt", "--section", "第一章", "--json", "--limit=5", "-o", "x", "b.txt"], spec: spec)
        XCTAssertEqual(p.positionals, ["a.txt", "b.txt"])
        XCTAssertEqual(p.value("--section"), "第一章")
        XCTAssertEqual(try p.int("--limit", in: 1...100), 5)
        XCTAssertEqual(p.value("--output"), "x")
        XCTAssertTrue(p.has("--json"))
    }

    func testDoubleDashAndNegativeNumbers() throws {
        let p = try ParsedArguments(["--", "--json", "-3"], spec: spec)
        XCTAssertEqual(p.positionals, ["--json", "-3"])
        XCTAssertFalse(p.has("--json"))
    }

    func testErrors() {
        XCTAssertThrowsError(try ParsedArguments(["--nope"], spec: spec)) {
            XCTAssertEqual($0 as? ArgumentError, .unknownOption("--nope"))
        }
        XCTAssertThrowsError(try ParsedArguments(["--limit"], spec: spec)) {
            XCTAssertEqual($0 as? ArgumentError, .missingValue("--limit"))
        }
        XCTAssertThrowsError(try ParsedArguments(["--limit", "x"], spec: spec).int("--limit"))
    }

    func testLanguageFromEnvironment() {
        XCTAssertEqual(Language(environment: ["LANG": "zh_CN.UTF-8"]), .chinese)
        XCTAssertEqual(Language(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]), .english)
        XCTAssertEqual(Language(environment: [:]), .english)
    }

    func testStyleHonoursNoColor() {
        XCTAssertEqual(TextStyle(isTTY: true, environment: ["NO_COLOR": ""]).bold("x"), "x")
        XCTAssertEqual(TextStyle(isTTY: false, environment: [:]).red("x"), "x")
        XCTAssertNotEqual(TextStyle(isTTY: true, environment: [:]).red("x"), "x")
    }
}

final class DisplayWidthTests: XCTestCase {
    func testCJKIsTwoColumnsLatinOne() {
        XCTAssertEqual(DisplayWidth.of("客户关系"), 8)
        XCTAssertEqual(DisplayWidth.of("CRM"), 3)
        XCTAssertEqual(DisplayWidth.of("Ａ，"), 4)  // full-width letter and comma
    }

    func testEmojiAndCombiningMarks() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)  // e + combining acute
        XCTAssertEqual(DisplayWidth.of("\u{2764}\u{FE0F}"), 2)  // heart with emoji presentation
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2)  // with skin tone modifier
        XCTAssertEqual(DisplayWidth.of("\u{200B}"), 0)
    }

    func testWrapRespectsColumns() {
        let lines = DisplayWidth.wrap("客户关系管理是一个获取保持和增加可获利客户的过程", to: 10)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        XCTAssertEqual(lines.joined(), "客户关系管理是一个获取保持和增加可获利客户的过程")
        XCTAssertEqual(DisplayWidth.wrap("hello brave new world", to: 11), ["hello brave", "new world"])
    }

    func testPadAndTruncate() {
        XCTAssertEqual(DisplayWidth.padded("客户", to: 6), "客户  ")
        XCTAssertEqual(DisplayWidth.truncated("客户关系管理", to: 7), "客户关…")
        XCTAssertEqual(DisplayWidth.truncatedKeepingEnd("期末试卷 一、单选题", to: 11), "…一、单选题")
        XCTAssertEqual(DisplayWidth.truncatedKeepingEnd("短", to: 11), "短")
    }
}

import Foundation
import XCTest
@testable import ShuatiKit

final class ExportRendererTests: XCTestCase {
    let paper = ExportFixtures.paper

    func testMarkdownHasPartsThenTheKey() {
        let md = MarkdownRenderer.render(paper).text
        XCTAssertTrue(md.hasPrefix("# CRM 练习\n"))
        XCTAssertTrue(md.contains("## 一、单项选择题（共 4 题）"))
        XCTAssertTrue(md.contains("   - B. 客户\n"))
        XCTAssertTrue(md.contains("客户满意度的影响因素包括 \\<质量\\> & \"服务\""), "inline HTML must not pass through")
        let key = md.range(of: "## 参考答案")!
        XCTAssertLessThan(md.range(of: "简述客户关系管理的内涵")!.lowerBound, key.lowerBound)
        XCTAssertTrue(md[key.upperBound...].contains("1. **B**　解析：以客户为中心。"))
        XCTAssertTrue(md[key.upperBound...].contains("10. **技术；实施**"))
        XCTAssertTrue(md[key.upperBound...].contains("12. **（无参考答案）**"))
    }

    func testScoredMarkdownShowsPointsAndNameLine() throws {
        let exam = try MockExamBuilder.build(from: ExportFixtures.items, blueprint: Blueprint.parse("single:2x1.5,short:1x10"),
                                             seed: 1, shuffleOptions: false, title: "期中模拟", minutes: 90)
        let md = MarkdownRenderer.render(exam).text
        XCTAssertTrue(md.contains("共 3 题，满分 13 分，考试时间 90 分钟，试卷编号 1"), md)
        XCTAssertTrue(md.contains("姓名："))
        XCTAssertTrue(md.contains("## 一、单项选择题（共 2 题，每题 1.5 分，共 3 分）"), md)
        XCTAssertTrue(md.contains("（10 分）"))
    }

    func testHTMLIsAStandalonePrintablePage() throws {
        let exam = try MockExamBuilder.build(from: ExportFixtures.items, blueprint: Blueprint.parse("single:4x1,multi:2x2,tf:2,fill:2,short:1x10"),
                                             seed: 2, shuffleOptions: true, title: "A <b>&</b> test", minutes: 60)
        let html = HTMLRenderer.render(exam).text
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("<title>A &lt;b&gt;&amp;&lt;/b&gt; test</title>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.contains("http://") || html.contains("https://") || html.contains("@import") || html.contains("url("),
                       "no network resources")
        XCTAssertTrue(html.contains("@page"))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains(".key { break-before: page; page-break-before: always;"))
        XCTAssertTrue(html.contains("\"Noto Serif CJK SC\"") && html.contains("\"Microsoft YaHei\""))
        XCTAssertTrue(html.contains("<span class=\"label\">姓名</span>"))
        XCTAssertTrue(html.contains("<table class=\"scores\">"))
        XCTAssertTrue(html.contains("&lt;质量&gt; &amp; &quot;服务&quot;"))
        XCTAssertLessThan(html.range(of: "class=\"part\"")!.lowerBound, html.range(of: "<section class=\"key\">")!.lowerBound)
        XCTAssertEqual(html.components(separatedBy: "<div class=\"item ").count - 1, 11)
    }

    func testGIFTEscapesSpecialCharactersAndWritesEveryType() {
        let out = GIFTRenderer.render(paper)
        let gift = out.text
        XCTAssertTrue(gift.contains("[html]GIFT special\\: a\\~b \\= c \\# d \\{e\\} f\\: g \\\\ h?"), gift)
        XCTAssertTrue(gift.contains("\t=\\{y\\}") == false && gift.contains("\t~\\{y\\}") && gift.contains("\t=\\~z") && gift.contains("\t~\\#w\\:"))
        XCTAssertTrue(gift.contains("\t~x \\= 1"))
        XCTAssertTrue(gift.contains("\t~%33.33333%操作型") && gift.contains("\t~%-100%娱乐型"), "multi weights sum to 100")
        XCTAssertTrue(gift.contains("CRM 只是一套软件系统。 {FALSE}"))
        XCTAssertTrue(gift.contains("帕累托法则又称____法则。 {=二八 =80-20}"))
        XCTAssertTrue(gift.contains("&lt;质量&gt; &amp; \"服务\""))
        XCTAssertTrue(gift.contains("简述客户关系管理的内涵。 {####理念、技术、实施三者统一。}"))
        XCTAssertTrue(gift.contains("CRM 的三要素是理念、____和____。 {####技术；实施}"), "several blanks become an essay")
        XCTAssertTrue(gift.contains("什么是客户忠诚？ {}"))
        XCTAssertEqual(out.skipped.map(\.number), [13])
        // Every question is one paragraph: `::name::` opens it and nothing unescaped splits it.
        XCTAssertEqual(gift.components(separatedBy: "\n::").count - 1, 12)
    }

    func testAikenKeepsSingleChoiceOnlyAndSaysWhatWasSkipped() {
        let out = AikenRenderer.render(paper)
        XCTAssertEqual(out.text.components(separatedBy: "ANSWER: ").count - 1, 4)
        XCTAssertTrue(out.text.hasPrefix("客户关系管理（CRM）的核心是？\nA. 产品\nB. 客户\nC. 渠道\nD. 价格\nANSWER: B\n\n"))
        XCTAssertEqual(out.skipped.map(\.number), [5, 6, 7, 8, 9, 10, 11, 12, 13])
        XCTAssertTrue(out.skipped[0].reason.contains("multiple_choice"))
    }

    func testAnkiHeaderAndFields() {
        let text = AnkiRenderer.render(paper).text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(Array(lines.prefix(5)), ["#separator:tab", "#html:true", "#notetype:Basic", "#deck:shuati::CRM 练习", "#tags column:3"])
        let notes = lines.dropFirst(5)
        XCTAssertEqual(notes.count, 13)
        XCTAssertTrue(notes.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
        let first = notes.first!.split(separator: "\t").map(String.init)
        XCTAssertEqual(first[0], "客户关系管理（CRM）的核心是？<br><br>A. 产品<br>B. 客户<br>C. 渠道<br>D. 价格")
        XCTAssertEqual(first[1], "<b>答案：B</b><br>B. 客户<br><br>解析：以客户为中心。")
        XCTAssertEqual(first[2], "shuati single_choice 第一章_概论")
        XCTAssertFalse(notes.contains { $0.contains("\"") }, "quotes are entities so no field opens a CSV quote")
    }

    func testJSONReadsBackAsTheSameBank() throws {
        let text = JSONRenderer.render(paper).text
        let bank = try Bank(json: JSONParser.parse(text), defaultName: "x")
        XCTAssertEqual(bank.name, "CRM 练习")
        XCTAssertEqual(bank.items, ExportFixtures.items)
    }

    func testMoodleXMLStructureAndXmllint() throws {
        let out = MoodleXMLRenderer.render(paper)
        let xml = out.text
        XCTAssertEqual(out.skipped.map(\.number), [13])
        XCTAssertEqual(xml.components(separatedBy: "<question type=\"multichoice\">").count - 1, 6)
        XCTAssertEqual(xml.components(separatedBy: "<question type=\"truefalse\">").count - 1, 2)
        XCTAssertEqual(xml.components(separatedBy: "<question type=\"shortanswer\">").count - 1, 1)
        XCTAssertEqual(xml.components(separatedBy: "<question type=\"essay\">").count - 1, 2)
        XCTAssertEqual(xml.components(separatedBy: "<question type=\"cloze\">").count - 1, 1)
        XCTAssertTrue(xml.contains("<![CDATA[<p>CRM 的三要素是理念、{1:SHORTANSWER:=技术}和{1:SHORTANSWER:=实施}。</p>]]>"))
        XCTAssertTrue(xml.contains("<single>false</single>"))
        XCTAssertTrue(xml.contains("<answer fraction=\"33.33333\" format=\"html\">"))
        guard let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("xmllint not installed (.ci/run installs libxml2-utils)")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("shuati-moodle-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertEqual(try run(xmllint, ["--noout", file.path]).status, 0, "not well-formed")
        // Multi-answer fractions must sum to 100 for each question.
        let sums = try run(xmllint, ["--xpath", "//question[single='false']/answer[@fraction>0]/@fraction", file.path]).output
        let fractions = sums.split(separator: "\"").compactMap { Double($0) }
        XCTAssertEqual(fractions.count, 6)
        XCTAssertEqual(fractions.reduce(0, +), 200, accuracy: 0.001)
        let stem = try run(xmllint, ["--xpath", "string(//question[@type='multichoice'][6]/questiontext/text)", file.path]).output
        XCTAssertEqual(stem.trimmingCharacters(in: .whitespacesAndNewlines), "<p>客户满意度的影响因素包括 &lt;质量&gt; &amp; &quot;服务&quot;</p>")
    }

    func testCDATAEndMarkerAndControlCharactersStayWellFormed() throws {
        let tricky = ExportFixtures.q(.shortAnswer, "", "a ]]> b \u{0001} c", nil, .text("x]]>y"), line: 1)
        let xml = MoodleXMLRenderer.render(Paper(title: "t", questions: [tricky])).text
        XCTAssertFalse(xml.contains("\u{0001}"))
        XCTAssertTrue(xml.contains("<![CDATA[<p>a ]]&gt; b  c</p>]]>"), xml)
    }

    func run(_ tool: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

final class MarkdownEscapingTests: XCTestCase {
    func testBlanksAndMarkupStayLiteral() {
        XCTAssertEqual(MarkdownRenderer.escape("理念、____和____。"), "理念、\\_\\_\\_\\_和\\_\\_\\_\\_。")
        XCTAssertEqual(MarkdownRenderer.escape("a*b* [x](y) `c` <d>"), "a\\*b\\* \\[x\\](y) \\`c\\` \\<d\\>")
    }
}

import Foundation
import XCTest
@testable import ShuatiKit

final class InputKindTests: XCTestCase {
    func kind(_ text: String, _ file: String = "x.txt") -> InputKind { InputKind.detect(Data(text.utf8), file: file) }

    func testStructuredFormatsAreKnownByContent() {
        XCTAssertEqual(kind("<!DOCTYPE html>\n<html><body>1. 题</body></html>"), .html)
        XCTAssertEqual(kind("<!-- saved from url=(0042) -->\n<html lang=zh>"), .html)
        XCTAssertEqual(kind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- q -->\n<quiz>\n</quiz>"), .moodleXML)
        XCTAssertEqual(kind("{\"items\":[]}"), .shuatiJSON)
        XCTAssertEqual(kind("{\n \"name\": \"crm\",\n \"items\": ["), .shuatiJSON)
        XCTAssertEqual(kind("#separator:tab\n#html:true\nfront\tback\n"), .ankiText)
        XCTAssertEqual(kind("题型,题干,选项A,选项B,答案\n单选,x,a,b,A\n"), .csv)
        XCTAssertEqual(kind("Question\tAnswer\nq\ta\n"), .csv)
        XCTAssertEqual(kind("// c\n::Q1:: 1+1=? {=2 ~3}\n"), .gift)
        XCTAssertEqual(kind("$CATEGORY: $course$/top/x\n\nQ {T}\n"), .gift)
        XCTAssertEqual(kind("Is it? {T}\n\nWhich? {=a ~b}\n\nName one {=x =y}\n"), .gift)
        XCTAssertEqual(kind("What is 2+2?\nA. 3\nB. 4\nANSWER: B\n\nAnd 3+3?\nA) 6\nB) 7\nANSWER: A\n"), .aiken)
        XCTAssertEqual(kind("# 标题\n\n1. 题", "a.md"), .markdown)
        XCTAssertEqual(kind("x", "a.htm"), .html)
        XCTAssertEqual(kind("x", "a.gift"), .gift)
        XCTAssertEqual(kind("<foo/>", "a.xml"), .moodleXML)
        XCTAssertEqual(kind("[1,2]", "a.json"), .shuatiJSON)
        XCTAssertEqual(kind("a;b", "a.csv"), .csv)
    }

    func testExamTextStaysText() {
        let exams = [
            "一、单选题\n1. CRM 的核心是( )。\nA.产品 B.客户 C.渠道 D.价格\n答案:B\n",
            "1. What is 2+2?\nA. 3\nB. 4\nAnswer: B\n\n2. What is 3+3?\nA. 6\nB. 7\nAnswer: A\n",
            "[单选题] 集合 {1,2} 的子集有几个？\nA.2\nB.4\n正确答案：B\n",
            "题型：单选题，题干：下列说法正确的是，答案：A\n",
            "函数 f(x) = {x | x > 0}，判断：{T} 表示真。\n",
            "{注意} 本卷共 3 页\n1. 题目\n",
            "姓名,学号,班级\n",
        ]
        for exam in exams { XCTAssertEqual(kind(exam), .text, exam) }
    }

    /// Every document beside the repository keeps its kind: the seeds and corpus `.txt` files are text.
    func testCorpusAndSeedsAreNotMistaken() throws {
        let shared = RoundTripFixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let dirs = ["seeds", "corpus/github/docs", "corpus/pages/docs"].map { shared.appendingPathComponent($0) }
        var checked = 0
        for dir in dirs {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] {
                let data = try Data(contentsOf: dir.appendingPathComponent(name))
                let expected: InputKind
                switch (name as NSString).pathExtension {
                case "txt": expected = .text
                case "md": expected = .markdown
                case "html": expected = .html
                case "docx": expected = .docx
                default: continue
                }
                XCTAssertEqual(InputKind.detect(data, file: name), expected, name)
                checked += 1
            }
        }
        if checked == 0 { throw XCTSkip("../shared is not beside the repository") }
    }
}

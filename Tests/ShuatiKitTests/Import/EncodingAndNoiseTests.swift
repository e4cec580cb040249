import XCTest
@testable import ShuatiKit

final class EncodingTests: XCTestCase {
    let doc = "一、单选题\r\n1．客户关系管理的核心是（　）\r\nＡ．客户\r\nＢ．产品\r\n答案：Ａ\r\n"

    private func check(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try DocumentImporter.read(data, file: "x.txt")
        XCTAssertEqual(result.items.count, 1, file: file, line: line)
        XCTAssertEqual(result.items.first?.stem, "客户关系管理的核心是( )", file: file, line: line)
        XCTAssertEqual(result.items.first?.options?.map(\.text), ["客户", "产品"], file: file, line: line)
        XCTAssertEqual(result.items.first?.answer, .choices(["A"]), file: file, line: line)
        XCTAssertEqual(result.items.first?.source.line, 2, file: file, line: line)
    }

    func testUTF8WithAndWithoutBOM() throws {
        try check(Data(doc.utf8))
        try check(Data([0xEF, 0xBB, 0xBF] + Array(doc.utf8)))
    }

    func testUTF16WithBOM() throws {
        try check(doc.data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }!)
        try check(doc.data(using: .utf16BigEndian).map { Data([0xFE, 0xFF]) + $0 }!)
    }

    func testUTF16WithoutBOM() throws {
        try check(doc.data(using: .utf16LittleEndian)!)
    }

    func testGB18030() throws {
        let data = try XCTUnwrap(doc.data(using: TextDecoder.gb18030))
        XCTAssertNil(String(data: data, encoding: .utf8))
        try check(data)
    }

    func testBig5() throws {
        let text = "1. 下列哪個選項是正確的？\nA. 資訊\nB. 電腦\n答案：B\n2. 電腦網路的主要目的是資源共享。\n答案：對\n"
        let big5 = try XCTUnwrap(text.data(using: TextDecoder.big5))
        XCTAssertEqual(try TextDecoder.decode(big5, file: "t.txt"), text)
        // Traditional text saved as GB18030 stays GB18030.
        let gb = try XCTUnwrap(text.data(using: TextDecoder.gb18030))
        XCTAssertEqual(try TextDecoder.decode(gb, file: "t.txt"), text)
        let result = try DocumentImporter.read(big5, file: "t.txt")
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .trueFalse(true)])
    }

    func testBinaryIsAClearError() {
        XCTAssertThrowsError(try DocumentImporter.read(Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0]), file: "a.docx")) {
            // A cut-off .docx is a broken zip archive, said in one line.
            XCTAssertEqual($0 as? ImportError, .unreadable(file: "a.docx", reason: ZipError.notZip.description))
            XCTAssertTrue("\($0)".hasPrefix("a.docx: error:"))
        }
    }

    func testUndecodableNamesTheLine() {
        let bytes: [UInt8] = Array("第一行\n第二行\n".utf8) + [0xFF, 0xFF, 0xFF, 0x81]
        XCTAssertThrowsError(try DocumentImporter.read(Data(bytes), file: "b.txt")) {
            guard case let .undecodable(file, line)? = $0 as? ImportError else { return XCTFail("\($0)") }
            XCTAssertEqual(file, "b.txt")
            XCTAssertEqual(line, 3)
        }
    }
}

final class NoiseFilterTests: XCTestCase {
    func testSiteNoiseNeverBecomesAnItem() {
        let doc = """
        1. 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权。
        2. 2、如文档侵犯商业秘密、侵犯著作权,请点击“版权申诉”。
        - 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。
        文档评论(0)
        wuyoujun92 + 关注
        实名认证
        1亿VIP精品文档
        相关文档
        1.客户关系管理的核心是( )
        A.客户
        B.产品
        答案:A
        """
        let result = importText(doc)
        XCTAssertEqual(result.items.map(\.stem), ["客户关系管理的核心是( )"])
        XCTAssertEqual(result.items.first?.source.line, 9)
    }

    func testQuestionsThatMentionDocumentsSurvive() {
        let result = importText("1.下列关于文档管理的说法正确的是( )\nA.文档要备份\nB.文档不用管\n答案:A\n")
        XCTAssertEqual(result.items.count, 1)
    }

    func testASentenceThatMentionsRelatedDocumentsIsNoNoise() {
        let result = importText("""
            相关文档推荐
            1. 程序设计员要严格按照工作程序及相关文档的规范开展工作。
            答案：正确
            2. 相关文档下载 更多精品
            """)
        XCTAssertEqual(result.items.map(\.stem), ["程序设计员要严格按照工作程序及相关文档的规范开展工作。"])
        XCTAssertEqual(result.items.first?.answer, .trueFalse(true))
    }
}

import XCTest
@testable import ShuatiKit

/// Answers written out after a list of questions, each headed by its question restated (as a chat assistant or a
/// teacher's key writes them), with or without a heading of their own.
final class WrittenAnswerBlockTests: XCTestCase {
    /// A written answer's text; a letter or true/false key as `?…` so a mistaken reading shows in the failure.
    private func writtenAnswer(_ answer: Answer?) -> String? {
        switch answer {
        case nil: return nil
        case let .text(t)?: return t
        case let other?: return "?\(other)"
        }
    }

    private let questions = """
        1. OSI参考模型有哪几层
        2. IP报文头部有多长
        3. TCP三次握手的过程
        4. ARP原理

        """

    private func answers(_ text: String) -> [String?] {
        importText(text).items.map { writtenAnswer($0.answer) }
    }

    func testLeadInThenRestatedAnswersWithAnUnnumberedFirst() {
        let result = importText(questions + """
            以下是您的问题的详细回答：

            OSI参考模型的七层
              - 应用层
              - 物理层

            2. IP报文头部的长度
              - IPv4头部通常为20字节
            3. TCP三次握手
              1. 客户端发送SYN
              2. 服务器回应SYN-ACK
            207. 客户端发送ACK
            4. ARP的原理
              - 将IP地址解析为MAC地址
            """)
        XCTAssertEqual(result.items.count, 4)
        let a = result.items.map { writtenAnswer($0.answer) ?? "" }
        XCTAssertTrue(a[0].hasPrefix("应用层") && a[0].contains("物理层"), a[0])
        XCTAssertEqual(a[1], "IPv4头部通常为20字节")
        // The list inside an answer, and a stray far number, stay in that answer.
        XCTAssertTrue(a[2].contains("客户端发送SYN") && a[2].contains("服务器回应SYN-ACK") && a[2].contains("客户端发送ACK"), a[2])
        XCTAssertFalse(a[2].contains("TCP三次握手"), "the restated heading is not part of the answer: \(a[2])")
        XCTAssertEqual(a[3], "将IP地址解析为MAC地址")
        XCTAssertFalse(result.warnings.contains { $0.message.contains("no answer key") }, "\(result.warnings)")
    }

    func testRestatedAnswersWithNoHeadingAtAll() {
        let a = answers(questions + """
            1. OSI参考模型的七层
            应用层、物理层
            2. IP报文头部长度
            20字节
            3. TCP三次握手过程
            SYN、SYN-ACK、ACK
            4. ARP原理简介
            将IP地址解析为MAC地址
            """)
        XCTAssertEqual(a, ["应用层、物理层", "20字节", "SYN、SYN-ACK、ACK", "将IP地址解析为MAC地址"])
    }

    func testEnglishLeadIn() {
        let a = answers("""
            1. What does DNS do
            2. What is a subnet mask
            3. Why use VLANs

            Here are the answers to your questions:

            1. What DNS does
            It maps names to addresses.
            2. What a subnet mask is
            It splits an address into network and host parts.
            3. Why VLANs are used
            To separate broadcast domains.
            """)
        XCTAssertEqual(a, ["It maps names to addresses.", "It splits an address into network and host parts.", "To separate broadcast domains."])
    }

    func testANewListOfQuestionsIsNotTakenForAnswers() {
        // Numbering restarts with new, keyless questions that restate nothing: they stay questions.
        let result = importText(questions + """
            1. 简述路由器的工作原理
            2. 交换机与集线器有何不同
            3. 什么是VLAN
            """)
        XCTAssertEqual(result.items.count, 7)
        XCTAssertTrue(result.items.allSatisfy { $0.answer == nil })
    }

    func testALeadInWhoseEntriesRestateNothingIsText() {
        // `请回答下列问题：` before questions is an instruction, not an answer block.
        let result = importText("""
            1. 简述路由器的工作原理
            2. 交换机与集线器有何不同
            3. 什么是VLAN
            请回答以下问题：
            1. 说明OSPF的区域划分
            2. 说明STP的作用
            """)
        XCTAssertEqual(result.items.count, 5)
        XCTAssertTrue(result.items.allSatisfy { $0.answer == nil })
    }

    func testMarkdownTypedIntoAWordFileIsReadAsMarkdown() throws {
        let body = [
            DocxTests.p("OSI参考模型有哪几层", num: 1), DocxTests.p("IP报文头部有多长", num: 1), DocxTests.p("ARP原理", num: 1),
            DocxTests.p("以下是您的问题的详细回答："),
            DocxTests.p("1. **OSI参考模型的七层**"), DocxTests.p("   - 应用层"), DocxTests.p("   - 物理层"),
            DocxTests.p("2. **IP报文头部的长度**"), DocxTests.p("   - 20字节"),
            DocxTests.p("3. **ARP原理**"), DocxTests.p("   - 将IP地址解析为MAC地址"),
        ].joined()
        let data = Data(TestZip.docx(body: body, numbering: DocxTests.numbering))
        let result = try DocumentImporter.read(data, file: "q.docx")
        let a = result.items.map { writtenAnswer($0.answer) ?? "" }
        XCTAssertEqual(result.items.count, 3)
        XCTAssertEqual(a, ["应用层\n物理层", "20字节", "将IP地址解析为MAC地址"])
        XCTAssertFalse(a.joined().contains("*"))
    }

    func testWhetherTextWasWrittenInMarkdown() {
        XCTAssertTrue(MarkdownSource.isWrittenInMarkdown("## 一\n**甲**\n**乙**\n正文\n"))
        XCTAssertFalse(MarkdownSource.isWrittenInMarkdown("1. 甲\n- 乙\n- 丙\n- 丁\n"), "bullets alone are plain text")
        XCTAssertFalse(MarkdownSource.isWrittenInMarkdown("2**3 = 8\n正文\n"))
    }

    func testRestatement() {
        func r(_ a: String, _ b: String) -> Bool { Restatement.resembles(Array(a.unicodeScalars)[...], Array(b.unicodeScalars)[...]) }
        XCTAssertTrue(r("OSI参考模型的七层", "OSI参考模型有哪几层"))
        XCTAssertTrue(r("Telnet端口号和协议", "Telnet端口号是多少，基于什么协议的"))
        XCTAssertFalse(r("说明STP的作用", "交换机与集线器有何不同"))
        XCTAssertFalse(r("", "ARP原理"))
    }
}

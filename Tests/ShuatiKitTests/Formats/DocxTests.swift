import Foundation
import XCTest
@testable import ShuatiKit

final class DocxTests: XCTestCase {
    static func p(_ text: String, num: Int? = nil, level: Int = 0, run: String = "") -> String {
        let numbering = num.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\($0)\"/></w:numPr></w:pPr>" } ?? ""
        return "<w:p>\(numbering)<w:r>\(run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>")<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static let numbering = """
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl>\
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%3)"/></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>\
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
    <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
    <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
    """

    func text(_ body: String, numbering: String? = DocxTests.numbering, styles: String? = nil) throws -> String {
        try DocxReader.text(from: TestZip.docx(body: body, numbering: numbering, styles: styles))
    }

    func testAutoNumberingIsWrittenOut() throws {
        let body = [
            Self.p("单选题", num: 2),
            Self.p("下列说法正确的是( )", num: 1), Self.p("甲", num: 1, level: 1), Self.p("乙", num: 1, level: 1),
            Self.p("小题", num: 1, level: 2),
            Self.p("第二题( )", num: 1), Self.p("丙", num: 1, level: 1),
            Self.p("判断题", num: 2),
            Self.p("重新开始", num: 3), Self.p("要点", num: 4), Self.p("", num: 1), Self.p("3. 自带编号", num: 1),
            Self.p("继续", num: 3),
        ].joined()
        XCTAssertEqual(try text(body), """
        一、单选题
        1. 下列说法正确的是( )
        A. 甲
        B. 乙
        (1) 小题
        2. 第二题( )
        A. 丙
        二、判断题
        1. 重新开始
        要点

        3. 自带编号
        4. 继续

        """)
    }

    func testNumberFormats() {
        XCTAssertEqual(DocxNumbering.format(3, as: "upperLetter"), "C")
        XCTAssertEqual(DocxNumbering.format(28, as: "lowerLetter"), "bb")
        XCTAssertEqual(DocxNumbering.format(14, as: "lowerRoman"), "xiv")
        XCTAssertEqual(DocxNumbering.format(12, as: "chineseCounting"), "十二")
        XCTAssertEqual(DocxNumbering.format(20, as: "chineseCountingThousand"), "二十")
        XCTAssertEqual(DocxNumbering.format(105, as: "chineseCounting"), "一百〇五")
        XCTAssertEqual(DocxNumbering.format(2, as: "ideographTraditional"), "乙")
        XCTAssertEqual(DocxNumbering.format(3, as: "decimalEnclosedCircle"), "③")
        XCTAssertEqual(DocxNumbering.format(7, as: "decimalFullWidth"), "７")
    }

    func testParagraphStylesCarryNumbering() throws {
        let styles = """
        <w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Q"><w:basedOn w:val="ListNumber"/></w:style>
        """
        let body = "<w:p><w:pPr><w:pStyle w:val=\"Q\"/></w:pPr><w:r><w:t>一</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/></w:pPr><w:r><w:t>二</w:t></w:r></w:p>"
        XCTAssertEqual(try text(body, styles: styles), "1. 一\n2. 二\n")
    }

    func testRunsTabsBreaksEntitiesAndSkippedText() throws {
        let body = """
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>\
        <w:r><w:t>A.</w:t></w:r><w:r><w:tab/><w:t>a &lt;b&gt; &amp; &#x4E2D;&#25991;</w:t></w:r>\
        <w:del><w:r><w:delText>deleted</w:delText></w:r></w:del><w:ins><w:r><w:t>+ins</w:t></w:r></w:ins>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>\
        <w:r><w:br/><w:t><![CDATA[x<y]]></w:t></w:r></w:p>\
        <w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>\
        <w:r><w:t>外</w:t></w:r></w:p>
        """
        XCTAssertEqual(try text(body), "A.\ta <b> & 中文+ins\nx<y\n框\n外\n")
    }

    func testTablesBecomeRowsOfCells() throws {
        func cell(_ s: String) -> String { "<w:tc><w:p><w:r><w:t>\(s)</w:t></w:r></w:p></w:tc>" }
        let answers = "<w:tbl><w:tr>" + ["题号", "1", "2", "3"].map(cell).joined() + "</w:tr><w:tr>"
            + ["答案", "B", "D", "A"].map(cell).joined() + "</w:tr></w:tbl>"
        let layout = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1. 题目</w:t></w:r></w:p><w:p><w:r><w:t>A. 选项</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p/></w:tc></w:tr></w:tbl>"
        XCTAssertEqual(try text(answers + layout), "题号\t1\t2\t3\n答案\tB\tD\tA\n1. 题目\nA. 选项\n")
    }
}

final class DocxKeyEvidenceTests: XCTestCase {
    func text(_ body: String) throws -> String { try DocxReader.text(from: TestZip.docx(body: body)) }
    func r(_ s: String, _ props: String = "") -> String {
        "<w:r>\(props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>")<w:t xml:space=\"preserve\">\(s)</w:t></w:r>"
    }
    func p(_ runs: String...) -> String { "<w:p>" + runs.joined() + "</w:p>" }

    func testMarkedOptionBecomesAKeyLine() throws {
        for mark in ["<w:b/>", "<w:color w:val=\"FF0000\"/>", "<w:highlight w:val=\"yellow\"/>", "<w:u w:val=\"single\"/>"] {
            let body = p(r("1. 首都是( )")) + p(r("A. 上海")) + p(r("B. "), r("北京", mark)) + p(r("C. 广州")) + p(r("2. 下一题"))
            XCTAssertEqual(try text(body), "1. 首都是( )\nA. 上海\nB. 北京\nC. 广州\n答案: B\n2. 下一题\n", mark)
        }
        // Options on one line, two marked (a multiple choice); full-width letters.
        let row = p(r("Ａ 甲  ", "<w:b/>"), r("Ｂ 乙  "), r("Ｃ 丙", "<w:b/>"))
        XCTAssertEqual(try text(p(r("1. 选出( )")) + row), "1. 选出( )\nＡ 甲  Ｂ 乙  Ｃ 丙\n答案: AC\n")
        let imported = DocumentImporter.parse(try text(p(r("1. 首都是( )")) + p(r("A. 上海")) + p(r("B. 北京", "<w:b/>"))), file: "t.docx")
        XCTAssertEqual(imported.items.first?.answer, .choices(["B"]))
    }

    func testStyleMarksAreNotKeys() throws {
        // Every option bold: the document's style. A key written out: left to the text.
        let allBold = p(r("1. 题( )")) + p(r("A. 甲", "<w:b/>")) + p(r("B. 乙", "<w:b/>"))
        XCTAssertEqual(try text(allBold), "1. 题( )\nA. 甲\nB. 乙\n")
        let written = p(r("1. 题( )")) + p(r("A. 甲", "<w:b/>")) + p(r("B. 乙")) + p(r("答案：A"))
        XCTAssertEqual(try text(written), "1. 题( )\nA. 甲\nB. 乙\n答案：A\n")
    }

    func testMarkedWordInAStatementFillsItsBlank() throws {
        let body = p(r("1. 客户关系管理的核心是"), r("客户", "<w:u/>"), r("。"))
            + p(r("2. 下列说法"), r("不正确", "<w:b/>"), r("的是( )")) + p(r("A. 甲")) + p(r("B. 乙"))
            + p(r("一、填空题", "<w:b/>"), r("(每题2分)"))
            + p(r("3. 简述"), r("客户满意", "<w:b/>"), r("的含义"))
            + p(r("4. 顾客忠诚分为"), r("      ", "<w:u/>"), r("和"), r("行为忠诚", "<w:color w:val=\"C00000\"/>"), r("。"))
        XCTAssertEqual(try text(body), """
        1. 客户关系管理的核心是(客户)。
        2. 下列说法不正确的是( )
        A. 甲
        B. 乙
        一、填空题(每题2分)
        3. 简述客户满意的含义
        4. 顾客忠诚分为____和(行为忠诚)。

        """)
    }
}

final class OfficeXMLTokenizerTests: XCTestCase {
    func tokens(_ xml: String) -> [XMLToken] {
        var tokenizer = OfficeXMLTokenizer(Array(xml.utf8))
        var out: [XMLToken] = []
        while let token = tokenizer.next() { out.append(token) }
        return out
    }

    func testTagsAttributesEntitiesCDATAAndSkippedMarkup() {
        let xml = """
        <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "y">]><!-- <w:t>no</w:t> --><w:d a:x='1 &gt; 0' b="q>r" c = "&#x41;&#66;&quot;">\
        t &amp; &unknown; &lt;<![CDATA[<raw> &amp;]]><w:br/></w:d>
        """
        let t = tokens(xml)
        XCTAssertEqual(t.count, 5)
        guard case let .start(name, attributes, selfClosing) = t[0] else { return XCTFail("\(t)") }
        XCTAssertEqual(name, "d")
        XCTAssertFalse(selfClosing)
        XCTAssertEqual(attributes["x"], "1 > 0")
        XCTAssertEqual(attributes["b"], "q>r")
        XCTAssertEqual(attributes["c"], "AB\"")
        XCTAssertNil(attributes["missing"])
        XCTAssertEqual(attributes.all.map(\.name), ["x", "b", "c"])
        XCTAssertEqual(t[1], .text("t & &unknown; <"))
        XCTAssertEqual(t[2], .text("<raw> &amp;"))
        guard case let .start(br, _, brClosed) = t[3] else { return XCTFail("\(t)") }
        XCTAssertEqual(br, "br")
        XCTAssertTrue(brClosed)
        XCTAssertEqual(t[4], .end(name: "d"))
    }

    func testUTF16AndTruncatedInput() {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<a>中</a>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var tokenizer = OfficeXMLTokenizer(utf16)
        _ = tokenizer.next()
        XCTAssertEqual(tokenizer.next(), .text("中"))
        XCTAssertEqual(tokens("<a b=\"unterminated").count, 1)
        XCTAssertEqual(tokens("<a><![CDATA[cut").last, .text("cut"))
    }
}

final class DocxKeyEvidenceLayoutTests: XCTestCase {
    func text(_ body: String) throws -> String { try DocxReader.text(from: TestZip.docx(body: body)) }
    func r(_ s: String, _ props: String = "") -> String {
        "<w:r>\(props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>")<w:t xml:space=\"preserve\">\(s)</w:t></w:r>"
    }

    func testBoldLettersEverywhereAndTheKeyInRed() throws {
        let body = "<w:p>\(r("1. 题( )"))</w:p>" + ["甲", "乙", "丙"].enumerated().map { k, t in
            "<w:p>" + r("\(["A", "B", "C"][k]). ", "<w:b/>") + r(t, k == 2 ? "<w:color w:val=\"FF0000\"/>" : "") + "</w:p>"
        }.joined()
        XCTAssertEqual(try text(body), "1. 题( )\nA. 甲\nB. 乙\nC. 丙\n答案: C\n")
    }

    func testStemAndOptionsInOneParagraphWithLineBreaks() throws {
        let body = "<w:p>\(r("1. 题( )"))<w:r><w:br/></w:r>\(r("A. 甲"))<w:r><w:br/></w:r>\(r("B. 乙", "<w:highlight w:val=\"yellow\"/>"))</w:p>"
        XCTAssertEqual(try text(body), "1. 题( )\nA. 甲\nB. 乙\n答案: B\n")
    }

    func testHyperlinksAreNotMarks() throws {
        let link = "<w:hyperlink><w:r><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr><w:t>官网</w:t></w:r></w:hyperlink>"
        XCTAssertEqual(try text("<w:p>\(r("详细内容请见学校的"))\(link)\(r("页面。"))</w:p>"), "详细内容请见学校的官网页面。\n")
    }
}

final class DocxNumberingLinkTests: XCTestCase {
    /// Outline-numbered headings: a numbering style links two abstract lists, and each heading style takes the
    /// level whose `w:pStyle` names it.
    func testStyleLinkedListsAndLevelsTiedToHeadingStyles() throws {
        let numbering = """
        <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="Outline"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1、"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Outline"/></w:abstractNum>\
        <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
        """
        let styles = """
        <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>
        """
        func p(_ style: String, _ text: String) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = p("Heading1", "单选题") + p("Heading2", "题甲") + p("Heading2", "题乙") + p("Heading1", "判断题") + p("Heading2", "题丙")
        let text = try DocxReader.text(from: TestZip.docx(body: body, numbering: numbering, styles: styles))
        XCTAssertEqual(text, "一、单选题\n1. 题甲\n2. 题乙\n二、判断题\n1. 题丙\n")
    }
}

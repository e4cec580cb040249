import Foundation
import XCTest
@testable import ShuatiKit

final class XlsxTests: XCTestCase {
    static let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    func testSheetRowsWithSharedInlineNumberAndMissingCells() throws {
        let strings = """
        <sst \(Self.ns)><si><t>题型</t></si><si><t>题干</t></si><si><r><t>答</t></r><r><rPr><b/></rPr><t>案</t></r><rPh><t>ダ</t></rPh></si>\
        <si><t xml:space="preserve">单选题 </t></si><si/></sst>
        """
        let sheet = """
        <worksheet \(Self.ns)><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>\
        <row r="2"/><row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4" t="inlineStr"><is><t>1 &amp; 2 &lt; 3</t></is></c>\
        <c r="C4"><v>2</v></c><c r="D4" t="b"><v>1</v></c><c r="E4"><v>0.30000000000000004</v></c><c r="F4" t="str"><f>A1</f><v>x</v></c></row></sheetData></worksheet>
        """
        let workbook = "<workbook \(Self.ns)><sheets><sheet name=\"题库\" sheetId=\"2\" r:id=\"rId5\"/><sheet name=\"other\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        let relations = """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Target="/xl/worksheets/sheet2.xml"/></Relationships>
        """
        let zip = TestZip.make([
            ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(relations.utf8)),
            ("xl/sharedStrings.xml", Array(strings.utf8)),
            ("xl/worksheets/sheet1.xml", Array("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>".utf8)),
            ("xl/worksheets/sheet2.xml", Array(sheet.utf8)),
        ])
        XCTAssertEqual(try XlsxReader.rows(from: Data(zip), file: "t.xlsx"), [
            ["题型", "题干", "", "答案"],
            ["单选题 ", "1 & 2 < 3", "2", "TRUE", "0.3", "x"],
        ])
    }

    func testColumnReferences() {
        XCTAssertEqual(XlsxReader.columnIndex("A1"), 0)
        XCTAssertEqual(XlsxReader.columnIndex("Z9"), 25)
        XCTAssertEqual(XlsxReader.columnIndex("AA10"), 26)
        XCTAssertEqual(XlsxReader.columnIndex("AB3"), 27)
        XCTAssertNil(XlsxReader.columnIndex("12"))
    }

    func testBrokenWorkbookIsOneLine() {
        XCTAssertThrowsError(try XlsxReader.rows(from: Data([0x50, 0x4B, 3, 4, 1, 2]), file: "bank.xlsx")) {
            XCTAssertTrue("\($0)".hasPrefix("bank.xlsx: error: "), "\($0)")
        }
        XCTAssertThrowsError(try XlsxReader.rows(from: Data(TestZip.make([("word/document.xml", [1])])), file: "bank.xlsx")) {
            XCTAssertTrue("\($0)".contains("Excel"), "\($0)")
        }
    }
}

final class XlsxKindTests: XCTestCase {
    func testWorkbookOrDocumentIsJudgedByItsParts() {
        let workbook = Data(TestZip.make([("xl/workbook.xml", Array("<workbook/>".utf8))]))
        let document = Data(TestZip.docx(body: "<w:p/>"))
        XCTAssertEqual(InputKind.detect(workbook, file: "download"), .xlsx)
        XCTAssertEqual(InputKind.detect(workbook, file: "bank.docx"), .xlsx)
        XCTAssertEqual(InputKind.detect(document, file: "paper.xlsx"), .docx)
        XCTAssertEqual(InputKind.detect(Data([0x50, 0x4B, 3, 4]), file: "b.xlsx"), .xlsx)
    }
}

final class XlsxTemplateTests: XCTestCase {
    /// A 题库 template sheet imports as items through the table-template reader.
    func testTemplateSheetImportsItems() throws {
        func row(_ n: Int, _ cells: [String]) -> String {
            "<row r=\"\(n)\">" + cells.enumerated().map { i, c in
                "<c r=\"\(Character(Unicode.Scalar(UInt8(65 + i))))\(n)\" t=\"inlineStr\"><is><t>\(c)</t></is></c>"
            }.joined() + "</row>"
        }
        let sheet = "<worksheet><sheetData>" + row(1, ["题型", "题干", "选项A", "选项B", "答案"])
            + row(2, ["单选题", "客户关系管理的核心是( )", "产品", "客户", "B"]) + row(3, ["判断题", "客户满意一定带来忠诚。", "", "", "错"])
            + "</sheetData></worksheet>"
        let zip = TestZip.make([("xl/workbook.xml", Array("<workbook/>".utf8)), ("xl/worksheets/sheet1.xml", Array(sheet.utf8))])
        let result = try DocumentImporter.read(Data(zip), file: "bank.xlsx")
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .trueFalse(false)])
        XCTAssertEqual(result.items.first?.options?.map(\.text), ["产品", "客户"])
    }

    /// A workbook with one sheet per type (no type column), a notes sheet and a blank row: every template sheet is
    /// read, typed and sectioned by its name, and warnings name the sheet and Excel's row number.
    func testEverySheetOfAWorkbookIsRead() throws {
        func row(_ n: Int, _ cells: [String]) -> String {
            "<row r=\"\(n)\">" + cells.enumerated().map { i, c in
                "<c r=\"\(Character(Unicode.Scalar(UInt8(65 + i))))\(n)\" t=\"inlineStr\"><is><t>\(c)</t></is></c>"
            }.joined() + "</row>"
        }
        func sheet(_ rows: [String]) -> [UInt8] { Array(("<worksheet><sheetData>" + rows.joined() + "</sheetData></worksheet>").utf8) }
        let workbook = """
            <workbook \(XlsxTests.ns)><sheets><sheet name="说明" sheetId="1" r:id="rId1"/><sheet name="单选题" sheetId="2" r:id="rId2"/>\
            <sheet name="判断题" sheetId="3" r:id="rId3"/></sheets></workbook>
            """
        let relations = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Target="worksheets/sheet3.xml"/></Relationships>
            """
        let zip = TestZip.make([
            ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(relations.utf8)),
            ("xl/worksheets/sheet1.xml", sheet([row(1, ["请按模板填写题目"])])),
            ("xl/worksheets/sheet2.xml", sheet([row(1, ["题干", "选项A", "选项B", "答案"]), row(2, ["核心是( )", "产品", "客户", "B"]),
                                              row(5, ["渠道是( )", "直销", "分销", "E"])])),
            ("xl/worksheets/sheet3.xml", sheet([row(1, ["题干", "答案"]), row(2, ["客户满意一定带来忠诚。", "错"])])),
        ])
        let result = try DocumentImporter.read(Data(zip), file: "bank.xlsx")
        XCTAssertEqual(result.items.map(\.type), [.singleChoice, .singleChoice, .trueFalse])
        XCTAssertEqual(result.items.map(\.section), ["单选题", "单选题", "判断题"])
        XCTAssertEqual(result.items.last?.answer, .trueFalse(false))
        XCTAssertTrue(result.warnings.contains { $0.file == "bank.xlsx[单选题]" && $0.line == 5 }, "\(result.warnings.map(\.description))")
        let sheets = try XlsxReader.sheets(from: Data(zip), file: "bank.xlsx")
        XCTAssertEqual(sheets.map(\.name), ["说明", "单选题", "判断题"])
        XCTAssertEqual(sheets[1].rows.map(\.line), [1, 2, 5])
    }
}

import Foundation
import XCTest
@testable import ShuatiKit

/// .pdf and .doc go through an installed converter; these tests put stand-in converters on the search path.
final class DocxConverterTests: XCTestCase {
    func script(_ folder: URL, _ name: String, _ body: String) throws {
        let url = folder.appendingPathComponent(name)
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    func testMissingConverterSaysWhatToInstall() {
        XCTAssertThrowsError(try OfficeReader.text(from: Data("%PDF-1.4".utf8), kind: .pdf, file: "a.pdf", searchPath: "/nonexistent")) {
            XCTAssertTrue("\($0)".hasPrefix("a.pdf: error: "), "\($0)")
            XCTAssertTrue("\($0)".contains("poppler-utils"), "\($0)")
        }
        XCTAssertThrowsError(try OfficeReader.text(from: Data([0xD0, 0xCF, 0x11, 0xE0]), kind: .doc, file: "a.doc", searchPath: "")) {
            XCTAssertTrue("\($0)".contains("antiword") && "\($0)".contains(".docx"), "\($0)")
        }
    }

    func testConverterOutputIsTheText() throws {
        let folder = try temporaryFolder(self)
        // Prints the input file's bytes after the header, so the test sees the temp copy was passed.
        try script(folder, "pdftotext", "[ \"$1\" = -layout ] || exit 3\ntail -c +9 \"$4\"; printf '\\f'")
        let text = try OfficeReader.text(from: Data("%PDF-1.41. 题干( )\nA. 甲\nB. 乙\n答案: B\n".utf8), kind: .pdf, file: "a.pdf",
                                         searchPath: folder.path)
        XCTAssertEqual(text, "1. 题干( )\nA. 甲\nB. 乙\n答案: B\n\n")
    }

    func testFailingConverterGivesItsReasonAndTheNextIsTried() throws {
        let folder = try temporaryFolder(self)
        try script(folder, "antiword", "echo 'I can not read this file' >&2; exit 1")
        XCTAssertThrowsError(try OfficeReader.text(from: Data([0xD0]), kind: .doc, file: "a.doc", searchPath: folder.path)) {
            XCTAssertEqual("\($0)", "a.doc: error: antiword could not read the file: I can not read this file")
        }
        try script(folder, "catdoc", "echo '判断题'")
        XCTAssertEqual(try OfficeReader.text(from: Data([0xD0]), kind: .doc, file: "a.doc", searchPath: folder.path), "判断题\n")
        try script(folder, "catdoc", "printf '  \\n'")
        XCTAssertThrowsError(try OfficeReader.text(from: Data([0xD0]), kind: .doc, file: "a.doc", searchPath: folder.path)) {
            XCTAssertTrue("\($0)".contains("antiword could not read"), "\($0)")
        }
    }
}

final class PDFTextTests: XCTestCase {
    func testDoubleSpacedLinesCloseUpSingleSpacedStay() {
        XCTAssertEqual(PDFText.tidy("参考答案\n\n题号  1  2\n\n答案  B  A\n\n"), "参考答案\n题号  1  2\n答案  B  A\n")
        let single = "1. 题\nA. 甲\nB. 乙\n\n2. 题\nA. 甲\nB. 乙\n"
        XCTAssertEqual(PDFText.tidy(single), single)
    }
}

final class DocTextTests: XCTestCase {
    func testAntiwordTableRowsBecomeCells() {
        XCTAssertEqual(DocText.tidy("参考答案\n|题号   |1    |2  |\n|答案   |B    |AC |\n| x\n"),
                       "参考答案\n题号\t1\t2\n答案\tB\tAC\n| x\n")
    }
}

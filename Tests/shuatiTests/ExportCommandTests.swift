import Foundation
import XCTest

final class ExportCommandTests: XCTestCase {
    let bank = ExamTakeTests.bank

    func testEveryFormatWritesAFile() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        for format in ["md", "html", "gift", "aiken", "moodle-xml", "anki", "json"] {
            let out = dir.appendingPathComponent("bank.\(format)").path
            let r = try BinaryRunner.run(["export", bank, "--format", format, "-o", out])
            XCTAssertEqual(r.status, 0, "\(format): \(r.stderr)")
            XCTAssertGreaterThan((try? Data(contentsOf: URL(fileURLWithPath: out)).count) ?? 0, 200, format)
        }
    }

    func testSkippedItemsAreSummarisedOnStderr() throws {
        let r = try BinaryRunner.run(["export", bank, "--format", "aiken"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout.components(separatedBy: "ANSWER: ").count - 1, 4)
        XCTAssertTrue(r.stderr.contains("warning: aiken: skipped 2 item(s) (5, 6): Aiken holds single-choice items only (this is multiple_choice)"), r.stderr)
    }

    func testBadFormatAndSectionFilter() throws {
        let bad = try BinaryRunner.run(["export", bank, "--format", "docx"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("'docx' is not one of md, html, gift, aiken, moodle-xml, anki, json"), bad.stderr)
        let missing = try BinaryRunner.run(["export", bank])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("missing --format"), missing.stderr)
        let dir = try BinaryRunner.temporaryDirectory()
        let inferred = try BinaryRunner.run(["export", bank, "-o", dir.appendingPathComponent("b.xml").path])
        XCTAssertEqual(inferred.status, 0, inferred.stderr)
        XCTAssertTrue(try String(contentsOf: dir.appendingPathComponent("b.xml"), encoding: .utf8).contains("<quiz>"))
        let section = try BinaryRunner.run(["export", bank, "--format", "anki", "--section", "第二章"])
        XCTAssertEqual(section.stdout.split(separator: "\n").count, 5 + 7, section.stdout)
    }
}

import Foundation
import XCTest

/// Importing into an existing bank merges into it; it must never delete it (issue 10: Foundation's
/// replaceItemAt on Linux removed the bank and left only the temporary file).
final class BankImportSafetyTests: XCTestCase {
    func testTwoImportsIntoOneBankKeepBothDocumentsAndTheHistory() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let docs = try BinaryRunner.temporaryDirectory()
        let a = docs.appendingPathComponent("a.txt"), b = docs.appendingPathComponent("b.txt")
        try "1.客户关系管理的核心是( )\nA.客户\nB.产品\n答案:A\n2.客户满意度的前提是( )\nA.期望\nB.价格\n答案:A\n"
            .write(to: a, atomically: true, encoding: .utf8)
        try "1.数据库的三级模式不包括( )\nA.外模式\nB.网状模式\n答案:B\n".write(to: b, atomically: true, encoding: .utf8)
        let env = ["SHUATI_HOME": home.path, "SHUATI_BANKS": home.path + "/no-bundled", "SHUATI_NOW": "2026-11-24T10:00:00Z"]

        let first = try BinaryRunner.run(["import", a.path, "--bank", "os"], environment: env)
        XCTAssertEqual(first.status, 0, first.stderr)
        // History for an item of the first document.
        let drill = try BinaryRunner.run(["drill", "os", "--mode", "sequential", "--limit", "1"], stdin: "B\n", environment: env)
        XCTAssertEqual(drill.status, 0, drill.stderr)
        let logURL = home.appendingPathComponent("reviews.jsonl")
        let logBefore = try Data(contentsOf: logURL)
        XCTAssertFalse(logBefore.isEmpty)

        let second = try BinaryRunner.run(["import", b.path, "--bank", "os"], environment: env)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stderr, "", "no error text, no warning")

        let list = try BinaryRunner.run(["list", "os"], environment: env)
        XCTAssertEqual(list.status, 0, list.stderr)
        for stem in ["客户关系管理的核心是", "客户满意度的前提是", "数据库的三级模式不包括"] {
            XCTAssertTrue(list.stdout.contains(stem), "\(stem) missing from\n\(list.stdout)")
        }
        XCTAssertEqual(try Data(contentsOf: logURL), logBefore, "the review log is untouched by an import")
        // The wrong answer given before the second import still counts.
        let wrong = try BinaryRunner.run(["wrong", "list", "os"], environment: env)
        XCTAssertEqual(wrong.status, 0, wrong.stderr)
        XCTAssertTrue(wrong.stdout.contains("客户关系管理的核心是"), wrong.stdout)
        // Nothing but the bank (and its lock) in banks/.
        let files = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("banks").path)
        XCTAssertEqual(files.filter { $0.hasSuffix(".tmp") }, [])
        XCTAssertTrue(files.contains("os.json"))

        // The same document again adds nothing and keeps ids (merged by id).
        let again = try BinaryRunner.run(["import", a.path, "--bank", "os", "--json"], environment: env)
        XCTAssertEqual(again.status, 0, again.stderr)
        let bank = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: home.appendingPathComponent("banks/os.json"))) as? [String: Any])
        XCTAssertEqual((bank["items"] as? [Any])?.count, 3)
    }
}

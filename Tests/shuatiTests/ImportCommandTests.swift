import XCTest

final class ImportCommandTests: XCTestCase {
    func testJSONShapeAndWarningsOnStdout() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let doc = dir.appendingPathComponent("paper.txt")
        try "一、单选题\n1.核心是( )\nA.客户\nB.产品\n答案:A\n2.没有答案的题( )\nA.甲\nB.乙\n".write(to: doc, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["import", doc.path, "--json"])
        XCTAssertEqual(result.status, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try XCTUnwrap(json["items"] as? [[String: Any]])
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0]["answer"] as? [String], ["A"])
        XCTAssertEqual((items[0]["options"] as? [String: String])?["B"], "产品")
        XCTAssertEqual((items[0]["source"] as? [String: Any])?["line"] as? Int, 2)
        XCTAssertTrue(items[1]["answer"] is NSNull)
        let warnings = try XCTUnwrap(json["warnings"] as? [[String: Any]])
        XCTAssertEqual(warnings.first?["line"] as? Int, 6)
    }

    func testSummaryAndCompilerStyleWarnings() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let doc = dir.appendingPathComponent("p.txt")
        try "1.核心是( )\nA.客户\nB.产品\n".write(to: doc, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["import", doc.path, "--bank", "mine"], environment: ["SHUATI_HOME": dir.path])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("\(doc.path):1: warning: "), result.stderr)
        XCTAssertTrue(result.stdout.contains("1 items"), result.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("banks/mine.json").path))
        let list = try BinaryRunner.run(["list", "mine"], environment: ["SHUATI_HOME": dir.path, "SHUATI_BANKS": dir.path + "/none"])
        XCTAssertTrue(list.stdout.contains("核心是( )"), list.stdout)
    }

    func testBinaryFileIsOneLineErrorAndExitOne() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let doc = dir.appendingPathComponent("x.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0]).write(to: doc)
        let result = try BinaryRunner.run(["import", doc.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1)
        // Not a Word document: the converter's complaint, or what to install when there is none.
        XCTAssertTrue(result.stderr.hasPrefix("\(doc.path):") && result.stderr.contains(" error: "), result.stderr)
        XCTAssertFalse(result.stderr.dropFirst(doc.path.count).contains("shuati-"), "names the user's file, not a temporary copy: \(result.stderr)")
    }

    func testBundledBankIsFoundAndListed() throws {
        let result = try BinaryRunner.run(["list", "crm", "--type", "true_false"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("TF"))
    }
}

/// The bundled bank must be what the importer makes of its sources today (rebuild with
/// Scripts/build_bundled_banks.sh after changing the importer).
final class BundledBankTests: XCTestCase {
    func testBundledBankMatchesAFreshImport() throws {
        let sources = BinaryRunner.packageRoot.appendingPathComponent("question-banks/sources")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".txt") }.sorted()
        let result = try BinaryRunner.run(["import"] + files + ["--json"], currentDirectory: sources)
        XCTAssertEqual(result.status, 0, result.stderr)
        let fresh = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let bundled = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("question-banks/crm.json"))) as? [String: Any])
        let ids = { (json: [String: Any]) in ((json["items"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }
        XCTAssertEqual(ids(bundled), ids(fresh), "question-banks/crm.json is stale: run Scripts/build_bundled_banks.sh")
        XCTAssertGreaterThan(ids(bundled).count, 100)
    }
}

import Foundation
import XCTest

/// Generated, localised help; type names in both languages; items without a key kept out of graded drills and
/// keyed with `shuati key`; sequential practice resuming where it stopped.
final class HelpAndKeylessTests: XCTestCase {
    static let keylessBank = """
    {"name":"mini","items":[
    {"type":"single_choice","section":"第一章","stem":"客户关系管理的核心是( )","options":{"A":"客户","B":"产品"},"answer":["A"],"source":{"file":"m.txt","line":1}},
    {"type":"short_answer","section":"第一章","stem":"简述客户关系管理的内涵。","options":null,"answer":null,"source":{"file":"m.txt","line":3}},
    {"type":"true_false","section":"第二章","stem":"客户满意度越高越好。","options":null,"answer":true,"source":{"file":"m.txt","line":5}}
    ]}
    """

    func testEveryCommandHasChineseHelpAndDrillHelpListsSchedulerOptions() throws {
        for command in ["drill", "import", "list", "show", "exam", "export", "stats", "wrong", "replay", "key", "optimize", "simulate"] {
            let zh = try BinaryRunner.run(["help", command], environment: ["LANG": "zh_CN.UTF-8"])
            XCTAssertTrue(zh.stdout.hasPrefix("用法："), "\(command): \(zh.stdout)")
            let en = try BinaryRunner.run([command, "--help"])
            XCTAssertTrue(en.stdout.hasPrefix("usage: "), "\(command): \(en.stdout)")
        }
        let drill = try BinaryRunner.run(["help", "drill"]).stdout
        for option in ["--retention", "--include-keyless", "--new-per-day", "--exam-date", "--mode"] {
            XCTAssertTrue(drill.contains(option), option)
        }
    }

    func testTypeAcceptsChineseNamesInList() throws {
        let (banks, home) = try keylessFixture()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path]
        let zh = try BinaryRunner.run(["list", "--type", "判断"], environment: env)
        XCTAssertEqual(zh.status, 0, zh.stderr)
        XCTAssertTrue(zh.stdout.contains("1 items"), zh.stdout)
        let bad = try BinaryRunner.run(["list", "--type", "选择"], environment: env)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("single_choice (单选)"), bad.stderr)
    }

    func testKeylessItemsLeftOutOfGradedModesThenKeyed() throws {
        let (banks, home) = try keylessFixture()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        let graded = try BinaryRunner.run(["drill", "--mode", "sequential"], stdin: "q\n", environment: env)
        XCTAssertTrue(graded.stdout.contains("1/2"), graded.stdout)
        XCTAssertFalse(graded.stdout.contains("简述客户关系管理"), "a keyless item is not asked in a graded mode")
        let included = try BinaryRunner.run(["drill", "--mode", "sequential", "--include-keyless"], stdin: "q\n", environment: env)
        XCTAssertTrue(included.stdout.contains("1/3"), included.stdout)
        let study = try BinaryRunner.run(["drill", "--mode", "study"], stdin: "\n\n\n", environment: env)
        XCTAssertTrue(study.stdout.contains("简述客户关系管理"), "背题 shows keyless items")

        let id = try itemID(env, stemPrefix: "简述")
        let keyed = try BinaryRunner.run(["key", String(id.prefix(6)), "以客户为中心，建立长期关系"], environment: env)
        XCTAssertEqual(keyed.status, 0, keyed.stderr)
        XCTAssertEqual(try itemID(env, stemPrefix: "简述"), id, "the item keeps its id (and so its history)")
        let bank = try String(contentsOf: banks.appendingPathComponent("mini.json"), encoding: .utf8)
        XCTAssertTrue(bank.contains("以客户为中心，建立长期关系"))
        let after = try BinaryRunner.run(["drill", "--mode", "sequential"], stdin: "q\n", environment: env)
        XCTAssertTrue(after.stdout.contains("/3"), after.stdout)
        let wrongShape = try BinaryRunner.run(["key", String(id.prefix(6))], environment: env)
        XCTAssertEqual(wrongShape.status, 2)
    }

    func testSequentialResumesAfterTheLastItemAnswered() throws {
        let (banks, home) = try keylessFixture()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        _ = try BinaryRunner.run(["drill", "--mode", "sequential"], stdin: "A\nq\n", environment: env)
        let next = try BinaryRunner.run(["drill", "--mode", "sequential"], stdin: "q\n", environment: env)
        XCTAssertTrue(next.stdout.contains("客户满意度越高越好"), next.stdout)
        XCTAssertFalse(next.stdout.contains("核心是"), "it starts at the item after the one answered last time")
        let restart = try BinaryRunner.run(["drill", "--mode", "sequential", "--restart"], stdin: "q\n", environment: env)
        XCTAssertTrue(restart.stdout.contains("核心是"), restart.stdout)
        // Another section has its own place.
        let other = try BinaryRunner.run(["drill", "--mode", "sequential", "--section", "第二章"], stdin: "q\n", environment: env)
        XCTAssertTrue(other.stdout.contains("客户满意度越高越好"), other.stdout)
    }

    private func keylessFixture() throws -> (banks: URL, home: URL) {
        let root = try BinaryRunner.temporaryDirectory()
        let banks = root.appendingPathComponent("banks")
        try FileManager.default.createDirectory(at: banks, withIntermediateDirectories: true)
        try Self.keylessBank.write(to: banks.appendingPathComponent("mini.json"), atomically: true, encoding: .utf8)
        return (banks, root.appendingPathComponent("home"))
    }

    /// The 8-character id prefix `shuati list` shows for the item whose stem starts so.
    private func itemID(_ env: [String: String], stemPrefix: String) throws -> String {
        let list = try BinaryRunner.run(["list"], environment: env).stdout
        let line = try XCTUnwrap(list.split(separator: "\n").first { $0.contains(stemPrefix) })
        return String(try XCTUnwrap(line.split(separator: " ").first))
    }
}

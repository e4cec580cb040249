import XCTest

final class CLISmokeTests: XCTestCase {
    func testHelpListsEveryCommand() throws {
        let result = try BinaryRunner.run(["help"])
        XCTAssertEqual(result.status, 0)
        for name in ["drill", "import", "exam", "export", "stats", "wrong", "replay"] {
            XCTAssertTrue(result.stdout.contains("  \(name)"), "help lacks \(name)")
        }
    }

    func testUnknownCommandIsOneLineAndExitTwo() throws {
        let result = try BinaryRunner.run(["frobnicate"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1)
        XCTAssertTrue(result.stderr.contains("frobnicate"))
    }

    func testChineseHelpWhenLangIsZh() throws {
        let result = try BinaryRunner.run(["help"], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(result.stdout.contains("刷题"))
    }
}

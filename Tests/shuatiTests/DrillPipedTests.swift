import Foundation
import XCTest

/// The drill through piped stdin: answers in, feedback and summary out, every answer in the log.
final class DrillPipedTests: XCTestCase {
    func testSequentialSessionGradesEveryTypeAndLogsIt() throws {
        let (banks, home) = try DrillFixture.make()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        // single right, multi partial (少选), TF wrong, fill right, short partly.
        let input = "A\nA\n错\n总价值;总成本\n对话性客户知识和预测性客户知识\n"
        let result = try BinaryRunner.run(["drill", "--mode", "sequential"], stdin: input, environment: env)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("1/5"))
        XCTAssertTrue(result.stdout.contains("✓ Right"))
        XCTAssertTrue(result.stdout.contains("◐ Partly right (50%)"))
        XCTAssertTrue(result.stdout.contains("✗ Wrong"))
        XCTAssertTrue(result.stdout.contains("✗ 观察性客户知识"), "missed key point is listed")
        XCTAssertTrue(result.stdout.contains("answered: 5"))
        XCTAssertTrue(result.stdout.contains("accuracy: 40% (2/5)"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour on a pipe")
        let log = try DrillFixture.logLines(home)
        // Right answers typed at once are right and fast: Easy.
        XCTAssertEqual(log.map { $0["rating"] as? Int }, [4, 2, 1, 4, 2])
        XCTAssertEqual(log.map { $0["grade"] as? Double }, [1, 0.5, 0, 1, 2.0 / 3.0])
        XCTAssertEqual(log[0]["ts"] as? String, "2026-11-24T10:00:00Z")
        XCTAssertEqual(log[0]["mode"] as? String, "sequential", "sequential practice marks its answers so it can resume")
        XCTAssertEqual(log[1]["given"] as? [String], ["A"])
    }

    func testUndoStarOverrideAndQuit() throws {
        let (banks, home) = try DrillFixture.make()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        let result = try BinaryRunner.run(["drill", "--mode", "sequential"], stdin: "s\nB\nu\nA\n=4\nq\n", environment: env)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("★ starred"))
        XCTAssertTrue(result.stdout.contains("undone"))
        XCTAssertTrue(result.stdout.contains("answered: 1"), result.stdout)
        let log = try DrillFixture.logLines(home)
        XCTAssertEqual(log.map { $0["event"] as? String ?? "answer" }, ["star", "answer", "undo", "answer", "undo", "answer"])
        XCTAssertEqual(log.last?["rating"] as? Int, 4)
        // The replayed state reflects only the surviving answer.
        let replay = try BinaryRunner.run(["replay", home.appendingPathComponent("reviews.jsonl").path, "--json"])
        XCTAssertTrue(replay.stdout.contains("\"reps\":1"), replay.stdout)
        // The starred mode now finds the bookmarked item.
        let starred = try BinaryRunner.run(["drill", "--mode", "starred"], stdin: "q\n", environment: env)
        XCTAssertTrue(starred.stdout.contains("客户关系管理的核心是"), starred.stdout)
    }

    func testDueModeSchedulesWrongAnswersIntoTheNotebook() throws {
        let (banks, home) = try DrillFixture.make()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        _ = try BinaryRunner.run(["drill", "--limit", "1"], stdin: "C\n", environment: env)
        let wrong = try BinaryRunner.run(["drill", "--mode", "wrong"], stdin: "A\n", environment: env)
        XCTAssertTrue(wrong.stdout.contains("客户关系管理的核心是"), wrong.stdout)
        let later = try BinaryRunner.run(["drill", "--limit", "1"], stdin: "q\n", environment: env.merging(["SHUATI_NOW": "2026-11-24T10:30:00Z"]) { _, b in b })
        XCTAssertTrue(later.stdout.contains("1/1"), "the relearning card is due again after its step")
    }

    func testChineseMessagesWhenLangIsZh() throws {
        let (banks, home) = try DrillFixture.make()
        let result = try BinaryRunner.run(["drill", "--mode", "sequential", "--limit", "1"], stdin: "A\n",
                                          environment: ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(result.stdout.contains("✓ 正确"), result.stdout)
        XCTAssertTrue(result.stdout.contains("本次小结"))
    }
}

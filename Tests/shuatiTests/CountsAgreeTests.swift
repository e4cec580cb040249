import Foundation
import XCTest

/// One scripted history read by the drill, the exam report, the wrong-answer notebook and the statistics: every
/// count agrees (少选 is wrong everywhere, a self-checked short answer is right everywhere, keyless self-ratings
/// count nowhere).
final class CountsAgreeTests: XCTestCase {
    func testDrillExamWrongAndStatsAgreeOnOneLog() throws {
        let (banks, home) = try DrillFixture.make()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        // SC right, MC 少选, TF wrong, fill right, short answer with all three points confirmed in the self-check.
        let drill = try BinaryRunner.run(["drill", "--mode", "sequential"],
                                         stdin: "A\nA\n错\n总价值;总成本\n对话性客户知识\n1 2 3\nq\n", environment: env)
        XCTAssertEqual(drill.status, 0, drill.stderr)
        XCTAssertTrue(drill.stdout.contains("accuracy: 60% (3/5)"), drill.stdout)
        XCTAssertTrue(drill.stdout.contains("少选"), "the drill says why a partly right multi-select is counted wrong")
        // The exam: SC wrong now, TF right now.
        let exam = try BinaryRunner.run(["exam", "take", "--seed", "1", "--blueprint", "single_choice:1x1,true_false:1x1"],
                                        stdin: "1 B\n2 对\n", environment: env)
        XCTAssertEqual(exam.status, 0, exam.stderr)
        XCTAssertTrue(exam.stdout.contains("right 1"), exam.stdout)

        // Last graded answers: SC ✗ (exam), MC ✗ (少选), TF ✓ (exam), fill ✓, short ✓.
        let wrong = try BinaryRunner.run(["wrong"], environment: env)
        XCTAssertTrue(wrong.stdout.contains("3 items"), wrong.stdout)
        XCTAssertTrue(wrong.stdout.contains("属于关系营销的有"), "少选 is in the notebook")
        XCTAssertTrue(wrong.stdout.contains("客户满意度越高越好"), "TF needs two right answers to leave")
        XCTAssertFalse(wrong.stdout.contains("客户知识分为哪几类"), "the self-checked short answer is right")

        let stats = try BinaryRunner.run(["stats", "--json"], environment: env)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let types = try XCTUnwrap(json["types"] as? [[String: Any]])
        let accuracy = Dictionary(uniqueKeysWithValues: types.map { ($0["name"] as! String, $0["last_answer_accuracy"] as? Double) })
        XCTAssertEqual(accuracy["single_choice"], 0)
        XCTAssertEqual(accuracy["multiple_choice"], 0, "少选 is wrong in stats as in the drill header")
        XCTAssertEqual(accuracy["true_false"], 1)
        XCTAssertEqual(accuracy["fill_blank"], 1)
        XCTAssertEqual(accuracy["short_answer"], 1)
        let rightInStats = accuracy.values.compactMap { $0 }.reduce(0, +)
        XCTAssertEqual(Int(rightInStats) + 2, 5, "right in stats + the two last-wrong items not yet re-answered = items")
    }

    func testGiveUpOverrideAndRetryInOneSession() throws {
        let (banks, home) = try DrillFixture.make()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        // SC: show the answer (不会); MC: wrong, then rated Good by the student; the SC comes back at the end.
        let run = try BinaryRunner.run(["drill", "--mode", "sequential", "--limit", "2"], stdin: "?\nB\n=3\nA\n", environment: env)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Answer shown"), run.stdout)
        XCTAssertTrue(run.stdout.contains("3/3"), "the item not known comes back before the session ends: \(run.stdout)")
        XCTAssertTrue(run.stdout.contains("accuracy: 67% (2/3)"), run.stdout)
        let log = try DrillFixture.logLines(home)
        XCTAssertEqual(log.first?["rating"] as? Int, 1, "不会 is logged as Again")
        let wrong = try BinaryRunner.run(["wrong"], environment: env)
        XCTAssertTrue(wrong.stdout.contains("客户关系管理的核心是"), "not known, then right once: still in the notebook")
        XCTAssertFalse(wrong.stdout.contains("属于关系营销的有"), "re-rated Good by the student: right everywhere")
    }
}

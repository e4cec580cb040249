import Foundation
import XCTest
import ShuatiKit
@testable import shuati

/// `shuati exam history`: every handed-in paper, its scores out of 100 over time, as text (snapshot) and JSON.
final class ExamHistoryTests: XCTestCase {
    static let snapshot = BinaryRunner.packageRoot.appendingPathComponent("Tests/shuatiTests/Snapshots/exam-history.txt")

    func testHistoryShowsEachPapersTrend() throws {
        let (banks, home) = try DrillFixture.make()
        var env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "TZ": "UTC"]
        let empty = try BinaryRunner.run(["exam", "history"], environment: env)
        XCTAssertTrue(empty.stdout.contains("No exam handed in yet"), empty.stdout)
        // Three attempts at the default paper (scored out of 100) and one at a paper with its own points.
        for (day, answers) in [("20", "1 C\n2 B\n"), ("22", "1 A\n2 B\n"), ("25", "1 A\n2 AC\n3 对\n4 总价值;总成本\n")] {
            env["SHUATI_NOW"] = "2026-11-\(day)T10:00:00Z"
            let take = try BinaryRunner.run(["exam", "take", "--seed", "3", "--title", "第一次模拟"], stdin: answers, environment: env)
            XCTAssertEqual(take.status, 0, take.stderr)
            XCTAssertTrue(take.stdout.contains("/ 100"), "the default paper is scored out of 100: \(take.stdout)")
        }
        env["SHUATI_NOW"] = "2026-11-26T09:00:00Z"
        let pointed = try BinaryRunner.run(["exam", "take", "--seed", "1", "--title", "判断专项", "--blueprint", "true_false:1x5"],
                                           stdin: "1 对\n", environment: env)
        XCTAssertTrue(pointed.stdout.contains("Score: 5 / 5"), "a blueprint's own points are kept: \(pointed.stdout)")

        let history = try BinaryRunner.run(["exam", "history"], environment: env)
        XCTAssertEqual(history.status, 0, history.stderr)
        if ProcessInfo.processInfo.environment["SHUATI_UPDATE_SNAPSHOTS"] != nil {
            try history.stdout.write(to: Self.snapshot, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(history.stdout, try String(contentsOf: Self.snapshot, encoding: .utf8),
                       "run with SHUATI_UPDATE_SNAPSHOTS=1 to accept a deliberate change")

        let json = try BinaryRunner.run(["exam", "history", "--json"], environment: env)
        let papers = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["papers"] as? [[String: Any]])
        XCTAssertEqual(papers.map { $0["title"] as? String }, ["判断专项", "第一次模拟"], "newest paper first")
        XCTAssertEqual((papers[1]["attempts"] as? [Any])?.count, 3)
    }
}

/// Short answers in an exam are checked by the student after hand-in; that verdict is the score and the log.
final class ExamSelfCheckTests: XCTestCase {
    func testPipedCheckLineDecidesTheShortAnswerScore() throws {
        let (banks, home) = try DrillFixture.make()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        let args = ["exam", "take", "--seed", "1", "--blueprint", "short_answer:1x9"]
        let automatic = try BinaryRunner.run(args, stdin: "1 对话性客户知识\n", environment: env)
        XCTAssertTrue(automatic.stdout.contains("Score: 3 / 9"), automatic.stdout)
        let checked = try BinaryRunner.run(args, stdin: "1 对话性客户知识\ncheck 1 1 2 3\n", environment: env)
        XCTAssertTrue(checked.stdout.contains("Score: 9 / 9"), checked.stdout)
        let log = try DrillFixture.logLines(home)
        XCTAssertEqual(log.last?["grade"] as? Double, 1, "the confirmed verdict is what the log keeps")
        XCTAssertEqual(log.last?["rating"] as? Int, 3)
    }

    func testReviewScreenTogglesPointsAndJumpsToFlaggedItems() throws {
        let bank = try Bank(json: JSONParser.parse(Array(DrillFixture.bank.utf8)), defaultName: "mini")
        let paper = try MockExamBuilder.build(from: bank.items, blueprint: Blueprint.parse("tf:1,short:1x9"), seed: 1,
                                              shuffleOptions: false, title: "模拟")
        var sheet = ExamSheet(paper: paper)
        XCTAssertTrue(sheet.answer(1, text: "对"))
        XCTAssertTrue(sheet.answer(2, text: "对话性客户知识"))
        sheet.toggleFlag(1)
        let terminal = ScriptedTerminal([])
        let review = ExamReviewScreen(paper: paper, sheet: sheet, terminal: terminal, chinese: false)
        XCTAssertTrue(review.screen().joined(separator: "\n").contains("[flagged]"), "it opens on the flagged item")
        XCTAssertFalse(review.handle(.right))
        XCTAssertTrue(review.screen().joined(separator: "\n").contains("✗ 2. 观察性客户知识"))
        XCTAssertFalse(review.handle(.character("2")))
        XCTAssertFalse(review.handle(.character("3")))
        XCTAssertTrue(review.screen().joined(separator: "\n").contains("✓ 2. 观察性客户知识"))
        XCTAssertTrue(review.screen().first!.contains("Review: 10 / 10"), review.screen().first!)
        XCTAssertTrue(review.handle(.enter))
        XCTAssertEqual(review.confirmed[2], [true, true, true])
    }
}

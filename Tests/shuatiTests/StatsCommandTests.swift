import Foundation
import XCTest

/// `shuati stats` and `shuati wrong` end to end, with a fixed log, a fixed clock and a fixed time zone.
final class StatsCommandTests: XCTestCase {
    static let snapshot = BinaryRunner.packageRoot.appendingPathComponent("Tests/shuatiTests/Snapshots/stats-plain.txt")

    /// A month of answers to the mini bank (ids are content hashes, so they are looked up by drilling first).
    private func fixture() throws -> (env: [String: String], home: URL) {
        let (banks, home) = try DrillFixture.make()
        var env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "TZ": "Asia/Shanghai"]
        // Day 1: answer everything in order (right, partly, wrong, right, partly).
        env["SHUATI_NOW"] = "2026-10-30T02:00:00Z"
        _ = try BinaryRunner.run(["drill", "--mode", "sequential"], stdin: "A\nA\n错\n总价值;总成本\n对话性客户知识\n", environment: env)
        // Then a few review days, skipping one, across the month boundary (local time).
        for (now, input) in [("2026-10-31T15:30:00Z", "A\nAC\n对\n"), ("2026-11-02T01:00:00Z", "B\n"), ("2026-11-03T23:00:00Z", "A\nAC\n")] {
            env["SHUATI_NOW"] = now
            _ = try BinaryRunner.run(["drill", "--mode", "sequential", "--restart", "--limit", "3"], stdin: input, environment: env)
        }
        env["SHUATI_NOW"] = "2026-11-04T04:00:00Z"
        return (env, home)
    }

    func testPlainOutputMatchesTheSnapshot() throws {
        let (env, _) = try fixture()
        let result = try BinaryRunner.run(["stats", "--days", "28", "--exam-date", "2026-12-01"], environment: env)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("\u{1B}["))
        for line in result.stdout.split(separator: "\n") {
            XCTAssertLessThanOrEqual(displayColumns(line), 80, "wider than 80 columns: \(line)")
        }
        if ProcessInfo.processInfo.environment["SHUATI_UPDATE_SNAPSHOTS"] != nil {
            try result.stdout.write(to: Self.snapshot, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.snapshot, encoding: .utf8)
        XCTAssertEqual(result.stdout, expected, "run with SHUATI_UPDATE_SNAPSHOTS=1 to accept a deliberate change")
    }

    func testJSONHasEveryFigure() throws {
        let (env, _) = try fixture()
        let result = try BinaryRunner.run(["stats", "--json", "--exam-date", "2026-12-01"], environment: env)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let overview = try XCTUnwrap(json["overview"] as? [String: Any])
        XCTAssertEqual(overview["items"] as? Int, 5)
        XCTAssertEqual(overview["seen"] as? Int, 5)
        XCTAssertEqual(overview["streak_days"] as? Int, 1, "11-03T23:00Z is 11-04 07:00 in Shanghai; nothing on 11-03 local")
        XCTAssertNotNil(json["retention"] as? [String: Any])
        XCTAssertEqual((json["due_forecast"] as? [Any])?.count, 14)
        XCTAssertNotNil((json["readiness"] as? [String: Any])?["predicted_score"] as? Double)
    }

    func testWrongListClearAndExport() throws {
        let (env, home) = try fixture()
        let list = try BinaryRunner.run(["wrong"], environment: env)
        XCTAssertTrue(list.stdout.contains("客户关系管理的核心是"), list.stdout)   // answered B on 11-02
        XCTAssertTrue(list.stdout.contains("you answered: B"), list.stdout)
        XCTAssertTrue(list.stdout.contains("right answer: A"))
        let exported = try BinaryRunner.run(["wrong", "export", "--format", "json"], environment: env)
        XCTAssertTrue(exported.stdout.contains("\"items\""), exported.stderr)
        let log = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        let id = try XCTUnwrap(log.split(separator: "\n").last { $0.contains("\"given\":[\"B\"]") }
            .flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }?["item"] as? String)
        let cleared = try BinaryRunner.run(["wrong", "clear", String(id.prefix(6))], environment: env)
        XCTAssertEqual(cleared.status, 0, cleared.stderr)
        let after = try BinaryRunner.run(["wrong"], environment: env)
        XCTAssertFalse(after.stdout.contains("客户关系管理的核心是"), after.stdout)
        let missing = try BinaryRunner.run(["wrong", "clear", "ffffffff"], environment: env)
        XCTAssertEqual(missing.status, 1)
    }

    private func displayColumns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0x9FFF) || ($1.value >= 0xFF00 && $1.value <= 0xFF60) ? 2 : 1) }
    }
}

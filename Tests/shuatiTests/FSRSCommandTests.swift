import Foundation
import XCTest

/// `optimize`, `drill --exam-date` and `stats --exam-date` end to end.
final class FSRSCommandTests: XCTestCase {
    static let joshLog = BinaryRunner.packageRoot.appendingPathComponent("../shared/fsrs/data/py-fsrs-review-logs-josh.csv")

    func testOptimizeOnAnEmptyLogSaysThereIsNothingToMeasure() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let result = try BinaryRunner.run(["optimize"], environment: ["SHUATI_HOME": home.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("0 reviews"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Nothing to measure yet"), result.stdout)
    }

    func testOptimizeFitsTheAnkiLogAndSavesKeepingTheRestOfTheConfig() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: Self.joshLog.path), "../shared/fsrs not present")
        let home = try BinaryRunner.temporaryDirectory()
        try #"{"drill":{"new_per_day":7}}"#.write(to: home.appendingPathComponent("config.json"), atomically: true, encoding: .utf8)
        let env = ["SHUATI_HOME": home.path, "TZ": "UTC"]
        let result = try BinaryRunner.run(["optimize", "--json", "--save", "--from-csv", Self.joshLog.path], environment: env)
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["reviews"] as? Int, 12580)
        XCTAssertEqual(json["items"] as? Int, 6276)
        let before = try XCTUnwrap((json["before"] as? [String: Any])?["log_loss"] as? Double)
        let after = try XCTUnwrap((json["after"] as? [String: Any])?["log_loss"] as? Double)
        XCTAssertEqual(before, 0.45347, accuracy: 1e-4, "fsrs-rs evaluates the defaults on these items to 0.45347")
        XCTAssertLessThan(after, 0.4444, "fsrs-rs-python's compute_parameters reaches 0.4444 on the same items")
        XCTAssertEqual(json["saved"] as? Bool, true)
        let config = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: home.appendingPathComponent("config.json"))) as? [String: Any])
        XCTAssertEqual((config["drill"] as? [String: Any])?["new_per_day"] as? Int, 7)
        XCTAssertEqual(((config["scheduler"] as? [String: Any])?["parameters"] as? [Double])?.count, 21)
        // Evaluating the saved parameters gives the fitted figures.
        let evaluated = try BinaryRunner.run(["optimize", "--evaluate", "--json", "--from-csv", Self.joshLog.path], environment: env)
        let again = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(evaluated.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(try XCTUnwrap((again["before"] as? [String: Any])?["log_loss"] as? Double), after, accuracy: 1e-5)
        XCTAssertNil(again["after"])
    }

    func testBadCSVNamesTheLine() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let csv = home.appendingPathComponent("log.csv")
        try "card_id,review_rating,review_time\n1,3,2024-01-01T10:00:00Z\n1,9,2024-01-03T10:00:00Z\n".write(to: csv, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["optimize", "--from-csv", csv.path], environment: ["SHUATI_HOME": home.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("log.csv:3: error: review_rating must be 1–4"), result.stderr)
    }

    func testDrillAndStatsFollowTheExamPlan() throws {
        let (banks, home) = try DrillFixture.make()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "TZ": "UTC", "SHUATI_NOW": "2026-12-01T10:00:00Z"]
        let stats = try BinaryRunner.run(["stats", "--json", "--exam-date", "2026-12-11", "--daily-reviews", "3"], environment: env)
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let plan = try XCTUnwrap(json["exam_plan"] as? [String: Any])
        XCTAssertEqual(plan["days_left"] as? Int, 10)
        let days = try XCTUnwrap(plan["days"] as? [[String: Any]])
        XCTAssertEqual(days.count, 10)
        XCTAssertTrue(days.allSatisfy { ($0["new"] as! Int) + ($0["reviews"] as! Int) <= 3 })
        XCTAssertGreaterThan(try XCTUnwrap(plan["score_with_plan"] as? Double), try XCTUnwrap(plan["score_without_study"] as? Double))
        let firstDay = try XCTUnwrap(days.first?["items"] as? [String])
        XCTAssertEqual(firstDay.count, 3)
        let drill = try BinaryRunner.run(["drill", "--exam-date", "2026-12-11", "--daily-reviews", "3"], stdin: "q\n", environment: env)
        XCTAssertEqual(drill.status, 0, drill.stderr)
        XCTAssertTrue(drill.stdout.contains("Exam plan for 2026-12-11: 0 reviews and 3 new items today"), drill.stdout)
        XCTAssertTrue(drill.stdout.contains("1/3"), drill.stdout)
        let text = try BinaryRunner.run(["stats", "--exam-date", "2026-12-11", "--daily-reviews", "3"], environment: env)
        XCTAssertTrue(text.stdout.contains("Exam plan for 2026-12-11 (10 days left, 3 items a day)"), text.stdout)
    }

    func testSimulatePrintsChartsAndCMRR() throws {
        let (banks, home) = try DrillFixture.make()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "TZ": "UTC", "SHUATI_NOW": "2026-12-01T10:00:00Z"]
        let json = try BinaryRunner.run(["simulate", "--days", "20", "--new-per-day", "2", "--json"], environment: env)
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let perDay = try XCTUnwrap(object["per_day"] as? [[String: Any]])
        XCTAssertEqual(perDay.count, 20)
        XCTAssertEqual(perDay.prefix(2).map { $0["new"] as? Double }, [2, 2])
        let cmrr = try XCTUnwrap((object["cmrr"] as? [String: Any])?["retention"] as? Double)
        XCTAssertTrue((0.7...0.95).contains(cmrr))
        let text = try BinaryRunner.run(["simulate", "--days", "20"], environment: env)
        XCTAssertTrue(text.stdout.contains("Reviews per day"), text.stdout)
        XCTAssertTrue(text.stdout.contains("┤"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Most efficient desired retention (CMRR)"), text.stdout)
        let missing = try BinaryRunner.run(["simulate"], environment: env)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("--days"), missing.stderr)
    }

    func testTheExamDateCanLiveInTheConfig() throws {
        let (banks, home) = try DrillFixture.make()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "TZ": "UTC", "SHUATI_NOW": "2026-12-01T10:00:00Z"]
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let config = home.appendingPathComponent("config.json")
        try #"{"exam":{"date":"2026-12-11","daily_reviews":2}}"#.write(to: config, atomically: true, encoding: .utf8)
        let drill = try BinaryRunner.run(["drill"], stdin: "q\n", environment: env)
        XCTAssertTrue(drill.stdout.contains("Exam plan for 2026-12-11: 0 reviews and 2 new items today"), drill.stdout)
        try #"{"exam":{"date":"2026-12-11","daily_reviews":"lots"}}"#.write(to: config, atomically: true, encoding: .utf8)
        let bad = try BinaryRunner.run(["stats"], environment: env)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("config.json: error: exam: daily_reviews must be a number"), bad.stderr)
    }
}

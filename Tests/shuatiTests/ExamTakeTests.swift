import Foundation
import XCTest
import ShuatiKit

/// `shuati exam take` end to end through piped stdin: answers in, a score report out, the log holds the answers.
final class ExamTakeTests: XCTestCase {
    static let bank = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/every-type.json").path
    let blueprint = "single:3x2,multi:2x2,tf:2,fill:2,short:1x10"

    func paper(seed: String = "7") throws -> String {
        try BinaryRunner.run(["exam", "build", Self.bank, "--blueprint", blueprint, "--seed", seed, "--format", "json"]).stdout
    }

    func testPipedAnswersAreScoredReportedAndLogged() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        // Learn the paper's key from its JSON export, then answer: 1 right, 2 wrong, 3 blank, true/false by order.
        let items = try JSONParser.parse(try paper())["items"]!.arrayValue!
        let key1 = items[0]["answer"]!.arrayValue![0].stringValue!
        let wrong2 = ["A", "B", "C", "D"].first { $0 != items[1]["answer"]!.arrayValue![0].stringValue! }!
        let tf6 = items[5]["answer"]!.boolValue! ? "对" : "错"
        let stdin = "1 \(key1)\n2. \(wrong2)\n6、\(tf6)\n4 Z\nsubmit\n10 this line is after submit\n"
        let r = try BinaryRunner.run(["exam", "take", Self.bank, "--blueprint", blueprint, "--seed", "7", "--data-dir", dir.path],
                                     stdin: stdin, environment: ["SHUATI_NOW": "2026-11-24T10:00:00Z"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Score: 3 / 26 (12%)   answered 3/10, right 2"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Wrong or unanswered (8)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("   yours: \(wrong2)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("   yours: (blank)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("By section"), r.stdout)
        XCTAssertTrue(r.stderr.contains("stdin:4: warning: cannot read 'Z' as an answer to item 4"), r.stderr)
        let log = try ReviewLog(url: dir.appendingPathComponent("reviews.jsonl")).load()
        XCTAssertEqual(log.events.count, 3)
        XCTAssertTrue(log.events.allSatisfy { $0.mode == "exam" && $0.ts == ISO8601.parse("2026-11-24T10:00:00Z") })
        XCTAssertEqual(log.events.map(\.rating), [3, 1, 3])
        XCTAssertEqual(log.events.map(\.item), [0, 1, 5].map { items[$0]["id"]!.stringValue! })
        XCTAssertEqual(WrongNotebook.entries(log.events).map(\.item), [items[1]["id"]!.stringValue!])
    }

    func testShuffledOptionsAreLoggedInTheBanksLetters() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let args = ["--blueprint", "single:3", "--seed", "11", "--shuffle-options"]
        let items = try JSONParser.parse(try BinaryRunner.run(["exam", "build", Self.bank, "--format", "json"] + args).stdout)["items"]!.arrayValue!
        let answers = items.map { $0["answer"]!.arrayValue![0].stringValue! }.joined(separator: "\n")
        let r = try BinaryRunner.run(["exam", "take", Self.bank, "--data-dir", dir.path] + args, stdin: answers + "\n")
        XCTAssertTrue(r.stdout.contains("answered 3/3, right 3"), r.stdout + r.stderr)
        let bank = try Bank(json: JSONParser.parse(String(contentsOfFile: Self.bank, encoding: .utf8)), defaultName: "b")
        for event in try ReviewLog(url: dir.appendingPathComponent("reviews.jsonl")).load().events {
            XCTAssertEqual(event.given.flatMap { Answer(json: $0, type: .singleChoice) }, bank.item(event.item)?.answer)
        }
    }

    func testTooFewItemsIsOneLineAndExitOne() throws {
        let r = try BinaryRunner.run(["exam", "take", Self.bank, "--blueprint", "short:5x10", "--seed", "1"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("short_answer: the blueprint asks for 5, the bank has 1 with an answer key"), r.stderr)
        let bad = try BinaryRunner.run(["exam", "build", Self.bank, "--blueprint", "single:x", "--format", "md"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--blueprint"), bad.stderr)
    }

    func testSameSeedSamePaperFileAndChineseReport() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("p.md").path
        let first = try BinaryRunner.run(["exam", "build", Self.bank, "--seed", "5", "--count", "6", "--format", "md", "-o", out])
        XCTAssertEqual(first.status, 0, first.stderr)
        let a = try String(contentsOfFile: out, encoding: .utf8)
        _ = try BinaryRunner.run(["exam", "build", Self.bank, "--seed", "5", "--count", "6", "--format", "md", "-o", out])
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), a)
        XCTAssertTrue(a.hasPrefix("# 模拟考试：every-type\n"), a)
        let noSeed = try BinaryRunner.run(["exam", "build", Self.bank, "--count", "3", "--format", "md"],
                                          environment: ["SHUATI_NOW": "2026-11-24T10:00:00.123Z"])
        XCTAssertTrue(noSeed.stderr.contains("seed 400123 (use --seed 400123 to get this paper again)"), noSeed.stderr)
        let zh = try BinaryRunner.run(["exam", "take", Self.bank, "--seed", "5", "--count", "6", "--data-dir", dir.path],
                                      stdin: "", environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(zh.stdout.contains("得分：0 / ") && zh.stdout.contains("（未答）"), zh.stdout)
    }
}

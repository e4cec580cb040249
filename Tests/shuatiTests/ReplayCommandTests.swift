import Foundation
import XCTest

/// `shuati replay` against the py-fsrs reference: the final state of each history must match.
final class ReplayCommandTests: XCTestCase {
    func testReplayMatchesReferenceFinalStates() throws {
        let vectors = BinaryRunner.packageRoot.appendingPathComponent("Tests/ShuatiKitTests/Fixtures/fsrs")
        for (file, flags) in [("vectors-steps-seed1.jsonl", [String]()),
                              ("vectors-nosteps-seed2.jsonl", ["--learning-steps", "", "--relearning-steps", ""])] {
            let dir = try BinaryRunner.temporaryDirectory()
            let log = dir.appendingPathComponent("log.jsonl")
            var lines: [String] = []
            var expected: [String: [String: Any]] = [:]
            let text = try String(contentsOf: vectors.appendingPathComponent(file), encoding: .utf8)
            for (i, history) in text.split(separator: "\n").prefix(120).enumerated() {
                let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(history.utf8)) as? [String: Any])
                let reviews = try XCTUnwrap(json["reviews"] as? [[String: Any]])
                for review in reviews {
                    lines.append("{\"ts\":\"\(review["ts"]!)\",\"item\":\"card\(i)\",\"rating\":\(review["rating"]!)}")
                }
                expected["card\(i)"] = reviews.last?["after"] as? [String: Any]
            }
            try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)
            let result = try BinaryRunner.run(["replay", log.path, "--json"] + flags)
            XCTAssertEqual(result.status, 0, result.stderr)
            let out = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let cards = try XCTUnwrap(out["cards"] as? [[String: Any]])
            XCTAssertEqual(cards.count, expected.count)
            for card in cards {
                let item = try XCTUnwrap(card["item"] as? String)
                let want = try XCTUnwrap(expected[item])
                XCTAssertEqual(card["state"] as? String, want["state"] as? String, item)
                XCTAssertEqual(card["due"] as? String, want["due"] as? String, item)
                XCTAssertEqual(card["stability"] as! Double, want["stability"] as! Double, accuracy: 1e-4, item)
                XCTAssertEqual(card["difficulty"] as! Double, want["difficulty"] as! Double, accuracy: 1e-4, item)
                XCTAssertEqual(card["step"] as? Int, want["step"] as? Int, item)
                XCTAssertEqual(Array(card.keys).sorted(), ["difficulty", "due", "item", "lapses", "last_review", "reps", "stability", "state", "step"])
            }
        }
    }

    func testBadFlagIsAUsageError() throws {
        let result = try BinaryRunner.run(["replay", "x.jsonl", "--learning-steps", "soon"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--learning-steps"))
    }
}

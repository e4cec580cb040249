import Foundation
import XCTest
@testable import ShuatiKit

final class ReviewLogTests: XCTestCase {
    private func tempLog() throws -> ReviewLog {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("log-\(UUID().uuidString)")
        return ReviewLog(url: dir.appendingPathComponent("reviews.jsonl"))
    }

    let t = ISO8601.parse("2026-11-24T10:00:00Z")!

    func testRoundTripEveryField() throws {
        let log = try tempLog()
        let events = [
            ReviewEvent(ts: t, item: "a1", rating: 3, grade: 1.0, responseMs: 5400, given: .array([.string("B")]), mode: "drill"),
            ReviewEvent(ts: t.addingTimeInterval(0.5), item: "a1", rating: 0, kind: .undo),
            ReviewEvent(ts: t, item: "b\"2", rating: 1, grade: 0.5, given: .string("客户\n满意"), mode: "exam"),
            ReviewEvent(ts: t, item: "c3", rating: 0, kind: .star),
        ]
        for e in events { try log.append(e) }
        let loaded = try log.load()
        XCTAssertEqual(loaded.events, events)
        XCTAssertTrue(loaded.warnings.isEmpty)
        let text = try String(contentsOf: log.url, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix(#"{"ts":"2026-11-24T10:00:00Z","item":"a1","rating":3,"grade":1,"response_ms":5400,"given":["B"],"mode":"drill"}"#))
    }

    func testFastAndGeneralParsersAgree() throws {
        let lines = [
            #"{"ts":"2026-11-24T10:00:00Z","item":"x","rating":4}"#,
            #"{"ts":"2026-11-24T10:00:00.250Z","item":"x","rating":2,"grade":0.5,"response_ms":12,"given":{"a":[1,"]"]},"mode":"drill"}"#,
            #"{ "item": "y", "rating": 1, "ts": "2026-11-24T18:00:00+08:00" }"#,  // other order and spacing: slow path
        ]
        let parsed = ReviewLog.parse(Data(lines.joined(separator: "\n").utf8), path: "l").events
        XCTAssertEqual(parsed.count, 3)
        for (line, event) in zip(lines, parsed) {
            XCTAssertEqual(ReviewEvent(json: try JSONParser.parse(line)), event)
        }
        XCTAssertEqual(parsed[2].ts, t)
    }

    func testTornLastLineIsSkippedWithAWarningAndTheNextAppendStartsFresh() throws {
        let log = try tempLog()
        try log.append(ReviewEvent(ts: t, item: "a", rating: 3))
        let handle = try FileHandle(forWritingTo: log.url)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"ts":"2026-11-24T10:0"#.utf8))
        try handle.close()
        var loaded = try log.load()
        XCTAssertEqual(loaded.events.count, 1)
        XCTAssertEqual(loaded.warnings.count, 1)
        XCTAssertEqual(loaded.warnings[0].line, 2)
        XCTAssertTrue(loaded.warnings[0].message.contains("incomplete"))
        try log.append(ReviewEvent(ts: t, item: "b", rating: 2))
        loaded = try log.load()
        XCTAssertEqual(loaded.events.map(\.item), ["a", "b"])
        XCTAssertEqual(loaded.warnings.map(\.line), [2])
    }

    func testMalformedMiddleLineIsReportedWithItsNumber() {
        let data = Data("""
        {"ts":"2026-11-24T10:00:00Z","item":"a","rating":3}
        this is not json
        {"ts":"2026-11-24T10:00:00Z","item":"b","rating":9}
        {"ts":"2026-11-24T10:00:00Z","item":"c","rating":1}

        """.utf8)
        let loaded = ReviewLog.parse(data, path: "r.jsonl")
        XCTAssertEqual(loaded.events.map(\.item), ["a", "c"])
        XCTAssertEqual(loaded.warnings.map(\.line), [2, 3])
        XCTAssertEqual(loaded.warnings[0].description, "r.jsonl:2: warning: unreadable review log line skipped")
    }

    func testReplayHonoursUndo() {
        let s = Scheduler()
        let events = [
            ReviewEvent(ts: t, item: "a", rating: 3),
            ReviewEvent(ts: t.addingTimeInterval(60), item: "a", rating: 1),
            ReviewEvent(ts: t.addingTimeInterval(61), item: "a", rating: 0, kind: .undo),
            ReviewEvent(ts: t.addingTimeInterval(62), item: "b", rating: 0, kind: .seen),
        ]
        let states = CardStates.replay(events, scheduler: s)
        XCTAssertEqual(states.count, 1)
        XCTAssertEqual(states["a"], s.review(nil, item: "a", rating: .good, at: t))
        let allUndone = CardStates.replay(Array(events.prefix(1)) + [ReviewEvent(ts: t, item: "a", rating: 0, kind: .undo)], scheduler: s)
        XCTAssertTrue(allUndone.isEmpty)
    }

    func testConfigFileSchedulerSection() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = DataDirectory.config(in: dir)
        try #"{"scheduler":{"desired_retention":0.85,"learning_steps":"30s,5m","relearning_steps":"","fuzz_seed":3}}"#
            .write(to: url, atomically: true, encoding: .utf8)
        let config = try SchedulerConfig.load(dataDirectory: dir)
        XCTAssertEqual(config.desiredRetention, 0.85)
        XCTAssertEqual(config.learningSteps, [30, 300])
        XCTAssertEqual(config.relearningSteps, [])
        XCTAssertEqual(config.fuzzSeed, 3)
        try #"{"scheduler":{"desired_retention":2}}"#.write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SchedulerConfig.load(dataDirectory: dir)) {
            XCTAssertTrue("\($0)".contains("config.json"))
            XCTAssertTrue("\($0)".contains("desired_retention"))
        }
        try "{\n\"scheduler\": [1,}".write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SchedulerConfig.load(dataDirectory: dir)) { XCTAssertEqual(($0 as? ConfigError)?.line, 2) }
    }

    func testDataDirectoryPrecedence() {
        XCTAssertEqual(DataDirectory.resolve(flag: "/x", environment: ["SHUATI_HOME": "/y"]).path, "/x")
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: ["SHUATI_HOME": "/y", "XDG_DATA_HOME": "/z"]).path, "/y")
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/z"]).path, "/z/shuati")
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: ["HOME": "/h"]).path, "/h/.local/share/shuati")
    }

    func testStepLists() {
        XCTAssertEqual(StepList.parse("1m,10m"), [60, 600])
        XCTAssertEqual(StepList.parse("30s, 1h ,2d"), [30, 3600, 172800])
        XCTAssertEqual(StepList.parse(""), [])
        XCTAssertEqual(StepList.parse("5"), [300])
        XCTAssertNil(StepList.parse("1x"))
        XCTAssertNil(StepList.parse("-1m"))
    }
}

import Foundation
import XCTest
@testable import ShuatiKit

/// Logs big enough to take the parallel paths (parse in shares, number items in shares) must give exactly what a
/// plain one-line-at-a-time reading gives.
final class LargeLogTests: XCTestCase {
    /// A seeded mixture of answers, undos, seen/star events, blank lines and one malformed line, ~3 MB.
    private func makeLog() -> (text: String, lineCount: Int, badLine: Int) {
        var random = FuzzRandom(seed: 42)
        var lines: [String] = []
        var badLine = 0
        let base = ISO8601.parse("2026-01-01T00:00:00Z")!.timeIntervalSince1970
        for n in 0..<80_000 {
            let ts = ISO8601.format(Date(timeIntervalSince1970: base + Double(n) * 60))
            let item = "item\(random.next() % 3000)"
            switch random.next() % 20 {
            case 0: lines.append(#"{"ts":"\#(ts)","item":"\#(item)","rating":0,"event":"undo"}"#)
            case 1: lines.append(#"{"ts":"\#(ts)","item":"\#(item)","rating":0,"event":"seen","mode":"study"}"#)
            case 2: lines.append(#"{"ts":"\#(ts)","item":"\#(item)","rating":0,"event":"star"}"#)
            case 3: lines.append("")
            default:
                lines.append(#"{"ts":"\#(ts)","item":"\#(item)","rating":\#(1 + random.next() % 4),"response_ms":\#(random.next() % 9000)}"#)
            }
            if n == 40_000 { lines.append(#"{"ts":"broken"#); badLine = lines.count }
        }
        return (lines.joined(separator: "\n") + "\n", lines.count, badLine)
    }

    func testParallelParseMatchesLineByLineParse() throws {
        let (text, _, badLine) = makeLog()
        let data = Data(text.utf8)
        XCTAssertGreaterThan(data.count, 1 << 20, "must be big enough for the parallel path")
        let parsed = ReviewLog.parse(data, path: "big.jsonl")
        var expected: [ReviewEvent] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            if let value = try? JSONParser.parse(Array(line.utf8)), let event = ReviewEvent(json: value) { expected.append(event) }
        }
        XCTAssertEqual(parsed.events.count, expected.count)
        XCTAssertEqual(parsed.events, expected)
        XCTAssertEqual(parsed.warnings.map(\.line), [badLine])
    }

    func testParallelGroupingMatchesSequentialGrouping() throws {
        let events = ReviewLog.parse(Data(makeLog().text.utf8), path: "big.jsonl").events
        XCTAssertGreaterThan(events.count, 1 << 16, "must be big enough for the parallel path")
        let history = AnswerHistory(events)
        // The plain reading: one dictionary, events in order.
        var items: [String] = []
        var answers: [[Int32]] = []
        var slot: [String: Int] = [:]
        var seen = Set<String>()
        for (index, event) in events.enumerated() {
            switch event.kind {
            case .answer:
                if slot[event.item] == nil { slot[event.item] = items.count; items.append(event.item); answers.append([]) }
                answers[slot[event.item]!].append(Int32(index))
            case .undo:
                if let s = slot[event.item], !answers[s].isEmpty { answers[s].removeLast() }
            case .seen: seen.insert(event.item)
            default: break
            }
        }
        XCTAssertEqual(history.items, items)
        XCTAssertEqual(history.answers, answers)
        XCTAssertEqual(history.seen, seen)
        XCTAssertTrue(events.contains { $0.kind == .undo } && !seen.isEmpty, "the log exercises undo and seen")
    }
}

import Foundation
import XCTest
import ShuatiKit
@testable import shuati

/// A terminal that replays scripted keys and keeps what was drawn.
final class ScriptedTerminal: Terminal {
    var keys: [Key?]
    var written = ""
    var rawMode = false
    var restored = false
    var size: (columns: Int, rows: Int) = (80, 30)
    /// Called before each key is handed out, e.g. to move a fake clock.
    var onRead: () -> Void = {}

    init(_ keys: [Key?]) { self.keys = keys }
    func enterRawMode() throws { rawMode = true }
    func restore() { restored = true }
    func readKey(timeout: TimeInterval?) -> Key? {
        onRead()
        return keys.isEmpty ? .endOfInput : keys.removeFirst()
    }
    func write(_ text: String) { written += text }
    var lastScreen: String { written.components(separatedBy: "\u{1B}[H\u{1B}[2J").last ?? "" }
}

final class ExamScreenTests: XCTestCase {
    func paper() throws -> Paper {
        let url = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/every-type.json")
        let bank = try Bank(json: JSONParser.parse(Array(Data(contentsOf: url))), defaultName: "b")
        return try MockExamBuilder.build(from: bank.items, blueprint: Blueprint.parse("single:1x2,multi:1x2,tf:1,fill:1x2"),
                                         seed: 4, shuffleOptions: false, title: "模拟")
    }

    func chars(_ s: String) -> [Key?] { s.map { Key.character($0) } }

    func testAnswerInAnyOrderFlagJumpAndSubmit() throws {
        let p = try paper()
        let keys: [Key?] = chars("4") + [.enter, .enter] + chars("甲乙") + [.backspace] + chars("丙") + [.enter]  // item 4, typed
            + [.home] + chars("b") + [.right] + chars("a") + chars("c") + chars("a") + chars("m")               // 1: B; 2: C, flagged
            + [.right] + chars("f") + [.left, .left, .right]                                                   // 3: false
            + chars("s") + chars("n") + chars("s") + chars("y")
        let terminal = ScriptedTerminal(keys)
        let screen = ExamScreen(paper: p, terminal: terminal, now: { Date(timeIntervalSince1970: 0) }, minutes: 90, chinese: false)
        XCTAssertEqual(try screen.run(), .submitted)
        XCTAssertTrue(terminal.rawMode && terminal.restored)
        XCTAssertEqual(screen.sheet.responses[1], .choices(["B"]))
        XCTAssertEqual(screen.sheet.responses[2], .choices(["C"]))
        XCTAssertEqual(screen.sheet.responses[3], .trueFalse(false))
        XCTAssertEqual(screen.sheet.responses[4], Grader.parseResponse("甲丙", for: p.items[3].question))
        XCTAssertEqual(screen.sheet.flagged, [2])
        XCTAssertTrue(terminal.lastScreen.contains("Hand in? (y/n)"), terminal.lastScreen)
        XCTAssertTrue(terminal.written.contains("⏱ 1:30:00"))
        XCTAssertTrue(terminal.written.contains(" [x] B. "), "the chosen option is marked")
        XCTAssertTrue(terminal.lastScreen.contains(" 1 ·[2]? 3 · 4 ·"), terminal.lastScreen)
    }

    func testCountdownRunsOutAndHandsIn() throws {
        var t = Date(timeIntervalSince1970: 0)
        let terminal = ScriptedTerminal([nil, .character("a"), nil, nil, nil])
        terminal.onRead = { t += 40 }
        let screen = ExamScreen(paper: try paper(), terminal: terminal, now: { t }, minutes: 2, chinese: true)
        XCTAssertEqual(try screen.run(), .timeUp)
        XCTAssertEqual(screen.sheet.responses[1], .choices(["A"]))
        XCTAssertTrue(terminal.written.contains("⏱ 1:20"), terminal.written)
        XCTAssertTrue(terminal.written.contains("第 1/4 题"))
    }

    func testCtrlCAbandonsOnlyAfterConfirmation() throws {
        let terminal = ScriptedTerminal([.ctrlC, .character("n"), .ctrlC, .character("y")])
        let screen = ExamScreen(paper: try paper(), terminal: terminal, now: { Date() }, minutes: nil, chinese: false)
        XCTAssertEqual(try screen.run(), .abandoned)
        XCTAssertTrue(terminal.restored)
        XCTAssertFalse(terminal.written.contains("⏱"), "no countdown without a time limit")
    }

    func testCJKStemsWrapToTheTerminalWidth() throws {
        let terminal = ScriptedTerminal([])
        terminal.size = (24, 20)
        let screen = ExamScreen(paper: try paper(), terminal: terminal, now: { Date() }, minutes: 5, chinese: true)
        for line in screen.screen() { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 24, line) }
        XCTAssertEqual(screen.screen().count, 20)
    }
}

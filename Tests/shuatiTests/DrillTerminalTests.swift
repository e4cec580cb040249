import Foundation
import XCTest

/// The full-screen drill in a real pseudo-terminal (tmux): keys in, screen read back.
final class DrillTerminalTests: XCTestCase {
    private var tmux: TmuxSession?

    /// XCTest keeps test case objects until the suite ends: drop the session (and its tmux server) now.
    override func tearDown() { tmux = nil }

    private func start(_ command: String, columns: Int, rows: Int) throws { tmux = try TmuxSession(command: command, columns: columns, rows: rows) }
    private func screen() throws -> String { try tmux!.screen() }
    @discardableResult
    private func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try tmux!.waitFor(text, file: file, line: line)
    }
    private func keys(_ k: String...) throws { try tmux!.tmux(["send-keys", "-t", tmux!.name] + k) }

    func testKeysAnswerAndTheScreenShowsFeedback() throws {
        let (banks, home) = try DrillFixture.make()
        let command = "env SHUATI_BANKS=\(banks.path) SHUATI_HOME=\(home.path) LANG=C.UTF-8 TERM=xterm \(BinaryRunner.binary.path) drill --mode sequential; echo EXITED; sleep 30"
        try start(command, columns: 80, rows: 24)
        _ = try waitFor("客户关系管理的核心是")
        try keys("a")                                   // one key answers a single choice
        _ = try waitFor("✓ Right")
        try keys("Enter")
        _ = try waitFor("属于关系营销的有")
        try keys("a", "c")                              // multi-select toggles letters…
        _ = try waitFor("> AC")
        try keys("Enter")                               // …and Enter submits
        _ = try waitFor("✓ Right")
        try keys("Enter")
        _ = try waitFor("客户满意度越高越好")
        try keys("f")
        _ = try waitFor("✗ Wrong")
        try keys("2")                                   // override the rating
        _ = try waitFor("2 Hard")
        try keys("Enter")
        _ = try waitFor("让渡价值")
        try keys("总价值;总成本")                         // CJK typed into the line editor
        _ = try waitFor("> 总价值;总成本")
        try keys("BSpace")
        _ = try waitFor("> 总价值;总成▏")
        try keys("本", "Enter")
        _ = try waitFor("✓ Right")
        try keys("q")
        let end = try waitFor("EXITED")
        XCTAssertTrue(end.contains("answered: 4"), end)
        let log = try DrillFixture.logLines(home)
        XCTAssertEqual(log.filter { $0["event"] == nil }.count, 5, "4 answers plus the re-rated one")
        XCTAssertEqual(log.filter { ($0["event"] as? String) == "undo" }.count, 1)
    }

    func testResizeRewrapsWithinTheNewWidth() throws {
        let (banks, home) = try DrillFixture.make()
        let command = "env SHUATI_BANKS=\(banks.path) SHUATI_HOME=\(home.path) LANG=zh_CN.UTF-8 \(BinaryRunner.binary.path) drill --mode sequential --type short_answer --mode study; sleep 30"
        try start(command, columns: 80, rows: 24)
        _ = try waitFor("客户知识分为哪几类")
        try tmux!.tmux(["resize-window", "-t", tmux!.name, "-x", "30", "-y", "20"])
        usleep(600_000)
        let narrow = try screen()
        XCTAssertTrue(narrow.contains("背题") || narrow.contains("回车"), narrow)
        for line in narrow.split(separator: "\n") {
            let columns = line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0x9FFF) || ($1.value >= 0xFF00 && $1.value <= 0xFF60) ? 2 : 1) }
            XCTAssertLessThanOrEqual(columns, 30, "line wider than the window: \(line)")
        }
    }
}

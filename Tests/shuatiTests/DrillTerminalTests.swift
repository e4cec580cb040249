import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The full-screen drill in a real pseudo-terminal (tmux): keys in, screen read back.
final class DrillTerminalTests: XCTestCase {
    private var session = ""

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
        session = "shuati-test-\(getpid())-\(Int.random(in: 0..<1_000_000))"
    }

    override func tearDown() {
        _ = try? tmux(["kill-server"])
    }

    /// Runs tmux with posix_spawn, every descriptor above stderr closed: the tmux server it may start must not
    /// inherit Foundation.Process's bookkeeping descriptors (waitUntilExit would then wait for the server).
    @discardableResult
    private func tmux(_ args: [String]) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(session)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 && fcntl(fd, F_GETFD) >= 0 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        let argv = (["/usr/bin/tmux", "-L", session] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv, environ) == 0 else {
            throw XCTSkip("cannot start tmux")
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    private func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    /// Waits until the screen contains `text` (up to 5 s).
    private func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var last = ""
        for _ in 0..<100 {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        XCTFail("screen never showed \(text):\n\(last)", file: file, line: line)
        return last
    }

    private func keys(_ k: String...) throws { try tmux(["send-keys", "-t", session] + k) }

    func testKeysAnswerAndTheScreenShowsFeedback() throws {
        let (banks, home) = try DrillFixture.make()
        let command = "env SHUATI_BANKS=\(banks.path) SHUATI_HOME=\(home.path) LANG=C.UTF-8 TERM=xterm \(BinaryRunner.binary.path) drill --mode sequential; echo EXITED; sleep 30"
        try tmux(["new-session", "-d", "-s", session, "-x", "80", "-y", "24", command])
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
        try tmux(["new-session", "-d", "-s", session, "-x", "80", "-y", "24", command])
        _ = try waitFor("客户知识分为哪几类")
        try tmux(["resize-window", "-t", session, "-x", "30", "-y", "20"])
        usleep(600_000)
        let narrow = try screen()
        XCTAssertTrue(narrow.contains("背题") || narrow.contains("回车"), narrow)
        for line in narrow.split(separator: "\n") {
            let columns = line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0x9FFF) || ($1.value >= 0xFF00 && $1.value <= 0xFF60) ? 2 : 1) }
            XCTAssertLessThanOrEqual(columns, 30, "line wider than the window: \(line)")
        }
    }
}

import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server running one command in a pane of a given size: keys in, screen text out. Skips the
/// test when tmux is not installed (.ci/run installs it).
final class TmuxSession {
    let name: String

    init(command: String, columns: Int, rows: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
        name = "shuati-layout-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        try tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Runs tmux with posix_spawn, every descriptor above stderr closed (see DrillTerminalTests for why).
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).out").path
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
        let argv = (["/usr/bin/tmux", "-L", name] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv, environ) == 0 else { throw XCTSkip("cannot start tmux") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    /// The pane's text, trailing spaces and trailing blank lines removed.
    func screen() throws -> String {
        var lines = try tmux(["capture-pane", "-p", "-t", name]).split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in var s = String(line); while s.last == " " { s.removeLast() }; return s }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Waits until the screen contains `text` (up to 5 s) and returns it.
    @discardableResult
    func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var last = ""
        for _ in 0..<100 {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        XCTFail("screen never showed \(text):\n\(last)", file: file, line: line)
        return last
    }

    func keys(_ k: String...) throws { try tmux(["send-keys", "-t", name] + k) }
}

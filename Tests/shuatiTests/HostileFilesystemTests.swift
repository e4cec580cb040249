import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10 and 14: a full disk, a read-only data directory, a directory as `-o`, a truncated bank beside a good
/// one. Each failure is one line naming the path and the reason, exit 1, and nothing is lost or left behind.
final class HostileFilesystemTests: XCTestCase {
    private var mounts: [TmpfsMount] = []
    override func tearDown() { for m in mounts { m.remove() }; mounts = [] }

    private func env(_ home: URL) -> [String: String] {
        ["SHUATI_HOME": home.path, "SHUATI_BANKS": home.path + "/no-bundled", "SHUATI_NOW": "2026-11-24T10:00:00Z"]
    }

    private func writeDoc(_ text: String, name: String) throws -> URL {
        let url = try BinaryRunner.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// A data directory on a small tmpfs with bank `k` and a review log whose last page is exactly full, so any
    /// further byte needs a new page of the (then full) file system.
    private func mountedHome(size: Int = 1 << 20) throws -> TmpfsMount {
        let (mount, why) = try TmpfsMount.make(size: size)
        guard let mount else { throw XCTSkip("full-disk test skipped: \(why)") }
        mounts.append(mount)
        let home = mount.url
        let a = try writeDoc(Hostile.document(tag: "甲", count: 5), name: "a.txt")
        let first = try BinaryRunner.run(["import", a.path, "--bank", "k"], environment: env(home))
        XCTAssertEqual(first.status, 0, first.stderr)
        let drill = try BinaryRunner.run(["drill", "k", "--mode", "sequential", "--limit", "2"], stdin: "B\nA\n", environment: env(home))
        XCTAssertEqual(drill.status, 0, drill.stderr)
        let log = home.appendingPathComponent("reviews.jsonl")
        var text = try String(contentsOf: log, encoding: .utf8)
        let padPrefix = "{\"ts\":\"2026-11-24T09:00:00Z\",\"rating\":3,\"item\":\"pad-"
        let padSuffix = "\"}\n"
        let room = 4096 - text.utf8.count % 4096
        let fill = room - padPrefix.utf8.count - padSuffix.utf8.count
        XCTAssertGreaterThan(fill, 0)
        text += padPrefix + String(repeating: "x", count: fill) + padSuffix
        XCTAssertEqual(text.utf8.count % 4096, 0)
        try text.write(to: log, atomically: false, encoding: .utf8)
        return mount
    }

    func testFullDiskImportIsOneClearLineAndKeepsBankAndLog() throws {
        let mount = try mountedHome()
        let home = mount.url
        let bankURL = home.appendingPathComponent("banks/k.json")
        let logURL = home.appendingPathComponent("reviews.jsonl")
        let b = try writeDoc(Hostile.document(tag: "乙", count: 40), name: "b.txt")
        mount.fill()
        let bank = try Data(contentsOf: bankURL), log = try Data(contentsOf: logURL)

        for attempt in 1...3 {
            let r = try BinaryRunner.run(["import", b.path, "--bank", "k"], environment: env(home))
            XCTAssertEqual(r.status, 1, "attempt \(attempt): \(r.stdout)")
            XCTAssertEqual(r.stderr, "shuati import: error: \(bankURL.path): no space left on device\n")
            XCTAssertEqual(r.stdout, "")
            XCTAssertEqual(try Data(contentsOf: bankURL), bank, "the old bank is intact")
            XCTAssertEqual(try Data(contentsOf: logURL), log, "the log is intact")
            XCTAssertEqual(Hostile.temporaries(home), [], "no temp file left (attempt \(attempt))")
        }
        // The bank still works.
        let list = try BinaryRunner.run(["list", "k"], environment: env(home))
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("5 items"), list.stdout)
    }

    func testFullDiskDrillAnswerAndExportFailCleanly() throws {
        let mount = try mountedHome()
        let home = mount.url
        let logURL = home.appendingPathComponent("reviews.jsonl")
        mount.fill()
        let before = Hostile.snapshot(home)
        let drill = try BinaryRunner.run(["drill", "k", "--mode", "sequential", "--limit", "1"], stdin: "A\n", environment: env(home))
        XCTAssertEqual(drill.status, 1, drill.stdout)
        XCTAssertEqual(drill.stderr, "shuati drill: error: \(logURL.path): no space left on device\n")
        XCTAssertEqual(Hostile.snapshot(home), before, "the log is cut back: no partial line")

        let out = home.appendingPathComponent("paper.html")
        let export = try BinaryRunner.run(["export", "k", "-o", out.path], environment: env(home))
        XCTAssertEqual(export.status, 1)
        XCTAssertEqual(export.stderr, "shuati export: error: \(out.path): no space left on device\n")
        XCTAssertEqual(Hostile.snapshot(home), before, "no paper.html, no temp file")
    }

    func testReadOnlyDataDirectory() throws {
        let mount = try mountedHome()
        let home = mount.url
        guard mount.remountReadOnly() else { throw XCTSkip("mount -o remount,ro is not permitted here") }
        let before = Hostile.snapshot(home)
        let b = try writeDoc(Hostile.document(tag: "丙", count: 3), name: "b.txt")
        let bankPath = home.appendingPathComponent("banks/k.json").path
        let r = try BinaryRunner.run(["import", b.path, "--bank", "k"], environment: env(home))
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "shuati import: error: \(bankPath): read-only file system\n")
        let drill = try BinaryRunner.run(["drill", "k", "--mode", "sequential", "--limit", "1"], stdin: "A\n", environment: env(home))
        XCTAssertEqual(drill.status, 1)
        XCTAssertEqual(drill.stderr, "shuati drill: error: \(home.path)/reviews.jsonl: read-only file system\n")
        // Reading still works.
        let stats = try BinaryRunner.run(["stats", "k"], environment: env(home))
        XCTAssertEqual(stats.status, 0, stats.stderr)
        XCTAssertEqual(Hostile.snapshot(home), before)
    }

    func testPermissionDeniedWhenNotRoot() throws {
        guard geteuid() != 0 else { throw XCTSkip("running as root: permissions do not stop root (the read-only mount test covers this)") }
        let home = try BinaryRunner.temporaryDirectory()
        let a = try writeDoc(Hostile.document(tag: "甲", count: 2), name: "a.txt")
        XCTAssertEqual(try BinaryRunner.run(["import", a.path, "--bank", "k"], environment: env(home)).status, 0)
        chmod(home.appendingPathComponent("banks").path, 0o555)
        defer { chmod(home.appendingPathComponent("banks").path, 0o755) }
        let r = try BinaryRunner.run(["import", a.path, "--bank", "k"], environment: env(home))
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.hasSuffix(": permission denied\n"), r.stderr)
    }

    func testDirectoryAsOutput() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let a = try writeDoc(Hostile.document(tag: "甲", count: 3), name: "a.txt")
        XCTAssertEqual(try BinaryRunner.run(["import", a.path, "--bank", "k"], environment: env(home)).status, 0)
        XCTAssertEqual(try BinaryRunner.run(["drill", "k", "--mode", "sequential", "--limit", "1"], stdin: "B\n",
                                            environment: env(home)).status, 0)
        let target = try BinaryRunner.temporaryDirectory()
        let outside = target.deletingLastPathComponent()
        let before = Hostile.snapshot(home)
        for args in [["export", "k", "--format", "html", "-o", target.path],
                     ["exam", "build", "k", "--format", "md", "--seed", "1", "--count", "2", "-o", target.path],
                     ["wrong", "export", "--format", "md", "-o", target.path]] {
            let r = try BinaryRunner.run(args, environment: env(home))
            XCTAssertEqual(r.status, 1, args.joined(separator: " "))
            let command = args[0]
            XCTAssertTrue(r.stderr.hasSuffix("shuati \(command): error: \(target.path): is a directory\n"), r.stderr)
            XCTAssertEqual(Hostile.lines(r.stderr).filter { !$0.hasPrefix("seed ") }.count, 1, r.stderr)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target.path), [], "the directory is untouched")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path).filter { $0.hasSuffix(".tmp") }, [])
        }
        XCTAssertEqual(Hostile.snapshot(home), before)
    }

    func testTruncatedBankBesideAGoodOne() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let a = try writeDoc(Hostile.document(tag: "甲", count: 4), name: "a.txt")
        let e = env(home)
        XCTAssertEqual(try BinaryRunner.run(["import", a.path, "--bank", "good"], environment: e).status, 0)
        let good = try Data(contentsOf: home.appendingPathComponent("banks/good.json"))
        let badURL = home.appendingPathComponent("banks/bad.json")
        try good.prefix(good.count * 2 / 3).write(to: badURL)
        let drill = try BinaryRunner.run(["drill", "--mode", "sequential", "--limit", "1"], stdin: "B\n", environment: e)
        XCTAssertEqual(drill.status, 0, drill.stderr)
        let before = Hostile.snapshot(home)

        for args in [["list"], ["stats"], ["wrong", "list"], ["export", "--format", "md"],
                     ["exam", "build", "--format", "md", "--seed", "3", "--count", "2"]] {
            let r = try BinaryRunner.run(args, environment: e)
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            let lines = Hostile.lines(r.stderr).filter { !$0.hasPrefix("seed ") }
            XCTAssertEqual(lines.count, 1, "\(args): \(r.stderr)")
            XCTAssertTrue(lines.first?.hasPrefix("\(badURL.path):") ?? false, r.stderr)
            XCTAssertTrue(lines.first?.contains(": warning: ") ?? false, r.stderr)
            XCTAssertTrue(lines.first?.hasSuffix("this bank is skipped") ?? false, r.stderr)
            XCTAssertNotNil(Int(lines.first!.dropFirst(badURL.path.count + 1).prefix { $0 != ":" }), "names the line: \(r.stderr)")
        }
        let list = try BinaryRunner.run(["list"], environment: e)
        XCTAssertTrue(list.stdout.contains("4 items"), list.stdout)
        let wrong = try BinaryRunner.run(["wrong", "list"], environment: e)
        XCTAssertTrue(wrong.stdout.contains("甲[1]"), wrong.stdout)
        let drillAgain = try BinaryRunner.run(["drill", "--mode", "sequential", "--limit", "1"], stdin: "q\n", environment: e)
        XCTAssertEqual(drillAgain.status, 0, drillAgain.stderr)
        XCTAssertEqual(Hostile.snapshot(home), before, "reading never changes the files")

        // Named explicitly, the broken bank is an error (one line, file and line), not silently skipped.
        let named = try BinaryRunner.run(["list", "bad"], environment: e)
        XCTAssertEqual(named.status, 1)
        XCTAssertEqual(Hostile.lines(named.stderr).count, 1, named.stderr)
        XCTAssertTrue(named.stderr.hasPrefix("\(badURL.path):"), named.stderr)
        XCTAssertTrue(named.stderr.contains(": error: not a question bank: "), named.stderr)
        // Importing into the broken bank refuses rather than overwriting it.
        let into = try BinaryRunner.run(["import", a.path, "--bank", "bad"], environment: e)
        XCTAssertEqual(into.status, 1)
        XCTAssertEqual(Hostile.lines(into.stderr).count, 1, into.stderr)
        XCTAssertEqual(Hostile.snapshot(home).filter { !$0.key.hasSuffix(".lock") }, before.filter { !$0.key.hasSuffix(".lock") })
    }
}

/// Output lost to a full disk is a failure, not a silent success.
final class StandardOutputFailureTests: XCTestCase {
    func testExportToAFullStandardOutputFails() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["export", "crm", "--format", "md"]
        process.currentDirectoryURL = BinaryRunner.packageRoot
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
            .merging(BinaryRunner.sanitizerOptions) { a, _ in a }
        let err = Pipe()
        process.standardOutput = full
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertEqual(stderr, "shuati export: error: standard output: no space left on device\n")
    }
}

import Foundation
import XCTest

/// Every command × the bad inputs of issue 10: each gives exactly one line on stderr (`shuati CMD: error: …` or
/// `file[:line]: error: …`), the expected exit status, no Foundation or runtime text, nothing on stdout, and the
/// data directory byte for byte as it was.
final class BadInputMatrixTests: XCTestCase {
    struct Case {
        var args: [String]
        var status: Int32
        /// Text the line must contain (the file, the option, the reason).
        var mentions: [String]
        var stdin = ""
        /// config.json written into the data directory before the run.
        var config: String?
    }

    /// Scratch files outside the data directory.
    struct Files {
        let dir: URL
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    }

    private func makeFiles() throws -> Files {
        let dir = try BinaryRunner.temporaryDirectory()
        let f = Files(dir: dir)
        try FileManager.default.createDirectory(atPath: f.path("folder"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: f.path("folder.json"), withIntermediateDirectories: true)
        for name in ["empty.txt", "empty.json", "empty.jsonl"] { FileManager.default.createFile(atPath: f.path(name), contents: Data()) }
        var binary = Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0xFF, 0xFE])
        for i in 0..<4000 { binary.append(UInt8(truncatingIfNeeded: i &* 2654435761 >> 13)) }
        for name in ["binary.txt", "binary.json", "binary.jsonl", "binary.doc"] { try binary.write(to: dir.appendingPathComponent(name)) }
        let bank = Data("{\"name\":\"t\",\"items\":[{\"id\":\"a1\",\"type\":\"single_choice\",\"section\":\"\",\"stem\":\"核心是\",\n\"options\":{\"A\":\"客户\"".utf8)
        try bank.write(to: dir.appendingPathComponent("truncated.json"))
        try Data("{\"name\":\"x\",\"things\":[]}".utf8).write(to: dir.appendingPathComponent("notabank.json"))
        try Data("{\"items\":[{\"type\":\"weird\"}]}".utf8).write(to: dir.appendingPathComponent("baditem.json"))
        try Data("just some notes\nnothing to see\n".utf8).write(to: dir.appendingPathComponent("notes.jsonl"))
        try Hostile.document(tag: "文档", count: 3).write(toFile: f.path("doc.txt"), atomically: true, encoding: .utf8)
        try "这只是一段普通的文字，没有任何题目。\n".write(toFile: f.path("prose.txt"), atomically: true, encoding: .utf8)
        return f
    }

    private func cases(_ f: Files) -> [Case] {
        var c: [Case] = []
        let missingTxt = f.path("missing.txt"), missingJSON = f.path("missing.json")
        // Missing files.
        c += [
            Case(args: ["import", missingTxt], status: 1, mentions: [missingTxt, "no such file"]),
            Case(args: ["drill", missingTxt], status: 1, mentions: [missingTxt, "file not found"]),
            Case(args: ["stats", missingTxt], status: 1, mentions: [missingTxt, "file not found"]),
            Case(args: ["list", missingJSON], status: 1, mentions: [missingJSON, "file not found"]),
            Case(args: ["show", "a1", missingJSON], status: 1, mentions: [missingJSON, "file not found"]),
            Case(args: ["export", missingJSON, "--format", "md"], status: 1, mentions: [missingJSON, "file not found"]),
            Case(args: ["exam", "build", missingJSON, "--format", "md", "--seed", "1"], status: 1, mentions: [missingJSON]),
            Case(args: ["exam", "take", missingJSON, "--seed", "1"], status: 1, mentions: [missingJSON]),
            Case(args: ["wrong", "list", missingJSON], status: 1, mentions: [missingJSON]),
            Case(args: ["replay", f.path("missing.jsonl")], status: 1, mentions: ["missing.jsonl", "file not found"]),
            Case(args: ["list", "nosuchbank"], status: 1, mentions: ["no bank named 'nosuchbank'"]),
        ]
        // Directories where a file is expected.
        c += [
            Case(args: ["import", f.path("folder")], status: 1, mentions: [f.path("folder"), "is a directory"]),
            Case(args: ["drill", f.path("folder")], status: 1, mentions: [f.path("folder"), "is a directory"]),
            Case(args: ["list", f.path("folder.json")], status: 1, mentions: [f.path("folder.json"), "is a directory"]),
            Case(args: ["replay", f.path("folder")], status: 1, mentions: ["folder", "is a directory"]),
            Case(args: ["export", "good", "--format", "md", "-o", f.path("folder")], status: 1, mentions: [f.path("folder"), "is a directory"]),
        ]
        // Empty files.
        c += [
            Case(args: ["import", f.path("empty.txt")], status: 1, mentions: [f.path("empty.txt"), "empty"]),
            Case(args: ["drill", f.path("empty.txt")], status: 1, mentions: [f.path("empty.txt")]),
            Case(args: ["list", f.path("empty.json")], status: 1, mentions: [f.path("empty.json"), "empty"]),
            Case(args: ["replay", f.path("empty.jsonl")], status: 1, mentions: ["empty.jsonl", "empty"]),
            Case(args: ["import", f.path("prose.txt")], status: 1, mentions: [f.path("prose.txt"), "no questions"]),
        ]
        // Binary files.
        c += [
            Case(args: ["import", f.path("binary.doc")], status: 1, mentions: [f.path("binary.doc")]),
            Case(args: ["import", f.path("binary.txt"), "--bank", "good"], status: 1, mentions: [f.path("binary.txt")]),
            Case(args: ["drill", f.path("binary.txt")], status: 1, mentions: [f.path("binary.txt")]),
            Case(args: ["list", f.path("binary.json")], status: 1, mentions: [f.path("binary.json"), "not a question bank"]),
            Case(args: ["replay", f.path("binary.jsonl")], status: 1, mentions: ["binary.jsonl", "not a review log"]),
            Case(args: ["replay", f.path("notes.jsonl")], status: 1, mentions: ["notes.jsonl", "not a review log"]),
        ]
        // Malformed and truncated banks.
        let t = f.path("truncated.json")
        c += [
            Case(args: ["list", t], status: 1, mentions: [t + ":2: error: not a question bank"]),
            Case(args: ["show", "a1", t], status: 1, mentions: [t + ":2:"]),
            Case(args: ["drill", t], status: 1, mentions: [t + ":2:"]),
            Case(args: ["export", t, "--format", "json"], status: 1, mentions: [t + ":2:"]),
            Case(args: ["exam", "build", t, "--format", "md", "--seed", "1"], status: 1, mentions: [t + ":2:"]),
            Case(args: ["exam", "take", t, "--seed", "1"], status: 1, mentions: [t + ":2:"]),
            Case(args: ["stats", t], status: 1, mentions: [t + ":2:"]),
            Case(args: ["wrong", "list", t], status: 1, mentions: [t + ":2:"]),
            Case(args: ["list", f.path("notabank.json")], status: 1, mentions: ["notabank.json", "no \"items\" list"]),
            Case(args: ["list", f.path("baditem.json")], status: 1, mentions: ["baditem.json", "item 1"]),
        ]
        // config.json: malformed, out of range.
        let configs: [(String, [String])] = [
            ("{\"drill\":{\"new_per_day\":", ["config.json:1: error:"]),
            ("{\n\"scheduler\": {\n  \"desired_retention\": 0\n}}", ["config.json:3: error: scheduler: desired_retention"]),
            ("{\"scheduler\":{\"desired_retention\":1.5}}", ["config.json:1: error:", "desired_retention"]),
            ("{\"scheduler\":{\"parameters\":[" + Array(repeating: "0.5", count: 20).joined(separator: ",") + "]}}", ["21 numbers", "20 values"]),
            ("{\"scheduler\":{\"parameters\":[" + Array(repeating: "-1", count: 21).joined(separator: ",") + "]}}", ["parameters[0] = -1 is outside"]),
            ("{\n\"drill\":{\n\"new_per_day\":-5}}", ["config.json:3: error: drill: new_per_day"]),
            ("{\"drill\":{\"easy_seconds\":{\"single_choice\":-1}}}", ["easy_seconds.single_choice"]),
            ("[1,2,3]", ["config.json:1: error: the config must be a JSON object"]),
            ("{\"scheduler\":{\"maximum_interval\":0}}", ["maximum_interval"]),
        ]
        for (config, mentions) in configs {
            c.append(Case(args: ["drill", "good"], status: 1, mentions: mentions, stdin: "A\n", config: config))
            c.append(Case(args: ["stats", "good"], status: 1, mentions: mentions, config: config))
        }
        // Unknown flags, every command.
        for args in [["import", f.path("doc.txt")], ["list"], ["show", "a1"], ["drill"], ["exam", "build", "--format", "md"],
                     ["exam", "take"], ["export", "--format", "md"], ["stats"], ["wrong", "list"], ["replay", f.path("notes.jsonl")]] {
            c.append(Case(args: args + ["--frobnicate"], status: 2, mentions: ["unknown option '--frobnicate'", "shuati help \(args[0])"]))
        }
        for args in [["optimize"], ["simulate", "--days", "5"], ["key", "a1", "A"], ["exam", "history"]] {
            c.append(Case(args: args + ["--frobnicate"], status: 2, mentions: ["unknown option '--frobnicate'"]))
        }
        c += [
            Case(args: ["optimize", "--from-csv", f.path("missing.csv")], status: 1, mentions: ["missing.csv"]),
            Case(args: ["optimize", "--from-csv", f.path("binary.txt")], status: 1, mentions: ["binary.txt"]),
            Case(args: ["optimize", "--day-start-hour", "25"], status: 2, mentions: ["--day-start-hour"]),
            Case(args: ["simulate", "good", "--days", "-1"], status: 2, mentions: ["--days"]),
            Case(args: ["simulate", "good", "--days", "5", "--new-per-day", "-3"], status: 2, mentions: ["--new-per-day"]),
            Case(args: ["simulate", f.path("truncated.json"), "--days", "5"], status: 1, mentions: ["truncated.json:2:"]),
            Case(args: ["key", "zzzzzz", "A"], status: 1, mentions: ["zzzzzz"]),
            Case(args: ["key"], status: 2, mentions: ["missing"]),
        ]
        for (config, mentions) in configs.prefix(3) {
            c.append(Case(args: ["simulate", "good", "--days", "5"], status: 1, mentions: mentions, config: config))
            c.append(Case(args: ["optimize"], status: 1, mentions: mentions, config: config))
        }
        c.append(Case(args: ["frobnicate"], status: 2, mentions: ["unknown command 'frobnicate'"]))
        c.append(Case(args: ["exam", "sit"], status: 2, mentions: ["unexpected argument 'sit'"]))
        // Negative and out-of-range counts.
        c += [
            Case(args: ["drill", "good", "--limit", "-5"], status: 2, mentions: ["--limit", "-5"]),
            Case(args: ["drill", "good", "--limit", "0"], status: 2, mentions: ["--limit"]),
            Case(args: ["drill", "good", "--new-per-day", "-1"], status: 2, mentions: ["--new-per-day"]),
            Case(args: ["drill", "good", "--seed", "-1"], status: 2, mentions: ["--seed"]),
            Case(args: ["drill", "good", "--retention", "1.5"], status: 2, mentions: ["--retention"]),
            Case(args: ["exam", "build", "good", "--format", "md", "--count", "-3"], status: 2, mentions: ["--count"]),
            Case(args: ["exam", "build", "good", "--format", "md", "--seed", "-1"], status: 2, mentions: ["--seed"]),
            Case(args: ["exam", "take", "good", "--minutes", "-5"], status: 2, mentions: ["--minutes"]),
            Case(args: ["stats", "--days", "-1"], status: 2, mentions: ["--days"]),
            Case(args: ["replay", f.path("notes.jsonl"), "--maximum-interval", "-7"], status: 2, mentions: ["--maximum-interval"]),
            Case(args: ["drill", "good", "--limit", "99999999999999999999999"], status: 2, mentions: ["--limit"]),
        ]
        // Impossible blueprints.
        c += [
            Case(args: ["exam", "build", "good", "--format", "md", "--seed", "1", "--blueprint", "single_choice:9999x1"], status: 1,
                 mentions: ["the blueprint asks for 9999"]),
            Case(args: ["exam", "build", "good", "--format", "md", "--seed", "1", "--blueprint", "essay_question:3"], status: 2,
                 mentions: ["unknown item type"]),
            Case(args: ["exam", "take", "good", "--seed", "1", "--blueprint", "single:-3x1"], status: 2, mentions: ["--blueprint"]),
            Case(args: ["exam", "build", "good", "--format", "md", "--seed", "1", "--blueprint", "single:0"], status: 2, mentions: ["no items"]),
            Case(args: ["exam", "build", "good", "--format", "md", "--seed", "1", "--blueprint", "short_answer:2x5"], status: 1,
                 mentions: ["short_answer: the blueprint asks for 2, the bank has 0"]),
            Case(args: ["exam", "build", "good", "--format", "md", "--seed", "1", "--section", "没有这一章"], status: 1,
                 mentions: ["no items in sections matching"]),
            Case(args: ["exam", "take", "good", "--blueprint", "short_answer:2"], status: 1, mentions: ["short_answer"]),
            Case(args: ["export", "good", "--format", "docx"], status: 2, mentions: ["--format", "docx"]),
            Case(args: ["export", "good"], status: 2, mentions: ["missing --format"]),
        ]
        // Bad dates.
        for date in ["2026-02-30", "tomorrow", "2026-13-01", "2026-1-5", ""] {
            c.append(Case(args: ["stats", "good", "--exam-date", date], status: 2, mentions: ["--exam-date"]))
        }
        // Bank names that would escape banks/ or hide the file.
        for name in ["a/b", "..", "", ".hidden", "../../etc/passwd", "x\u{1B}[2Jy"] {
            c.append(Case(args: ["import", f.path("doc.txt"), "--bank", name], status: 1, mentions: ["bad bank name"]))
        }
        // Other mistakes.
        c += [
            Case(args: ["import"], status: 2, mentions: ["missing FILE"]),
            Case(args: ["replay"], status: 2, mentions: ["missing LOG"]),
            Case(args: ["show"], status: 2, mentions: ["missing ID"]),
            Case(args: ["show", "zzzzzz", "good"], status: 1, mentions: ["no item with id 'zzzzzz'"]),
            Case(args: ["wrong", "clear", "zzzzzz"], status: 1, mentions: ["'zzzzzz' is not in the wrong-answer notebook"]),
            Case(args: ["drill", "good", "--mode", "hard"], status: 2, mentions: ["--mode"]),
            Case(args: ["list", "good", "--type", "nonsense"], status: 2, mentions: ["--type"]),
            Case(args: ["import", f.path("doc.txt"), "--bank"], status: 2, mentions: ["'--bank' needs a value"]),
        ]
        return c
    }

    func testEveryCommandTimesEveryBadInput() throws {
        let files = try makeFiles()
        // A data directory with a bank, a log and nothing else; each case runs on its own copy.
        let template = try BinaryRunner.temporaryDirectory()
        let env = ["SHUATI_BANKS": template.path + "/no-bundled", "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        XCTAssertEqual(try BinaryRunner.run(["import", files.path("doc.txt"), "--bank", "good"],
                                            environment: env.merging(["SHUATI_HOME": template.path]) { _, b in b }).status, 0)
        XCTAssertEqual(try BinaryRunner.run(["drill", "good", "--mode", "sequential", "--limit", "1"], stdin: "B\n",
                                            environment: env.merging(["SHUATI_HOME": template.path]) { _, b in b }).status, 0)
        let all = cases(files)
        var failures = 0
        for (n, testCase) in all.enumerated() {
            let home = try BinaryRunner.temporaryDirectory().appendingPathComponent("data")
            try FileManager.default.copyItem(at: template, to: home)
            if let config = testCase.config { try config.write(to: home.appendingPathComponent("config.json"), atomically: true, encoding: .utf8) }
            let before = Hostile.snapshot(home)
            let filesBefore = Hostile.snapshot(files.dir)
            let r = try BinaryRunner.run(testCase.args, stdin: testCase.stdin,
                                         environment: env.merging(["SHUATI_HOME": home.path]) { _, b in b })
            let label = "case \(n): shuati \(testCase.args.joined(separator: " "))\(testCase.config.map { "  [config \($0)]" } ?? "")"
            let lines = Hostile.lines(r.stderr)
            var ok = true
            func check(_ condition: Bool, _ why: String) {
                if !condition { ok = false; XCTFail("\(label): \(why)\n  status \(r.status)\n  stderr: \(r.stderr)\n  stdout: \(r.stdout.prefix(300))") }
            }
            check(r.status == testCase.status, "exit status \(r.status), expected \(testCase.status)")
            check(lines.count == 1, "\(lines.count) lines on stderr, expected 1")
            check(r.stdout.isEmpty, "stdout not empty")
            let line = String(lines.first ?? "")
            let command = testCase.args.first ?? ""
            let shaped = line.hasPrefix("shuati \(command): error: ") || line.hasPrefix("shuati: error: ")
                || line.range(of: #"^[^ ]+?(:[0-9]+)?: error: "#, options: .regularExpression) != nil
            check(shaped, "not 'shuati CMD: error: …' or 'file:line: error: …'")
            check(line.components(separatedBy: ": error: ").count == 2, "doubled prefix")
            for leak in Hostile.leaks { check(!r.stderr.contains(leak), "leaks '\(leak)'") }
            check(!r.stderr.unicodeScalars.contains { $0.value == 0x1B }, "an escape character reached the terminal")
            for mention in testCase.mentions { check(line.contains(mention), "does not mention '\(mention)'") }
            check(Hostile.snapshot(home) == before, "the data directory changed")
            check(Hostile.snapshot(files.dir) == filesBefore, "the input files changed")
            if !ok { failures += 1 }
        }
        print("bad-input matrix: \(all.count) cases, \(failures) failing")
        XCTAssertGreaterThan(all.count, 100)
    }
}

/// Issue 14: a piped `exam take` line naming an item the paper does not have is reported, not taken as item 1's
/// answer.
final class PipedExamBadNumberTests: XCTestCase {
    func testAnswerToAMissingItemIsAWarningNotItemOne() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let doc = home.appendingPathComponent("d.txt")
        try Hostile.document(tag: "考", count: 3).write(to: doc, atomically: true, encoding: .utf8)
        let env = ["SHUATI_HOME": home.path, "SHUATI_BANKS": home.path + "/none", "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        XCTAssertEqual(try BinaryRunner.run(["import", doc.path, "--bank", "k"], environment: env).status, 0)
        let r = try BinaryRunner.run(["exam", "take", "k", "--seed", "4", "--count", "2"], stdin: "999 B\n0 A\nsubmit\n", environment: env)
        XCTAssertEqual(r.status, 0, r.stderr)
        let warnings = Hostile.lines(r.stderr)
        XCTAssertEqual(warnings.count, 2, r.stderr)
        XCTAssertTrue(warnings[0].hasPrefix("stdin:1: warning: there is no item 999"), r.stderr)
        XCTAssertTrue(warnings[1].hasPrefix("stdin:2: warning: there is no item 0"), r.stderr)
        XCTAssertTrue(r.stdout.contains("answered 0/2"), r.stdout)
    }
}

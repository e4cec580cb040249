import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `import --bank` killed at random moments: the bank is always the old one or the new one, never gone, torn or
/// mixed; and two imports into one bank at the same time both land (the second waits on the lock).
final class BankCrashTests: XCTestCase {
    private func ids(_ data: Data) -> Set<String>? {
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = json["items"] as? [[String: Any]] else { return nil }
        return Set(items.compactMap { $0["id"] as? String })
    }

    private func importIDs(_ doc: URL) throws -> Set<String> {
        let r = try BinaryRunner.run(["import", doc.path, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return try XCTUnwrap(ids(Data(r.stdout.utf8)))
    }

    func testSIGKILLDuringImportLeavesTheOldOrTheNewBank() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let docs = try BinaryRunner.temporaryDirectory()
        let env = ["SHUATI_HOME": home.path, "SHUATI_BANKS": home.path + "/none"]
        // A big bank, so reading and writing it takes long enough for kills to land mid-write.
        let base = docs.appendingPathComponent("base.txt")
        try Hostile.document(tag: "基础", count: 2500).write(to: base, atomically: true, encoding: .utf8)
        XCTAssertEqual(try BinaryRunner.run(["import", base.path, "--bank", "big"], environment: env).status, 0)
        let bankURL = home.appendingPathComponent("banks/big.json")
        var current = try Data(contentsOf: bankURL)
        var currentIDs = try XCTUnwrap(ids(current))

        // How long an unkilled import takes, to spread the kills over the whole run.
        let timing = docs.appendingPathComponent("timing.txt")
        try Hostile.document(tag: "计时", count: 3).write(to: timing, atomically: true, encoding: .utf8)
        let started = Date()
        XCTAssertEqual(try BinaryRunner.run(["import", timing.path, "--bank", "big"], environment: env).status, 0)
        let duration = Date().timeIntervalSince(started)
        current = try Data(contentsOf: bankURL)
        currentIDs = try XCTUnwrap(ids(current))

        var rng = SystemRandomNumberGenerator()
        var killedWhileRunning = 0, becameNew = 0, stayedOld = 0, tempsSeen = 0
        let rounds = 36
        for round in 0..<rounds {
            let doc = docs.appendingPathComponent("r\(round).txt")
            try Hostile.document(tag: "第\(round)轮", count: 20).write(to: doc, atomically: true, encoding: .utf8)
            let newIDs = try importIDs(doc)
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.arguments = ["import", doc.path, "--bank", "big"]
            process.environment = env.merging(["PATH": "/usr/bin:/bin"]) { a, _ in a }.merging(BinaryRunner.sanitizerOptions) { a, _ in a }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Half the kills anywhere in the run, half in its last part, where the bank is being written.
            let window = round % 2 == 0 ? 0...(duration * 1.1) : (duration * 0.5)...(duration * 1.05)
            usleep(UInt32(Double.random(in: window, using: &rng) * 1_000_000))
            if process.isRunning { killedWhileRunning += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            tempsSeen += Hostile.temporaries(home).count

            let after = try XCTUnwrap(try? Data(contentsOf: bankURL), "round \(round): the bank is gone")
            if after == current {
                stayedOld += 1
            } else {
                let afterIDs = try XCTUnwrap(ids(after), "round \(round): the bank is torn (\(after.count) bytes)")
                XCTAssertEqual(afterIDs, currentIDs.union(newIDs), "round \(round): neither the old nor the new bank")
                becameNew += 1
                current = after
                currentIDs = afterIDs
            }
        }
        print("SIGKILL loop: \(rounds) rounds, \(killedWhileRunning) killed while running, \(stayedOld) old, \(becameNew) new, \(tempsSeen) temp files seen after kills (import ≈ \(String(format: "%.2f", duration)) s)")
        XCTAssertGreaterThanOrEqual(killedWhileRunning, rounds / 3, "most kills must land while the import runs")
        // The next normal import cleans the temp files of killed writers and still merges.
        let last = docs.appendingPathComponent("last.txt")
        try Hostile.document(tag: "最后", count: 2).write(to: last, atomically: true, encoding: .utf8)
        XCTAssertEqual(try BinaryRunner.run(["import", last.path, "--bank", "big"], environment: env).status, 0)
        XCTAssertEqual(Hostile.temporaries(home), [])
        XCTAssertEqual(try XCTUnwrap(ids(Data(contentsOf: bankURL))), currentIDs.union(try importIDs(last)))
    }

    func testConcurrentImportsIntoOneBankAllLand() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let docs = try BinaryRunner.temporaryDirectory()
        let env = ["SHUATI_HOME": home.path, "SHUATI_BANKS": home.path + "/none", "PATH": "/usr/bin:/bin"]
        var expected = Set<String>()
        var processes: [Process] = []
        for k in 0..<6 {
            let doc = docs.appendingPathComponent("d\(k).txt")
            try Hostile.document(tag: "并发\(k)", count: 300).write(to: doc, atomically: true, encoding: .utf8)
            expected.formUnion(try importIDs(doc))
            let p = Process()
            p.executableURL = BinaryRunner.binary
            p.arguments = ["import", doc.path, "--bank", "shared"]
            p.environment = env.merging(BinaryRunner.sanitizerOptions) { a, _ in a }
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            processes.append(p)
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit(); XCTAssertEqual(p.terminationStatus, 0) }
        let bank = try Data(contentsOf: home.appendingPathComponent("banks/shared.json"))
        XCTAssertEqual(ids(bank), expected, "every import landed: none overwrote another's items")
        XCTAssertEqual(Hostile.temporaries(home), [])
    }
}

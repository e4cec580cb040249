import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Kills a process that appends answers in a tight loop, many times at random moments, and checks nothing
/// acknowledged is lost, nothing is duplicated, and the log always loads.
final class ReviewLogCrashTests: XCTestCase {
    private func startAppender(log: URL, prefix: String, count: Int? = nil) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["dev", "append-loop", log.path, "--prefix", prefix] + (count.map { ["--count", "\($0)"] } ?? [])
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, out)
    }

    func testSIGKILLAtRandomMomentsLosesNothingAcknowledged() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let log = dir.appendingPathComponent("reviews.jsonl")
        var acknowledged: [String] = []
        var rng = SystemRandomNumberGenerator()
        for round in 0..<25 {
            let (process, out) = try startAppender(log: log, prefix: "r\(round)")
            // Wait for the first acknowledged append, so a slow start (a sanitized build) does not eat the window.
            var printed = Data()
            while !printed.contains(0x0A) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                printed.append(chunk)
            }
            usleep(UInt32.random(in: 2_000...40_000, using: &rng))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            printed.append(out.fileHandleForReading.readDataToEndOfFile())
            let text = String(decoding: printed, as: UTF8.self)
            // Only whole printed lines count as acknowledged (the print itself may be cut by the kill).
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for number in lines.dropLast() { acknowledged.append("r\(round)-\(number)") }
        }
        // One clean run after all the kills, through the same binary's loader.
        let result = try BinaryRunner.run(["replay", log.path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try String(contentsOf: log.url, encoding: .utf8)
        var seen = Set<String>()
        var torn = 0
        for line in text.split(separator: "\n") {
            guard let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let item = json["item"] as? String else { torn += 1; continue }
            XCTAssertTrue(seen.insert(item).inserted, "duplicated \(item)")
        }
        XCTAssertLessThanOrEqual(torn, 25, "at most one torn line per kill")
        for item in acknowledged { XCTAssertTrue(seen.contains(item), "acknowledged \(item) is missing") }
        XCTAssertGreaterThan(acknowledged.count, 25)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, torn, "each torn line is reported once")
    }

    func testTwoWritersInterleaveWholeLinesOnly() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let log = dir.appendingPathComponent("reviews.jsonl")
        let (a, _) = try startAppender(log: log, prefix: "a", count: 300)
        let (b, _) = try startAppender(log: log, prefix: "b", count: 300)
        a.waitUntilExit()
        b.waitUntilExit()
        XCTAssertEqual(a.terminationStatus, 0)
        XCTAssertEqual(b.terminationStatus, 0)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 600)
        var items = Set<String>()
        for line in lines {
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], String(line))
            items.insert(try XCTUnwrap(json["item"] as? String))
        }
        XCTAssertEqual(items.count, 600)
    }
}

extension URL {
    fileprivate var url: URL { self }
}

import Foundation
import XCTest

/// A binary copied out of the clone still has the bundled bank (compiled in as a package resource).
final class InstalledBinaryTests: XCTestCase {
    func testCopiedBinaryFindsTheBundledBank() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let copy = dir.appendingPathComponent("bin/shuati")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BinaryRunner.binary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["list", "--type", "判断"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": dir.path, "SHUATI_HOME": dir.appendingPathComponent("data").path]
        process.currentDirectoryURL = dir
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("items"), text)
        XCTAssertFalse(text.hasPrefix("0 items"), text)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("data/bundled/crm.json").path))
    }
}

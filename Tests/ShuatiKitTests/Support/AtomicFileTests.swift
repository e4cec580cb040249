import Foundation
import XCTest
@testable import ShuatiKit
#if canImport(Glibc)
import Glibc
#endif

final class AtomicFileTests: XCTestCase {
    private func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func testReplacesAnExistingFileAndKeepsItsMode() throws {
        let dir = try folder()
        let url = dir.appendingPathComponent("bank.json")
        try AtomicFile.write("old", to: url)
        chmod(url.path, 0o600)
        try AtomicFile.write("new contents", to: url)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "new contents")
        var info = stat()
        XCTAssertEqual(stat(url.path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["bank.json"])
    }

    func testDirectoryTargetAndMissingFolderAreErrorsInPlainWords() throws {
        let dir = try folder()
        XCTAssertThrowsError(try AtomicFile.write("x", to: dir)) { error in
            XCTAssertEqual("\(error)", "\(dir.path): is a directory")
        }
        let missing = dir.appendingPathComponent("no/such/place.json")
        XCTAssertThrowsError(try AtomicFile.write("x", to: missing)) { error in
            XCTAssertEqual((error as? FileSystemError)?.code, ENOENT)
            XCTAssertTrue("\(error)".hasSuffix(": no such file or directory"))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    func testWritesThroughASymbolicLink() throws {
        let dir = try folder()
        let real = dir.appendingPathComponent("real.md"), link = dir.appendingPathComponent("link.md")
        try AtomicFile.write("a", to: real)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try AtomicFile.write("b", to: link)
        XCTAssertEqual(try String(contentsOf: real, encoding: .utf8), "b")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), real.path)
    }

    func testStaleTemporariesOfDeadWritersAreRemoved() throws {
        let dir = try folder()
        let url = dir.appendingPathComponent("k.json")
        // pid 2^22+7 is above the default pid_max, so no such process exists.
        let stale = dir.appendingPathComponent(".k.json.4194311.123.tmp")
        let alive = dir.appendingPathComponent(".k.json.\(getppid()).5.tmp")
        try Data("torn".utf8).write(to: stale)
        try Data("in use".utf8).write(to: alive)
        try AtomicFile.write("{}", to: url)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: alive.path), "a live writer's file is left alone")
    }

    func testReasonsAreWords() {
        XCTAssertEqual(FileSystemError.reason(for: ENOSPC), "no space left on device")
        XCTAssertEqual(FileSystemError.reason(for: EACCES), "permission denied")
        XCTAssertEqual(FileSystemError.reason(for: EROFS), "read-only file system")
        XCTAssertEqual(FileSystemError.reason(for: EISDIR), "is a directory")
        XCTAssertEqual(FileSystemError(path: "banks/k.json", code: ENOSPC).description, "banks/k.json: no space left on device")
    }

    func testMappedReadGivesEveryByteInOrder() throws {
        let dir = try folder()
        // Over the mapping threshold and not a multiple of the page size.
        let big = Data((0..<(3 * FileContents.mappingThreshold + 7)).map { UInt8(truncatingIfNeeded: $0 &* 31 % 251) })
        let small = Data("1. 题目（ B ）\nA. 甲 B. 乙\n".utf8)
        for (name, bytes) in [("big.txt", big), ("small.txt", small), ("empty.txt", Data())] {
            let url = dir.appendingPathComponent(name)
            try bytes.write(to: url)
            XCTAssertEqual(try FileContents.mapped(url), bytes, name)
        }
        XCTAssertThrowsError(try FileContents.mapped(dir, shownAs: "folder")) { error in
            XCTAssertEqual("\(error)", "folder: is a directory")
        }
    }

    func testAMappedFileCutShortWhileReadGivesZerosAndIsReportedNotACrash() throws {
        let dir = try folder()
        let url = dir.appendingPathComponent("growing.txt")
        let size = 2 * FileContents.mappingThreshold + 5000
        try Data(repeating: 0x41, count: size).write(to: url)
        let data = try FileContents.mapped(url, shownAs: "growing.txt")
        XCTAssertNoThrow(try FileContents.unchanged(url, count: data.count))
        XCTAssertEqual(truncate(url.path, off_t(FileContents.mappingThreshold)), 0)
        // Past the new end the mapping has no file behind it: without the guard this read raises SIGBUS.
        XCTAssertEqual(data[size - 1], 0)
        XCTAssertEqual(data[FileContents.mappingThreshold - 1], 0x41)
        XCTAssertThrowsError(try FileContents.unchanged(url, count: data.count, shownAs: "growing.txt")) { error in
            XCTAssertEqual("\(error)", "growing.txt: changed while it was being read; import it again")
        }
    }

    func testReadingNamesThePathAsTyped() throws {
        XCTAssertThrowsError(try FileContents.read(URL(fileURLWithPath: "/nonexistent/x.txt"), shownAs: "x.txt")) { error in
            XCTAssertEqual("\(error)", "x.txt: no such file or directory")
        }
    }
}

final class ControlCharactersTests: XCTestCase {
    func testControlsBecomeVisiblePlaceholders() {
        XCTAssertEqual(ControlCharacters.visible("a\u{1B}[2Jb\u{07}c\u{7F}"), "a␛[2Jb␇c␡")
        XCTAssertEqual(ControlCharacters.visible("x\u{9B}31my"), "x<U+009B>31my")
        XCTAssertEqual(ControlCharacters.visible("abc\u{202E}def\u{2066}"), "abc<U+202E>def<U+2066>")
        XCTAssertEqual(ControlCharacters.visible("line1\r\nline2\rover"), "line1\nline2␍over")
        XCTAssertEqual(ControlCharacters.visible("a\nb\tc", keepNewlines: false), "a b c")
    }

    func testPlainTextIsUntouched() {
        let text = "客户关系管理的核心是( )\nA.客户 “引号” — 破折号 ✓"
        XCTAssertFalse(ControlCharacters.needsWork(text))
        XCTAssertEqual(ControlCharacters.visible(text), text)
    }

    func testIdsSurviveCleaning() {
        let q = Question(type: .singleChoice, section: "s\u{1B}", stem: "核心\u{1B}[0m是", options: [Option(letter: "A", text: "客\u{1B}户")],
                         answer: .choices(["A"]), source: SourceLocation(file: "f", line: 1))
        let clean = q.withVisibleControls
        XCTAssertEqual(clean.id, q.id)
        XCTAssertEqual(clean.stem, "核心␛[0m是")
        XCTAssertEqual(clean.options?.first?.text, "客␛户")
    }

    func testJSONEscapesC1AndBidi() {
        XCTAssertEqual(JSONValue.string("a\u{9B}b\u{202E}c\u{7F}").serialized(), "\"a\\u009bb\\u202ec\\u007f\"")
    }
}

final class ConfigValidationTests: XCTestCase {
    private func load(_ text: String) throws -> JSONValue {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent("config.json"), atomically: true, encoding: .utf8)
        return try ConfigFile.load(dataDirectory: dir)
    }

    func testBadValuesNameTheirLine() {
        XCTAssertThrowsError(try load("{\n \"drill\": {\n  \"new_per_day\": -5\n }\n}")) { error in
            XCTAssertEqual((error as? ConfigError)?.line, 3)
            XCTAssertTrue("\(error)".contains("drill: new_per_day must be a whole number from 0 to 10000"), "\(error)")
        }
        XCTAssertThrowsError(try load("{\"scheduler\":\n{\"desired_retention\":1.5}}")) { error in
            XCTAssertEqual((error as? ConfigError)?.line, 2)
        }
        XCTAssertThrowsError(try load("{\"scheduler\":{\"parameters\":[1,2]}}"))
        XCTAssertThrowsError(try load("{\"drill\":[]}"))
    }

    func testGoodConfigAndUnknownKeysPass() throws {
        let value = try load("{\"drill\":{\"new_per_day\":0,\"easy_seconds\":{\"single_choice\":6}},\"future\":{\"x\":1},\"scheduler\":{\"desired_retention\":0.85}}")
        XCTAssertEqual(value["drill"]?["new_per_day"]?.intValue, 0)
    }

    func testImpossibleDatesAreRejected() {
        XCTAssertNil(ISO8601.parse("2026-02-30T00:00:00Z"))
        XCTAssertNil(ISO8601.parse("2025-02-29T00:00:00Z"))
        XCTAssertNotNil(ISO8601.parse("2028-02-29T00:00:00Z"))
        XCTAssertNil(ISO8601.parse("2026-04-31T00:00:00Z"))
    }

    func testNumberBeforeADecimalLookingTermIsTheItemNumber() throws {
        let text = "二、判断题\n14.客户满意度是一种感觉。\n答案:正确\n15.20世纪90年代中期,CRM真正进入了推广时期。\n答案:错误\n"
        let result = try DocumentImporter.read(Data(text.utf8), file: "t.txt")
        XCTAssertEqual(result.items.map(\.stem), ["客户满意度是一种感觉。", "20世纪90年代中期,CRM真正进入了推广时期。"])
    }
}

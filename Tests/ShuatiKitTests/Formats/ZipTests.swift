import Foundation
import XCTest
@testable import ShuatiKit

final class ZipTests: XCTestCase {
    func testStoredEntriesWithAndWithoutDataDescriptors() throws {
        for descriptor in [false, true] {
            let zip = TestZip.make([("a.txt", Array("hello".utf8)), ("dir/b.xml", Array("<x>客户</x>".utf8)), ("empty", [])],
                                   dataDescriptor: descriptor)
            let archive = try ZipArchive(zip)
            XCTAssertEqual(archive.entries.map(\.name), ["a.txt", "dir/b.xml", "empty"])
            XCTAssertEqual(try archive.contents(of: "dir/b.xml"), Array("<x>客户</x>".utf8))
            XCTAssertEqual(try archive.contents(of: "empty"), [])
            XCTAssertNil(try archive.contents(of: "missing"))
        }
    }

    func testDeflatedEntriesWrittenByPythonZipfile() throws {
        let folder = try temporaryFolder(self)
        let path = folder.appendingPathComponent("p.zip").path
        _ = try runPython("""
        import sys, zipfile
        with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", "<w:t>" + "选择题 A. B. C. " * 2000 + "</w:t>")
            z.writestr("stored.bin", bytes(range(256)), compress_type=zipfile.ZIP_STORED)
            z.comment = b"a comment after the end record"
        """, [path])
        let archive = try ZipArchive([UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
        let xml = try XCTUnwrap(try archive.contents(of: "word/document.xml"))
        XCTAssertEqual(String(decoding: xml, as: UTF8.self), "<w:t>" + String(repeating: "选择题 A. B. C. ", count: 2000) + "</w:t>")
        XCTAssertEqual(try archive.contents(of: "stored.bin"), (0..<256).map { UInt8($0) })
    }

    func testBrokenArchivesGiveClearErrors() throws {
        let zip = TestZip.make([("word/document.xml", Array("<w:document/>".utf8))])
        XCTAssertThrowsError(try ZipArchive(Array(zip.prefix(zip.count - 30)))) { XCTAssertEqual($0 as? ZipError, .notZip) }
        XCTAssertThrowsError(try ZipArchive([0x50, 0x4B, 0x03, 0x04])) { XCTAssertEqual($0 as? ZipError, .notZip) }
        var damaged = zip
        damaged[50] ^= 0xFF // inside the entry's data
        XCTAssertThrowsError(try ZipArchive(damaged).contents(of: "word/document.xml")) {
            XCTAssertEqual($0 as? ZipError, .checksum(entry: "word/document.xml"))
        }
        let encrypted = TestZip.make([("word/document.xml", [1, 2, 3])], flags: 1)
        XCTAssertThrowsError(try ZipArchive(encrypted).contents(of: "word/document.xml")) {
            XCTAssertEqual($0 as? ZipError, .encrypted(entry: "word/document.xml"))
            XCTAssertTrue("\($0)".contains("password"))
        }
        var zip64 = zip
        zip64.replaceSubrange((zip64.count - 12)..<(zip64.count - 8), with: [0xFF, 0xFF, 0xFF, 0xFF])
        XCTAssertThrowsError(try ZipArchive(zip64)) { XCTAssertEqual($0 as? ZipError, .zip64) }
    }

    /// Through the importer: one `file: error:` line, whatever is wrong with the archive.
    func testImporterReportsABrokenDocxInOneLine() throws {
        let zip = TestZip.make([("word/document.xml", Array("<w:document/>".utf8))])
        for bad in [Array(zip.prefix(zip.count / 2)), TestZip.make([("word/document.xml", [1])], flags: 1),
                    TestZip.make([("other.xml", [1])])] {
            XCTAssertThrowsError(try DocumentImporter.read(Data(bad), file: "paper.docx")) { error in
                let line = "\(error)"
                XCTAssertTrue(line.hasPrefix("paper.docx: error: "), line)
                XCTAssertFalse(line.contains("\n"), line)
            }
        }
    }
}

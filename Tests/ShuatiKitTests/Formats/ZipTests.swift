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

final class ZipDamageTests: XCTestCase {
    /// Bytes flipped anywhere in a deflated .docx: the reader returns text or throws, and never crashes or hangs.
    func testRandomDamageIsAnErrorOrText() throws {
        let folder = try temporaryFolder(self)
        let path = folder.appendingPathComponent("d.docx").path
        _ = try runPython("""
        import sys, zipfile
        body = "".join(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>题{i} A. 甲 B. 乙</w:t></w:r></w:p>' for i in range(300))
        with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", f'<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>')
            z.writestr("word/numbering.xml", '<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="0"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
        """, [path])
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertTrue(try DocxReader.text(from: original).contains("题299"))
        var seed: UInt64 = 0x5EED
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        var errors = 0
        for _ in 0..<400 {
            var damaged = original
            for _ in 0..<(1 + next() % 4) { damaged[next() % damaged.count] ^= UInt8(1 + next() % 255) }
            do { _ = try DocxReader.text(from: damaged) } catch { errors += 1 }
        }
        XCTAssertGreaterThan(errors, 300, "most damage is caught by the CRC-32 or the decoder")
    }
}

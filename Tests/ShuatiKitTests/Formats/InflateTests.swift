import Foundation
import XCTest
@testable import ShuatiKit

final class InflateTests: XCTestCase {
    /// Random data of many sizes and kinds (incompressible, text-like, long runs), compressed by Python's zlib at
    /// every level and with each strategy, must decode to the same bytes.
    func testAgreesWithZlibOnRandomData() throws {
        let folder = try temporaryFolder(self)
        let listing = try runPython("""
        import os, random, sys, zlib
        out = sys.argv[1]
        rng = random.Random(12)
        words = [b"\\xe5\\xae\\xa2\\xe6\\x88\\xb7", b"answer", b" ", b"<w:t>", b"</w:t>", b"\\n", b"A.", b"1234"]
        n = 0
        for size in [0, 1, 2, 7, 100, 255, 256, 1000, 4095, 32768, 32769, 65535, 65536, 70000, 200000, 1000000]:
            for kind in ("random", "text", "runs"):
                if kind == "random": data = bytes(rng.getrandbits(8) for _ in range(size)) if size < 300000 else os.urandom(size)
                elif kind == "text": data = b"".join(rng.choice(words) for _ in range(size // 4 + 1))[:size]
                else: data = b"".join(bytes([rng.choice(b"ab")]) * rng.randint(1, 300) for _ in range(size // 50 + 1))[:size]
                level = [0, 1, 6, 9][n % 4]
                strategy = [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED][n % 5]
                c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
                packed = c.compress(data) + c.flush()
                open(f"{out}/{n}.raw", "wb").write(data)
                open(f"{out}/{n}.deflate", "wb").write(packed)
                print(n, size, kind, level, strategy)
                n += 1
        """, [folder.path])
        let cases = listing.split(separator: "\n")
        XCTAssertEqual(cases.count, 48)
        for line in cases {
            let n = line.split(separator: " ")[0]
            let raw = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(n).raw")))
            let packed = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(n).deflate")))
            let decoded = try Inflate.decompress(packed, expectedSize: raw.count)
            XCTAssertEqual(decoded.count, raw.count, "case \(line)")
            XCTAssertTrue(decoded == raw, "case \(line)")
        }
    }

    func testStoredAndFixedBlocksByHand() throws {
        // A stored block holding "hi" (BFINAL=1, BTYPE=00, LEN=2, NLEN=~2).
        XCTAssertEqual(try Inflate.decompress([0x01, 0x02, 0x00, 0xFD, 0xFF, 0x68, 0x69]), Array("hi".utf8))
        // zlib.compress(b"aaaaaaaaaa")[2:-4]: a fixed block with a length/distance copy overlapping itself.
        XCTAssertEqual(try Inflate.decompress([0x4B, 0x4C, 0x84, 0x01, 0x00]), Array("aaaaaaaaaa".utf8))
    }

    func testBrokenStreamsAreErrorsNotCrashes() {
        XCTAssertThrowsError(try Inflate.decompress([0x07])) // block type 3
        XCTAssertThrowsError(try Inflate.decompress([0x01, 0x02, 0x00, 0x00, 0x00, 0x68])) // bad NLEN
        XCTAssertThrowsError(try Inflate.decompress([0x4B, 0x4C])) // cut short
        XCTAssertThrowsError(try Inflate.decompress([])) { XCTAssertEqual($0 as? InflateError, .truncated) }
        XCTAssertThrowsError(try Inflate.decompress([0x4B, 0x4C, 0x84, 0x01, 0x00], limit: 5)) {
            XCTAssertEqual($0 as? InflateError, .tooLarge(limit: 5))
        }
    }

    /// Every entry of every corpus .docx decodes to what Python's zipfile (zlib) extracts.
    func testAgreesWithZlibOnCorpusDocx() throws {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: officeCorpus.path))?.filter { $0.hasSuffix(".docx") } ?? []
        guard !docs.isEmpty else { throw XCTSkip("../shared/corpus is not present") }
        let folder = try temporaryFolder(self)
        for doc in docs {
            let path = officeCorpus.appendingPathComponent(doc).path
            let names = try runPython("""
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            for i, info in enumerate(z.infolist()):
                open(f"{sys.argv[2]}/{i}", "wb").write(z.read(info))
                print(info.filename)
            """, [path, folder.path]).split(separator: "\n").map(String.init)
            let archive = try ZipArchive([UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
            XCTAssertEqual(archive.entries.map(\.name), names, doc)
            for (i, entry) in archive.entries.enumerated() {
                let expected = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(i)")))
                XCTAssertTrue(try archive.contents(of: entry) == expected, "\(doc): \(entry.name)")
            }
        }
    }
}

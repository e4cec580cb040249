import XCTest
@testable import ShuatiKit

/// Random bytes and random cuts and splices of real documents: the importer returns items or a clean error,
/// never crashes or hangs.
final class ImportRobustnessTests: XCTestCase {
    private func seeds() throws -> [[UInt8]] {
        let folder = packageRoot.appendingPathComponent("question-banks/sources")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        return try files.filter { $0.pathExtension == "txt" }.map { try [UInt8](Data(contentsOf: $0)) }
    }

    func testRandomBytes() {
        var rng = SplitMix64(seed: 42)
        for round in 0..<2000 {
            let length = Int(rng.next() % 300)
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            do {
                _ = try DocumentImporter.read(Data(bytes), file: "r\(round)")
            } catch is ImportError {
                // a clean error is fine
            } catch {
                XCTFail("unexpected error type \(error)")
            }
        }
    }

    func testCutsAndSplicesOfRealDocuments() throws {
        let docs = try seeds()
        XCTAssertFalse(docs.isEmpty)
        var rng = SplitMix64(seed: 7)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(1 + rng.next() % 4) {
                let doc = docs[Int(rng.next() % UInt64(docs.count))]
                let a = Int(rng.next() % UInt64(doc.count))
                let b = min(doc.count, a + Int(rng.next() % 3000))
                bytes += doc[a..<b]  // cuts may split a UTF-8 sequence: that must be a clean error or decode
            }
            do {
                let result = try DocumentImporter.read(Data(bytes), file: "splice")
                for item in result.items { XCTAssertFalse(item.stem.isEmpty && item.options == nil) }
            } catch is ImportError {
            }
        }
    }

    /// Random sequences of the pieces every recogniser looks for (answer sheets, ranges, tags, blanks, headings),
    /// so the rarely met paths are walked with odd neighbours too.
    func testRandomMarkerSoup() {
        let pieces = ["参考答案", "答案:", "【答案】", "我的答案:", "正确答案:", "解析:", "1.", "2.", "3、", "(1)", "(一)", "一、",
                      "1-5", "6~8", "BCADA", "A", "b", "ABC", "√", "×", "对", "第一空:", "【单选题】", "[判断题]", "( )", "(B)",
                      "____", "A.", "B、", "(C)", "  ", "\n", "\n\n", "\t", "客户", "满意", "?", "。", ";", "- 2 -", "第 1 页",
                      "题号 一 二", "2.4P", "(", ")", "【", "】", "-", "~"]
        // SHUATI_FUZZ_ROUNDS runs more rounds locally (and SHUATI_FUZZ_SEED other ones); CI runs the default.
        let env = ProcessInfo.processInfo.environment
        var rng = SplitMix64(seed: env["SHUATI_FUZZ_SEED"].flatMap(UInt64.init) ?? 11)
        for _ in 0..<(env["SHUATI_FUZZ_ROUNDS"].flatMap(Int.init) ?? 3000) {
            let count = Int(1 + rng.next() % 60)
            let text = (0..<count).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let result = DocumentImporter.parse(text, file: "soup.txt")
            for item in result.items { XCTAssertFalse(item.id.isEmpty) }
            for warning in result.warnings { XCTAssertGreaterThan(warning.line, 0) }
        }
    }

    func testPathologicalRepetitionsFinish() {
        for unit in ["1.", "A.", "(", "答案:", "一、单选题", "( )", "1、A、B、", "\n\n", "第一章"] {
            let result = importText(String(repeating: unit, count: 5000))
            XCTAssertNotNil(result)
        }
    }
}

/// The scheduler's deterministic generator serves the tests too.
typealias SplitMix64 = FuzzRandom

/// Reading a large document in parallel shares must give exactly what one sequential read gives.
final class ParallelImportTests: XCTestCase {
    func testParallelReadEqualsSequentialRead() throws {
        let folder = packageRoot.appendingPathComponent("question-banks/sources")
        let docs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .map { try String(contentsOf: $0, encoding: .utf8) }
        var text = ""
        for i in 0..<12 { text += docs.joined(separator: "\n\n").replacingOccurrences(of: "客户", with: i % 2 == 0 ? "客户" : "顾客\(i)") + "\n\n" }
        let data = Data(text.utf8)
        let parallel = try XCTUnwrap(ParallelImport.read(data, file: "big.txt"), "the document has titles to cut at")
        let sequential = DocumentImporter.parse(text, file: "big.txt")
        XCTAssertEqual(parallel.items, sequential.items)
        XCTAssertEqual(parallel.warnings, sequential.warnings)
        XCTAssertGreaterThan(parallel.items.count, 500)
    }
}
